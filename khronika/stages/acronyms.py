"""An abbreviation and the full name it abbreviates in the same document are one organisation:
``Председатель СФ`` after ``Совета Федерации``, ``ГД`` after ``Государственной думы``.

An abbreviation is a one-word organisation name of capitals (``ACRONYM_LETTERS``); it abbreviates a
name whose words' first letters, function words left out, spell it.  Only when exactly one organisation
of the document does, and its country (if both have one) is the same, is the abbreviation linked.

An abbreviation introduced in parentheses right after a name (``Национально-демократического фронта Филиппин
(НДФ)``) abbreviates that name, whatever its letters; after words no organisation's mention covers
(``Правительства Республики Филиппины (ПРФ)``) whose first letters spell it, it is named by those words (an alias:
what they say of it, a government's body, counts) and belongs to the country they name.  The same abbreviation read
once as a place (an unknown word in parentheses) and elsewhere as an organisation is the organisation.
"""
from __future__ import annotations

import dataclasses
import re

from ..ids import is_country
from ..records import Entity, Mention
from ..settings import DEFAULT, EntitySettings

_SKIPPED = frozenset({"и", "по", "в", "на", "для", "о", "об", "при", "с", "за"})  # "Комиссия по …": КП…
# "… фронта Филиппин (", "… движения «Фронт освобождения» (" before the abbreviation: the name's closing quote kept out
_OPENING = re.compile(r"[»\"”]?\s*\(\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def initials(name: str) -> str:
    """The first letters of the name's words, function words left out, upper-cased."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _SKIPPED and w[0].isalpha()).upper()


def is_acronym(name: str, s: EntitySettings = DEFAULT.entities) -> bool:
    letters = s.acronym_letters
    return " " not in name and letters[0] <= len(name) <= letters[1] and name.isupper() and name.isalpha()


def link_acronyms(mentions: list[Mention], entities: dict[str, Entity],
                  s: EntitySettings = DEFAULT.entities, text: str | None = None) -> list[Mention]:
    """The mentions with each abbreviation's mentions moved to the one organisation it abbreviates (its
    entity dropped from ``entities``, its name kept as an alias); with the document's ``text``, also the
    abbreviations introduced in parentheses (``Фронт освобождения (ФО)``)."""
    orgs = [e for e in entities.values() if e.type == "organization"]
    moved: dict[str, str] = {}
    for short in orgs:
        if not is_acronym(short.name, s):
            continue
        full = [e for e in orgs if e is not short and " " in e.name and initials(e.name) == short.name
                and (e.country is None or short.country in (None, e.country))]
        if len(full) == 1:
            moved[short.id] = full[0].id
    if text is not None:
        moved.update(_read_as_places(entities, s, moved))
        moved.update(_introduced(mentions, entities, s, text, moved))
    for old, new in list(moved.items()):
        while new in moved and new != old:  # a place linked to an abbreviation that is linked in turn
            new = moved[new]
        moved[old] = new
    for old, new in moved.items():
        gone, kept = entities.pop(old), entities[new]
        entities[new] = dataclasses.replace(kept, aliases=tuple(sorted(set(kept.aliases) | {gone.name, *gone.aliases})))
    return [dataclasses.replace(m, entity=moved[m.entity], normal=entities[moved[m.entity]].name)
            if m.entity in moved else m for m in mentions]


def _read_as_places(entities: dict[str, Entity], s: EntitySettings, moved: dict[str, str]) -> dict[str, str]:
    """An abbreviation read as a place (a location entity of that name, no country) where an organisation of the same
    name is in the document: that organisation (or the one it is linked to)."""
    by_name = {e.name: e.id for e in entities.values() if e.type == "organization" and is_acronym(e.name, s)}
    return {e.id: moved.get(by_name[e.name], by_name[e.name]) for e in entities.values()
            if e.type == "location" and e.name in by_name and not is_country(e.id)}


def _introduced(mentions: list[Mention], entities: dict[str, Entity], s: EntitySettings, text: str,
                moved: dict[str, str]) -> dict[str, str]:
    """Abbreviations introduced in parentheses: linked to the organisation whose mention ends right before them;
    after other words whose initials spell them, those words become the abbreviation's alias (and its country the one
    they name)."""
    out: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        short = entities.get(moved.get(m.entity or "", m.entity or ""))
        if short is None or short.id in moved or short.id in out or not is_acronym(short.name, s) \
                or text[m.stop:m.stop + 1] != ")" or not (opening := _OPENING.search(text, 0, m.start)):
            continue
        named = [entities.get(x.entity or "") for x in ordered[:k] if x.stop == opening.start()]
        target = next((e for e in named if e is not None and e.type == "organization"), None)
        if target is not None and target.id != short.id:
            out[short.id] = moved.get(target.id, target.id)
            continue
        words = _WORD.findall(text[max(0, opening.start() - 120):opening.start()])
        kept = [x for x in words if x.lower() not in _SKIPPED]
        n = len(short.name)
        if len(kept) < n or initials(" ".join(kept[-n:])) != short.name:
            continue
        first = max(i for i, x in enumerate(words) if x == kept[-n])
        phrase = " ".join(words[first:])
        inside = [x.entity for x in ordered if opening.start() - len(phrase) - 2 <= x.start < opening.start()
                  and x.entity and is_country(x.entity)]
        entities[short.id] = dataclasses.replace(short, aliases=tuple(sorted(set(short.aliases) | {phrase})),
                                                 country=short.country or (inside[0] if inside else None))
    return out
