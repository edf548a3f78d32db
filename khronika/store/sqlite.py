"""``Store``: documents, entities and mentions in an embedded SQLite database (or any SQLAlchemy
URL), migrated to the newest schema when opened.

Each ``save`` is one transaction, so an interrupted ingest leaves only whole documents and a
re-run resumes: documents already stored (by content hash) come back ``"unchanged"``.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import delete, exists, func, insert, nulls_last, select, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, aliased, sessionmaker

from ..errors import KhronikaError
from ..records import Document, Entity, PartialDate
from .engine import describe, open_engine, sqlite_url
from .migrate import upgrade
from .models import (
    DocumentEntityRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    QuoteRow,
    RoleRow,
    RunRow,
    StanceRow,
)

Status = Literal["new", "unchanged", "changed"]
SaveResult = Literal["added", "unchanged", "replaced"]

# Document fields stored in columns of their own, under the same name.
_DOCUMENT_COLUMNS = ("id", "path", "raw", "text", "format", "title", "source", "url",
                     "published_from", "dateline_place", "language", "content_hash", "removed")
# Everything else of a Document goes to ``annotations``, except what has a table of its own.
_NOT_ANNOTATIONS = set(_DOCUMENT_COLUMNS) | {"mentions", "entities", "roles", "events", "quotes", "stances"}
# Tables of per-document facts: deleted with their document when it is replaced.
_FACT_TABLES = (MentionRow, RoleRow, EventRow, QuoteRow, StanceRow)
_RUN_COUNTS = ("added", "unchanged", "replaced", "skipped")
_ENTITY_COLUMNS = tuple(EntityRow.__table__.c)
_MENTION_COLUMNS = tuple(c for c in MentionRow.__table__.c if c.name != "id")
_DOCUMENT_LIST_COLUMNS = tuple(c for c in DocumentRow.__table__.c
                               if c.name not in ("raw", "annotations"))


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """The chronicle's database.  ``Store(path)`` for a SQLite file, ``Store.from_url(url)`` for
    any SQLAlchemy URL.  Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path | None = None, *, url: str | None = None):
        if (path is None) == (url is None):
            raise TypeError("Store needs a path or a url, not both")
        self.url = url if url is not None else sqlite_url(path)
        where = describe(self.url)
        self._engine = open_engine(self.url)
        try:
            upgrade(self._engine, where)
        except KhronikaError:
            self._engine.dispose()
            raise
        except DatabaseError as exc:
            self._engine.dispose()
            raise KhronikaError("E_DB", path=where, detail=str(exc.orig or exc)) from None
        self._session = sessionmaker(self._engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> Store:
        return cls(url=url)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({describe(self.url)!r})"

    # --- writing -------------------------------------------------------------------------------

    def status(self, source_path: str, content_hash: str) -> Status:
        """``unchanged`` when a document with this hash is stored (under any path), ``changed``
        when ``source_path`` is stored with another hash, else ``new``."""
        with self._session() as s:
            if s.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash)):
                return "unchanged"
            if s.scalar(select(DocumentRow.id).where(DocumentRow.path == source_path)):
                return "changed"
            return "new"

    def save(self, doc: Document) -> SaveResult:
        """Store ``doc`` with its entities and mentions in one transaction.  A stored hash is left
        alone (``unchanged``); a stored path with another hash is replaced, its mentions with it,
        and entities that no document or mention refers to any more are pruned (``replaced``)."""
        if not doc.content_hash:
            raise ValueError(f"document {doc.id} has no content_hash")
        with self._session.begin() as s:
            if s.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == doc.content_hash)):
                return "unchanged"
            old = s.scalar(select(DocumentRow).where(DocumentRow.path == doc.path))
            if old is not None:
                for table in _FACT_TABLES:
                    s.execute(delete(table).where(table.doc == old.id))
                s.execute(delete(DocumentEntityRow).where(DocumentEntityRow.doc == old.id))
                s.delete(old)
                s.flush()
            s.add(_document_row(doc))
            entities = _merge_duplicates(doc.entities)
            for entity in entities:
                _upsert_entity(s, entity)
            s.flush()
            if entities:
                s.execute(insert(DocumentEntityRow), [{"doc": doc.id, "entity": e.id}
                                                      for e in entities])
            mentions = _mention_rows(doc)
            if mentions:
                s.execute(insert(MentionRow), mentions)
            if doc.roles:
                s.execute(insert(RoleRow), [_role_row(doc.id, r) for r in doc.roles])
            if doc.events:
                s.execute(insert(EventRow), [_event_row(doc.id, e) for e in doc.events])
            if doc.quotes:
                s.execute(insert(QuoteRow), [_quote_row(doc.id, q) for q in doc.quotes])
            if doc.stances:
                s.execute(insert(StanceRow), [_stance_row(doc.id, x) for x in doc.stances])
            if old is not None:
                _prune_orphans(s)
        return "added" if old is None else "replaced"

    def prune_orphans(self) -> int:
        """Delete entities that no document lists, no mention refers to and that are no entity's
        country; returns how many went."""
        with self._session.begin() as s:
            return _prune_orphans(s)

    def merge_entities(self, src: str, dst: str) -> None:
        """Merge entity ``src`` into ``dst`` (cross-document resolution): its name and aliases
        become aliases of ``dst``, and every mention, document listing and country link moves over."""
        with self._session.begin() as s:
            old, new = s.get(EntityRow, src), s.get(EntityRow, dst)
            if old is None or new is None or src == dst:
                return
            new.aliases = _sorted_unique((*new.aliases, old.name, *old.aliases), exclude=new.name)
            new.titles = _sorted_unique((*new.titles, *old.titles))
            new.country = new.country or old.country
            s.execute(update(MentionRow).where(MentionRow.entity == src).values(entity=dst))
            s.execute(update(RoleRow).where(RoleRow.person == src).values(person=dst))
            s.execute(update(RoleRow).where(RoleRow.of == src).values(of=dst))
            s.execute(update(QuoteRow).where(QuoteRow.speaker == src).values(speaker=dst))
            s.execute(update(StanceRow).where(StanceRow.holder == src).values(holder=dst))
            s.execute(update(StanceRow).where(StanceRow.other == src).values(other=dst))
            s.execute(update(EventRow).where(EventRow.place == src).values(place=dst))
            for row in s.scalars(select(EventRow)):
                if any(p["entity"] == src for p in row.participants):
                    row.participants = _merged_participants(row.participants, src, dst)
            s.execute(update(EntityRow).where(EntityRow.country == src).values(country=dst))
            listed = set(s.scalars(select(DocumentEntityRow.doc).where(DocumentEntityRow.entity == dst)))
            moving = [d for d in s.scalars(select(DocumentEntityRow.doc).where(DocumentEntityRow.entity == src))
                      if d not in listed]
            s.execute(delete(DocumentEntityRow).where(DocumentEntityRow.entity == src))
            if moving:
                s.execute(insert(DocumentEntityRow), [{"doc": d, "entity": dst} for d in moving])
            s.flush()
            s.delete(old)

    def begin_run(self) -> int:
        """Log the start of an ingest run; returns its id for ``finish_run``."""
        with self._session.begin() as s:
            run = RunRow(started_at=_now())
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        """Close run ``run_id`` with counts keyed ``added``, ``unchanged``, ``replaced``,
        ``skipped`` (missing keys count 0)."""
        unknown = set(counts) - set(_RUN_COUNTS)
        if unknown:
            raise ValueError(f"unknown run counts {sorted(unknown)}; expected {list(_RUN_COUNTS)}")
        with self._session.begin() as s:
            run = s.get(RunRow, run_id)
            if run is None:
                raise KeyError(run_id)
            run.finished_at = _now()
            for key in _RUN_COUNTS:
                setattr(run, f"n_{key}", int(counts.get(key, 0)))

    # --- reading -------------------------------------------------------------------------------

    def documents(self) -> list[dict]:
        """Document rows (without ``raw`` and ``annotations``) plus ``n_mentions``, ordered by
        published date (undated last), then path."""
        n_mentions = (select(func.count()).where(MentionRow.doc == DocumentRow.id)
                      .correlate(DocumentRow).scalar_subquery().label("n_mentions"))
        query = (select(*_DOCUMENT_LIST_COLUMNS, n_mentions)
                 .order_by(nulls_last(DocumentRow.published.asc()), DocumentRow.path))
        return self._rows(query)

    def entities(self) -> list[dict]:
        """Entity rows ordered by id."""
        return self._rows(select(*_ENTITY_COLUMNS).order_by(EntityRow.id))

    def mentions(self, doc_id: str | None = None) -> list[dict]:
        """Mention rows (``doc, start, end, text, entity, type, normal, title``) in document
        order (as ``documents()``), then by offset; only ``doc_id``'s when given."""
        query = (select(*_MENTION_COLUMNS).join(DocumentRow, DocumentRow.id == MentionRow.doc)
                 .order_by(nulls_last(DocumentRow.published.asc()), DocumentRow.path,
                           MentionRow.start, MentionRow.end))
        if doc_id is not None:
            query = query.where(MentionRow.doc == doc_id)
        return self._rows(query)

    def roles(self) -> list[dict]:
        """Role rows (``doc, person, position, of`` and offsets) in document order, then by offset."""
        columns = tuple(c for c in RoleRow.__table__.c if c.name != "id")
        query = (select(*columns).join(DocumentRow, DocumentRow.id == RoleRow.doc)
                 .order_by(nulls_last(DocumentRow.published.asc()), DocumentRow.path, RoleRow.start,
                           RoleRow.person_start))
        return self._rows(query)

    def set_event_groups(self, groups: dict[str, str]) -> None:
        """Record the fused event (group id) of each event id; events not named form their own."""
        with self._session.begin() as s:
            s.execute(update(EventRow).values(grp=None))
            for event_id, group in groups.items():
                s.execute(update(EventRow).where(EventRow.id == event_id).values(grp=group))

    def replace_events(self, doc: Document) -> None:
        """Store ``doc``'s events (and time expressions) anew, e.g. after its date came through
        fusion and they were re-anchored."""
        with self._session.begin() as s:
            s.execute(delete(EventRow).where(EventRow.doc == doc.id))
            if doc.events:
                s.execute(insert(EventRow), [_event_row(doc.id, e) for e in doc.events])
            row = s.get(DocumentRow, doc.id)
            annotations = dict(row.annotations)
            annotations["timexes"] = [t.to_json() for t in doc.timexes]
            row.annotations = annotations

    def set_fused_date(self, doc_id: str, date: PartialDate) -> None:
        """Date an undated document through a fused event (``published_from`` = ``fused``)."""
        with self._session.begin() as s:
            row = s.get(DocumentRow, doc_id)
            if row is not None and row.published_from in ("none", "fused"):
                row.published, row.published_precision, row.published_from = date.iso(), date.precision, "fused"
                annotations = dict(row.annotations)
                annotations["published"] = date.to_json()
                row.annotations = annotations

    def clear_fused_dates(self) -> None:
        with self._session.begin() as s:
            for row in s.scalars(select(DocumentRow).where(DocumentRow.published_from == "fused")):
                row.published, row.published_precision, row.published_from = None, "unknown", "none"
                annotations = dict(row.annotations)
                annotations["published"] = PartialDate().to_json()
                row.annotations = annotations

    def events(self) -> list[dict]:
        """Event rows in document order (as ``documents()``), then by offset."""
        return self._fact_rows(EventRow, EventRow.trigger_start)

    def quotes(self) -> list[dict]:
        return self._fact_rows(QuoteRow, QuoteRow.start)

    def stances(self) -> list[dict]:
        return self._fact_rows(StanceRow, StanceRow.start)

    def _fact_rows(self, table, offset) -> list[dict]:
        columns = tuple(table.__table__.c)
        query = (select(*columns).join(DocumentRow, DocumentRow.id == table.doc)
                 .order_by(nulls_last(DocumentRow.published.asc()), DocumentRow.path, offset))
        return self._rows(query)

    def mention_counts(self) -> dict[str, int]:
        """How many mentions each entity has (entities without mentions are absent)."""
        query = (select(MentionRow.entity, func.count()).where(MentionRow.entity.is_not(None))
                 .group_by(MentionRow.entity))
        with self._engine.connect() as conn:
            return {entity: n for entity, n in conn.execute(query)}

    def document_text(self, doc_id: str) -> str:
        """The cleaned text of a stored document (offsets of mentions and roles point into it)."""
        with self._engine.connect() as conn:
            return conn.scalar(select(DocumentRow.text).where(DocumentRow.id == doc_id)) or ""

    def document(self, doc_id: str) -> Document:
        """The stored ``Document``, with its annotations, mentions and entities (as stored now,
        i.e. merged across documents).  ``KeyError`` when there is none."""
        with self._session() as s:
            row = s.get(DocumentRow, doc_id)
            if row is None:
                raise KeyError(doc_id)
            data = {name: getattr(row, name) for name in _DOCUMENT_COLUMNS}
            annotations = dict(row.annotations)
            data.update(annotations)
            data.setdefault("published", PartialDate.from_iso(row.published).to_json())
            mentions = self.mentions(doc_id)
            data["mentions"] = [{"start": m["start"], "stop": m["end"], "type": m["type"],
                                 "text": m["text"], "normal": m["normal"], "title": m["title"],
                                 "entity": m["entity"]} for m in mentions]
            entity_ids = {m["entity"] for m in mentions if m["entity"]}
            entity_ids |= set(s.scalars(select(DocumentEntityRow.entity)
                                        .where(DocumentEntityRow.doc == doc_id)))
            rows = s.scalars(select(EntityRow).where(EntityRow.id.in_(entity_ids))
                             .order_by(EntityRow.id))
            data["entities"] = [_entity_json(e) for e in rows]
            data["roles"] = [{"person": r["person"], "position": r["position"], "of": r["of"],
                              "person_start": r["person_start"], "person_stop": r["person_end"],
                              "position_start": r["position_start"], "position_stop": r["position_end"],
                              "of_start": r["of_start"], "of_stop": r["of_end"], "start": r["start"],
                              "stop": r["end"], "former": bool(r["former"])}
                             for r in self.roles() if r["doc"] == doc_id]
            data["events"] = [_event_json(e) for e in self.events() if e["doc"] == doc_id]
            data["quotes"] = [{"id": q["id"], "text": q["text"], "start": q["start"], "stop": q["end"],
                               "evidence_start": q["evidence_start"], "evidence_stop": q["evidence_end"],
                               "speaker": q["speaker"], "direct": q["direct"], "cue": q["cue"]}
                              for q in self.quotes() if q["doc"] == doc_id]
            data["stances"] = [{"polarity": x["polarity"], "start": x["start"], "stop": x["end"], "holder": x["holder"],
                                "other": x["other"], "topic": x["topic"], "cue": x["cue"]}
                               for x in self.stances() if x["doc"] == doc_id]
        return Document.from_json(data)

    def counts(self) -> dict[str, int]:
        """Row counts: ``documents``, ``entities``, ``mentions``, ``runs``."""
        tables = {"documents": DocumentRow, "entities": EntityRow, "mentions": MentionRow,
                  "roles": RoleRow, "events": EventRow, "quotes": QuoteRow, "stances": StanceRow, "runs": RunRow}
        with self._engine.connect() as conn:
            return {name: conn.scalar(select(func.count()).select_from(model))
                    for name, model in tables.items()}

    def _rows(self, query) -> list[dict]:
        with self._engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def _document_row(doc: Document) -> DocumentRow:
    data = doc.to_json()
    annotations = {k: v for k, v in data.items() if k not in _NOT_ANNOTATIONS}
    return DocumentRow(
        **{name: data[name] for name in _DOCUMENT_COLUMNS},
        published=doc.published.iso(), published_precision=doc.published.precision,
        annotations=annotations, ingested_at=_now())


