"""What fusion knows of the store's entities: names, countries, persons and their offices."""
from __future__ import annotations

from collections.abc import Iterable

from .report import Known


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
    for r in roles:
        if r["of"]:
            known.roles.setdefault(r["person"], set()).add((r["position"], r["of"]))
    return known
