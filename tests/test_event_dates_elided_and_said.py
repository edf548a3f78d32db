"""Two dates a sentence tells of what is planned and of a verb left out (``events/elided_verb.py``,
``planned.said_before_it``; issue 10, item 3): a time before a dash standing for the verb (``а 3 апреля — телефонный
разговор``) dates the noun after the dash however the parser hangs it; a time before the ``что`` of a clause telling
what is to come (``3 апреля подтвердили, что саммит состоится``) is the day it was said, not the plan's, which stays
undated rather than moved to next year.  Invented news of other countries."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return sorted((e.factuality, e.date) for e in found if word in e.trigger)


@pytest.mark.parametrize("text, word, date", [
    ("ЛИМА, 12 апреля. Министры Бразилии и Перу в понедельник провели отдельную встречу, а 3 апреля – телефонный "
     "разговор, в ходе которого подтвердили, что встреча министров обороны состоится.", "разговор",
     PartialDate(2028, 4, 3)),
    ("МОСКВА, 12 апреля. В марте — визит министра обороны Индии в Москву.", "визит", PartialDate(2028, 3)),
    ("МОСКВА, 12 апреля. Делегации Чили и Перу провели консультации во вторник, а в четверг — встречу с президентом "
     "Перу.", "встречу", PartialDate(2028, 4, 6)),
])
def test_a_time_before_a_dash_for_the_verb_dates_the_noun_after_it(events, text, word, date):
    assert _dated(events(text, "2028-04-12"), word) == [("occurred", date)]


@pytest.mark.parametrize("text", [
    "ЛИМА, 12 апреля. Министры Бразилии и Перу 3 апреля провели телефонный разговор, в ходе которого подтвердили, что "
    "саммит состоится.",
    "НАЙРОБИ, 12 апреля. Президенты Кении и Уганды в понедельник провели переговоры, а 2 апреля – телефонный "
    "разговор, в ходе которого договорились, что саммит пройдет в Кампале.",
    "АСУНСЬОН, 12 апреля. В понедельник президенты Парагвая и Уругвая договорились, что следующий раунд переговоров "
    "пройдет в Монтевидео.",
])
def test_a_time_of_the_saying_leaves_what_is_to_come_undated(events, text):
    planned = [e.date for e in events(text, "2028-04-12") if e.factuality == "planned"]
    assert planned == [PartialDate()]


def test_a_time_inside_the_clause_of_what_is_to_come_still_dates_it(events):
    text = ("АСУНСЬОН, 12 апреля. В понедельник президенты Парагвая и Уругвая договорились, что следующий раунд "
            "переговоров пройдет в Монтевидео в мае.")
    assert _dated(events(text, "2028-04-12"), "раунд") == [("planned", PartialDate(2028, 5))]
