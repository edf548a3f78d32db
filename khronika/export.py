"""The chronicle out of a store: JSON Lines records as in SCHEMA.md (documents, entities with
roles, mentions, fused events, quotes, stances, formats).  The tables people read are in
``present.py``.

Records come kind by kind, in ``KINDS`` order; a new kind is one function ``store -> records``
added to ``KINDS``.  Within a kind the order is deterministic (documents by date then path,
entities by id, mentions in document order then by offset).

The store and the records name the end of a span ``stop``; SCHEMA.md names it ``end``, and
``span`` is the one place that renames it.
"""
from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from . import gazetteer, translit
from .country_spelling import written_name
from .fusion.places import in_region
from .ids import country_code, is_country
from .morph import fold
from .settings import DEFAULT, ExportSettings
from .store import Store


def document_records(store: Store) -> Iterator[dict]:
    for d in store.documents():
        yield document_record(d)


def document_record(d: dict) -> dict:
    """The record of a row of ``Store.documents()``."""
    return {"kind": "document", "id": d["id"], "path": d["path"], "source": d["source"],
            "title": d["title"], "published": d["published"],
            "published_precision": d["published_precision"],
            "published_from": d["published_from"], "language": d["language"], "text": d["text"],
            "url": d["url"], "dateline_place": d["dateline_place"],
            "content_hash": d["content_hash"]}


def entity_records(store: Store, formats: list[dict] | None = None) -> Iterator[dict]:
    """The stored entities, and the countries a format's sides name that no document names (``Финско-эстонской
    комиссии``: a side by its adjective alone), so that every side a record cites is an entity of the chronicle."""
    roles = person_roles(store)
    entities = store.entities()
    body_country = {e["id"]: e["country"] for e in entities if e["type"] != "person" and e["country"]}
    written = _country_mentions(store)
    stored = {e["id"] for e in entities}
    unnamed = [{"kind": "entity", "id": side, "type": "country", "name": c.name, "name_en": c.name_en, "aliases": [],
                "country": None, "roles": [], "code": c.code, "titles": []}
               for side in sorted({s for f in formats or () for s in f.get("sides", ()) if is_country(s)} - stored)
               if (c := gazetteer.country_by_code(country_code(side) or "")) is not None]
    yield from heapq.merge(unnamed, _stored_entities(entities, roles, body_country, written), key=lambda r: r["id"])


def _stored_entities(entities: list[dict], roles: dict, body_country: dict, written: dict) -> Iterator[dict]:
    for e in entities:
        own = roles.get(e["id"], [])
        country = e["country"] or _main_country(own, body_country)
        name = written_name(e["code"], e["name"], written[e["id"]]) if e["type"] == "country" else e["name"]
        aliases = sorted(set(e["aliases"]) - {name} | ({e["name"]} - {name}))
        yield {"kind": "entity", "id": e["id"], "type": e["type"], "name": name,
               "name_en": _name_en(e, country), "aliases": aliases,
               "country": country, "roles": own, "code": e["code"], "titles": sorted(e["titles"])}


def _country_mentions(store: Store) -> dict[str, list[str]]:
    """The texts of the mentions of each country entity, as written (``country_spelling.written_name``)."""
    countries = {e["id"] for e in store.entities("country")}
    out: dict[str, list[str]] = {c: [] for c in countries}
    for m in store.mentions(None):
        if m["entity"] in countries:
            out[m["entity"]].append(m["text"])
    return out


def person_roles(store: Store) -> dict[str, list[dict]]:
    """Each person's roles as SCHEMA.md has them, one per (position, of, document), dated by the
    document and with the first evidence sentence that states it."""
    docs = {d["id"]: d for d in store.documents()}
    texts = Texts(store)
    out: dict[str, list[dict]] = {}
    seen = set()
    for r in store.roles():
        key = (r["person"], r["position"], r["of"], r["doc"], bool(r["former"]))
        if key in seen:
            continue
        seen.add(key)
        d = docs[r["doc"]]
        evidence = texts.evidence(r["doc"], r["start"], r["stop"])
        out.setdefault(r["person"], []).append({
            "position": r["position"], "of": r["of"], "former": bool(r["former"]), "doc": r["doc"],
            "date": d["published"],
            "date_precision": d["published_precision"], "evidence": evidence})
    return out


def _main_country(roles: list[dict], body_country: dict[str, str]) -> str | None:
    """The country most of a person's roles are of: a country, or a body of that country ("МИД")."""
    countries = Counter(r["of"] if is_country(r["of"]) else body_country.get(r["of"]) for r in roles if r["of"])
    countries.pop(None, None)
    return countries.most_common(1)[0][0] if countries else None


def _name_en(entity: dict, country: str | None) -> str | None:
    if entity["type"] == "country" and entity["code"]:
        c = gazetteer.country_by_code(entity["code"])
        return c.name_en if c else None
    if entity["type"] == "person":
        return translit.name_en(entity["name"], country_code(country) if country else None)
    return None


