"""A chronology's entries: paragraphs that each open with the day or month they tell, maybe a place, then a stop, a
colon or a dash (``7 августа. МИД Литвы объявляет …``, ``21 ноября 2022 года, Каракас — стороны возобновили …``,
``Август 2023 года, Каракас — четвертый цикл``).  Each entry is told as of its day, whatever its tense (a timeline
explainer's historical present), and the days it names without a year count from it (``откладывает раунд,
намеченный на 24 августа``: the 24th after the entry's day, not after the page's).  A text is a chronology when
``MIN_ENTRIES`` of its paragraphs or more are such entries (the cleaning's items, the time expressions' anchors).
"""
from __future__ import annotations

import re

from .dates import find_dates
from .records import PartialDate

MIN_ENTRIES = 3
_OPENING = 60  # the characters of a paragraph an entry's date lies in
# what follows an entry's date: its year's word, maybe a place, then a stop, a colon or a dash and the entry's text
_REST = re.compile(r"\s*(?:г\.|года)?\s*(?:,\s*[^,.:;—–\n]{1,40}?)?\s*(?:[.:]|\s[—–-])\s+\S")
_OPENS = re.compile(r"(?m)^[ \t]*(?=\d{1,2}\s|[А-ЯЁ][а-яё]+\s+\d{4})")  # where an entry may open: a day, a month's year


def entry_date(line: str) -> PartialDate | None:
    """The day or month the paragraph ``line`` opens with as a chronology's entry (module notes), else None."""
    found = find_dates(line[:_OPENING])
    if not found or found[0][0] != len(line) - len(line.lstrip()):
        return None
    a, b, date = found[0]
    if date.precision not in ("day", "month") and not (date.month and date.day):
        return None
    return date if _REST.match(line, b) else None


def entry_starts(text: str) -> frozenset[int]:
    """The offsets of the dates that open the entries of ``text`` when it is a chronology (module notes); none in any
    other text."""
    starts = []
    for m in _OPENS.finditer(text):
        stop = text.find("\n", m.end())
        if entry_date(text[m.end():len(text) if stop < 0 else stop]) is not None:
            starts.append(m.end())
    return frozenset(starts) if len(starts) >= MIN_ENTRIES else frozenset()
