"""Parties to talks that are no states, and the mediators of a document's talks, for ``formats.py``.

Peace talks are held between a government and an armed group, a rebel front or a movement (``Силы народной
обороны``, ``Освободительный фронт …``): such a group, named as an organisation whose first noun is one of
``data/format_parties.tsv`` (``head``) and not a state's own force (``state``: ``Вооруженные силы X``), is a side
of the format beside the state, as an international organisation is; its short name introduced in brackets right
after it (``Фронт … (ФНО)``) is the same party.  A country a document tells as a mediator of its talks (``при
посредничестве X и Y``, ``при содействии правительства X``) is no side of them in any of its sentences (an event's
participants list it with the parties): ``formats.told_by``.  A sentence that names the state and tells the other
side by a common noun (``правительство X и оппозиционные группы``) has as that side the one party its document names;
a meeting told with one side and held in the other country of the document's two has that host as its other side.
A document's organisations are read as resolution links them (``linked_orgs``: an abbreviation in one outlet, the
full name in another), as the stored events name them, so that a side read from both is one.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from . import lexicon
from .format_bodies import head_noun
from .format_names import NEEDS
from .gazetteer import org_country
from .ids import country_id, is_country
from .lexicon import Column
from .morph import fold
from .stages.acronyms import is_acronym

_ROWS = lexicon.table("format_parties.tsv", (Column("kind", choices=frozenset({"head", "before", "state"})),
                                             Column("word")))
_HEADS = frozenset(r["word"] for r in _ROWS if r["kind"] == "head")
_BEFORE_WORDS = _HEADS | {r["word"] for r in _ROWS if r["kind"] == "before"}  # "оппозиционного альянса XYZ" too
_STATE = tuple(r["word"] for r in _ROWS if r["kind"] == "state")
ACRONYM_GAP = 3  # characters between a name and its short name in brackets: " ("


@cache
def non_state(name: str) -> bool:
    """Is the organisation's name (in the nominative) that of a party that is no state (``Фронт национального
    освобождения``, ``Силы быстрого развертывания``), not a state's own force (``Вооруженные силы X``)?"""
    folded = fold(name)
    return head_noun(folded) in _HEADS and not any(w.startswith(_STATE) for w in folded.split())


# The word before an organisation's name that tells it a party no state: "движением «…»", "группировки …",
# "повстанцев из …" (its lemma one of the heads).
_BEFORE = re.compile(r"([А-Яа-яЁё]+)\s+(?:[«\"„“]\s*)?$")
BEFORE_REACH = 24  # characters before a name within which that word is read


def parties(mentions, text: str = "") -> dict[str, str]:
    """The entities of a document's mentions that are parties no state (``non_state``, or named right after a word
    that tells one: ``движения «Ансар Аллах»``, ``группировкой X``; not a state's force the gazetteer knows:
    ``Корейская народная армия``), each to the party it names:
    itself, or, for a short name in brackets right after a party's name (``Фронт … (ФНО)``), that party."""
    out: dict[str, str] = {}
    ordered = sorted((m for m in mentions if m.type == "ORG" and m.entity), key=lambda m: m.start)
    for m in ordered:
        word = _BEFORE.search(text[max(0, m.start - BEFORE_REACH):m.start]) if text else None
        told = word is not None and head_noun(word.group(1).lower()) in _BEFORE_WORDS
        if m.entity not in out and (non_state(m.normal or m.text) or told) and org_country(m.normal or m.text) is None:
            out[m.entity] = m.entity
    for a, b in zip(ordered, ordered[1:]):
        if a.entity in out and b.entity not in out and 0 < b.start - a.stop <= ACRONYM_GAP \
                and is_acronym(b.text or ""):
            out[b.entity] = out[a.entity]
    full = {m.entity: m for m in ordered if m.entity in out and len((m.normal or m.text or "").split()) > 1}
    full_heads = {x: head_noun(fold(f.normal or f.text)) for x, f in full.items() if out[x] == x}
    for m in ordered:  # "делегацию Движения" after "Движение за освобождение …": the one party of that head noun
        if m.entity not in out or m.entity in full:
            continue
        head = head_noun(fold(m.normal or m.text or ""))
        heads = [x for x, h in full_heads.items() if h == head]
        if len(heads) == 1:
            out[m.entity] = heads[0]
    return out


# The other side of a government's talks told by a common noun: "правительство X и оппозиционные группы", "с
# повстанцами", "повстанческие группы", "мятежники", "вооруженными формированиями", "боевиками".
UNNAMED_PARTY = re.compile(r"\b(?:оппозици|повстан|мятеж|боевик|ополчен|сепаратист|группировк|вооруж[её]нн\w*\s+"
                           r"(?:групп|формирован|оппозици))\w*", re.I)


