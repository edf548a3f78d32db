"""An agreement, a proposal or an invitation that sets a meeting no event word of its own tells (a body's numbered
sitting, a round the parser left no noun) carries the meeting's time, never the document's day; one dated by its
own day keeps it; a meeting word of its own keeps the time, and the agreement its day (invented news)."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(lima_news):
    return lambda text, published="2024-05-17": lima_news(text, published).events


def of_type(evs, type_):
    return [e for e in evs if e.type == type_]


@pytest.mark.parametrize("text, date", [
    ("Парагвай и Боливия договорились провести IV Межправительственный совет в Боливии в 2025 году.",
     PartialDate(2025)),
    ("Министры Парагвая и Уругвая условились провести очередной Смешанный кабинет в Асунсьоне в марте.",
     PartialDate(2025, 3)),
    ("Делегации Парагвая и Чили договорились провести следующий Межпарламентский совет в Ла-Пасе в первой половине "
     "2026 года.", PartialDate(2026)),
])
def test_an_agreed_sitting_of_no_meeting_word_dates_the_agreement(events, text, date):
    evs = events(text)
    agree = of_type(evs, "AGREE")
    assert agree and all(e.date == date for e in agree), [(e.type, e.trigger, e.date) for e in evs]


def test_an_agreement_dated_by_its_own_day_keeps_it_whatever_sitting_it_sets(events):
    agree = of_type(events("Министры Парагвая и Боливии во вторник договорились провести V Межправительственный "
                           "совет в 2025 году."), "AGREE")
    assert agree and all(e.date == PartialDate(2024, 5, 14) for e in agree)


def test_a_meeting_word_of_its_own_keeps_the_time_and_the_agreement_its_day(events):
    evs = events("Министры Парагвая и Боливии договорились провести следующую встречу в Сукре в 2025 году.")
    assert [e.date for e in of_type(evs, "AGREE")] == [PartialDate(2024, 5, 17)]
    assert [e.date for e in of_type(evs, "CONSULT")] == [PartialDate(2025)]


@pytest.mark.parametrize("text, type_", [
    # the parser hangs the time on the proposing verb, before the infinitive of what is proposed
    ("Парагвайская сторона предложила весной 2025 года провести совместное обследование пограничных рек.", "REQUEST"),
    ("Делегация Боливии в ходе переговоров предложила в следующем году возобновить совместное патрулирование.",
     "REQUEST"),
])
def test_a_time_ahead_told_by_a_past_proposal_is_what_it_proposes_not_its_day(events, text, type_):
    found = of_type(events(text), type_)
    assert found and all((e.factuality, e.date) == ("occurred", PartialDate(2024, 5, 17)) for e in found)
