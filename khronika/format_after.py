"""Entries of one sentence read again, for ``formats.py``.

A meeting told as the first after a numbered one (``комиссия соберется весной впервые после 12-го заседания в X в 2019
году``, ``прошли впервые после пятого раунда в мае 2019 года``), for ``formats.py``: the numbered one is an earlier
round dated by the words after it, the sentence's own meeting the round after it, held (resumed) or planned as its
own clause tells, dated by the words before.  A session told with the participle of its holding and its days
(``на 12-й сессии, прошедшей 3–4 мая в X``) was held then (its first day), whatever day its event got; one its
sentence tells begun on a weekday before the day it dates it to, from that weekday."""
from __future__ import annotations

import re

from .format_dates import opened_on, precision
from .format_entry import _entry
from .format_history import Told
from .format_rounds import round_in
from .format_status import PLANNED

_NUMBERED = (r"после\s+((?:\d{1,3}-?\w{0,3}|[IVXLC]{1,6}|[а-яё]+(?:го|й))\s+"
             r"(?:раунд|заседани|встреч|саммит|сесси|консультаци)\w*)([^.;:]*)")
AFTER_NUMBERED = re.compile(r"\bвпервые\s+(?:\w+\s+)?" + _NUMBERED, re.I)
# "14-е заседание …, первое после 13-го заседания в X в 2019 году": the sentence numbers its own meeting; the one
# after which it is the first is an earlier round dated by the words after it.
FIRST_AFTER = re.compile(r"\bперв(?:ое|ый|ая|ой|ого|ую)\s+(?:\w+\s+)?" + _NUMBERED, re.I)


def after_numbered(told: Told, entries: list[dict]) -> list[dict]:
    """The entries of a sentence that tells its meeting as the first after a numbered one: that one and its own
    (see the module); other sentences' entries as they are."""
    text, off = told.text, told.offset
    m = AFTER_NUMBERED.search(text)
    rnd = round_in(m.group(1)) if m else None
    if not rnd:
        return _first_after(told, entries)
    before = [x for x in told.timexes if x.start - off < m.start() and x.relation == "at"][-1:]  # its own clause's
    after = [x for x in told.timexes if m.end(1) <= x.start - off < m.end()]
    then = dict(_entry("round", [], told.doc, told.row, text[m.start():], after), round=rnd)
    mine = [e for e in told.here if e["type"] == "CONSULT" and e["start"] - off < m.start()]
    ahead = PLANNED.search(text, 0, m.start()) or mine and all(e["factuality"] == "planned" for e in mine)
    own = dict(_entry("planned" if ahead else "resumed", [] if before else mine, told.doc, told.row,
                      text[:m.start()], before), round=rnd + 1)  # the date its own words give, else its event's
    own["events"] = own["events"] or [e["id"] for e in mine]
    return [own, then] + [e for e in entries if e.get("told") == "a break"]


def _first_after(told: Told, entries: list[dict]) -> list[dict]:
    """The sentence's entries and, where it tells its meeting as the first after a numbered one (``FIRST_AFTER``),
    that one, dated by the words after it."""
    m = FIRST_AFTER.search(told.text)
    rnd = round_in(m.group(1)) if m else None
    if not rnd or any(e.get("round") == rnd for e in entries):
        return entries
    after = [x for x in told.timexes if m.end(1) <= x.start - told.offset < m.end()]
    return entries + [dict(_entry("round", [], told.doc, told.row, told.text[m.start():], after), round=rnd)]


HELD_ON = re.compile(r"\b(?:прошедш|состоявш|проходивш)\w*\s+(?=\d)", re.I)  # "сессии, прошедшей 3–4 мая"


def held_on(told: Told, entries: list[dict]) -> list[dict]:
    """The one meeting of a sentence dated by the days told right after the participle of its holding; else, where
    the sentence dates it to a day and tells the weekday it began on or went on since (``по завершении раунда,
    который проходил с понедельника``, ``сессия, открывшаяся во вторник, завершилась в четверг``), by that first
    day, its last kept (``format_merge.one_date_per_round``)."""
    m = HELD_ON.search(told.text)
    days = [x.date.iso() for x in told.timexes if m and x.start - told.offset == m.end() and x.relation == "at"]
    held = [e for e in entries if e["status"] in ("round", "meeting")]
    if len(held) == 1 and not days and not held[0].get("through") \
            and (first := opened_on(held[0]["date"], told.text, "")):
        return [dict(e, date=first, through=e["date"], date_precision="day") if e is held[0] else e for e in entries]
    if len(days) != 1 or not days[0] or len(held) != 1:
        return entries
    other = {x.date.iso() for x in told.timexes if x.relation == "at" and x.start - told.offset != m.end()}
    if held[0]["date"] in other:  # "Заседание, прошедшее 3–4 мая, — первое за пять лет: девятое прошло в марте
        return entries  # 2027 года": the earlier one, dated by its own words
    return [dict(e, date=days[0], date_precision=precision(days[0])) if e is held[0] else e for e in entries]


CALLED_OFF = ("postponed", "cancelled")


def number_called_off(mentions: list[tuple], name: str, rnd: int) -> None:
    """The number a document gives its own meeting in a sentence of no meeting (``Он стал бы девятым форумом``, its
    ``own`` round), after it told that meeting put off or called off (``Саммит … перенесен``): the number of the
    format's entries of it without one, where they tell one meeting (one date at most) and no held entry has that
    number."""
    entries = [e for n, _, told in mentions if n["name"] == name for e in told]
    off = [e for e in entries if e["status"] in CALLED_OFF and not e.get("round")]
    if off and len({e["date"] for e in off if e["date"]}) <= 1 \
            and not any(e.get("round") == rnd and e["status"] in ("round", "meeting") for e in entries):
        for e in off:  # one meeting however often told (a headline's "Саммит … перенесен", its body's date)
            e["round"] = rnd
