"""A meeting told as held whose plan a participle tells (``приняли участие в саммите, изначально намеченном на 3
мая``, ``провели встречу, запланированную на …``): the participle's time is the plan the meeting had, neither its day
nor a time ahead (``clause_date.plan_it_had``, ``held_by_its_verb``); a meeting still ahead keeps its plan's time.
Invented news of other countries and days."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _found(found, word):
    return [(e.factuality, e.date) for e in found if word in e.trigger and e.type == "CONSULT"]


@pytest.mark.parametrize("published, text, word, expected", [
    ("2031-03-20", "Президент Перу сегодня принял участие в 12-м саммите Андского сообщества в Кито, изначально "
                   "намеченном на 6 марта.", "саммите", ("occurred", PartialDate(2031, 3, 20))),
    ("2031-05-14", "Министры иностранных дел Кении и Уганды во вторник провели в Кампале встречу, ранее "
                   "запланированную на 2 мая.", "встречу", ("occurred", PartialDate(2031, 5, 13))),
    # still ahead: the plan's day
    ("2031-03-20", "Встреча министров Кении и Уганды, намеченная на 26 марта, пройдет в Найроби.", "Встреча",
     ("planned", PartialDate(2031, 3, 26))),
])
def test_a_held_meeting_is_not_dated_by_its_plan(events, published, text, word, expected):
    assert _found(events(text, published), word) == [expected]
