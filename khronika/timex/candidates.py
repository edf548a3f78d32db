"""Candidates: every match of a kind's regex with the preposition and modifier before it, kept when the
kind's conditions hold (``Марта`` without a digit is a name, ``накануне визита`` is the eve of an event);
then the longest non-overlapping ones, and ranges (``с X по Y``, ``X – Y``) joined into one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import MONTHS, WEEKDAYS_ACC, WEEKDAYS_GEN, _full_year
from ..morph import parses
from .arithmetic import _count, _valid
from .patterns import (
    _DATE_PREPS,
    _EVE_OF,
    _KIND_PREPS,
    _NO_MODS,
    _NOMINATIVE_A,
    _PAST_VERB,
    _POINT_MODS,
    _PREFIX,
    _PRIORITY,
)


@dataclass
class _Candidate:
    kind: str
    start: int  # the span, with preposition and modifier
    stop: int
    core: int  # where the core expression starts
    match: re.Match
    prep: str | None
    mod: str | None
    end: _Candidate | None = None  # the end of a range joined to this one
    lead: _Candidate | None = None  # a relative day this weekday stands in apposition to ("Днем позже, в пятницу")


def _is_lower(word: str) -> bool:
    return word.islower() or word.isupper()


def _eve_of(text: str, stop: int) -> bool:
    """``накануне визита``: a genitive noun after ``накануне``; not a word that has no genitive form (``накануне
    министры провели …``, ``накануне послы заявили …``: the day before)."""
    after = text[stop:stop + 40]
    m = _EVE_OF.match(after)
    if not m or _PAST_VERB.match(after):
        return False
    word = m.group(0).strip().lower()
    found = parses(word)
    return word not in _NOMINATIVE_A and (not found or any({"gent", "gen2"} & set(p.tag.grammemes) for p in found))


# a weekday, then a dash or "по": what follows is the last day of a range of weekdays, no preposition of its own
_WEEKDAY_RANGE_END = re.compile(rf"(?<!\w)(?:{'|'.join(WEEKDAYS_ACC + WEEKDAYS_GEN)})(?:\s*[-–—]\s*|\s+по\s+)\Z",
                                re.IGNORECASE)


def _candidate(kind: str, m: re.Match, text: str) -> _Candidate | None:
    g = m.groupdict()
    window_start = max(0, m.start() - 60)
    p = _PREFIX.search(text, window_start, m.start())
    prep = p.group("prep") if p else None
    mod = p.group("mod") if p else None
    start = p.start() if p else m.start()
    if mod and kind in _NO_MODS:
        prep, mod, start = None, None, m.start()
    allowed = _KIND_PREPS.get(kind, _DATE_PREPS)
    if prep and re.sub(r"\s+", " ", prep.lower()) not in allowed:
        prep = None
        start = p.start("mod") if mod else m.start()
    prep_norm = re.sub(r"\s+", " ", prep.lower()) if prep else None
    has_year = bool(g.get("y") or g.get("yrel") or g.get("yabbr") or g.get("yana"))

    if kind == "month":
        if not _is_lower(g["m"]) or not (prep or mod or has_year):
            return None
    elif kind == "unit":
        if not (mod and _POINT_MODS.search(mod)):
            return None
    elif kind == "season":
        instrumental = g["s"].lower().endswith(("ой", "ом", "ью"))
        if not (instrumental or has_year or g["srel"] or mod or prep):
            return None
    elif kind == "weekday":
        wd = g["wd"].lower()
        if not _is_lower(g["wd"]):
            return None
        if prep_norm is None:  # the end of a range of weekdays ("со вторника по четверг", "в понедельник-вторник")
            if wd not in WEEKDAYS_ACC or not _WEEKDAY_RANGE_END.search(text, window_start, m.start()):
                return None
        elif (wd in WEEKDAYS_ACC) != (prep_norm in {"в", "во", "на"}):
            return None
    elif kind == "weekend":
        if prep_norm is None:
            return None
    elif kind == "decade":
        if len(g["dec"]) == 2 and not (prep or m.group(0).lower().endswith(("годах", "годы", "годов", "годам"))):
            return None
    elif kind == "dayrel":
        if g["dr"].lower() == "накануне" and _eve_of(text, m.end("dr")):
            return None
    elif kind in ("ago", "ahead", "later"):
        if _count(g["n"], g["u"]) is None:
            return None
    elif kind == "num":
        day, month = int(g["d"]), int(g["m"])
        if len(g["y"]) == 2 and (len(g["d"]) != 2 or len(g["m"]) != 2):
            return None
        if not _valid(_full_year(g["y"]), month, day):
            return None
    elif kind == "iso":
        if not _valid(int(g["y"]), int(g["m"]), int(g["d"])):
            return None
    elif kind == "daymonth":
        if not _valid(2000, MONTHS[g["m"].lower().rstrip(".")], int(g["d"])):
            return None
    return _Candidate(kind, start, m.end(), m.start(), m, prep_norm, mod)


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then earliest, then by kind order."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.stop - c.start), c.start, _PRIORITY[c.kind])):
        if all(c.stop <= o.start or c.start >= o.stop for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


_RANGE_LINK = re.compile(r"\s*(?:[-–—]|по)\s*", re.IGNORECASE)


_RANGE_KINDS = {"iso", "num", "daymonth", "month", "year", "yearrel", "season", "weekday"}


def _join_ranges(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """``с X по Y``, ``с X до Y``, ``X – Y`` → one candidate spanning both, X's date."""
    out: list[_Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.end is None and prev.kind in _RANGE_KINDS and c.kind in _RANGE_KINDS:
            between = text[prev.stop:c.start]
            opened = prev.prep in {"с", "со", "от"}
            dash = (re.fullmatch(r"\s*[-–—]\s*", between) and c.prep is None
                    and prev.prep in {None, "в", "во", "с", "со", "от"})
            by = opened and (_RANGE_LINK.fullmatch(between) and c.prep is None
                             or between.isspace() and c.prep == "до")
            if dash or by:
                prev.end = c
                prev.stop = c.stop
                continue
        out.append(c)
    return out


_DATED_DAY = re.compile(r"\s*,?\s*")
_APPOSED_DAY = re.compile(r"\s*,\s*")
_DAY_KINDS = {"iso", "num", "daymonth"}
# a day told relative to another, then named in an apposition: "через два дня, 14 марта", "на следующий день, 10 мая"
_RELATIVE_KINDS = {"sameday", "ahead", "ago", "later"}  # not "вчера, 19 марта": each a day of its own


def _join_weekdays(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """``в среду, 25 февраля`` → one candidate, the date's (its weekday told beside it is no other day); so is a day
    told relative to another with its date or its weekday in an apposition after a comma (``Через два дня, 14 марта,
    …``, ``на следующий день, 12 мая``, ``Днем ранее, в среду, …``; not ``накануне 10 мая``, the day before it)."""
    out: list[_Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        between = text[prev.stop:c.start] if prev is not None else ""
        if prev is not None and prev.end is None and (c.kind in _DAY_KINDS and c.prep is None and (
                prev.kind == "weekday" and _DATED_DAY.fullmatch(between)
                or prev.kind in _RELATIVE_KINDS and _APPOSED_DAY.fullmatch(between))
                or c.kind == "weekday" and c.prep in ("в", "во") and c.end is None
                and prev.kind in _RELATIVE_KINDS and _APPOSED_DAY.fullmatch(between)):
            c.start, c.prep = prev.start, prev.prep
            c.lead = prev if c.kind == "weekday" else None
            out[-1] = c
            continue
        out.append(c)
    return out