def span(doc: str, start: int, stop: int, text: str) -> dict:
    """A place in a document as SCHEMA.md has it: the records' ``stop`` is the export's ``end``."""
    return {"doc": doc, "start": start, "end": stop, "text": text}


def mention_records(store: Store, doc_id: str | None = None) -> Iterator[dict]:
    """Mentions of the store (of ``doc_id`` alone when given)."""
    for m in store.mentions(doc_id):
        yield {"kind": "mention", **span(m["doc"], m["start"], m["stop"], m["text"]), "entity": m["entity"],
               "via": m["via"]}


class Texts:
    """Document texts, read once each, for evidence snippets."""

    def __init__(self, store: Store):
        self.store, self.cache = store, {}

    def evidence(self, doc: str, start: int, stop: int) -> dict:
        if doc not in self.cache:
            self.cache[doc] = self.store.document_text(doc)
        return span(doc, start, stop, self.cache[doc][start:stop])


def event_records(store: Store, formats: list[dict] | None = None,
                  settings: ExportSettings = DEFAULT.export) -> Iterator[dict]:
    """One record per real-world event: the reports fused into a group (``fusion.py``) give one
    record with every evidence sentence and source; values that disagree between reports are kept
    under ``conflicts``.  ``format`` is the id of the format whose history cites the event (``formats``:
    the format records, built when not given), with that format's ``format_name`` and ``format_type``.
    Without ``settings.document_days`` a report dated by nothing but its document's day gives the record no date."""
    texts = Texts(store)
    documents = store.documents()
    fused_docs = {d["id"] for d in documents if d["published_from"] == "fused"}
    published = {d["id"]: d["published"] for d in documents}
    groups: dict[str, list[dict]] = {}
    undated = set()
    for e in store.events():
        groups.setdefault(e["grp"] or e["id"], []).append(e)
        if not settings.document_days and by_its_document(e, published.get(e["doc"])):
            undated.add(e["id"])
    entities = list(store.entities())
    names = {e["id"]: e["name"] for e in entities}
    located = frozenset(e["id"] for e in entities if e.get("country"))
    cited = formats_citing(list(format_records(store)) if formats is None else formats)
    undated = frozenset(undated)
    for gid, members in groups.items():
        record = _event_record(gid, members, texts, fused_docs, names, located, undated)
        yield {**record, **_format_of(record, cited.get(gid, []))}


def formats_citing(formats: list[dict]) -> dict[str, list[dict]]:
    """Event id → the format records whose history cites it."""
    out: dict[str, list[dict]] = {}
    for f in formats:
        for event in dict.fromkeys(v for h in f["history"] for v in h["events"]):
            out.setdefault(event, []).append(f)
    return out


def _format_of(record: dict, formats: list[dict]) -> dict:
    """The format fields of an event record: of the formats citing it, the one of the kind its words name
    (``2+2``, ``summit``), else the first by id; none when no format cites it."""
    from .formats import EVENT_FORMATS

    kind = EVENT_FORMATS.get(record["format"] or "")
    ranked = sorted(formats, key=lambda f: (kind is None or f["type"] != kind.name, f["id"]))
    f = ranked[0] if ranked else None
    return {"format": f and f["id"], "format_name": f and f["name"], "format_type": f and f["type"]}


def by_its_document(event: dict, published: str | None) -> bool:
    """Is the stored event dated by nothing but its document's day (``date_from`` ``document``: no word of its own
    names a time, ``Министр выразил обеспокоенность``)?"""
    return event.get("date_from") == "document" and bool(event["date"]) and event["date"] == published


