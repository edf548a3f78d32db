"""A translated foreign report names its own ministry once with its country and then bare ("МИД", "Министерство
иностранных дел"): the bare name is that country's ministry, not Russia's, when the report never names Russia and names
no other country's ministry (``body_keys.own_ministries``): for the offices in it, the unmarked offices of the report
and the stances it holds.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

CHILE = "Министерство иностранных дел Чили"


def test_stance_of_the_bare_ministry_is_the_named_one(stances_of):
    text = (f"{CHILE} в среду вызвало посла Аргентины. Как говорится в сообщении МИД, решение Буэнос-Айреса "
            "является «вмешательством во внутренние дела суверенного государства».")
    found = stances_of(text)
    assert ("negative", CHILE, "Аргентина") in found, found


def test_spokesman_of_the_bare_ministry_is_of_the_named_one(roles):
    text = (f"{CHILE} в среду вызвало посла Аргентины. Как сообщил руководитель пресс-службы МИД Хуан Перес, послу "
            "вручена нота.")
    assert ("Хуан Перес", "руководитель пресс-службы МИД", CHILE) in roles(text), roles(text)


@pytest.mark.parametrize("text", [
    pytest.param("МИД Японии вызвал посла Китая. Официальный представитель МИД Мария Захарова заявила, что Россия "
                 "следит за ситуацией.", id="russia_named"),
    pytest.param("МИД Японии вызвал посла Китая, МИД Вьетнама призвал к сдержанности. Официальный представитель МИД "
                 "Мария Захарова заявила, что следят за ситуацией.", id="two_foreign_ministries"),
    pytest.param("МИД Японии вызвал посла Китая. Официальный представитель МИД Мария Захарова заявила, что следят за "
                 "ситуацией. Министр транспорта провел заседание российско-чилийской комиссии.",
                 id="russia_named_by_a_compound_adjective"),
])
def test_bare_ministry_stays_home(roles, text):
    found = {(p, of) for p, pos, of in roles(text) if pos == "официальный представитель МИД"}
    assert found and not any(of in ("Япония", "МИД Японии") for _, of in found), found


def test_unmarked_office_in_a_report_of_that_ministry(roles):
    text = (f"{CHILE} в понедельник объявило о санкциях против восьми граждан Аргентины. В заявлении МИД "
            "говорится, что меры приняты в ответ на санкции Аргентины. Аргентина ввела санкции против граждан Чили 17 "
            "ноября. Заместитель министра иностранных дел по консульским вопросам Хуан Перес сообщил, что Сантьяго "
            "приостанавливает консультации с Аргентиной.")
    found = roles(text)
    assert ("Хуан Перес", "заместитель министра иностранных дел по консульским вопросам", "Чили") in found, found


@pytest.mark.parametrize("text, country", [
    pytest.param("Министерство иностранных дел Чили в четверг объявило атташе посольства Аргентины персоной нон грата. "
                 "Временный поверенный в делах Аргентины был вызван в министерство, где ему заявили протест.",
                 "e:iso-CL", id="ministry_told_by_a_descriptor"),
    pytest.param("Министерство иностранных дел Чили в четверг объявило атташе посольства Аргентины персоной нон грата. "
                 "Временный поверенный в делах Аргентины был вызван в министерство. Россия призвала стороны к "
                 "диалогу.", None, id="russia_named"),
])
def test_the_country_of_a_report_of_its_own_ministry(read_news, text, country):
    from khronika.stages.body_keys import own_country

    assert own_country(read_news(text), "RU") == country