def unnamed_party(text: str, sides: set[str], parties: set[str]) -> set[str]:
    """The sides of a sentence's talks where it names one state and tells the other side by a common noun
    (``UNNAMED_PARTY``): that state and the one party no state its document names (``parties``), else ``sides``."""
    if len(sides) == 1 and len(parties - sides) == 1 and UNNAMED_PARTY.search(text):
        return sides | parties
    return sides


def mediated(sides: set[str], mediators: set[str], parties: set[str]) -> set[str]:
    """The sides of talks a mediator of the document is told among (``Алжир как сосед Мали … содействовать мирным
    переговорам``, the document telling ``при посредничестве Алжира`` elsewhere): the one state left and the one party
    no state its document names (``parties``), the mediator no side; else ``sides`` less the mediators where two are
    left, else ``sides``."""
    rest = sides - mediators
    if len(rest) >= 2:
        return rest
    if len(rest) == 1 and sides & mediators and len(parties - rest) == 1 and not parties & mediators:
        return rest | parties
    return sides


def one_of_each(sides: set[str], states: set[str], parties: set[str]) -> set[str]:
    """The sides of talks a sentence tells without two of them (``Третий раунд переговоров прошел в Женеве``) in
    a document of one state and one party no state, whoever mediates (``states``: the countries it names less the
    mediators): that state and that party; else ``sides``."""
    if len(sides) < 2 and len(states) == 1 and len(parties) == 1 and sides <= states | parties:
        return states | parties
    return sides


def host_side(sides: set[str], pair: tuple | list, hosts: set[str]) -> set[str]:
    """A meeting told with one side and held (or set) in the other country of its document's two (``Оттава объявила,
    что раунд диалога, намеченный в Пекине, откладывается``): the host is its other side; else the sides as told."""
    rest = set(pair) - sides
    return set(pair) if len(sides) == 1 and len(pair) == 2 and len(rest) == 1 and rest <= hosts else sides


def bodies(mentions) -> dict[str, str]:
    """The entities of a document's mentions that are national bodies whose names do not say their country (a
    parliament, ``data/org_countries_ru.tsv``), each to its country: a commission between two parliaments
    (``между <парламентом X> и <парламентом Y>``) has those countries as its sides."""
    out = {}
    for m in mentions:
        if m.type != "PER" and m.entity and not is_country(m.entity) \
                and (country := org_country(m.normal or m.text)) is not None:
            out[m.entity] = country_id(country.code)
    return out


def org_entities(doc) -> set[str]:
    """The entities a document's organisations' mentions name (those ``linked_orgs`` reads the links of)."""
    return {m.entity for m in doc.mentions if m.type == "ORG" and m.entity}


def linked_orgs(store, doc, links: dict[str, str] | None = None):
    """The document with its organisations' mentions naming the entities resolution links them to (an abbreviation
    alone, ``resolve_orgs``), as the stored events name them: a side read from both is one.  ``links``: the
    store's links of (at least) ``org_entities(doc)``, read once for many documents, else read here."""
    ids = org_entities(doc)
    same = store.links_of(ids) if links is None else {e: links[e] for e in ids if e in links}
    return dataclasses.replace(doc, mentions=tuple(dataclasses.replace(m, entity=same[m.entity])
                                                   if m.type == "ORG" and m.entity in same else m
                                                   for m in doc.mentions)) if same else doc


NEGOTIATION = re.compile(r"переговор", re.I)  # talks however late named; consultations or a dialogue named before
TRACK = re.compile(r"переговор|консультаци|диалог|процесс\s+«", re.I)  # a track of talks, whatever it is named


def bare_rounds(found: list[tuple], parties: bool) -> list[tuple]:
    """Each sentence's formats (``found``) with the rounds of talks told bare (``Третий раунд переговоров прошел …``,
    ``data/format_patterns.tsv``, needs "party") kept only where the document names a party no state (``parties``)
    and no other track of talks; where the talks it names are one negotiation (``содействовать мирным переговорам``,
    ``раунд переговоров между сторонами``: the one whose name holds the others'), the rounds, and the talks named
    more barely, are that one's."""
    def is_bare(n) -> bool:
        return NEEDS.get(n.type) == "party"
    tracks = {n.name: n for names in found for n in names if TRACK.search(n.name) and not is_bare(n)}
    if parties and not tracks:
        return found
    track = max(tracks.values(), key=lambda n: len(n.name)) if parties and tracks else None
    if track is None or track.fixed or not all(NEGOTIATION.search(n) and set(n.split()) <= set(track.name.split())
                                               for n in tracks):
        return [tuple(n for n in names if not is_bare(n)) for names in found]
    return [tuple(dataclasses.replace(track, surface=n.surface, start=n.start, stop=n.stop, spans=n.spans)
                  if is_bare(n) or n.name in tracks and not n.fixed else n for n in names) for names in found]
