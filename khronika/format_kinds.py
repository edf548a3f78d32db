"""The kinds of standing mechanism (``data/formats.tsv``: «два плюс два», summits, strategic dialogue, …) and the
formats a sentence names (``formats_in``: the gazetteer's mechanisms, the kinds, their general patterns), for
``formats.py``; a kind named alone after a more particular format of that kind is that format (``particular``,
``kinds_told``).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import lexicon
from .format_aliases import ORGANISATION_TYPES
from .format_bodies import group_summit, is_organisation, of_trades
from .format_names import NUMBERED, Named, gazetteer_in, general_in, level_of, summit_of
from .format_proper import cut_phrase
from .lexicon import Column
from .literals import haystack, may_match
from .morph import fold


@dataclass(frozen=True)
class Kind:
    """A kind of standing mechanism (``data/formats.tsv``): its export ``name`` and ``label``, who
    meets in it (``members``), the ``pattern`` that finds it in a sentence and the name the event
    stage gives it (``event``: ``"2+2"``, ``"summit"``…; None when events do not name it) with the
    pattern it uses (``event_pattern``, narrower for summits)."""

    name: str
    label: str
    members: tuple[str, ...]
    pattern: re.Pattern
    event: str | None = None
    event_pattern: re.Pattern | None = None


def _pattern(value: str) -> re.Pattern:
    return re.compile(value, re.I)


def _members(value: str) -> tuple[str, ...]:
    return tuple(m.strip() for m in value.split(";") if m.strip())


_COLUMNS = (Column("kind", choices=frozenset({"mechanism", "general"})), Column("name"),
            Column("event", required=False), Column("members", required=False, convert=_members),
            Column("label"), Column("pattern", convert=_pattern),
            Column("event_pattern", required=False, convert=_pattern))
_ROWS = lexicon.table("formats.tsv", _COLUMNS, key=("name",))
# The kinds of standing mechanisms, in the file's order (a gazetteer, not a list of events).
KINDS: tuple[Kind, ...] = tuple(Kind(r["name"], r["label"], r["members"] or (), r["pattern"], r["event"],
                                     r["event_pattern"] or r["pattern"]) for r in _ROWS if r["kind"] == "mechanism")
# General patterns: ``контакты по линии <кого>``, ``переговоры по вопросам <чего>`` (group 1 is the name).
GENERAL: tuple[re.Pattern, ...] = tuple(r["pattern"] for r in _ROWS if r["kind"] == "general")
# The kinds the event stage names, by the name it gives them (Event.format).
EVENT_FORMATS: dict[str, Kind] = {k.event: k for k in KINDS if k.event}
EVENT_NAMES = frozenset(k.name for k in KINDS)
SUMMIT = next(k.name for k in KINDS if k.event == "summit")  # the kind of a summit of any leaders
SUMMIT_WORD = re.compile(r"саммит|\bв\s+верхах", re.I)


def particular(named: list[Named], mentioned: list[Named]) -> list[Named]:
    """A sentence that names only a kind (``В последний раз саммит проводился в 2022 году``) after its document named
    one format of that kind more particularly (``трехсторонний саммит Пакистана, Афганистана и Китая``): that one."""
    if not named or not all(not n.fixed and n.name in EVENT_NAMES for n in named):
        return named
    kinds = [k for k in KINDS if k.name in {n.name for n in named}]
    fits = {n.name: n for n in mentioned if n.name not in EVENT_NAMES and not loose(n) and any(
            k.pattern.search(n.surface) and (not n.fixed or fold(k.name) in fold(n.name)) for k in kinds)}
    if len(fits) != 1:
        return named
    return [dataclasses.replace(next(iter(fits.values())), surface="", start=-1, stop=-1, spans=())]


def loose(n: Named) -> bool:
    """A format named by a general phrase of ``data/formats.tsv`` (``консультации по вопросам …``, ``по линии …``):
    often a part of a mechanism's meeting, not taking up the next sentence."""
    return not n.fixed and n.name not in EVENT_NAMES and n.type.startswith("по ")


