"""A clause's own time (issue 10, item 3): a time opening a sentence dates each coordinated verb that tells none, a
relative day with its date in an apposition is that date, an act named by the infinitive of a noun of decision is
referred to (undated), a future act told by its noun is planned, and a briefing's section is a story of its own.
Invented news of other countries, documents of a Friday, 14 March 2031."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow

FRIDAY = "2031-03-14"
TODAY = PartialDate(2031, 3, 14)


@pytest.fixture(scope="module")
def dated(read_news):
    def go(text, published=FRIDAY):
        return read_news(f"ЛИМА, 14 марта. {text}", published).events
    return go


def _of(found, word):
    return [e for e in found if word in e.trigger]


@pytest.mark.parametrize("text, word, expected", [
    # a noun trigger of the second verb, which the parser may make a root of its own
    ("11 марта правительство Перу отозвало посла из Кито, а министр иностранных дел вручил эквадорскому поверенному "
     "ноту протеста.", "ноту", PartialDate(2031, 3, 11)),
    # a weekday with its date, a verb trigger
    ("Во вторник, 11 марта, Чили выслала двух боливийских дипломатов, а МИД Боливии вызвал чилийского консула.",
     "вызвал", PartialDate(2031, 3, 11)),
    # a relative day with its date in an apposition, then "и"
    ("Через два дня, 11 марта, Панама закрыла консульство в Боготе, и глава МИД Колумбии вручил панамскому послу "
     "ноту протеста.", "ноту", PartialDate(2031, 3, 11)),
    ("Спустя неделю, 7 марта, Уругвай отозвал посла из Асунсьона, а Парагвай выразил протест.", "протест",
     PartialDate(2031, 3, 7)),
    # a weekday alone
    ("В понедельник Эквадор выслал колумбийского консула, а Богота заявила решительный протест.", "протест",
     PartialDate(2031, 3, 10)),
    # a conjunct verb of the same subject
    ("На следующий день, 12 марта, президент Гайаны принял посла Суринама и провел с ним переговоры.", "переговоры",
     PartialDate(2031, 3, 12)),
])
def test_a_time_opening_the_sentence_dates_the_coordinated_verb(dated, text, word, expected):
    found = _of(dated(text), word)
    assert found and all(e.date == expected for e in found)


@pytest.mark.parametrize("text, word, expected", [
    # the second clause tells a time of its own
    ("В понедельник Чили выслала двух боливийских дипломатов, а во вторник МИД Боливии вручил чилийскому послу ноту "
     "протеста.", "ноту", PartialDate(2031, 3, 11)),
    ("11 марта правительство Перу отозвало посла из Кито, а сегодня министр иностранных дел вручил ноту протеста "
     "эквадорскому поверенному.", "ноту", TODAY),
])
def test_a_clause_with_its_own_time_keeps_it(dated, text, word, expected):
    found = _of(dated(text), word)
    assert found and all(e.date == expected for e in found)


@pytest.mark.parametrize("text, word", [
    ("Посольство Чили направило ноту в связи с решением кабинета Перу присоединиться к санкциям против "
     "Боливии.", "присоединиться"),
    ("МИД Боливии заявил протест из-за решения властей Перу выслать двух боливийских дипломатов.", "выслать"),
    ("Посольство Чили осудило решение Перу закрыть консульство в Арике.", "закрыть"),
    ("Эквадор выразил сожаление в связи с намерением Колумбии отозвать посла из Кито.", "отозвать"),
])
def test_an_act_named_by_a_decision_it_completes_is_referred_to_undated(dated, text, word):
    found = _of(dated(text), word)
    assert found and all(e.date.precision == "unknown" for e in found)


@pytest.mark.parametrize("text, word", [
    ("Правительство Перу приняло решение выслать двух боливийских дипломатов.", "выслать"),
    ("МИД Парагвая объявил о решении закрыть консульство в Корумбе.", "закрыть"),
])
def test_a_decision_taken_or_announced_is_the_day_s_news(dated, text, word):
    found = _of(dated(text), word)
    assert found and all(e.date == TODAY for e in found)


@pytest.mark.parametrize("text, word", [
    ("Министр иностранных дел Перу проведет в ближайшие дни телефонный разговор с чилийским коллегой.", "разговор"),
    ("Глава МИД Боливии на днях посетит Асунсьон, сообщили в министерстве.", "посетит"),
    ("В скором времени министры двух стран встретятся в Кито, заявил посол.", "встретятся"),
    ("Президент Эквадора в ближайшее время примет посла Колумбии.", "примет"),
    ("Премьер-министр Гайаны в ближайшие дни проведет официальные переговоры с президентом Суринама.", "переговоры"),
    ("Министры Перу и Чили в скором времени проведут очередной раунд консультаций.", ""),
])
def test_a_future_act_of_the_days_ahead_is_planned_and_undated(dated, text, word):
    found = _of(dated(text), word)
    assert found and all(e.factuality == "planned" and e.date.precision == "unknown" for e in found)


def test_an_act_of_the_days_before_is_of_the_document(dated):
    found = _of(dated("Министр иностранных дел Перу на днях провел телефонный разговор с коллегой из Чили."),
                "разговор")
    assert found and all(e.factuality == "occurred" for e in found)


BRIEFING = """Брифинг официального представителя МИД Чили, Сантьяго, 14 марта 2031 года

О визите министра иностранных дел Уругвая в Чили

Вчера в Сантьяго прошли переговоры министров иностранных дел Чили и Уругвая. Подписан меморандум о сотрудничестве.

О мерах в ответ на действия Перу

Мы предупреждали Лиму о последствиях. Принято решение запретить въезд в Чили десяти гражданам Перу.
"""


def test_a_briefing_s_next_section_is_another_story(read_news):
    found = read_news(BRIEFING).events
    assert {e.date for e in _of(found, "переговоры")} == {PartialDate(2031, 3, 13)}
    closed = _of(found, "запретить")
    assert closed and all(e.date == TODAY for e in closed)  # not yesterday's, the section before


def test_without_a_heading_the_story_goes_on(read_news):
    text = BRIEFING.replace("О мерах в ответ на действия Перу\n\n", "")
    assert {e.date for e in _of(read_news(text).events, "Подписан")} == {PartialDate(2031, 3, 13)}
