"""What the API serves, built from the export's records (``export.py``) so that every shape is the
contract's (SCHEMA.md), with what a reader needs inline: the names, types and ISO country codes of the
entities an event, quote or stance names, and the documents of an event.

A ``Chronicle`` reads the store: each kind of record once, when first needed; the API keeps it until
the store changes (``Store.stamp``).
"""
from __future__ import annotations

import threading
from functools import cached_property
from typing import Annotated

from fastapi import Depends, Query, Request

from ..export import document_record, entity_records, event_records, format_records, quote_records, stance_records
from ..ids import country_code
from ..store import Store


def page(items: list, limit: int, offset: int) -> dict:
    """A page of a list, with the list's length."""
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


def listed(document: dict) -> dict:
    """A document as lists show it: its record without the text."""
    return {k: v for k, v in document.items() if k != "text"}


class Chronicle:
    """The records of one store, read once each."""

    def __init__(self, store: Store):
        self.store = store

    @cached_property
    def documents(self) -> dict[str, dict]:
        """Document records by id, in the export's order, with ``n_mentions``."""
        return {d["id"]: {**document_record(d), "n_mentions": d["n_mentions"]} for d in self.store.documents()}

    @cached_property
    def entities(self) -> dict[str, dict]:
        """Entity records by id, each with ``code``: its ISO country code (a country's own, else that of
        the country it belongs to)."""
        out = {}
        for e in entity_records(self.store):
            out[e["id"]] = {**e, "code": e["code"] or country_code(e["id"]) or country_code(e["country"])}
        return out

    def entity(self, entity_id: str | None) -> dict | None:
        """An entity as other records name it inline: id, name, type, ISO code."""
        e = self.entities.get(entity_id) if entity_id else None
        if e is None:
            return None if entity_id is None else {"id": entity_id, "name": None, "type": None, "code": None}
        return {"id": e["id"], "name": e["name"], "name_en": e["name_en"], "type": e["type"], "code": e["code"]}

    def place_name(self, place: str | None) -> str | None:
        """A place's name: the entity's when it is one, else the place as the text names it."""
        return _name(self.entities.get(place)) or place if place else None

    def document_ref(self, doc_id: str) -> dict:
        d = self.documents.get(doc_id, {})
        return {"id": doc_id, **{k: d.get(k) for k in ("title", "source", "published", "published_precision",
                                                        "path", "url")}}

    @cached_property
    def events(self) -> list[dict]:
        """Fused event records in date order (undated last), with participants' names and codes inline,
        ``countries`` (the ISO codes of the participants), the place's name and the documents."""
        out = []
        for r in event_records(self.store, self.formats):
            participants = [{**p, **_inline(self.entity(p["entity"]))} for p in r["participants"]]
            countries = sorted({p["code"] for p in participants if p["code"]})
            out.append({**r, "participants": participants, "countries": countries,
                        "place_name": self.place_name(r["place"]),
                        "documents": [self.document_ref(d) for d in r["sources"]]})
        out.sort(key=lambda e: (e["date"] is None, e["date"] or ""))
        return out

    @cached_property
    def event_index(self) -> dict[str, dict]:
        return {e["id"]: e for e in self.events}

    @cached_property
    def quotes(self) -> list[dict]:
        return [{**q, "speaker_name": _name(self.entity(q["speaker"])),
                 "document": self.document_ref(q["evidence"]["doc"])} for q in quote_records(self.store)]

    @cached_property
    def stances(self) -> list[dict]:
        return [{**x, "holder_name": _name(self.entity(x["holder"])), "other_name": _name(self.entity(x["other"])),
                 "document": self.document_ref(x["evidence"]["doc"])} for x in stance_records(self.store)]

    @cached_property
    def formats(self) -> list[dict]:
        return [{**f, "side_names": [_name(self.entity(s)) for s in f["sides"]]} for f in format_records(self.store)]

    def resolve(self, entity_id: str) -> str | None:
        """The id an entity is listed under: its own, or that of the entity resolution linked it to."""
        if entity_id in self.entities:
            return entity_id
        rows = {r["id"]: r for r in self.store.entities(resolved=False)}
        target = rows.get(entity_id, {}).get("same_as")
        return target if target in self.entities else None


def _inline(entity: dict | None) -> dict:
    return {k: v for k, v in (entity or {}).items() if k != "id"}


def _name(entity: dict | None) -> str | None:
    return entity["name"] if entity else None


Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, description="Skip this many items first.")]


def chronicle(request: Request) -> Chronicle:
    """The dependency of every route: the records of the app's store, kept between requests while the
    store's ``stamp`` stays the same (records are never changed in place by a route)."""
    state = request.app.state
    store = state.store
    stamp = store.stamp()
    with _LOCK:
        kept = getattr(state, "chronicle", None)
        if kept is None or kept[0] != stamp:
            kept = state.chronicle = (stamp, Chronicle(store))
    return kept[1]


_LOCK = threading.Lock()


Records = Annotated[Chronicle, Depends(chronicle)]
