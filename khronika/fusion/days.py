"""The days a report's event may have been on, and whether two reports' dates agree.

A report dated by its own words to a day was that day (a range of days they tell, ``16–17 ноября``: any of them).
A report dated only by its document's date (an event told as of the day of publication,
``Event.date_from == "document"``: a news item, a digest of the last days) was that day or up to
``FusionSettings.document_lag_days`` before it.  An undated report of its document's day keeps
the day and month of its year-less dateline (``МОСКВА, 3 апреля``): that day or up to
``FusionSettings.dateline_lag_days`` before it.  Two reports agree when these windows meet; meetings are of *the
same day* when they meet and one of them is a day told by its own words (or both are year-less datelines a few days
apart): two reports each dated only by their documents, on different days, are never of one day.  Acts are of one
day only when their dates are (``exact_day``): a retaliation a few days later reads much like the act it answers.
An act other than a meeting dated by its document only may also be a later report's or a digest's retelling of an
act dated by its own words up to ``RETOLD_DAYS`` before that document (``retold``): ``act_link`` then asks strong
evidence of it (``acts.retelling``).
"""
from __future__ import annotations

import datetime as dt

from ..settings import DEFAULT

# A later report's or a digest's retelling (``X отклонила предложение Y …`` told in the past, with no day) is dated
# by its document: of an act up to so many days before it (``retold``); the target's regret told a week later is not.
RETOLD_DAYS = 5


