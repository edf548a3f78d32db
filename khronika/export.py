"""The chronicle out of a store: JSON Lines records as in SCHEMA.md (documents, entities with
roles, mentions, fused events, quotes, stances, formats), and the ``show``/``events``/``formats``
tables.

Records come kind by kind, in ``KINDS`` order; a new kind is one function ``store -> records``
added to ``KINDS``.  Within a kind the order is deterministic (documents by date then path,
entities by id, mentions in document order then by offset).
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Callable, Iterable, Iterator, TextIO

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from . import gazetteer, translit
from .store import Store


def document_records(store: Store) -> Iterator[dict]:
    for d in store.documents():
        yield {"kind": "document", "id": d["id"], "path": d["path"], "source": d["source"],
               "title": d["title"], "published": d["published"],
               "published_precision": d["published_precision"],
               "published_from": d["published_from"], "language": d["language"], "text": d["text"],
               "url": d["url"], "dateline_place": d["dateline_place"],
               "content_hash": d["content_hash"]}


def entity_records(store: Store) -> Iterator[dict]:
    roles = person_roles(store)
    for e in store.entities():
        own = roles.get(e["id"], [])
        country = e["country"] or _main_country(own)
        yield {"kind": "entity", "id": e["id"], "type": e["type"], "name": e["name"],
               "name_en": e["name_en"] or _name_en(e, country), "aliases": sorted(e["aliases"]),
               "country": country, "roles": own, "code": e["code"], "titles": sorted(e["titles"])}


def person_roles(store: Store) -> dict[str, list[dict]]:
    """Each person's roles as SCHEMA.md has them, one per (position, of, document), dated by the
    document and with the first evidence sentence that states it."""
    docs = {d["id"]: d for d in store.documents()}
    texts = _Texts(store)
    out: dict[str, list[dict]] = {}
    seen = set()
    for r in store.roles():
        key = (r["person"], r["position"], r["of"], r["doc"], bool(r["former"]))
        if key in seen:
            continue
        seen.add(key)
        d = docs[r["doc"]]
        evidence = texts.evidence(r["doc"], r["start"], r["end"])
        out.setdefault(r["person"], []).append({
            "position": r["position"], "of": r["of"], "former": bool(r["former"]), "doc": r["doc"], "date": d["published"],
            "date_precision": d["published_precision"], "evidence": evidence})
    return out


def _main_country(roles: list[dict]) -> str | None:
    countries = Counter(r["of"] for r in roles if r["of"] and r["of"].startswith("e:iso-"))
    return countries.most_common(1)[0][0] if countries else None


def _name_en(entity: dict, country: str | None) -> str | None:
    if entity["type"] == "country" and entity["code"]:
        c = gazetteer.country_by_code(entity["code"])
        return c.name_en if c else None
    if entity["type"] == "person":
        return translit.name_en(entity["name"], country[len("e:iso-"):] if country else None)
    return None


def mention_records(store: Store) -> Iterator[dict]:
    for m in store.mentions():
        yield {"kind": "mention", "doc": m["doc"], "start": m["start"], "end": m["end"],
               "text": m["text"], "entity": m["entity"]}


class _Texts:
    """Document texts, read once each, for evidence snippets."""

    def __init__(self, store: Store):
        self.store, self.cache = store, {}

    def evidence(self, doc: str, start: int, end: int) -> dict:
        if doc not in self.cache:
            self.cache[doc] = self.store.document_text(doc)
        return {"doc": doc, "start": start, "end": end, "text": self.cache[doc][start:end]}


def event_records(store: Store) -> Iterator[dict]:
    """One record per real-world event: the reports fused into a group (``fusion.py``) give one
    record with every evidence sentence and source; values that disagree between reports are kept
    under ``conflicts``."""
    texts = _Texts(store)
    fused_docs = {d["id"] for d in store.documents() if d["published_from"] == "fused"}
    groups: dict[str, list[dict]] = {}
    for e in store.events():
        groups.setdefault(e["grp"] or e["id"], []).append(e)
    for gid, members in groups.items():
        yield _event_record(gid, members, texts, fused_docs)


def _event_record(gid: str, members: list[dict], texts: "_Texts", fused_docs: set = frozenset()) -> dict:
    """The record of one group; date and place come first from reports in documents dated by
    themselves (not through fusion), the most precise date first."""
    first = members[0]
    evidence, sources, participants = [], [], {}
    for e in members:
        for a, b in [(e["start"], e["end"])] + [tuple(x) for x in e["more"]]:
            evidence.append(texts.evidence(e["doc"], a, b))
        if e["doc"] not in sources:
            sources.append(e["doc"])
        for p in e["participants"]:
            if participants.get(p["entity"], "participant") == "participant":
                participants[p["entity"]] = p["role"]
    dated = sorted((e for e in members if e["date"]), key=lambda e: (e["doc"] in fused_docs, -len(e["date"])))
    best = dated[0] if dated else first
    places = list(dict.fromkeys(e["place"] for e in [best] + members if e["place"]))
    facts = {e["factuality"] for e in members}
    record = {"kind": "event", "id": gid, "type": first["type"], "mode": first["mode"],
              "factuality": "occurred" if "occurred" in facts else first["factuality"],
              "date": best["date"], "date_precision": best["date_precision"], "place": places[0] if places else None,
              "participants": [{"entity": k, "role": v} for k, v in participants.items()],
              "format": next((e["format"] for e in members if e["format"]), None),
              "round": next((e["round"] for e in members if e["round"]), None), "topics": first["topics"],
              "evidence": evidence, "sources": sources, "trigger": first["trigger"]}
    conflicts = {}
    if len(places) > 1:
        conflicts["place"] = places
    dates = sorted({e["date"] for e in members if e["date"]})
    if any(not d2.startswith(d1) for d1 in dates for d2 in dates if len(d2) >= len(d1) and d1 != d2):
        conflicts["date"] = dates
    if conflicts:
        record["conflicts"] = conflicts
    return record


def quote_records(store: Store) -> Iterator[dict]:
    texts = _Texts(store)
    for q in store.quotes():
        yield {"kind": "quote", "id": q["id"], "speaker": q["speaker"], "text": q["text"], "direct": q["direct"],
               "event": None, "cue": q["cue"], "evidence": texts.evidence(q["doc"], q["evidence_start"], q["evidence_end"])}


def stance_records(store: Store) -> Iterator[dict]:
    texts = _Texts(store)
    for x in store.stances():
        yield {"kind": "stance", "holder": x["holder"], "other": x["other"], "topic": x["topic"],
               "polarity": x["polarity"], "cue": x["cue"], "evidence": texts.evidence(x["doc"], x["start"], x["end"])}


def format_records(store: Store) -> Iterator[dict]:
    from .formats import build_formats

    yield from build_formats(store)


KINDS: tuple[Callable[[Store], Iterable[dict]], ...] = (
    document_records, entity_records, mention_records, event_records, quote_records, stance_records,
    format_records)


def iter_records(store: Store) -> Iterator[dict]:
    """Every record of the chronicle, kind by kind."""
    for kind in KINDS:
        yield from kind(store)


def write_jsonl(store: Store, out: TextIO) -> int:
    """Write the chronicle to ``out`` as JSON Lines (UTF-8 unescaped); returns the record count."""
    n = 0
    for record in iter_records(store):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def summary(store: Store) -> Group:
    """Documents, persons by mention count, and totals, as a rich renderable."""
    documents = store.documents()
    entities = store.entities()
    counts = store.mention_counts()
    return Group(_documents_table(documents), _persons_table(entities, counts, person_roles(store)),
                 _totals(documents, entities))


def render_summary(store: Store, console: Console) -> None:
    """Print ``summary(store)`` to ``console``; user text is never read as rich markup."""
    console.print(summary(store))


def _documents_table(documents: list[dict]) -> Table:
    table = Table(title="Documents", title_justify="left")
    table.add_column("Published", no_wrap=True)
    table.add_column("Source")
    table.add_column("Title")
    table.add_column("Mentions", justify="right")
    for d in documents:
        table.add_row(_date(d["published"], d["published_precision"]), Text(d["source"] or ""),
                      Text(d["title"] or d["path"]), str(d["n_mentions"]))
    return table


def _persons_table(entities: list[dict], counts: dict[str, int], roles: dict[str, list[dict]]) -> Table:
    """Persons by mention count, with their roles (``министр обороны (Япония)``) or, lacking
    any, the titles seen with them."""
    names = {e["id"]: e["name"] for e in entities}
    table = Table(title="Persons", title_justify="left")
    table.add_column("Name")
    table.add_column("Mentions", justify="right")
    table.add_column("Roles")
    persons = sorted((e for e in entities if e["type"] == "person"),
                     key=lambda e: (-counts.get(e["id"], 0), e["name"]))
    for e in persons:
        held = _most_specific([("экс-" * r.get("former", False) + r["position"], names.get(r["of"]))
                               for r in roles.get(e["id"], [])])
        table.add_row(Text(e["name"]), str(counts.get(e["id"], 0)), Text(", ".join(held or e["titles"])))
    return table


def _most_specific(roles: list[tuple[str, str | None]]) -> list[str]:
    """Roles as ``position (of)``, leaving out those another one refines (``министр`` beside
    ``министр обороны (Япония)``, ``президент`` beside ``президент (Россия)``)."""
    unique = list(dict.fromkeys(roles))
    kept = [(p, of) for p, of in unique
            if not any((p2, of2) != (p, of) and p2.startswith(p) and (of is None or of2 == of) for p2, of2 in unique)]
    return [f"{p} ({of})" if of else p for p, of in kept]


def _totals(documents: list[dict], entities: list[dict]) -> Text:
    by_type = Counter(e["type"] for e in entities)
    types = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
    n_mentions = sum(d["n_mentions"] for d in documents)
    return Text(f"{len(documents)} documents · {len(entities)} entities"
                f"{f' ({types})' if types else ''} · {n_mentions} mentions")


def _date(iso: str | None, precision: str) -> str:
    if iso is None:
        return "—" if precision == "unknown" else f"({precision})"
    return iso if precision == "day" else f"{iso} ({precision})"


def render_events(store: Store, console: Console, type_: str | None = None, person: str | None = None) -> None:
    """A table of events in date order (undated last): date, type, factuality, participants,
    place, format and round, and the evidence sentence."""
    names = {e["id"]: e["name"] for e in store.entities()}
    docs = {d["id"]: d for d in store.documents()}
    rows = [e for e in store.events() if (type_ is None or e["type"] == type_.upper())]
    if person:
        rows = [e for e in rows if any(person.lower() in names.get(p["entity"], "").lower() for p in e["participants"])]
    rows.sort(key=lambda e: (e["date"] is None, e["date"] or "", docs[e["doc"]]["path"], e["start"]))
    texts = _Texts(store)
    table = Table(title=f"Events ({len(rows)})", title_justify="left", show_lines=False)
    for column in ("Date", "Type", "Participants", "Where", "Format", "Evidence"):
        table.add_column(column)
    for e in rows:
        who = ", ".join(names.get(p["entity"], p["entity"]) + ("→" if p["role"] == "source" else "")
                        for p in e["participants"] if not p["entity"].startswith("e:iso-") or len(e["participants"]) < 3)
        kind = e["type"] + ("" if e["factuality"] == "occurred" else f" ({e['factuality']})")
        fmt = (e["format"] or "") + (f" #{e['round']}" if e["round"] else "")
        evidence = texts.evidence(e["doc"], e["start"], e["end"])["text"].strip().replace("\n", " ")
        table.add_row(e["date"] or "—", kind, Text(who), Text(names.get(e["place"], e["place"] or "")), fmt,
                      Text(evidence[:120] + ("…" if len(evidence) > 120 else "")))
    console.print(table)


def render_formats(store: Store, console: Console) -> None:
    """Each format with its sides and history: status, date, round, documents."""
    from .formats import build_formats

    names = {e["id"]: e["name"] for e in store.entities()}
    paths = {d["id"]: d["path"].rsplit("/", 1)[-1] for d in store.documents()}
    for fmt in build_formats(store):
        sides = " – ".join(names.get(s, s) for s in fmt["sides"])
        table = Table(title=f"{fmt['name']}  ({fmt['label']}){'  ' + sides if sides else ''}", title_justify="left")
        for column in ("Date", "Status", "Round", "Documents"):
            table.add_column(column)
        for h in fmt["history"]:
            status = h["status"] + (" (date from another report)" if h.get("dated_from") else "")
            table.add_row(h["date"] or "—", status, str(h["round"] or ""), Text(", ".join(paths.get(d, d) for d in h["docs"])))
        console.print(table)