def _role_row(doc_id: str, r) -> dict:
    return {"doc": doc_id, "person": r.person, "position": r.position, "of": r.of,
            "person_start": r.person_start, "person_end": r.person_stop,
            "position_start": r.position_start, "position_end": r.position_stop,
            "of_start": r.of_start, "of_end": r.of_stop, "start": r.start, "end": r.stop, "former": r.former}


def _event_row(doc_id: str, e) -> dict:
    return {"id": e.id, "doc": doc_id, "type": e.type, "mode": e.mode, "factuality": e.factuality,
            "date": e.date.iso(), "date_precision": e.date.precision, "place": e.place,
            "participants": [p.to_json() for p in e.participants], "format": e.format, "round": e.round,
            "topics": list(e.topics), "trigger": e.trigger, "trigger_start": e.trigger_start,
            "trigger_end": e.trigger_stop, "start": e.start, "end": e.stop, "more": [[x.start, x.stop] for x in e.more]}


def _quote_row(doc_id: str, q) -> dict:
    return {"id": q.id, "doc": doc_id, "speaker": q.speaker, "text": q.text, "direct": q.direct, "cue": q.cue,
            "start": q.start, "end": q.stop, "evidence_start": q.evidence_start, "evidence_end": q.evidence_stop}


def _stance_row(doc_id: str, x) -> dict:
    return {"doc": doc_id, "polarity": x.polarity, "holder": x.holder, "other": x.other, "topic": x.topic,
            "cue": x.cue, "start": x.start, "end": x.stop}


