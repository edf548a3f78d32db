"""The days of a meeting that lasted more than one day, as its evidence tells them, around the day it is dated to.

* a range of days of one month that begins or ends on its day: ``прошли 16–17 ноября``;
* two days of the week in a row, its day one of them: ``во вторник и среду в Пиуре прошло заседание`` (dated to the
  Tuesday: the Wednesday too; dated to the Wednesday: the Tuesday too);
* a meeting of two or three days that ended on its day: ``сегодня завершилось двухдневное заседание``, or ``завершили в
  четверг раунд …`` with its length told in a sentence after it, ``Переговоры продолжались три дня`` (the days before
  it too);
* a meeting told opened on its day (``открылось во вторник``, ``Сегодня открылась сессия``, ``начались переговоры``):
  the days after it too, as many as its length tells (``Двухдневная сессия открылась в четверг``), else
  ``OPENED_DAYS`` (an outlet that tells a sitting opened dates it by its first day; another, by the day it ended or by
  the day it reports from: ``opened``).

Outlets date such a meeting by its first day or by its last: its report is of each of its days (``days.window``).
So is an act its document tells within such a range of days whose own sentence tells no day near it (``16–17 ноября
прошли переговоры. … Стороны договорились …``, ``В ходе визита министра принял президент``): it took the range's
first (or last) day from the sentence before it, and may have been on any of them (``in_range``).
"""
from __future__ import annotations

import datetime as dt
import re

from .. import lexicon
from ..dates import MONTH_NAMES, MONTHS, WEEKDAYS_ACC
from ..records import PartialDate
from ..timex import find_timexes

_RANGE = re.compile(rf"\b(\d{{1,2}})\s*[-–—]\s*(\d{{1,2}})\s+({lexicon.alternation(MONTH_NAMES)})(?!\w)", re.I)
_DAY = "(" + "|".join(WEEKDAYS_ACC) + ")"
_TWO_DAYS = re.compile(rf"\bв(?:о)?\s+{_DAY}\s+и\s+(?:в(?:о)?\s+)?{_DAY}(?!\w)", re.I)
_LASTING = re.compile(r"\b(?:(дву|двух|тр[её]х)дневн\w*|(?:продолжа|длил|длив|длящ|шл|шел|шёл)\w*\s+"
                      r"(два|двое|три|трое)\s+(?:дня|суток)(?!\w))", re.I)
_ENDED = re.compile(r"\bзаверш(?:ил|ен|ён|ающ)\w*", re.I)
# A sitting told opened or begun (``открылась``, ``открывшаяся``, ``начались``, ``стартовал``), not the act of opening
# something else (``открыл выставку``, ``открыли пункт пропуска``: no reflexive).
_OPENED = re.compile(r"\b(?:открыл(?:ся|ась|ось|ись)|открывш\w+|начал(?:ся|ась|ось|ись)|начавш\w+"
                     r"|стартовал(?:а|о|и)?)(?!\w)", re.I)
# The days after its day that a sitting told opened on it, its length not told, may have lasted: the sessions of
# commissions and rounds of talks outlets tell opened mostly last two days.
OPENED_DAYS = 1
_LENGTH = {"дву": 2, "двух": 2, "трех": 3, "трёх": 3, "два": 2, "двое": 2, "три": 3, "трое": 3}


def lasted(sentence: str) -> bool:
    """Does a sentence tell how many days a meeting lasted (``Переговоры продолжались три дня``)?"""
    return bool(_LASTING.search(sentence))


def ended(text: str) -> bool:
    """Does the sentence tell a meeting that ended (``сегодня завершились консультации``)?"""
    return bool(_ENDED.search(text))


def last_day(date: str | None, text: str) -> str | None:
    """The last day of a range of days of one month that begins on ``date`` (ISO, a day), told in ``text``
    (``прошли 16–17 ноября``), a week long at most; else None."""
    if not date or len(date) != 10:
        return None
    first, month = int(date[8:]), int(date[5:7])
    for m in _RANGE.finditer(text):
        if int(m.group(1)) == first and MONTHS[m.group(3).lower()] == month \
                and first < int(m.group(2)) <= first + 7:
            return f"{date[:8]}{int(m.group(2)):02d}"
    return None


