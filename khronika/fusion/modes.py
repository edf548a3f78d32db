"""Which modes of meeting may be told of one sitting (``rules.compatible``): a country's part in a session told as a
meeting, not a reception of guests beside a session nor a meeting only planned, with no date."""
from __future__ import annotations

from .report import Report

MULTI = "multilateral"


def one_sitting(a: Report, b: Report) -> bool:
    """A meeting and a multilateral one that are one sitting of one mechanism: both name the mechanism of the
    gazetteer, or the same round (a second one or later), and the meeting is not set beside another one
    (``на полях``, ``в ходе``) nor held by persons of two countries (talks on the sidelines):
    ``Боливия приняла участие в Лимской встрече по Венесуэле``."""
    if {a.mode, b.mode} != {"meet", MULTI}:
        return False
    meet = a if a.mode == "meet" else b
    if meet.aside or len({c for p in meet.persons for c in p.countries}) > 1:
        return False
    return bool(a.mechanisms & b.mechanisms) or bool(a.round and a.round >= 2 and a.round == b.round)


def reception_and_session(a: Report, b: Report) -> bool:
    """One report a reception of guests (``Report.receives``: mode ``host``, or a meeting whose sentence tells the host
    receiving them, ``принял в резиденции главу правительства, прибывшего на заседание комиссии``),
    the other a session of a mechanism (a format, a round or a named mechanism): the head of state who receives a
    delegation does not sit in its commission."""
    if a.receives == b.receives:
        return False
    other = b if a.receives else a
    return bool(other.format or other.round or other.mechanisms)


def plan_and_sitting(a: Report, b: Report) -> bool:
    """A meeting planned or proposed with no date (``приглашение посетить …``) and one held on a date: the plan is not
    the sitting (a dated plan may be the announcement of the meeting held; two undated reports may be one visit)."""
    plan, held = (a, b) if a.factuality != "occurred" else (b, a)
    return held.factuality == "occurred" and held.date is not None and plan.factuality in ("planned", "proposed") \
        and plan.date is None and plan.day is None