def _event_json(e: dict) -> dict:
    """An ``events`` row as ``Event`` JSON."""
    return {"id": e["id"], "type": e["type"], "trigger": e["trigger"], "trigger_start": e["trigger_start"],
            "trigger_stop": e["trigger_end"], "start": e["start"], "stop": e["end"], "factuality": e["factuality"],
            "mode": e["mode"], "date": PartialDate.from_iso(e["date"]).to_json(), "place": e["place"],
            "participants": e["participants"], "format": e["format"], "round": e["round"], "topics": e["topics"],
            "more": [{"start": a, "stop": b, "reason": "same event"} for a, b in e["more"]]}


def _merged_participants(participants: list[dict], src: str, dst: str) -> list[dict]:
    """Participants with ``src`` renamed ``dst`` (kept once, the more specific role winning)."""
    out: dict[str, str] = {}
    for p in participants:
        entity = dst if p["entity"] == src else p["entity"]
        if out.get(entity, "participant") == "participant":
            out[entity] = p["role"]
    return [{"entity": e, "role": r} for e, r in out.items()]


def _mention_rows(doc: Document) -> list[dict]:
    """Rows for ``doc.mentions``; of mentions with the same span, the first is kept."""
    rows: dict[tuple[int, int], dict] = {}
    for m in doc.mentions:
        rows.setdefault((m.start, m.stop), {
            "doc": doc.id, "start": m.start, "end": m.stop, "text": m.text, "entity": m.entity,
            "type": m.type, "normal": m.normal, "title": m.title})
    return list(rows.values())


