"""What fusion knows of the store's entities: names, countries, persons and their offices, private bodies."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..morph import fold, lemma, parses
from .report import Known

_WORD = re.compile(r"\w+")


def private_body(name: str) -> bool:
    """An organisation that is no state and no state body: a company, a university, a club by a noun of its name
    (``words.PRIVATE_PEOPLE``: ``компания «Северный ветер»``, ``Технический университет``; not the adjective of
    ``Совместная рабочая группа``), not a state body (``actors.is_state_body``: ``МИД``, ``Росатом``)."""
    from ..stages.events.actors import is_state_body  # the event stage imports the formats, which import fusion
    from ..stages.events.private import private

    return any(private(lemma(fold(w))) and not _adjective(w) for w in _WORD.findall(name)) \
        and not is_state_body(name)


def _adjective(word: str) -> bool:
    """A word read first as an adjective (``рабочая группа``: no worker)."""
    found = parses(fold(word))
    return bool(found) and found[0].tag.POS == "ADJF"


def known_of(store, entities: Iterable[str] | None = None, known: Known | None = None) -> Known:
    """What fusion knows of the store's entities (of ``entities`` only, added to ``known``, when
    given: an ingest reads only the entities of the events it compares)."""
    known = known or Known()
    rows, roles = (store.entities(), store.roles()) if entities is None else store.entities_known(entities)
    for e in rows:
        known.names[e["id"]] = e["name"]
        if e.get("country"):
            known.country[e["id"]] = e["country"]
        if e["type"] == "person":
            known.persons[e["id"]] = e["name"]
        elif e["type"] == "organization" and private_body(e["name"]):
            known.private.add(e["id"])
    for r in roles:
        if r["of"]:
            known.roles.setdefault(r["person"], set()).add((r["position"], r["of"]))
    return known
