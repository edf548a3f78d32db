"""Standing bodies the general patterns name (``data/format_patterns.tsv``, column ``needs``), kept as formats only
where a document tells them as a joint body at work, for ``formats.py``.

A ``постоянная комиссия`` is a format with a history where its document tells a meeting of it by its number
(``118-е заседание``), again without its name (``Предыдущее заседание комиссии прошло …``) or as broken off or
resumed, a body (``предложила возобновить работу совместного комитета``), and gives it two sides
in one sentence; the same words name bodies of one country (a parliament's permanent commission), which meet in no
numbered sessions between two sides.  A joint committee (``совместный``, ``смешанный``, ``генеральный пограничный
комитет``) and a working group (``рабочая группа по …``) are formats where a sentence of their document gives them
two sides: a working group set up under a commission (``В рамках комиссии создана рабочая группа``) is a part of
that commission's meeting, not a dialogue of its own.  A body of a series told meeting between two sides with no
number and no turn of its series (``политические консультации …, запланированные на 3 марта, перенесены``, an outlet's
report of the meeting put off) is kept tentative: the body another outlet told as a series with those sides, else none.
Talks told by their rounds alone (``третий раунд переговоров``, needs ``party``) are a format where their document
numbers them and gives them two sides, one of them a party that is no state (a government and a movement): two
states' talks are told by a name of their own, and a bare round of theirs is no mechanism.
"""
from __future__ import annotations

import re

from .format_names import NEEDS
from .gazetteer import compound_countries, lookup_country
from .ids import is_country

_BROKEN = frozenset({"suspended", "resumed", "proposed-resumption"})  # only a series at work is broken off, resumed
_MEETINGS = frozenset({"meeting", "round", "planned", "postponed"})  # its meetings held, to come or put off, by date
_BODY = re.compile(r"\b(?:комисси|комитет|совет|групп|механизм)", re.I)  # a standing body's noun
# two names after a body's ("совместной комиссии Малави и Мозамбика"), each of one or two capitalised words
_NAME = r"((?-i:[А-ЯЁ])[\w-]+(?:\s+(?-i:[А-ЯЁ])[\w-]+)?)"
_PAIR_AFTER = re.compile(r"\s+" + _NAME + r"\s+и\s+" + _NAME)
# a meeting told as recurring ("Стороны встречаются в таком формате ежегодно", "раз в два года"): a series at work
_RECURRING = re.compile(r"\bежегодн|\bраз\s+в\s+(?:год|два|три|полгода)|\bкаждый\s+год", re.I)


def standing(mentions: list[tuple]) -> list[tuple]:
    """A document's format mentions (a ``Named`` as a dict, its sides, its history entries) less those of the kinds
    of ``NEEDS`` that it does not tell as a joint body at work."""
    mentions = _fuller(mentions)
    kept, tentative = set(), set()
    for name in {n["name"] for n, _, _ in mentions if n["type"] in NEEDS and not n["fixed"]}:
        mine = [(n, sides, entries) for n, sides, entries in mentions if n["name"] == name]
        series = any(e.get("round") for _, _, entries in mine for e in entries) or \
            any(n["start"] == -1 for n, _, _ in mine) or \
            _BODY.search(name) and any(e["status"] in _BROKEN for _, _, entries in mine for e in entries) or \
            len({e["date"] for _, _, entries in mine for e in entries if e["status"] in _MEETINGS and e["date"]}) >= 2 \
            or _BODY.search(name) and any(_paired(n, entries) for n, _, entries in mine) \
            or any(e["status"] == "active" and _RECURRING.search(e.get("evidence") or "")
                   for _, _, entries in mine for e in entries)
        # told again without its name, or a body broken off or resumed ("предложила возобновить работу комитета"), or
        # told meeting on two dates (held and held, or held and to come): one of its series (not "политический диалог
        # между странами заморожен": relations, no body)
        met = any(e["status"] != "active" for _, _, entries in mine for e in entries)  # not only set up
        needs = NEEDS[mine[0][0]["type"]]
        if needs == "party":  # talks in rounds of a state with a party that is no state ("раунд переговоров" of
            if series and any(len(told) >= 2 and not all(is_country(x) for x in told) for _, told, _ in mine):
                kept.add(name)  # a government and a movement), not of two states (those name their talks)
            continue
        if needs == "sessions" and series or any(len(told) >= 2 for _, told, _ in mine) and (
                series if needs == "series" else met):
            kept.add(name)
        elif needs == "series" and met and any(len(told) >= 2 for _, told, _ in mine):
            tentative.add(name)
    return [(dict(n, tentative=True) if n["name"] in tentative else n, sides, entries) for n, sides, entries in mentions
            if not (n["type"] in NEEDS and not n["fixed"]) or n["name"] in kept | tentative]


def _paired(n: dict, entries: list[dict]) -> bool:
    """Is a body named with its two states: their names after it (``сессия совместной комиссии Малави и Мозамбика``)
    or their compound adjective just before it (``омано-катарской совместной комиссии``)? A body of two states, not a
    company's or a parliament's."""
    for e in entries:
        text = e.get("evidence") or ""
        at = text.find(n["surface"]) if n.get("surface") else -1
        if at < 0:
            continue
        if (two := _PAIR_AFTER.match(text, at + len(n["surface"]))) and all(lookup_country(x) for x in two.groups()):
            return True
        if any(len(compound_countries(w.strip(",«»\"()"))) >= 2 for w in text[max(0, at - 60):at].split()[-3:]
               if "-" in w):
            return True
    return False


def _fuller(mentions: list[tuple]) -> list[tuple]:
    """A body a document names shortly (``совместный комитет``, a headline's) and in full (``совместный комитет по
    урегулированию …``) with the same sides: the one body, under its full name (the one full name of those sides)."""
    out = []
    for n, sides, entries in mentions:
        longer = {m["name"] for m, s, _ in mentions if n["type"] in NEEDS and m["type"] == n["type"]
                  and set(s) == set(sides) and len(sides) >= 2 and m["name"].startswith(n["name"] + " ")}
        out.append((dict(n, name=longer.pop()) if len(longer) == 1 else n, sides, entries))
    return out
