"""One act whose day two reports read apart (``misread``): the noise of real reports' dates.

An outlet counts a relative day (``в четверг``, ``накануне``) from another anchor than the other outlet, or dates an
act by the day it was announced (``сообщила в пятницу``): two reports of one act then carry days a day apart,
whose windows (``days.window``) do not meet.  Reports dated by their documents only are not read so: their windows
already take in the days before (``days.py``).  Two such reports of different documents are one act when everything
else they tell agrees strongly: an act other than a meeting or an agreement (``_NOT_READ_SO``), held (not planned,
not negated) by both; told with the same actor by both (a retaliation of the next day has the other actor, and a
report that names none may be of either), and a target in common where both tell one; and evidence much alike beyond
its verb (``acts.told_alike``).  The link is the weakest (``rules.link``); a report that such links would join to two
groups of other days joins neither (``cluster.py``), so it never bridges two acts.
"""
from __future__ import annotations

import datetime as dt

from ..settings import FusionSettings
from .acts import told_alike
from .days import to_day, window
from .report import OUTCOMES, Report

# Acts two reports of days apart never tell as one: meetings (one delegation's talks on two days are two sittings)
# and agreements, which a sitting yields on each of its days (``test_fusion_equivalence``: one protocol signed on
# Monday and on Tuesday, no sitting of days told, stays two).
_NOT_READ_SO = OUTCOMES | {"CONSULT"}

# Days between the days of two reports of one act whose day an outlet read otherwise: one (an act told two days off
# is another one, ``test_fusion_ranges``).
MISREAD_DAYS = 1


def days_apart(a: Report, b: Report) -> int | None:
    """Days between the windows of two reports dated to a day (0: they meet); ``None`` when one is not so dated."""
    if not (to_day(a) and to_day(b)):
        return None
    (fa, la), (fb, lb) = window(a), window(b)
    return max((fb - la).days, (fa - lb).days, 0)


def may_be_misread(r: Report) -> bool:
    """A report that ``misread`` may link to another of a day apart: dated by its own words, of a type read so."""
    return not r.default and r.type not in _NOT_READ_SO


def misread(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Two reports of one act dated by their own words to days ``MISREAD_DAYS`` apart at most, that agree strongly in
    all else (the module's rule)."""
    gap = days_apart(a, b)
    if not (may_be_misread(a) and may_be_misread(b)) or not gap or gap > MISREAD_DAYS or a.doc == b.doc:
        return False
    if a.type != b.type or "occurred" != a.factuality or "occurred" != b.factuality:
        return False
    if not (a.sources & b.sources) or a.targets and b.targets and not a.targets & b.targets:
        return False
    return told_alike(a, b, settings)


def neighbours(day: str, reach: int = MISREAD_DAYS) -> list[str]:
    """The days a report of ``day`` shares a block with when another report of it may have been read up to ``reach``
    days later or earlier (``cluster._cluster``): its day and those before it."""
    first = dt.date.fromisoformat(day)
    return [(first - dt.timedelta(days=k)).isoformat() for k in range(reach + 1)]