def _first_day(date: str, text: str) -> str | None:
    """The first day of a range of days of one month that ends on ``date`` (``прошли 16–17 ноября``, dated to the
    17th), a week long at most; else None."""
    last, month = int(date[8:]), int(date[5:7])
    for m in _RANGE.finditer(text):
        if int(m.group(2)) == last and MONTHS[m.group(3).lower()] == month \
                and last - 7 <= int(m.group(1)) < last:
            return f"{date[:8]}{int(m.group(1)):02d}"
    return None


def span(date: str | None, text: str) -> tuple[str | None, str | None]:
    """The first day and the last one (``None``: that day alone) of the meeting dated to ``date`` by its own words."""
    if not date or len(date) != 10:
        return date, None
    if last := last_day(date, text):
        return date, last
    if first := _first_day(date, text):
        return first, date
    day = dt.date.fromisoformat(date)
    for m in _TWO_DAYS.finditer(text):
        first, second = (WEEKDAYS_ACC.index(g.lower()) for g in m.groups())
        if second == (first + 1) % 7 and day.weekday() == first:
            return date, (day + dt.timedelta(days=1)).isoformat()
        if second == (first + 1) % 7 and day.weekday() == second:
            return (day - dt.timedelta(days=1)).isoformat(), date
    lasting = _LASTING.search(text)
    if lasting and _ENDED.search(text):
        length = _LENGTH[(lasting.group(1) or lasting.group(2)).lower()]
        return (day - dt.timedelta(days=length - 1)).isoformat(), date
    return date, None


def opened(date: str | None, sentence: str) -> str | None:
    """The last day of a meeting dated to ``date`` (ISO, a day) that its sentence tells opened or begun that day, not
    ended (``Пятое заседание комиссии открылось во вторник``): the day its length tells (``Двухдневная сессия
    открылась в четверг``), else ``OPENED_DAYS`` after it; None for a sentence that tells no opening or tells it
    ended too (``открывшаяся в понедельник сессия завершилась в среду``: of which day, the date does not say)."""
    if not date or len(date) != 10 or not _OPENED.search(sentence) or _ENDED.search(sentence):
        return None
    lasting = _LASTING.search(sentence)
    more = _LENGTH[(lasting.group(1) or lasting.group(2)).lower()] - 1 if lasting else OPENED_DAYS
    return (dt.date.fromisoformat(date) + dt.timedelta(days=more)).isoformat()


def in_range(date: str | None, sentence: str, document: str, published: str | None) -> tuple[str | None, str | None]:
    """The first day and the last one (``None``: that day alone) of a sitting of days that begins or ends on ``date``:
    one the act's own sentence tells (``в понедельник и вторник провели сессию, по итогам которой подписали …``), or,
    when that sentence tells no day a week or less from it (``Стороны договорились о перемирии с 24 декабря`` tells a
    day, but not the act's), one a sentence of its ``document`` tells (``16–17 ноября``, ``в понедельник и вторник``,
    ``завершилось двухдневное заседание``)."""
    if not date or len(date) != 10:
        return date, None
    first, last = span(date, sentence)
    if last or first != date:
        return first, last or date
    if not _SITTING.search(document) or _tells_day(sentence, date, published):
        return date, None
    for told in _SENTENCES.split(document):
        if _SITTING.search(told):
            first, last = span(date, told)
            if last or first != date:
                return first, last or date
    return date, None


_SITTING = re.compile("|".join(f"(?:{p.pattern})" for p in (_RANGE, _TWO_DAYS, _LASTING)), re.I)
_SENTENCES = re.compile(r"(?<=[.!?…])\s+|\n+")


def _tells_day(sentence: str, date: str, published: str | None) -> bool:
    """Does the sentence tell a day of its own a week or less from ``date`` (a weekday, ``сегодня``, ``накануне``)?"""
    day = dt.date.fromisoformat(date)
    anchor = dt.date.fromisoformat(published[:10]) if published and len(published) >= 10 else day
    for t in find_timexes(sentence, PartialDate(anchor.year, anchor.month, anchor.day)):
        told = t.date
        if told.weekday is not None and not told.day:
            return True
        if told.year and told.month and told.day \
                and abs((dt.date(told.year, told.month, told.day) - day).days) <= 7:
            return True
    return False