def formats_in(sentence: str) -> list[Named]:
    """Each format a sentence names: the gazetteer's mechanisms, the kinds of ``data/formats.tsv`` (not
    inside a mechanism's name: "саммит НАТО" is the NATO summit), their general patterns (``по линии
    …``) and the general patterns of ``data/format_patterns.tsv`` where no mechanism or kind names the words."""
    out = gazetteer_in(sentence)
    taken = [p for n in out for p in n.places()]
    hay = haystack(sentence)
    for k in KINDS:
        if not may_match(k.pattern, hay):  # none of the words its every match holds (``literals``)
            continue
        if k.event == "summit" and out:  # "страны ШОС провели саммит": that organisation's summit
            continue
        if k.event == "summit" and k.pattern.search(sentence) and (summit := summit_of(sentence)):
            out.append(summit)
            continue
        spans = [m.span() for m in k.pattern.finditer(sentence)
                 if not any(a <= m.start() and m.end() <= b for a, b in taken)
                 and not (k.event == "summit" and of_trades(sentence, *m.span()))]  # "саммит судостроителей"
        if spans:
            level = level_of(k.label)
            out.append(Named(k.name, k.name, k.label, tuple(k.members), level, surface=sentence[slice(*spans[0])],
                             start=spans[0][0], stop=spans[0][1], spans=tuple(spans)))
    kinds = [n for n in out if not n.fixed]
    for general in GENERAL:
        for m in general.finditer(sentence) if may_match(general, hay) else ():
            phrase = cut_phrase(re.sub(r"\s+", " ", m.group(1).strip().lower()))
            if not any(k.pattern.search(phrase) for k in KINDS if k.name in {n.name for n in kinds}) \
                    and not any(a <= m.start(1) < b for a, b in taken):
                out.append(Named(phrase, phrase.split()[0] + " " + phrase.split()[1], m.group(0).strip(),
                                 level=level_of(m.group(0)), surface=m.group(0).strip(), start=m.start(), stop=m.end()))
    named_before = bool(out)
    mechanism_before = any(not (x.fixed and x.type in ORGANISATION_TYPES) for x in out)
    for n in general_in(sentence):
        if is_organisation(n.name):  # "член Европейской комиссии": an organisation's body, not a dialogue
            continue
        if n.alone and (mechanism_before if n.type in NUMBERED else named_before):
            # "переговоры на уровне министров в формате «2+2»": the level of that format; "четвертая министерская
            # встреча нормандской четверки": a meeting of that format (not "… АСЕАН и ЭКОВАС": the organisations)
            continue
        crossed = [x for x in out if x.start < n.stop and n.start < x.stop]
        if all(_within(x, n) for x in crossed) and n.name not in {x.name for x in out}:
            out = [x for x in out if x not in crossed] + [n]  # "трехсторонний саммит": more than a summit
    if any(not n.fixed and n.type in NUMBERED for n in out):
        # "пятая министерская встреча АСЕАН и ЭКОВАС": a body meeting in numbered sessions, the organisation its side
        out = [n for n in out if not (n.fixed and n.type in ORGANISATION_TYPES)]
    return out


def _within(kind: Named, general: Named) -> bool:
    """A kind's words (``саммит``) inside a general pattern's longer ones (``трехсторонний саммит``), not only
    quoted by it (``в формате «два плюс два»`` is the kind)."""
    return not kind.fixed and general.type != "формат" and general.start <= kind.start and kind.stop <= general.stop \
        and general.stop - general.start > kind.stop - kind.start


def kinds_told(mentions: list[tuple]) -> list[tuple]:
    """A kind a document names alone anywhere, its title included (``Саммит Перу, Чили и Боливии отложен``), where
    the document names one format of that kind more particularly with those sides or none (``трехсторонний саммит
    Перу, Чили и Боливии``, ``Трехсторонние встречи проходят с 2013 года``): that format."""
    out = []
    for n, sides, entries in mentions:
        kinds = [k for k in KINDS if k.name == n["name"] and not n["fixed"]]
        fits = {m["name"]: (m, s) for m, s, _ in mentions if kinds and m["name"] not in EVENT_NAMES
                and not m["type"].startswith("по ") and (set(sides) <= set(s) or not s)
                and any(k.pattern.search(m["surface"]) and (not m["fixed"] or fold(k.name) in fold(m["name"]))
                        or group_summit(k.name == SUMMIT, m, sides) for k in kinds)}
        if len(fits) == 1:
            m, s = next(iter(fits.values()))
            n, sides = dict(m, surface="", start=-1, stop=-1, spans=[]), sorted(set(s) | set(sides))
        out.append((n, sides, entries))
    return out
