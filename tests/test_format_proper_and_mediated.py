"""Formats named by a proper adjective (``в так называемом Карловарском формате``, ``в «Сольферинском треугольнике»``),
a meeting told as the first in a while (``за три с половиной года``) or a format revived, and talks of a government
and a party no state told with their mediator (the mediator no side, bare rounds of the one negotiation): invented
sentences, other names."""
import pytest

from khronika.format_bodies import offices
from khronika.format_kinds import formats_in
from khronika.format_names import general_in, nominative
from khronika.format_parties import mediated, one_of_each
from khronika.format_proper import proper_format
from khronika.format_rounds import round_in
from khronika.format_status import AFTER_BREAK, status_of
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence, name, alias", [
    ("Это первая встреча премьеров в так называемом Карловарском формате.", "Карловарский формат",
     "Карловарский формат"),
    ("Министры встретились в «Сольферинском треугольнике» в мае.", "Сольферинский формат", "Сольферинский треугольник"),
    ("Саммит в «Аустерлицком формате» пройдет в мае.", "Аустерлицкий формат", "Аустерлицкий формат"),
    ("Кромержижский формат снова жив.", "Кромержижский формат", "Кромержижский формат"),  # no dictionary's word
])
def test_a_format_named_by_a_proper_adjective(sentence, name, alias):
    assert [(n.name, n.alias) for n in general_in(sentence) if n.type == "именной формат"] == [(name, alias)]


@pytest.mark.parametrize("sentence", [
    "Министерский формат себя исчерпал.",  # a common adjective opening the sentence
    "Карловарский формат снова жив.",  # … or one the dictionary knows, opening it: a name only within a sentence
    "Стратегический формат отношений обсудят в мае.",
    "Российский формат встреч не изменился.",  # a country's adjective
    "Встреча прошла в расширенном формате.",
])
def test_no_proper_format_of_a_common_adjective(sentence):
    assert not [n for n in general_in(sentence) if n.type == "именной формат"]


def test_the_proper_name_in_the_nominative_whatever_its_noun():
    assert proper_format("Оломоуцкой четверки") == ("Оломоуцкий формат", "Оломоуцкая четвёрка")


def test_a_summit_in_a_proper_format_is_that_formats():
    named = formats_in("Следующий саммит в Карловарском формате пройдет в Венгрии в 2032 году.")
    assert [n.name for n in named] == ["Карловарский формат"]


@pytest.mark.parametrize("sentence", [
    "Это первая встреча глав правительств трех стран в так называемом Карловарском формате за три с половиной года.",
    "Это первая встреча министров в этом формате за последние полтора года.",
])
def test_the_first_meeting_in_a_while_is_a_resumption_and_no_round(sentence):
    assert AFTER_BREAK.search(sentence)
    assert round_in(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Премьеры трех стран возродили Карловарский формат.",
    "Формат был возрожден после долгого перерыва.",
])
def test_a_format_revived_is_resumed(sentence):
    assert status_of(sentence, []) == "resumed"


def test_the_plural_head_keeps_its_number():
    assert nominative("мирным переговорам") == "мирные переговоры"


def test_the_mediator_is_no_side_the_party_is():
    assert mediated({"e:iso-QA", "e:iso-ML"}, {"e:iso-QA"}, {"e:front"}) == {"e:iso-ML", "e:front"}
    assert mediated({"e:iso-QA", "e:iso-ML", "e:iso-NE"}, {"e:iso-QA"}, set()) == {"e:iso-ML", "e:iso-NE"}
    assert mediated({"e:iso-QA", "e:iso-ML"}, {"e:iso-QA"}, set()) == {"e:iso-QA", "e:iso-ML"}  # no other known
    assert one_of_each(set(), {"e:iso-ML"}, {"e:front"}) == {"e:iso-ML", "e:front"}
    assert one_of_each(set(), {"e:iso-ML", "e:iso-NE"}, {"e:front"}) == set()


def test_a_body_named_as_an_office_before_a_rank_is_no_format():
    class M:  # a mention as the annotation gives it
        def __init__(self, type_, start, stop):
            self.type, self.start, self.stop, self.entity = type_, start, stop, "e:x"
    text = "Делегацию возглавил секретарь Национального консультативного совета по мирным переговорам генерал-майор " \
           "Тан Аунг."
    body = text.index("Национального")
    rank = text.index("генерал-майор")
    person = text.index("Тан Аунг")
    named = [n for n in formats_in(text) if n.start == body]
    assert named  # the pattern reads a council ...
    assert not offices(named, text, 0, [M("ORG", body, rank - 1), M("PER", person, len(text) - 1)])  # ... an office


