"""History told in retrospect, for ``format_history.py``: a break dated by the time it has lasted since
(``работа которого заморожена с 2029 года``: suspended in 2029, not on the day it is told), and the first
round of a series counted since a year (``12-е по счету с 1995 года консультации``: round 1 in 1995), and the day a
meeting put off was held after all (``переносилось и все же прошло в мае``)."""
from __future__ import annotations

import re

from .format_rounds import COUNTED_SINCE
from .format_status import IDLE

# A time expression that dates the telling, not what is told: "сегодня согласовано, что … были заморожены".
DEICTIC = re.compile(r"\W*(?:сегодня|сейчас|ныне|теперь|в настоящее время|на днях)\b", re.I)
_CLAUSE = re.compile(r"[,;:]\s|\s[-–—]\s")  # where a clause ends
NOT_MET = re.compile(r"\bне\s+(?:собирал|проводил|встречал|заседал|созывал)(?:ся|ась|ось|ись|и)\b", re.I)

# A break since a date: "приостановлена с 2018 года", "заморожены с марта 2022 года" (the date right after the words).
SUSPENDED_SINCE = re.compile(r"\b(?:приостановл|заморож|прерван|" + IDLE + r")\w*\s+(?:[\w-]+\s+)?(?=(?:с|со)\s)",
                             re.I)
SINCE_REACH = 3  # characters between those words and their date ("с 2018 года" starts at "с")
IDLE_FROM = re.compile(r"\b" + IDLE + r"\b", re.I)  # "в 2026 году бездействовал": idle from the year told before it


def suspended_since(text: str, timexes: list, offset: int) -> str | None:
    """The date a break is told to last since (``приостановлена с 2018 года``, ``в 2026 году бездействовал``), or
    None."""
    held = SUSPENDED_SINCE.search(text)
    since = [x.date.iso() for x in timexes if held and x.relation == "after"
             and 0 <= x.start - offset - held.end() <= SINCE_REACH]
    idle = IDLE_FROM.search(text) if not since else None
    since = since or [x.date.iso() for x in timexes if idle and x.relation == "at" and len(x.date.iso()) in (4, 7)
                      and 0 <= idle.start() - (x.start - offset + len(x.text)) <= SINCE_REACH]
    return since[0] if since else None


def counted_first(text: str, timexes: list, offset: int) -> str | None:
    """The year of the first round of a series a round is counted since (``12-е по счету с 1995 года``), or None."""
    counted = COUNTED_SINCE.search(text)
    first = [x.date.iso() for x in timexes if counted and 0 <= x.start - offset - counted.end() <= SINCE_REACH]
    return first[0] if first and len(first[0]) == 4 else None


# A meeting put off and then held, in one sentence: "переносилось и все же прошло в мае 2031 года в Лиме".
HELD_AFTER_ALL = re.compile(r"\b(?:перенес|отлож|переносил|откладывал)\w*\s+(?:[\w-]+\s+){0,3}?и\s+"
                            r"(?:вс[её]-таки\s+|вс[её]\s+же\s+|в\s+итоге\s+)?(?:состоял|прош[её]л\b|прошл)\w*", re.I)


def held_after_all(text: str, timexes: list, offset: int) -> str | None:
    """The date a meeting put off was held on, told after it in the same sentence (``переносилось и все же прошло в
    мае 2031 года``): the first date after those words, in their clause; None where the sentence tells none."""
    m = HELD_AFTER_ALL.search(text)
    cut = re.compile(r"[,;:.]").search(text, m.end()) if m else None
    dates = [x.date.iso() for x in timexes if m and m.end() <= x.start - offset < (cut.start() if cut else len(text))
             and x.relation == "at"]
    return dates[0] if dates else None


def not_met(text: str, timexes: list, offset: int) -> str | None:
    """When meetings were not held, told in a clause of its own with one date and no date since (``однако в
    2030–2032 годах стороны не встречались``): that date (the first year of a span); else None."""
    m = NOT_MET.search(text)
    if m is None:
        return None
    start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
    cut = _CLAUSE.search(text, m.end())
    inside = [x for x in timexes if start <= x.start - offset < (cut.start() if cut else len(text))]
    if len(inside) != 1 or inside[0].relation != "at" or DEICTIC.match(inside[0].text):
        return None
    date = inside[0].date.iso()  # a year or a month: a day is a meeting not held, no break
    return date if len(date) in (4, 7) else None
