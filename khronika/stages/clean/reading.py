"""A page dated only relative to the day it was read: ``Сегодня в 12:40``, ``Вчера, 18:30``, ``3 часа назад``
among its first lines, and the day of reading printed in its footer (``Страница обновлена 27.11.2031 12:40``,
``© Вестник Анд, 28.11.2031. Перепечатка запрещена``): the page was published on the footer's day, or the day
(two days) before for ``вчера`` (``позавчера``); a footer labelled as the story's own publication (``Материал
опубликован 27.11.2031``) is its day, whatever the top says.

A relative stamp labelled as an update (``Обновлено: 5 минут назад``) dates nothing; a footer date without a
relative stamp at the top (``Последнее изменение страницы: …`` of a reference page) neither.
"""
from __future__ import annotations

import datetime as dt
import re

from ... import lexicon
from ...dates import find_dates
from ...records import PartialDate
from ...settings import CleanSettings
from .lines import WORDS, Line, phrase_pattern

_DAYS = {"сегодня": 0, "вчера": 1, "позавчера": 2}
assert set(_DAYS) == set(WORDS["RELATIVE_DAYS"]), "clean_words.tsv RELATIVE_DAYS and reading._DAYS differ"
# "Сегодня в 12:40", "Вчера, 18:30", "3 часа назад", "час назад", "15 минут назад".
_RELATIVE = re.compile(rf"(?P<day>{lexicon.alternation(WORDS['RELATIVE_DAYS'])})"
                       r"(?:\s*,\s*|\s+в\s+|\s+)\d{1,2}:\d{2}"
                       r"|(?:\d{1,2}\s+)?(?:минут[уы]?|час(?:а|ов)?|секунд[уы]?)\s+назад", re.IGNORECASE)
_SEGMENTS = re.compile(r"\s+[|/•·›»]\s+")  # "Политика | 3 часа назад", "Новости / Сегодня в 12:40"
_UPDATED = re.compile(phrase_pattern("updated"), re.IGNORECASE)
_LABEL_WORDS = 3  # the most words of a rubric beside the relative stamp
_FOOTER_LINES = 3  # the last lines of a page where its footer stands
_FOOTER_MAX = 200  # a longer line is body text, no footer
_PAGE_LABEL = re.compile(phrase_pattern("published"), re.IGNORECASE)  # "Страница сформирована", "Опубликовано"
_READING_LABEL = re.compile(phrase_pattern("reading"), re.IGNORECASE)  # "Страница сформирована": the day of reading


def relative_days(s: str) -> int | None:
    """How many days before the day of reading a stamp line says the page was published (``Вчера, 18:30`` → 1,
    ``Политика | 3 часа назад`` → 0); ``None`` for any other line."""
    s = s.strip()
    if len(s) > _FOOTER_MAX or _UPDATED.search(s):
        return None
    found = None
    for part in _SEGMENTS.split(s):
        m = _RELATIVE.fullmatch(part.strip(" .,"))
        if m is not None and found is None:
            found = _DAYS[m["day"].lower()] if m["day"] else 0
        elif m is not None or len(part.split()) > _LABEL_WORDS or part.rstrip()[-1:] in ".!?:":
            return None
    return found


def _footer(s: str) -> PartialDate | None:
    """The full date of a footer line: a copyright line (``© Вестник, 28.11.2031.``) or a page's labelled date
    (``Страница сформирована 21.11.2031 в 08:00``)."""
    if len(s) > _FOOTER_MAX or not (s.startswith("©") or _PAGE_LABEL.search(s)):
        return None
    days = [d for _, _, d in find_dates(s) if d.precision == "day" and d.year]
    return days[-1] if len(days) == 1 else None


def read_day(lines: list[Line], settings: CleanSettings) -> PartialDate | None:
    """The publication date of a page whose first lines date it relative to the day of reading that its footer
    prints; ``None`` when either is missing."""
    top = [line.text.strip() for line in lines if line.text.strip()]
    back = next((n for s in top[:settings.scan_lines] if (n := relative_days(s)) is not None), None)
    if back is None:
        return None
    line, date = next(((s, d) for s in reversed(top[-_FOOTER_LINES:]) if (d := _footer(s)) is not None), ("", None))
    if date is None:
        return None
    if not (line.startswith("©") or _READING_LABEL.search(line)):
        return date  # "Материал опубликован 24.11.2031": the story's own day, whatever the top counts from
    day = dt.date(date.year, date.month, date.day) - dt.timedelta(days=back)
    return PartialDate(day.year, day.month, day.day)
