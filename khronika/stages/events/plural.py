"""Plural titles standing for persons: ``Министры подписали программу обменов``, ``переговоры глав
государств``, ``Лидеры двух стран обсудили …``, ``Сопредседатели подписали протокол``.

An event that names no person but has such a title (``data/plural_titles.tsv``) as its subject (or the
genitive of its noun) takes as participants:

* the persons of the meeting told in the last sentences (``REACH``), when at least two took part and none
  holds, in the document, an office the title does not cover (``Лавров и X провели переговоры. Министры
  подписали …``), or whatever their offices for a title of a part in a meeting (``сопредседатели``,
  ``главы делегаций``);
* else the persons of the document who hold a position the title covers, told up to the sentence, the
  last named of each country, when they are at least two of different countries; a title qualified by the
  countries it is of (``главы МИД России и Китая``) keeps those of the event's countries, by a number the
  most recent that many (``лидеры двух стран``).

A title of a group (``министры стран ЕС``, ``лидеры государств-членов``) stands for nobody named here.
"""
from __future__ import annotations

import dataclasses

from ... import lexicon, morph
from ...ids import is_country
from ...records import Document, Event, Participant, Role, Token
from ...timex.patterns import COUNT_WORDS
from .delegations import REACH
from .sentence import Words
from .words import MEETING_SIDES

SUBJECT = ("nsubj", "nsubj:pass")
_MEETING = "=meeting"
_GROUPS = frozenset({"страна", "государство", "член", "участник", "государство-член", "страна-член",
                     "страна-участница", "союзник", "партнёр", "партнер"})


@dataclasses.dataclass(frozen=True)
class Title:
    of: tuple[str, ...]
    positions: tuple[str, ...]


def _load() -> dict[str, list[Title]]:
    rows = lexicon.table("plural_titles.tsv", (
        lexicon.Column("title", convert=lexicon.spaced), lexicon.Column("of", required=False, convert=lexicon.spaced),
        lexicon.Column("positions", convert=lambda v: tuple(p.strip().lower() for p in v.split(";") if p.strip()))))
    out: dict[str, list[Title]] = {}
    for row in rows:
        for title in row["title"]:
            out.setdefault(title, []).append(Title(row["of"] or (), row["positions"]))
    for titles in out.values():
        titles.sort(key=lambda t: -len(t.of))  # the row that needs most words first
    return out


TITLES = _load()


@dataclasses.dataclass(frozen=True)
class Plural:
    """A plural title in a sentence: the positions it covers, the number it gives (``двух стран``) and
    whether it stands for the persons of the meeting just told whatever their offices (``сопредседатели``)."""

    positions: tuple[str, ...]
    number: int | None
    any_office: bool


def plural_title(w: Words, trig: list[Token]) -> Plural | None:
    """The plural title that is the subject of the trigger (or of the verb whose object the trigger noun is)
    or the genitive of a trigger noun, with what it covers; None if there is none, or if it is of a group."""
    verbs = _verbs_of(w, trig)
    # a verb the parser left without a subject: a plural title in the nominative before it is one
    # ("Перед открытием саммита главы государств провели беседу", "главы" read as the genitive's)
    orphan = not any(c.rel in SUBJECT for x in verbs if x in w.by_id for c in w.children(w.by_id[x]))
    for k, t in enumerate(w.tokens):
        if t.feats.get("Number") != "Plur" or w.mention(t) is not None or w.lem[k] not in TITLES:
            continue
        subject = t.rel in SUBJECT and t.head_id in verbs or orphan and t.feats.get("Case") == "Nom" and any(
            t.start < w.by_id[x].start for x in verbs if x in w.by_id)
        genitive = (t.rel == "nmod" and t.feats.get("Case") == "Gen" and t.head_id == trig[0].id
                    and trig[0].pos == "NOUN")
        if subject or genitive:
            return _covered(w, k)
    return None


def _verbs_of(w: Words, trig: list[Token]) -> set[str]:
    """The ids of the trigger's words and of the verb whose object a trigger noun is: where its subject hangs."""
    verb = w.head(trig[0]) if trig[0].pos == "NOUN" else None
    return {t.id for t in trig} | ({verb.id} if verb is not None else set())


