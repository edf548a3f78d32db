"""Date arithmetic on the anchor (the document date): what a time expression stands for once its words
are read.  A day and month without a year, a month without a year, relative years and months, weekdays,
weeks and weekends, distances (``три года назад``, ``через неделю``); the rules are in the notes of
:mod:`khronika.timex`.  Each function returns the date and how it was anchored (``"absolute"``,
``"document"`` or ``"none"``); without what it needs from the anchor, the date is ``UNKNOWN``.
"""
from __future__ import annotations

import calendar
import datetime

from ..dates import _full_year
from ..morph import lemma
from ..records import PartialDate
from .patterns import _NUMBERS, _REL_STEMS, _UPCOMING

UNKNOWN = PartialDate()
_FUTURE_SLACK = datetime.timedelta(days=31)  # how far after the anchor a past-reported date may be


def _anchor_day(anchor: PartialDate) -> datetime.date | None:
    if anchor.year and anchor.month and anchor.day:
        return datetime.date(anchor.year, anchor.month, anchor.day)
    return None


def _anchor_ref(anchor: PartialDate) -> datetime.date | None:
    """The anchor as a day: its day, or the last day of its month when only the month is known."""
    if anchor.year and anchor.month:
        return datetime.date(anchor.year, anchor.month,
                             anchor.day or calendar.monthrange(anchor.year, anchor.month)[1])
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + offset
    return k // 12, k % 12 + 1


def _span_date(first: datetime.date, last: datetime.date) -> PartialDate:
    """The most precise PartialDate holding both days: month, year or unknown."""
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    if first.year == last.year:
        return PartialDate(first.year)
    return UNKNOWN


def _day_month(month: int, day: int, anchor: PartialDate, future: bool) -> tuple[PartialDate, str]:
    """``20 марта`` without a year, against the anchor (see the module notes)."""
    if not anchor.year:
        return UNKNOWN, "none"
    ref = _anchor_ref(anchor)
    if ref is None:
        return (PartialDate(anchor.year, month, day), "document") if _valid(anchor.year, month, day) \
            else (UNKNOWN, "none")
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, month, day)]
    dates = [datetime.date(y, month, day) for y in years]
    if future:
        fit = [d for d in dates if d >= ref]
        best = min(fit) if fit else None
    else:
        fit = [d for d in dates if d <= ref + _FUTURE_SLACK]
        best = max(fit) if fit else None
    if best is None:
        return UNKNOWN, "none"
    return PartialDate(best.year, best.month, best.day), "document"


def _month_year(month: int, anchor: PartialDate, future: bool) -> tuple[int | None, str]:
    """The year of a month named without one (``в ноябре``), and the anchor kind."""
    if not anchor.year:
        return None, "none"
    if not anchor.month:
        return anchor.year, "document"
    if future:
        return (anchor.year if month >= anchor.month else anchor.year + 1), "document"
    return (anchor.year if month <= anchor.month else anchor.year - 1), "document"