def _event_record(gid: str, members: list[dict], texts: Texts, fused_docs: set = frozenset(),
                  names: dict | None = None, located: frozenset = frozenset(),
                  undated: frozenset = frozenset()) -> dict:
    """The record of one group; date and place come first from reports in documents dated by
    themselves (not through fusion), the most precise date first.  Of an act other than a meeting, a place whose
    country is known (``located``: ``в Лиме``) comes before one whose country is not (a locality the act is about,
    ``в связи с визитом в провинцию X``).  Reports in ``undated`` (dated by their documents only) give no date: with
    no other report dated, the record is undated (precision ``unknown``)."""
    first = members[0]
    evidence, sources, participants = [], [], {}
    for e in members:
        for a, b in [(e["start"], e["stop"])] + [(x["start"], x["stop"]) for x in e["more"]]:
            evidence.append(texts.evidence(e["doc"], a, b))
        if e["doc"] not in sources:
            sources.append(e["doc"])
        for p in e["participants"]:
            if participants.get(p["entity"], "participant") == "participant":
                participants[p["entity"]] = p["role"]
    dated = sorted((e for e in members if e["date"]),  # a day told by its own words before a document's date
                   key=lambda e: (e["doc"] in fused_docs, -len(e["date"]), e.get("date_from") == "document"))
    best = dated[0] if dated else first
    places = list(dict.fromkeys(e["place"] for e in [best] + members if e["place"]))
    regions = {e["place"] for e in members if e["place"] and in_region(
        (names or {}).get(e["place"], e["place"]), texts.evidence(e["doc"], e["start"], e["stop"])["text"])}
    # a city a report tells with the sitting's day over the region another tells (``в провинции X``); a city of a
    # retelling to the month only (``визит в X в декабре 2016 года``) may lie elsewhere in the country
    dated_city = any(e["place"] and e["place"] not in regions and len(e["date"] or "") == 10 for e in members)
    # a region only reports less precisely dated than the best one tell (an undated feed's ``в провинции X``) does not
    # replace the country the best-dated report tells
    vague = {e["place"] for e in members if e["place"] in regions and len(e["date"] or "") < len(best["date"] or "")}
    kept = bool(best["place"]) and is_country(best["place"]) and all(p in vague or is_country(p) for p in places)
    places.sort(key=lambda p: (kept and p in vague, is_country(p), p in regions and dated_city,
                               first["type"] != "CONSULT" and p not in located))
    # a city told by one report over the country another tells (fusion agrees them); for an act, a city of a known
    # country first
    facts = {e["factuality"] for e in members}
    # one held is held; a sitting told planned by some and called off by others was called off (``fusion/modes.py``)
    fact = next((f for f in ("occurred", "negated") if f in facts), first["factuality"])
    # the best date of a report's own words; none when only reports dated by their documents have one
    told = next((e for e in dated if e["id"] not in undated), None if dated else best)
    record = {"kind": "event", "id": gid, "type": first["type"], "mode": first["mode"], "factuality": fact,
              "date": told and told["date"], "date_precision": told["date_precision"] if told else "unknown",
              "place": places[0] if places else None,
              "participants": [{"entity": k, "role": v} for k, v in participants.items()],
              "format": next((e["format"] for e in members if e["format"]), None),
              "round": next((e["round"] for e in members if e["round"]), None), "topics": first["topics"],
              "evidence": evidence, "sources": sources, "trigger": first["trigger"]}
    conflicts = {}
    named = {fold((names or {}).get(p, p)) for p in places}  # "Токио" as written and as an entity are one place
    if len(named) > 1:
        conflicts["place"] = places
    dates = sorted({e["date"] for e in members if e["date"] and e["id"] not in undated})
    if any(not d2.startswith(d1) for d1 in dates for d2 in dates if len(d2) >= len(d1) and d1 != d2):
        conflicts["date"] = dates
    if conflicts:
        record["conflicts"] = conflicts
    return record


def quote_records(store: Store) -> Iterator[dict]:
    """Quotes; ``event`` is the exported (fused) event of the document's event the quote is about.  A quote whose
    speaker no one named (``— говорится в сообщении``, ``— отметил источник``) is no record: SCHEMA.md's quote has a
    speaker (the stance stage still reads such words, by the side their attribution names).  Nor is one whose speaker
    is a body or a country (``— говорится в заявлении МИД``, ``в Москве заявили``): who said what is a person's word;
    the store keeps them, and the stances read them as their side's."""
    texts = Texts(store)
    fused = {e["id"]: e["grp"] or e["id"] for e in store.events()}
    bodies = {e["id"] for e in store.entities(resolved=False) if e["type"] != "person"}
    for q in store.quotes():
        if not q["speaker"] or q["speaker"] in bodies:
            continue
        yield {"kind": "quote", "id": q["id"], "speaker": q["speaker"], "text": q["text"], "direct": q["direct"],
               "event": fused.get(q["event"]), "cue": q["cue"],
               "evidence": texts.evidence(q["doc"], q["evidence_start"], q["evidence_stop"])}


def stance_records(store: Store) -> Iterator[dict]:
    texts = Texts(store)
    for x in store.stances():
        yield {"kind": "stance", "holder": x["holder"], "other": x["other"], "topic": x["topic"],
               "polarity": x["polarity"], "cue": x["cue"], "evidence": texts.evidence(x["doc"], x["start"], x["stop"])}


def format_records(store: Store) -> Iterator[dict]:
    from .formats import build_formats

    yield from build_formats(store)


KINDS: tuple[Callable[[Store], Iterable[dict]], ...] = (
    document_records, entity_records, mention_records, event_records, quote_records, stance_records,
    format_records)


def iter_records(store: Store, settings: ExportSettings = DEFAULT.export) -> Iterator[dict]:
    """Every record of the chronicle, kind by kind (the formats built once: events cite them)."""
    formats = list(format_records(store))
    for kind in KINDS:
        if kind is event_records:
            yield from event_records(store, formats, settings)
        elif kind is entity_records:
            yield from entity_records(store, formats)
        elif kind is format_records:
            yield from formats
        else:
            yield from kind(store)


def write_jsonl(store: Store, out: TextIO, settings: ExportSettings = DEFAULT.export) -> int:
    """Write the chronicle to ``out`` as JSON Lines (UTF-8 unescaped); returns the record count."""
    n = 0
    with store.snapshot():  # one consistent chronicle, whatever an ingest writes meanwhile
        for record in iter_records(store, settings):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