@pytest.mark.slow
def test_a_proper_format_takes_its_sides_from_its_meetings_and_a_break(tmp_path):
    text = (
        "Карловы Вары, 14 марта 2031 (ЧТК).\n\nПремьер-министры Чехии, Венгрии и Словении встретились в пятницу в "
        "Карловых Варах.\n\nЭто первая встреча глав правительств трех стран в так называемом Карловарском формате за "
        "три с половиной года: предыдущий саммит прошел в Любляне в мае 2027 года.\n\nСледующий саммит в Карловарском "
        "формате пройдет в Венгрии в 2032 году.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if f["name"] == "Карловарский формат"]
    assert len(formats) == 1
    assert sorted(formats[0]["sides"]) == ["e:iso-CZ", "e:iso-HU", "e:iso-SI"]
    history = {(h["status"], h["round"], h["date"]) for h in formats[0]["history"]}
    assert {("meeting", None, "2027-05"), ("resumed", None, "2031-03-14"), ("planned", None, "2032")} <= history
    assert not any(h["round"] for h in formats[0]["history"])  # the first in years: no round 1, no round 2 next


@pytest.mark.slow
def test_bare_rounds_of_a_mediated_negotiation_are_the_governments_and_the_partys(tmp_path):
    text = (
        "ДОХА, 14 марта 2031 /Агентство/.\n\nПравительство Мали и вооруженная группировка \"Фронт освобождения "
        "Азавада\" по итогам переговоров при посредничестве Катара договорились продлить перемирие до конца мая.\n\n"
        "Третий раунд переговоров прошел в пятницу и субботу в Дохе. Делегацию правительства Мали возглавил министр "
        "Абдулайе Диоп, делегацию Фронта -- Билал Ачериф.\n\n\"Катар как добрый сосед Мали надеется на скорейшее "
        "восстановление мира и продолжит содействовать мирным переговорам\", -- заявил министр иностранных дел "
        "Катара.\n\nСледующий раунд переговоров планируется провести в Дохе в мае.\n\nПредыдущий, второй раунд "
        "переговоров между сторонами прошел в Дохе в январе этого года.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if "переговоры" in f["name"]]
    assert [f["name"] for f in formats] == ["мирные переговоры Мали – Фронт освобождения Азавада"]
    assert "e:iso-QA" not in formats[0]["sides"]
    history = {(h["status"], h["round"], h["date"]) for h in formats[0]["history"]}
    assert {("round", 2, "2031-01"), ("round", 3, "2031-03-14"), ("planned", 4, "2031-05")} <= history


def test_the_previous_meeting_in_the_singular_is_one_not_a_list():
    from khronika.format_rounds import previous_rounds
    sentence = ("Стороны обсудили выполнение договоренностей, достигнутых на предыдущем заседании комиссии в Лиме в "
                "мае 2029 года, а также сотрудничество в области энергетики и транспорта.")
    assert previous_rounds(sentence, 6) == []
    assert len(previous_rounds("Предыдущие заседания проходили в Лиме и в Кито.", 6)) == 2


def test_the_round_after_the_first_ones_in_a_clause_of_its_own():
    from khronika.format_rounds import first_rounds
    sentence = ("Это уже четвертая встреча сторон в этом формате: первые две прошли в Сантьяго в марте и в августе "
                "2028 года, а третья — в Лиме в мае 2030 года.")
    told = [(k, sentence[a:b].strip(" —.")) for k, a, b in first_rounds(sentence)]
    assert told[2:] == [(3, "в Лиме в мае 2030 года")] and [k for k, _ in told] == [1, 2, 3]
    assert [k for k, _, _ in first_rounds("Первые две встречи прошли в Кито и в Лиме, а затем стороны разошлись.")] \
        == [1, 2]


@pytest.mark.parametrize("sentence", [
    "Вильнюс готов принять следующую встречу «люблинской тройки» весной.",
    "Министры провели встречу в «Люблинском формате».",
])
def test_a_proper_format_the_gazetteer_knows_is_its_mechanism(sentence):
    assert [n.name for n in formats_in(sentence)] == ["Люблинский треугольник"]


def test_a_suspension_told_in_the_present_is_one():
    sentence = "Замминистра в понедельник сообщил, что Кито приостанавливает консульские консультации с Лимой."
    assert status_of(sentence, [{"type": "CONSULT", "factuality": "occurred", "round": None}]) == "suspended"


@pytest.mark.slow
def test_a_bodys_founding_told_in_a_clause_dates_no_session_of_it(tmp_path):
    text = (
        "Лима, 12 мая 2031 (Андина).\n\nМинистры иностранных дел Перу и Эквадора провели в Лиме пятое заседание "
        "Совместной постоянной комиссии по сотрудничеству.\n\nЭто уже пятое заседание комиссии, учрежденной в 2011 "
        "году; в последний раз она собиралась в Кито в 2029 году.\n")
    history = {(h["status"], h["round"], h["date"]) for f in ingested_formats(tmp_path, text)
               if "комиссия" in f["name"] for h in f["history"]}
    assert ("active", None, "2011") in history
    assert not any(date == "2011" for status, _, date in history if status != "active")