def _merge_duplicates(entities: tuple[Entity, ...]) -> list[Entity]:
    """One entity per id: aliases and titles pooled, the first one's other fields kept."""
    merged: dict[str, Entity] = {}
    for e in entities:
        first = merged.get(e.id)
        if first is None:
            merged[e.id] = e
        else:
            merged[e.id] = first.replace(aliases=first.aliases + (e.name,) + e.aliases,
                                         titles=first.titles + e.titles,
                                         country=first.country or e.country,
                                         code=first.code or e.code)
    return list(merged.values())


def _upsert_entity(s: Session, e: Entity) -> None:
    """Insert ``e`` or merge it into the stored one: aliases (a different name included) and
    titles pooled, sorted and unique; the name is the fuller of the two (longest, then first in
    order) so that it does not depend on which document came first; type kept; country and code
    filled if missing."""
    row = s.get(EntityRow, e.id)
    if row is None:
        s.add(EntityRow(id=e.id, type=e.type, name=e.name, code=e.code, country=e.country,
                        aliases=_sorted_unique(e.aliases, exclude=e.name),
                        titles=_sorted_unique(e.titles)))
        return
    name = max((row.name, e.name), key=lambda n: (len(n), n))  # the fuller name, whatever came first
    row.aliases = _sorted_unique((*row.aliases, row.name, e.name, *e.aliases), exclude=name)
    row.name = name
    row.titles = _sorted_unique((*row.titles, *e.titles))
    row.country = row.country or e.country
    row.code = row.code or e.code


def _sorted_unique(values, exclude: str | None = None) -> list[str]:
    return sorted({v for v in values if v and v != exclude})


def _prune_orphans(s: Session) -> int:
    other = aliased(EntityRow)
    listed = exists().where(DocumentEntityRow.entity == EntityRow.id)
    mentioned = exists().where(MentionRow.entity == EntityRow.id)
    in_role = exists().where((RoleRow.person == EntityRow.id) | (RoleRow.of == EntityRow.id))
    a_country = exists().where(other.country == EntityRow.id)
    query = delete(EntityRow).where(~listed, ~mentioned, ~a_country, ~in_role)
    return s.execute(query, execution_options={"synchronize_session": False}).rowcount


def _entity_json(row: EntityRow) -> dict:
    return {"id": row.id, "type": row.type, "name": row.name, "aliases": list(row.aliases),
            "country": row.country, "code": row.code, "titles": list(row.titles)}
