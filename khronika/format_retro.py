"""History told in retrospect, for ``format_history.py``: a break dated by the time it has lasted since
(``работа которого заморожена с 2029 года``: suspended in 2018, not on the day it is told), and the first
round of a series counted since a year (``12-е по счету с 1995 года консультации``: round 1 in 1995)."""
from __future__ import annotations

import re

from .format_rounds import COUNTED_SINCE

# A break since a date: "приостановлена с 2018 года", "заморожены с марта 2022 года" (the date right after the words).
SUSPENDED_SINCE = re.compile(r"\b(?:приостановл|заморож|прерван)\w*\s+(?:[\w-]+\s+)?(?=(?:с|со)\s)", re.I)
SINCE_REACH = 3  # characters between those words and their date ("с 2018 года" starts at "с")


def suspended_since(text: str, timexes: list, offset: int) -> str | None:
    """The date a break is told to last since (``приостановлена с 2018 года``), or None."""
    held = SUSPENDED_SINCE.search(text)
    since = [x.date.iso() for x in timexes if held and x.relation == "after"
             and 0 <= x.start - offset - held.end() <= SINCE_REACH]
    return since[0] if since else None


def counted_first(text: str, timexes: list, offset: int) -> str | None:
    """The year of the first round of a series a round is counted since (``12-е по счету с 1995 года``), or None."""
    counted = COUNTED_SINCE.search(text)
    first = [x.date.iso() for x in timexes if counted and 0 <= x.start - offset - counted.end() <= SINCE_REACH]
    return first[0] if first and len(first[0]) == 4 else None
