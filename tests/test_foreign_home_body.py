"""A translated foreign report names its own ministry once with its country and then bare ("МИД", "Министерство
иностранных дел"): the bare name is that country's, not Russia's, when the report never names Russia and names no other
country's ministry (``body_keys.named_home``).  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


def _bodies(read_news, text):
    doc = read_news(text)
    return {e.country for e in doc.entities if e.type == "organization"}, doc


@pytest.mark.parametrize("text, country", [
    pytest.param("Министерство иностранных дел Чили в среду вызвало посла Аргентины. Как говорится в сообщении МИД, "
                 "послу вручена нота.", "e:iso-CL", id="full_name_then_bare_short"),
    pytest.param("МИД Эквадора выразил протест Колумбии. В заявлении Министерства иностранных дел говорится, что "
                 "Богота нарушила договор.", "e:iso-EC", id="short_name_then_bare_full"),
])
def test_bare_ministry_of_the_one_foreign_country(read_news, text, country):
    countries, _ = _bodies(read_news, text)
    assert countries == {country}, countries


@pytest.mark.parametrize("text", [
    pytest.param("МИД Японии вызвал посла Китая. Официальный представитель МИД Мария Захарова заявила, что Россия "
                 "следит за ситуацией.", id="russia_named"),
    pytest.param("МИД Японии вызвал посла Китая, МИД Вьетнама призвал к сдержанности. В МИД заявили, что следят за "
                 "ситуацией.", id="two_foreign_ministries"),
    pytest.param("МИД Японии вызвал посла Китая. В МИД заявили, что следят за ситуацией. Министр транспорта провел "
                 "заседание российско-чилийской комиссии.", id="russia_named_by_a_compound_adjective"),
])
def test_bare_ministry_stays_home(read_news, text):
    countries, _ = _bodies(read_news, text)
    assert "e:iso-RU" in countries, countries


def test_spokesman_of_the_bare_ministry_is_of_that_country(roles):
    text = ("Министерство иностранных дел Чили в среду вызвало посла Аргентины. Как сообщил руководитель "
            "пресс-службы МИД Хуан Перес, послу вручена нота.")
    assert ("Хуан Перес", "руководитель пресс-службы МИД", "МИД Чили") in roles(text), roles(text)


def test_unmarked_office_in_a_report_of_that_ministry(roles):
    text = ("Министерство иностранных дел Чили в понедельник объявило о санкциях против восьми граждан Аргентины. В "
            "заявлении МИД говорится, что меры приняты в ответ на санкции Аргентины. Аргентина ввела санкции против "
            "граждан Чили 17 ноября. Заместитель министра иностранных дел по консульским вопросам Хуан Перес "
            "сообщил, что Сантьяго приостанавливает консультации с Аргентиной.")
    found = roles(text)
    assert ("Хуан Перес", "заместитель министра иностранных дел по консульским вопросам", "Чили") in found, found
