"""The day an undated document takes from the group of its lead meeting when the group's reports tell a sitting of
days (``во вторник и среду провели саммит``) and one of its days alone (a digest's ``в среду завершился саммит``): one
sitting, and the document that tells it held is of its last day (hand-made reports)."""
from types import SimpleNamespace

from khronika.fusion.incremental import _of_spans


def _told(date, through=None):
    return SimpleNamespace(date=date, through=through)


def test_a_sitting_of_days_and_its_closing_day_told_alone_give_its_last_day():
    members = [_told("2031-05-13", "2031-05-14"), _told("2031-05-14")]
    assert _of_spans(["2031-05-13", "2031-05-14"], members) == ["2031-05-14"]


def test_days_of_no_sitting_of_days_stay_apart_and_one_day_stays_itself():
    assert _of_spans(["2031-05-13", "2031-05-16"], [_told("2031-05-13", "2031-05-14"), _told("2031-05-16")]) \
        == ["2031-05-14", "2031-05-16"]  # two days still: no date is taken
    assert _of_spans(["2031-05-13"], [_told("2031-05-13", "2031-05-14")]) == ["2031-05-13"]