def _rel_offset(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    for stem in sorted(_REL_STEMS, key=len, reverse=True):
        if w.startswith(stem):
            return _REL_STEMS[stem]
    return None


def _upcoming(word: str | None) -> bool:
    """``ближайшую``/``предстоящие``: the next one from the anchor on, not the next week's."""
    return bool(word) and word.lower().startswith(_UPCOMING)


def _yearspec(g: dict) -> tuple[str, int] | None:
    """``("abs", 2017)``, ``("rel", -1)`` or ``None`` from a match's year groups."""
    if g.get("y"):
        return "abs", _full_year(g["y"])
    if g.get("yrel"):
        return "rel", _rel_offset(g["yrel"])
    if g.get("yabbr"):
        return "rel", 0
    return None


def _with_year(spec: tuple[str, int], anchor: PartialDate, month: int | None = None,
               day: int | None = None) -> tuple[PartialDate, str]:
    kind, value = spec
    if kind == "abs":
        year, how = value, "absolute"
    elif anchor.year:
        year, how = anchor.year + value, "document"
    else:
        return UNKNOWN, "none"
    if day is not None and not _valid(year, month, day):
        return UNKNOWN, "none"
    return PartialDate(year, month, day), how


def _weekday(wd: int, rel: int | None, anchor: PartialDate, future: bool) -> tuple[PartialDate, str]:
    a = _anchor_day(anchor)
    if a is None:
        return PartialDate(weekday=wd), "none"
    if rel is None and future:  # the first such day on or after the anchor
        d = a + datetime.timedelta(days=(wd - a.weekday()) % 7)
    elif rel is None:  # the latest such day on or before the anchor
        d = a - datetime.timedelta(days=(a.weekday() - wd) % 7)
    elif rel < 0:  # "в прошлую/минувшую субботу": the latest such day before the anchor
        d = a - datetime.timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
    else:  # "в эту субботу": in the anchor's week; "в следующую": in the week after it
        monday = a - datetime.timedelta(days=a.weekday())
        d = monday + datetime.timedelta(days=7 * min(1, rel) + wd)
    return PartialDate(d.year, d.month, d.day), "document"


def _weekday_of_week(wd: int, rel: int, anchor: PartialDate) -> tuple[PartialDate, str]:
    """``в среду прошлой недели``, ``в пятницу на следующей неделе``: that day of the week ``rel`` weeks from the
    anchor's."""
    a = _anchor_day(anchor)
    if a is None:
        return PartialDate(weekday=wd), "none"
    d = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=7 * rel + wd)
    return PartialDate(d.year, d.month, d.day), "document"


def _week(rel: int, anchor: PartialDate) -> tuple[PartialDate, str]:
    a = _anchor_day(anchor)
    if a is None:
        return UNKNOWN, "none"
    monday = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=7 * rel)
    return _span_date(monday, monday + datetime.timedelta(days=6)), "document"


def _weekend(rel: int | None, anchor: PartialDate, future: bool) -> tuple[PartialDate, str]:
    a = _anchor_day(anchor)
    if a is None:
        return UNKNOWN, "none"
    if rel is None:
        if future:  # the first weekend whose Sunday is not before the anchor
            saturday = a + datetime.timedelta(days=(5 - a.weekday()) % 7) if a.weekday() != 6 \
                else a - datetime.timedelta(days=1)
        else:  # the latest weekend whose Saturday is not after the anchor
            saturday = a - datetime.timedelta(days=(a.weekday() - 5) % 7)
    else:
        monday = a - datetime.timedelta(days=a.weekday())
        saturday = monday + datetime.timedelta(days=5 + 7 * max(-1, min(1, rel)))
    return _span_date(saturday, saturday + datetime.timedelta(days=1)), "document"


# a unit that counts one by itself: "год назад", "через неделю", "днем позже", "месяцем ранее"
_ONE = frozenset({"день", "сутки", "неделю", "месяц", "год", "днем", "днём", "сутками", "неделей", "месяцем", "годом"})


def _count(word: str | None, unit: str) -> float | None:
    if unit.lower() == "полгода":
        return None if word else 0.5
    if word is None:  # plural units need a number
        return 1 if unit.lower() in _ONE else None
    if word.isdigit():
        return int(word)
    word = word.lower()
    return _NUMBERS[word] if word in _NUMBERS else _NUMBERS.get(lemma(word))  # "двумя днями позже": "два"


def _distance(n: float, unit: str, sign: int, anchor: PartialDate) -> tuple[PartialDate, str]:
    u = unit.lower()
    if u == "полгода" or u.startswith("месяц") or (u.startswith("год") and n != int(n)):
        months = int(round(n * (12 if u.startswith("год") or u == "полгода" else 1)))
        if not (anchor.year and anchor.month):
            return UNKNOWN, "none"
        return PartialDate(*_shift_month(anchor.year, anchor.month, sign * months)), "document"
    if u.startswith("год") or u == "лет":
        return (PartialDate(anchor.year + sign * int(n)), "document") if anchor.year else (UNKNOWN, "none")
    a = _anchor_day(anchor)
    if a is None or n != int(n):
        return UNKNOWN, "none"
    if u.startswith("недел"):
        d = a + datetime.timedelta(days=sign * 7 * int(n))
        return PartialDate(d.year, d.month), "document"
    d = a + datetime.timedelta(days=sign * int(n))
    return PartialDate(d.year, d.month, d.day), "document"
