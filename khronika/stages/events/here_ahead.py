"""Time expressions an event's date reads apart (``when.py``): a period a document runs for (``программа на
2031–2033 годы``: no date), and a month or weekday of what is planned told without a year, which lies ahead
(``условились встретиться снова в марте``)."""
from __future__ import annotations

import dataclasses
import datetime
import re

from ...dates import MONTHS, weekday_of
from ...morph import parses
from ...records import Document, PartialDate, Timex

MONTH_OR_SEASON = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}|зим\w*|весн\w*"
                             r"|лет(?:ом|а|у)|осен\w*)(?!\w)")
_YEAR = re.compile(r"\d{4}|году|года\b")
_FOR_YEARS = re.compile(r"\bна\s*$")  # "на" just before a range of years: "программа на 2026–2028 годы"


def period_of_validity(text: str, x: Timex) -> bool:
    """A range of years after ``на`` (``программа на 2031–2033 годы``), or a year after a noun and ``на`` (``план
    мероприятий на 2031 год``): how long a document runs, no date (``перенесли на 2031 год`` is one)."""
    if _YEARS_RANGE.match(x.text):
        return bool(_FOR_YEARS.search(text[max(0, x.start - 4):x.start]))
    m = _NOUN_FOR.search(text[max(0, x.start - 40):x.start])
    return bool(_ONE_YEAR.fullmatch(x.text)) and m is not None and _noun(m[1])


def _noun(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "NOUN"


_YEARS_RANGE = re.compile(r"\d{4}\s*[-–—]\s*\d{4}")
_ONE_YEAR = re.compile(r"\d{4}\s*(?:год|г\.?)?")
_NOUN_FOR = re.compile(r"([А-Яа-яЁё-]{3,})\s+на\s*$")


def told_ahead(date: PartialDate, doc: Document, here: list[Timex]) -> PartialDate:
    """A planned event's month told without its year (``условились встретиться снова в марте``), resolved to
    one before the publication: the next such month, which lies ahead; a weekday so resolved (``решили провести
    встречу в среду``), the next such day, a week on."""
    told = [x for x in here if x.date == date]
    published = doc.published.iso()
    if date.precision not in ("month", "day") or not published or not told \
            or any(_YEAR.search(x.text) for x in told):
        return date
    if (date.iso() or "") >= published[:len(date.iso() or "")]:
        return date
    if not any(MONTH_OR_SEASON.search(x.text) or any(c.isdigit() for c in x.text) for x in told):
        if date.precision != "day" or weekday_of(" ".join(x.text for x in told)) is None:
            return date
        day = datetime.date.fromisoformat(date.iso()) + datetime.timedelta(days=7)  # "провести встречу в среду"
        return PartialDate(day.year, day.month, day.day)  # a weekday: the next one, not a year on
    return dataclasses.replace(date, year=date.year + 1)
