"""Acts told as speech with a fixed phrase: regret at another side's decision (ACCUSE), a matter raised (REQUEST), a
démarche expressed (PROTEST), claims called invented (REJECT); on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, kind", [
    ("Премьер-министр Эстонии в четверг сказал, что Таллин «сожалеет» о решении Риги выслать военного атташе.",
     "ACCUSE"),
    ("Правительство Японии выразило сожаление в связи с решением корейской стороны прервать консультации.", "ACCUSE"),
    ("На встрече в Ташкенте казахстанская сторона подняла вопрос об отмене пошлин на зерно.", "REQUEST"),
    ("Вьетнамская сторона во вторник выразила серьезное представление филиппинской стороне.", "PROTEST"),
    ("МИД Венгрии во вторник назвал обвинения Киева «надуманными».", "REJECT"),
])
def test_a_fixed_phrase_of_speech_reports_an_act(types_of, text, kind):
    assert kind in types_of(text)


@pytest.mark.parametrize("text", [
    "Премьер выразил сожаление в связи с гибелью рыбаков.",
    "Министр поднял бокал за дружбу двух народов.",
])
def test_regret_at_a_loss_and_a_toast_are_no_such_acts(types_of, text):
    assert not {"ACCUSE", "REQUEST"} & set(types_of(text))


def test_a_matter_to_be_raised_is_no_request_yet(types_of):
    said = "Перед переговорами МИД Чехии заявил, что его делегация поднимет вопрос о пошлинах."
    assert "REQUEST" not in types_of(said)


def test_an_attribute_of_what_is_rejected_is_no_accusation(types_of):
    said = "Пресс-секретарь МИД Чехии заявил, что Прага отвергает необоснованный протест словацкой стороны."
    assert types_of(said) == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Кении назвал обвинения Уганды «выдумкой спецслужб».",
    "Представитель МИД Кении заявил, что обвинения угандийской стороны являются надуманными.",
    "«Эти обвинения Найроби считает абсурдными», — сказал представитель МИД Кении.",
])
def test_claims_called_made_up_by_any_verb_of_judging_are_rejected(types_of, text):
    assert types_of(text) == ["REJECT"]


def test_demands_called_an_act_stay_an_accusation(types_of):
    assert types_of("Министр иностранных дел Кении назвал требования Уганды шантажом.") == ["ACCUSE"]