def _covered(w: Words, k: int) -> Plural | None:
    after, number, j = [], None, k + 1
    while j < len(w.tokens):
        t = w.tokens[j]
        if t.pos == "NUM" and t.head_id and (n := _number(t.text)) is not None:
            number = n
        elif t.pos in ("NOUN", "ADJ", "PROPN") and t.feats.get("Case") == "Gen" and w.mention(t) is None:
            after.append(j)
        elif w.mention(t) is not None and w.kind(t) == "organization":
            return None  # "министры иностранных дел G7"
        else:
            break
        j += 1
    lemmas = [w.lem[i] for i in after]
    for title in TITLES[w.lem[k]]:
        if title.of and lemmas[:len(title.of)] != list(title.of):
            continue
        if number is None and set(lemmas[len(title.of):]) & _GROUPS:
            return None  # "министры стран ЕС", "лидеры государств-членов": a group's
        positions = tuple(p for p in title.positions if p != _MEETING)
        if not title.of and after and w.lem[after[0]] not in _GROUPS:  # "министры иностранных дел"
            words = " ".join(w.tokens[i].text.lower() for i in after if w.lem[i] not in _GROUPS)
            positions = tuple(f"{p} {words}" for p in positions)
        return Plural(positions, number, _MEETING in title.positions)
    return None


def _number(text: str) -> int | None:
    """The number a count word tells in any case (``двух``, ``обеих``, ``5``): the count words of the time
    expressions (``data/timex_numbers.tsv``) by their lemma."""
    if text.isdigit():
        return int(text)
    word = morph.lemma(text.lower())
    found = 2 if word == "оба" else COUNT_WORDS.get(word)
    return int(found) if found is not None and found == int(found) else None


def covers(plural: Plural, position: str) -> bool:
    return any(position.lower().startswith(p) for p in plural.positions)


def plural_persons(plural: Plural, doc: Document, before: int, meeting: list[str]) -> list[str]:
    """The persons a plural title stands for in a sentence that ends at ``before`` (see the module)."""
    roles = [r for r in doc.roles if r.start < before and not r.former]
    held: dict[str, list[Role]] = {}
    for r in roles:
        held.setdefault(r.person, []).append(r)
    if len(meeting) >= 2 and (plural.any_office or all(
            any(covers(plural, r.position) for r in held[p]) for p in meeting if p in held)):
        return meeting
    if not plural.positions:
        return []
    countries = {e.id: e.country for e in doc.entities if e.type == "person"}
    named = {m.entity: m.start for m in doc.mentions if m.start < before}  # where each is named last
    last: dict[str, tuple[int, str]] = {}  # country → (where named, person)
    for r in roles:
        country = r.of if r.of and is_country(r.of) else countries.get(r.person)
        if country is None or not covers(plural, r.position):
            continue
        where = named.get(r.person, r.person_start)
        if country not in last or last[country][0] < where:
            last[country] = (where, r.person)
    picked = sorted(last.items(), key=lambda kv: -kv[1][0])
    if plural.number:
        picked = picked[:plural.number]
    persons = list(dict.fromkeys(p for _, (_, p) in picked))
    return persons if len(persons) >= 2 else []


def with_plural(event: Event, w: Words, trig: list[Token], doc: Document, meeting: list[str],
                persons: set[str]) -> Event:
    """The event with the persons its plural title stands for, if it names no person itself."""
    if any(p.entity in persons for p in event.participants):
        return event
    plural = plural_title(w, trig)
    if plural is None:
        return event
    found = plural_persons(plural, doc, w.tokens[-1].stop, meeting)
    countries = {p.entity for p in event.participants if is_country(p.entity)}
    if len(countries) >= 2:
        by_country = {e.id: e.country for e in doc.entities}
        found = [p for p in found if by_country.get(p) in countries or p in meeting]
    if len(found) < 2:
        return event
    return dataclasses.replace(event, participants=event.participants + tuple(
        Participant(p, "participant") for p in found))


def with_the_sides(event: Event, w: Words, trig: list[Token], sides: list[str]) -> Event:
    """``Стороны договорились …``, ``Собеседники обсудили …`` (``MEETING_SIDES``) told after a meeting of two
    countries or more (``sides``: three-party talks have three sides): those countries are its participants, where the
    event names fewer than two itself."""
    if len(sides) < 2 or sum(is_country(p.entity) for p in event.participants) >= 2:
        return event
    verbs = _verbs_of(w, trig)
    if not any(t.rel in SUBJECT and t.head_id in verbs and w.lem[k] in MEETING_SIDES
               and t.feats.get("Number") == "Plur"
               for k, t in enumerate(w.tokens)):
        return event
    return joined_by(event, sides)


def joined_by(event: Event, sides: list[str]) -> Event:
    """The event with the countries of ``sides`` it does not name yet as participants of their own."""
    known = {p.entity for p in event.participants}
    return dataclasses.replace(event, participants=event.participants + tuple(
        Participant(c, "participant") for c in sides if c not in known))


__all__ = ["REACH", "joined_by", "plural_persons", "plural_title", "with_plural", "with_the_sides"]
