"""A report's lead tells the act first and its next sentence when it was reached (``X и Y договорились … .
Соответствующее решение принято на заседании, которое прошло во вторник``): the act took place that day, not on the
day of publication, and the sides' further acts of its story too (``events/story.py``).  Invented news of a Friday,
17 May 2024."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow

MONDAY, TUESDAY, WEDNESDAY, FRIDAY = (PartialDate(2024, 5, d) for d in (13, 14, 15, 17))


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(f"ЛИМА, 17 мая. {text}", "2024-05-17").events


@pytest.mark.parametrize("text, date", [
    ("Чили и Перу договорились создать совместную рабочую группу по рыболовству. Соответствующее решение принято на "
     "заседании двусторонней комиссии, которое прошло во вторник в Арике.", TUESDAY),
    ("Эквадор и Колумбия договорились о прекращении огня на границе. Соглашение было достигнуто в среду в Кито по "
     "завершении второго раунда переговоров.", WEDNESDAY),
    ("Боливия и Парагвай договорились открыть новый пограничный переход. Об этом говорится в совместном коммюнике, "
     "опубликованном по итогам заседания комиссии, прошедшего в понедельник в Асунсьоне.", MONDAY),
])
def test_the_next_sentence_that_refers_back_dates_the_lead_act(events, text, date):
    found = [e for e in events(text) if e.type == "AGREE" and "договорились" in e.trigger]
    assert found and all(e.date == date for e in found)


def test_the_sides_further_acts_take_that_day_too(events):
    found = events("Чили и Перу договорились создать совместную рабочую группу по рыболовству. Соответствующее "
                   "решение принято на заседании двусторонней комиссии, которое прошло во вторник в Арике.\n\n"
                   "Перу также предложило провести совместные учения береговой охраны.")
    assert [e.date for e in found if "предложило" in e.trigger] == [TUESDAY]


@pytest.mark.parametrize("text", [
    # a background day, long before: the act stays of the day of publication
    "Уругвай и Аргентина договорились возобновить паромное сообщение. Соответствующее соглашение впервые было "
    "подписано в 2019 году.",
    # no reference back to the act
    "Уругвай и Аргентина договорились возобновить паромное сообщение. Предыдущая встреча министров прошла во вторник.",
])
def test_a_sentence_that_does_not_tell_the_acts_day_leaves_it(events, text):
    found = [e for e in events(text) if e.type == "AGREE" and "договорились" in e.trigger]
    assert found and all(e.date == FRIDAY for e in found)
