"""The API's routes but the events' (``events.py``): documents, entities, formats, quotes, stances, search."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ..export import mention_records
from ..store import search as lemmas
from .data import Limit, Offset, Records, listed, page
from .errors import not_found

router = APIRouter()
EntityType = Literal["person", "organization", "country", "location", "facility", "other"]


@router.get("/documents", summary="Documents, by date", tags=["documents"])
def list_documents(records: Records, limit: Limit = 100, offset: Offset = 0) -> dict:
    """Document records without their text (dated first, by date, then by path), with ``n_mentions``."""
    return page([listed(d) for d in records.documents.values()], limit, offset)


@router.get("/documents/{doc_id}", summary="One document with its text", tags=["documents"])
def get_document(doc_id: str, records: Records) -> dict:
    """The document record with its text; its mentions, and the events and quotes it reports, with their
    offsets into the text."""
    d = records.documents.get(doc_id)
    if d is None:
        raise not_found("document", doc_id)
    events = [{"id": e["id"], "type": e["type"], "date": e["date"], "evidence": x}
              for e in records.events for x in e["evidence"] if x["doc"] == doc_id]
    quotes = [q for q in records.quotes if q["evidence"]["doc"] == doc_id]
    return {**d, "mentions": list(mention_records(records.store, doc_id)), "events": events, "quotes": quotes}


@router.get("/entities", summary="Entities, by id", tags=["entities"])
def list_entities(records: Records, limit: Limit = 100, offset: Offset = 0, type: EntityType | None = None,
                  q: Annotated[str | None, Query(description="A part of a name or alias.")] = None) -> dict:
    """Entity records (with roles and ``code``, the ISO country code), of one type when asked."""
    items = [e for e in records.entities.values() if type is None or e["type"] == type]
    if q:
        folded = q.casefold()
        items = [e for e in items if any(folded in n.casefold() for n in (e["name"], *e["aliases"]))]
    return page(items, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity: roles over time, events, quotes, stances",
            tags=["entities"])
def get_entity(entity_id: str, records: Records) -> dict:
    """The entity record (an id that resolution linked to another gives that one), its roles in date order
    (undated last), the events it takes part in, its quotes, and the stances it holds or is the object of."""
    found = records.resolve(entity_id)
    if found is None:
        raise not_found("entity", entity_id)
    e = records.entities[found]
    roles = sorted(e["roles"], key=lambda r: (r["date"] is None, r["date"] or ""))
    events = [v for v in records.events if any(p["entity"] == found for p in v["participants"])]
    quotes = [x for x in records.quotes if x["speaker"] == found]
    stances = [x for x in records.stances if found in (x["holder"], x["other"])]
    return {**e, "roles": roles, "events": events, "quotes": quotes, "stances": stances}


@router.get("/formats", summary="Formats of dialogue with their histories", tags=["formats"])
def list_formats(records: Records, limit: Limit = 100, offset: Offset = 0) -> dict:
    """Format records (a mechanism and its sides) with their dated histories and ``side_names``."""
    return page(records.formats, limit, offset)


@router.get("/formats/{format_id}", summary="One format with its history", tags=["formats"])
def get_format(format_id: str, records: Records) -> dict:
    found = next((f for f in records.formats if f["id"] == format_id), None)
    if found is None:
        raise not_found("format", format_id)
    events = {v for h in found["history"] for v in h["events"]}
    return {**found, "events": [e for e in records.events if e["id"] in events]}


@router.get("/quotes", summary="Quotes", tags=["quotes"])
def list_quotes(records: Records, limit: Limit = 100, offset: Offset = 0,
                speaker: Annotated[str | None, Query(description="The speaker's entity id.")] = None) -> dict:
    """Quote records in document order, with ``speaker_name`` and the ``document``."""
    items = [x for x in records.quotes if speaker is None or x["speaker"] == speaker]
    return page(items, limit, offset)


@router.get("/stances", summary="Stances", tags=["stances"])
def list_stances(records: Records, limit: Limit = 100, offset: Offset = 0,
                 entity: Annotated[str | None, Query(description="The holder's or the other side's id.")] = None,
                 polarity: Literal["positive", "negative", "concern", "converge", "diverge"] | None = None) -> dict:
    """Stance records in document order, with the holder's and the other side's names."""
    items = [x for x in records.stances if (entity is None or entity in (x["holder"], x["other"]))
             and (polarity is None or x["polarity"] == polarity)]
    return page(items, limit, offset)


@router.get("/search", summary="Documents and evidence by text, in any inflected form", tags=["search"])
def search(records: Records, q: Annotated[str, Query(min_length=1, description="Words, all required.")],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    """Documents whose title and text hold every word of ``q`` in some form (``переговоры`` finds
    ``переговорах``), best first, each with ``hits`` (the offsets of the matching words in its text) and
    ``snippets`` (a few pieces of its text around them, with their offsets); and
    ``evidence``: the evidence sentences of events (and quotes) in any matching document that hold them all."""
    words = lemmas.query_lemmas(q)
    total, ids = records.store.search(q, limit=max(len(records.documents), 1))
    found = set(ids)
    items = []
    for doc_id in ids[offset:offset + limit]:
        d = records.documents[doc_id]
        hits = [{"start": a, "end": b, "text": d["text"][a:b]} for a, b in lemmas.hits(d["text"], words)]
        items.append({**listed(d), "hits": hits, "snippets": snippets(d["text"], hits)})
    evidence = [{"event": e["id"], "type": e["type"], "date": e["date"], "evidence": x}
                for e in records.events for x in e["evidence"] if x["doc"] in found and _holds(x["text"], words)]
    evidence += [{"quote": x["id"], "speaker_name": x["speaker_name"], "evidence": x["evidence"]}
                 for x in records.quotes if x["evidence"]["doc"] in found and _holds(x["evidence"]["text"], words)]
    return {"query": q, "lemmas": words, "total": total, "limit": limit, "offset": offset, "items": items,
            "evidence": evidence}


def snippets(text: str, hits: list[dict], around: int = 70, most: int = 3) -> list[dict]:
    """Up to ``most`` pieces of ``text`` (``start``, ``end``, ``text``), each ``around`` characters either side
    of a hit, none overlapping; hits of longer words first (a preposition is a poor witness)."""
    chosen: list[dict] = []
    for hit in sorted(hits, key=lambda h: (h["end"] - h["start"] < 3, h["start"])):
        a, b = max(0, hit["start"] - around), min(len(text), hit["end"] + around)
        if len(chosen) < most and all(b <= c["start"] or a >= c["end"] for c in chosen):
            chosen.append({"start": a, "end": b})
    return [{**c, "text": text[c["start"]:c["end"]]} for c in sorted(chosen, key=lambda c: c["start"])]


def _holds(text: str, words: list[str]) -> bool:
    return set(words) <= {w for _, _, w in lemmas.words(text)}
