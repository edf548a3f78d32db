"""An abbreviation and the full name it abbreviates in the same document are one organisation:
``Председатель СФ`` after ``Совета Федерации``, ``ГД`` after ``Государственной думы``.

An abbreviation is a one-word organisation name of capitals (``ACRONYM_LETTERS``); it abbreviates a
name whose words' first letters, function words left out, spell it.  Only when exactly one organisation
of the document does, and its country (if both have one) is the same, is the abbreviation linked.
"""
from __future__ import annotations

import dataclasses

from ..records import Entity, Mention
from ..settings import DEFAULT, EntitySettings

_SKIPPED = frozenset({"и", "по", "в", "на", "для", "о", "об", "при", "с", "за"})  # "Комиссия по …": КП…


def initials(name: str) -> str:
    """The first letters of the name's words, function words left out, upper-cased."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _SKIPPED and w[0].isalpha()).upper()


def is_acronym(name: str, s: EntitySettings = DEFAULT.entities) -> bool:
    letters = s.acronym_letters
    return " " not in name and letters[0] <= len(name) <= letters[1] and name.isupper() and name.isalpha()


def link_acronyms(mentions: list[Mention], entities: dict[str, Entity],
                  s: EntitySettings = DEFAULT.entities) -> list[Mention]:
    """The mentions with each abbreviation's mentions moved to the one organisation it abbreviates (its
    entity dropped from ``entities``, its name kept as an alias)."""
    orgs = [e for e in entities.values() if e.type == "organization"]
    moved: dict[str, str] = {}
    for short in orgs:
        if not is_acronym(short.name, s):
            continue
        full = [e for e in orgs if e is not short and " " in e.name and initials(e.name) == short.name
                and (e.country is None or short.country in (None, e.country))]
        if len(full) == 1:
            moved[short.id] = full[0].id
    for old, new in moved.items():
        gone, kept = entities.pop(old), entities[new]
        entities[new] = dataclasses.replace(kept, aliases=tuple(sorted(set(kept.aliases) | {gone.name, *gone.aliases})))
    return [dataclasses.replace(m, entity=moved[m.entity], normal=entities[moved[m.entity]].name)
            if m.entity in moved else m for m in mentions]

