"""A listing page's items: search results, a rubric's or a tag's page, an archive's day, each item another story's date
and teaser (``14.07.2031`` / ``Стороны обсудили инвестиции японских компаний…``), maybe with its headline between.

The teasers are other stories cut short (they end on an ellipsis): their names and events belong to stories the page
does not hold, and they would all take one date.  A run of ``MIN_ITEMS`` such items or more is dropped (reason
``headlines``); a dated list in an article (a chronology, each line a sentence of its own) ends no item on an
ellipsis and stays.
"""
from __future__ import annotations

import re

from ...dates import find_dates
from .lines import Line

MIN_ITEMS = 2  # a listing shows at least this many teasers
ITEM_LINES = 3  # an item's lines after its date: a headline, a teaser
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_REST = re.compile(r"^[\s,.|•·—–-]*(?:г\.?|года?)?[\s,.|•·—–-]*$")
_ELLIPSIS = ("…", "...")


def date_line(s: str, yearless: bool = False) -> bool:
    """A line that is a date to the day alone, maybe with a time (``14.07.2031``, ``12 июля 2031, 18:05``; ``4
    декабря`` too when ``yearless``)."""
    found = [(a, b) for a, b, d in find_dates(s)
             if d.precision == "day" or yearless and d.year is None and d.month and d.day]
    if len(found) != 1:
        return False
    a, b = found[0]
    return bool(_REST.match(_TIME.sub("", s[:a] + " " + s[b:])))


def mark_listing(lines: list[Line], reasons: dict[int, str]) -> None:
    """Drop a run of dated items that end on a teaser cut short (module notes)."""
    filled = [i for i, line in enumerate(lines) if line.text.strip() and i not in reasons]
    dated = {i for i in filled if date_line(lines[i].text.strip())}
    items: list[list[int]] = []
    for n, i in enumerate(filled):
        if i not in dated:
            continue
        body = []
        for k in filled[n + 1:n + 1 + ITEM_LINES]:
            if k in dated:
                break
            body.append(k)
            if lines[k].text.strip().endswith(_ELLIPSIS):
                items.append([i, *body])
                break
    if len(items) >= MIN_ITEMS:
        reasons.update((k, "headlines") for item in items for k in item)