def dates_agree(a: str | None, b: str | None) -> bool:
    """Two ISO dates agree at the coarser precision (or one is missing)."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def may_agree(a: str | None, b: str | None) -> bool:
    """Could two stored dates agree, whatever their provenance (a document's date is a short window, or a
    retelling's: ``retold``)?"""
    if dates_agree(a, b):
        return True
    if len(a or "") != 10 or len(b or "") != 10:
        return False
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= _REACH


def around(date: str) -> list[str]:
    """The days whose stored reports may agree with a report of ``date`` (a day: those a document's date away, or a
    retelling's)."""
    if len(date) != 10:
        return [date]
    day, lag = dt.date.fromisoformat(date), _REACH
    return [(day + dt.timedelta(days=k)).isoformat() for k in range(-lag, lag + 1)]


def window(r) -> tuple[dt.date, dt.date] | None:
    """The first and last day a report dated to a day may be of (``None``: not dated to a day); a range of days its
    own words tell (``16–17 ноября``) is of each of them."""
    if not r.date or len(r.date) != 10:
        return None
    last = dt.date.fromisoformat(r.date)
    if getattr(r, "through", None):
        return last, dt.date.fromisoformat(r.through)
    return (last - dt.timedelta(days=DEFAULT.fusion.document_lag_days) if r.default else last), last


def days_before(day: str, date: str) -> int | None:
    """Days from ``date`` (ISO, to the day) to the dateline's ``MM-DD`` of the same year (or the next, in January)."""
    try:
        then = dt.date.fromisoformat(date)
        told = dt.date(then.year, int(day[:2]), int(day[3:5]))
    except ValueError:  # 29 February of another year, a day out of range
        return None
    if (told - then).days < -300:  # "ТОКИО, 2 янв" about the 30th of December
        told = told.replace(year=then.year + 1)
    return (told - then).days


def near(a: str, b: str) -> bool:
    """Two year-less datelines a few days apart at most (read in a leap year, so that 29 February is a day)."""
    gap = days_before(a, f"2000-{b}")
    return gap is not None and abs(gap if abs(gap) < 300 else 366 - abs(gap)) <= DEFAULT.fusion.dateline_lag_days


def retold(a, b) -> bool:
    """One act dated by its document only (no dateline day) told of an act the other's own words date to a day more
    than ``document_lag_days`` and at most ``RETOLD_DAYS`` before that document: a later report's or a digest's
    retelling may be of it."""
    told, own = (a, b) if a.default else (b, a)
    if not told.default or own.default or told.day or own.day or own.through or not (to_day(told) and to_day(own)):
        return False
    gap = (dt.date.fromisoformat(told.date) - dt.date.fromisoformat(own.date)).days
    return DEFAULT.fusion.document_lag_days < gap <= RETOLD_DAYS


def _meet(a, b) -> bool:
    """Do the windows of two reports dated to a day meet?"""
    wa, wb = window(a), window(b)
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def _dateline_fits(day: str, r) -> bool:
    """A year-less dateline's window (``[day - lag, day]``) meets the window of a report dated to a day."""
    first, last = window(r)
    gap = days_before(day, last.isoformat())  # the dateline's day after the report's last one
    return gap is not None and -(last - first).days <= gap <= DEFAULT.fusion.dateline_lag_days


def dates_fit(a, b) -> bool:
    """The two reports' dates agree: their windows meet, or (a month, a year) one is a prefix of the other."""
    if window(a) and window(b):
        if not _meet(a, b):
            return False
    elif not dates_agree(a.date, b.date):
        return False
    return days_agree(a, b)


def days_agree(a, b) -> bool:
    """The day and month of a year-less dateline agree with the other report's date."""
    if a.day and b.day:
        return near(a.day, b.day)
    day, other = (a.day, b) if a.day else (b.day, a)
    if not day or not other.date or len(other.date) < 7:
        return True
    if len(other.date) == 10:
        return _dateline_fits(day, other)
    month, earlier = int(day[:2]), int(day[3:5]) <= DEFAULT.fusion.dateline_lag_days  # "2 мая" may tell of April
    return int(other.date[5:7]) == month or earlier and int(other.date[5:7]) == (month - 2) % 12 + 1


def same_day(a, b) -> bool:
    """Of one day: both dated to it by their own words, or one so dated and the other's window (a document's
    date, a year-less dateline) takes it in, or both documents' dates the same day, or two datelines near."""
    if a.day and b.day:
        return near(a.day, b.day)
    if a.day or b.day:
        other = b if a.day else a
        return window(other) is not None and days_agree(a, b)
    if window(a) is None or window(b) is None:
        return False
    if a.default and b.default:
        return a.date == b.date
    return _meet(a, b)


def exact_day(a, b) -> bool:
    """Of one day, a document's date taken as that very day: both dated to it (or to ranges of days that meet), or a
    year-less dateline on that day or a few days after, or two datelines near.  Acts are compared so: the act told a
    few days later by the other side (a retaliation: ``Россия выслала двух шведских дипломатов``) reads much like the
    first one."""
    if a.day and b.day:
        return near(a.day, b.day)
    if a.day or b.day:
        day, other = (a.day, b) if a.day else (b.day, a)
        gap = days_before(day, other.date) if to_day(other) else None
        return gap is not None and 0 <= gap <= DEFAULT.fusion.dateline_lag_days
    return to_day(a) and to_day(b) and a.date <= (b.through or b.date) and b.date <= (a.through or a.date)


def days_told(r) -> frozenset[str]:
    """The ``MM-DD`` an act may have happened on: its window's (its date's, its document's date and the days
    before), or its year-less dateline's and the days before."""
    if window(r):
        first, last = window(r)
        return frozenset((first + dt.timedelta(days=k)).isoformat()[5:] for k in range((last - first).days + 1))
    if not r.day:
        return frozenset()
    told = dt.date(2000, int(r.day[:2]), int(r.day[3:5]))  # a leap year: 29 February is a day
    return frozenset((told - dt.timedelta(days=k)).isoformat()[5:] for k in range(DEFAULT.fusion.dateline_lag_days + 1))


def retold_days(r) -> frozenset[str]:
    """The ``MM-DD`` of the days before its document's date that a report dated by it only may retell (``retold``):
    more than ``document_lag_days`` and at most ``RETOLD_DAYS`` before."""
    if not r.default or not to_day(r):
        return frozenset()
    day = dt.date.fromisoformat(r.date)
    return frozenset((day - dt.timedelta(days=k)).isoformat()[5:]
                     for k in range(DEFAULT.fusion.document_lag_days + 1, RETOLD_DAYS + 1))


def month_of_day(a, b) -> bool:
    """One report dated to a month only (``в начале месяца``, ``на прошлой неделе`` read to its month), the other to a
    day of that month (by its own words, or by its document's date when the days before it are of that month too): the
    coarser date holds the day."""
    coarse, fine = (a, b) if len(a.date or "") == 7 else (b, a)
    return len(coarse.date or "") == 7 and to_day(fine) and window(fine)[0].isoformat()[:7] == coarse.date \
        and fine.date[:7] == coarse.date


def to_day(r) -> bool:
    """The report is dated to the day."""
    return bool(r.date and len(r.date) == 10)


_REACH = max(DEFAULT.fusion.document_lag_days, RETOLD_DAYS)  # the days apart two stored reports may fuse
