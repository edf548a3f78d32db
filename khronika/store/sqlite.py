"""``Store``: documents, entities and their facts in an embedded SQLite database (or any SQLAlchemy
URL, ``sqlite://`` for one in memory), migrated to the newest schema when opened.

Each ``save`` is one transaction, so an interrupted ingest leaves only whole documents and a
re-run resumes: documents already stored (by content hash) come back ``"unchanged"``.  Rows are
built from the records field by field (``rows.py``); queries live in ``queries.py``.

Cross-document resolution is a link between entities (``set_same_as``), applied when the store is
read (``links.py``): ``entities()``, ``mentions()``, ``roles()``, ``events()``, ``quotes()``,
``stances()`` and ``mention_counts()`` show linked entities under the id they are the same as;
``document()`` gives a document as its stages saw it, and ``entities(resolved=False)`` the rows as
stored.
"""
from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import sessionmaker

from ..errors import KhronikaError
from ..records import Document, PartialDate
from . import batch, queries, search
from .engine import describe, open_engine, sqlite_url
from .fusion_index import FusionIndex
from .links import Links
from .lock import WriterLock
from .migrate import check_head, upgrade
from .models import (
    DocumentEntityRow,
    DocumentPathRow,
    DocumentRow,
    EntityRow,
    EventKeyRow,
    EventRow,
    MentionRow,
    RunRow,
)
from .paths import PathIndex, shown_name
from .rows import FACTS, current_version, document_row, fact_rows, set_published
from .stamp import Stamped

Status = Literal["new", "unchanged", "stale", "changed"]
SaveResult = Literal["added", "unchanged", "replaced"]
_RUN_COUNTS = ("added", "unchanged", "replaced", "skipped")
# ``status``'s two reads, built once (read for every document an ingest reads)
_BY_HASH = select(DocumentRow.id, DocumentRow.khronika_version).where(DocumentRow.content_hash == bindparam("hash"))
_PATH_KEY = select(DocumentPathRow.key).where(DocumentPathRow.key == bindparam("key"))


def _now() -> datetime:
    return datetime.now(UTC)


class Store(FusionIndex, PathIndex, Stamped):
    """The chronicle's database.  ``Store(path)`` for a SQLite file, ``Store.from_url(url)`` for
    any SQLAlchemy URL.  Use as a context manager or call ``close()``.  ``read_only=True`` opens an
    existing store at the newest schema for reading only: its connections refuse writes and it is
    never migrated (``E_DB`` when it would need to be)."""

    def __init__(self, path: str | Path | None = None, *, url: str | None = None, read_only: bool = False):
        if (path is None) == (url is None):
            raise TypeError("Store needs a path or a url, not both")
        self.url = url if url is not None else sqlite_url(path)
        self.read_only = read_only
        where = describe(self.url)
        self._engine = open_engine(self.url, read_only=read_only)
        try:
            (check_head if read_only else upgrade)(self._engine, where)
        except KhronikaError:
            self._engine.dispose()
            raise
        except OperationalError as exc:
            self._engine.dispose()
            code = "E_DB" if self.url.startswith("sqlite") else "E_DB_CONNECT"
            raise KhronikaError(code, path=where, detail=str(exc.orig or exc).strip().splitlines()[0]) from None
        except DatabaseError as exc:
            self._engine.dispose()
            raise KhronikaError("E_DB", path=where, detail=str(exc.orig or exc)) from None
        self._session = sessionmaker(self._engine, expire_on_commit=False)
        self._pinned: Connection | None = None  # the connection of a snapshot (``snapshot``)
        self.hide_paths = False  # ``documents()`` shows each path's file name only (the API's store)

    @contextlib.contextmanager
    def writer(self, wait: bool = True, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the store's writer lock (``lock.py``): a second ingest waits for the first (``on_wait``
        is called once when it has to) or, with ``wait=False``, is refused (``E_BUSY``)."""
        lock = WriterLock(self._engine, self.url, describe(self.url))
        lock.acquire(wait, on_wait)
        try:
            yield
        finally:
            lock.release()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the store as it was when it began (one read transaction), whatever
        an ingest writes meanwhile: an export is one consistent chronicle."""
        if self._pinned is not None:
            yield
            return
        with self._engine.connect() as conn:
            if not self.url.startswith("sqlite"):
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            conn.execute(select(func.count()).select_from(DocumentRow))  # the snapshot starts at the first read
            self._pinned = conn
            try:
                yield
            finally:
                self._pinned = None
                conn.rollback()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        if self._pinned is not None:
            yield self._pinned
        else:
            with self._engine.connect() as conn:
                yield conn

    @classmethod
    def from_url(cls, url: str, read_only: bool = False) -> Store:
        return cls(url=url, read_only=read_only)

    @classmethod
    def in_memory(cls) -> Store:
        """A store that lives as long as this object (nothing is written to disk)."""
        return cls(url="sqlite://")

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({describe(self.url)!r})"

    # --- writing -------------------------------------------------------------------------------

    def status(self, key: str, content_hash: str) -> Status:
        """``unchanged`` when a document with this hash is stored (under any path: ``save`` then only
        points ``key`` to it) by this version of khronika, ``stale`` when another (older) one stored it,
        ``changed`` when the path ``key`` is another document's, else ``new``."""
        with self._read() as conn:
            stored = conn.execute(_BY_HASH, {"hash": content_hash}).first()
            if stored:
                return "unchanged" if stored[1] == current_version() else "stale"
            path = conn.scalar(_PATH_KEY, {"key": key})
            return "new" if path is None else "changed"

    def save(self, doc: Document, key: str | None = None, file: str | None = None, force: bool = False) -> SaveResult:
        """Store ``doc`` as the current content of the path ``key`` (default ``doc.path``; ``file``: its
        resolved file, ``paths.py``) with its entities and facts in one transaction.  Content already
        stored is not stored again: the path points to it (``unchanged``, or ``replaced`` when the path had
        other content), unless another version of khronika annotated it, or ``force``: its facts are then
        replaced by ``doc``'s (``replaced``).  The document a path had before goes when no other path points
        to it, its facts with it, and entities that nothing refers to any more are pruned (``replaced``)."""
        return self.save_many([doc], [(key, file)], force)[0]

    def save_many(self, docs: list[Document], keys: list[tuple[str | None, str | None]] | None = None,
                  force: bool = False) -> list[SaveResult]:
        """``save`` for a batch of documents (with their ``(key, file)``) in one transaction (all stored, or
        none)."""
        keys = [(key or doc.path, file) for doc, (key, file) in zip(docs, keys or [(None, None)] * len(docs),
                                                                  strict=True)]
        with self._session.begin() as s:
            if batch.fresh(s, docs, keys):  # all new: one insert per table (``batch.py``)
                batch.save_fresh(s, docs, keys, _now)
                return ["added"] * len(docs)
            return [self._save(s, doc, key, file, force) for doc, (key, file) in zip(docs, keys)]

    def _save(self, s, doc: Document, key: str, file: str | None, force: bool = False) -> SaveResult:
        if not doc.content_hash:
            raise ValueError(f"document {doc.id} has no content_hash")
        stored = s.scalar(select(DocumentRow).where(DocumentRow.content_hash == doc.content_hash))
        if stored is not None and (force or stored.khronika_version != current_version()):
            self._reannotate(s, stored, doc)
            self._point(s, stored.id, key, doc.path, file)
            queries.prune_orphans(s)
            return "replaced"
        if stored is not None:
            result = self._point(s, stored.id, key, doc.path, file)
            if result == "replaced":
                queries.prune_orphans(s)
            return "unchanged" if result == "added" else result
        result = self._point(s, doc.id, key, doc.path, file, new=True)
        shown = self.unique_shown(s, key, doc.path)
        s.add(document_row(doc if shown == doc.path else doc.replace(path=shown), _now()))
        batch.add_facts(s, [doc], lambda: self._add_path(s, doc.id, key, shown, file))
        if result == "replaced":
            queries.prune_orphans(s)
        return result

    def _reannotate(self, s, stored: DocumentRow, doc: Document) -> None:
        """Replace a stored document's annotations and facts by ``doc``'s (the same content, annotated by
        this version of khronika); its paths stay."""
        self.mark_group_mates(s, stored.id)
        for _, model in FACTS.values():
            s.execute(delete(model).where(model.doc == stored.id))
        s.execute(delete(DocumentEntityRow).where(DocumentEntityRow.doc == stored.id))
        search.unindex(s.connection(), stored.id)
        fresh = document_row(doc.replace(path=stored.path), _now())
        for column in DocumentRow.__table__.columns.keys():
            if column not in ("id", "path"):
                setattr(stored, column, getattr(fresh, column))
        s.flush()
        batch.add_facts(s, [doc])

    def set_same_as(self, links: dict[str, str], scope: set[str] | None = None) -> list[str]:
        """Record cross-document resolution: entity id → the id of the entity it is the same as;
        every entity not named (of ``scope``, when given) is its own again.  Returns the entities
        whose link changed."""
        chained = set(links) & set(links.values())
        if chained:
            raise ValueError(f"entities both linked and linked to: {sorted(chained)}")
        with self._session.begin() as s:
            query = select(EntityRow.id, EntityRow.same_as).where(EntityRow.same_as.is_not(None))
            if scope is not None:
                query = query.where(EntityRow.id.in_(sorted(scope)))
            now = dict(s.execute(query).all())
            changed = sorted(e for e in now.keys() | links.keys() if now.get(e) != links.get(e))
            for entity in changed:
                s.execute(update(EntityRow).where(EntityRow.id == entity).values(same_as=links.get(entity)))
        return changed

    def begin_run(self) -> int:
        """Log the start of an ingest run; returns its id for ``finish_run``."""
        with self._session.begin() as s:
            run = RunRow(started_at=_now())
            s.add(run)
            s.flush()
            return run.id

    def mark_pending(self, run_id: int) -> None:
        """Record that run ``run_id`` saves documents the cross-document stage has not seen yet."""
        with self._session.begin() as s:
            s.execute(update(RunRow).where(RunRow.id == run_id).values(pending=True))

    def pending_runs(self) -> list[int]:
        """The runs whose documents the cross-document stage (resolution, fusion) has yet to see:
        the current one, or one interrupted after it saved documents."""
        with self._read() as conn:
            return list(conn.scalars(select(RunRow.id).where(RunRow.pending).order_by(RunRow.id)))

    def clear_pending(self, run_ids: list[int]) -> None:
        """Record that the cross-document stage has run over the documents of ``run_ids``."""
        with self._session.begin() as s:
            s.execute(update(RunRow).where(RunRow.id.in_(run_ids)).values(pending=False))

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
            s.execute(delete(EventKeyRow).where(EventKeyRow.doc == doc.id))  # keyed again by fusion
            rows = fact_rows(doc, "events")
            if rows:
                s.execute(insert(EventRow), rows)
            row = s.get(DocumentRow, doc.id)
            row.annotations = {**row.annotations, "timexes": [t.to_json() for t in doc.timexes]}

    def redate_document(self, doc: Document) -> None:
        """Store a document's new date (``published``, ``published_from``) with its events and time expressions
        dated anew (an ingest's reference date gave a year-less dateline its year: ``reference.py``)."""
        self.replace_events(doc)
        with self._session.begin() as s:
            row = s.get(DocumentRow, doc.id)
            if row is not None:
                set_published(row, doc.published, doc.published_from)

    def set_fused_date(self, doc_id: str, date: PartialDate) -> None:
        """Date an undated document through a fused event (``published_from`` = ``fused``)."""
        with self._session.begin() as s:
            row = s.get(DocumentRow, doc_id)
            if row is not None and row.published_from in ("none", "fused"):
                set_published(row, date, "fused")

    # --- reading -------------------------------------------------------------------------------

    def documents(self) -> list[dict]:
        """Document rows (without ``raw`` and ``annotations``) plus ``n_mentions``, ordered by
        published date (undated last), then path."""
        with self._read() as conn:
            rows = queries.rows(conn, queries.documents())
        if self.hide_paths:  # served over HTTP: the file's name, never where it lies (``api/guard.py``)
            for row in rows:
                row["path"] = shown_name(row["path"])
        return rows

    def entities(self, type_: str | None = None, *, resolved: bool = True) -> list[dict]:
        """Entity rows ordered by id, only those of ``type_`` when given.  Resolved (the default),
        an entity linked to another is not listed and its names, titles and country show under
        that one; ``resolved=False`` gives the rows as stored, with ``same_as``."""
        with self._read() as conn:
            rows = queries.rows(conn, queries.entities(type_, with_link=not resolved))
            return self._links(conn).entities(rows) if resolved else rows

    def mentions(self, doc_id: str | None = None) -> list[dict]:
        """Mention rows (``doc`` and the fields of ``Mention``) in document order (as
        ``documents()``), then by offset; only ``doc_id``'s when given."""
        return self._facts("mentions", doc_id)

    def roles(self, doc_id: str | None = None) -> list[dict]:
        """Role rows (``doc`` and the fields of ``Role``) in document order, then by offset."""
        return self._facts("roles", doc_id)

    def events(self, doc_id: str | None = None) -> list[dict]:
        """Event rows in document order, then by offset: ``doc``, the fields of ``Event`` (``date``
        as ISO, with ``date_precision``; participants and further sentences as JSON) and ``grp``,
        the fused event it belongs to."""
        return self._facts("events", doc_id)

    def quotes(self, doc_id: str | None = None) -> list[dict]:
        return self._facts("quotes", doc_id)

    def stances(self, doc_id: str | None = None) -> list[dict]:
        return self._facts("stances", doc_id)

    def _facts(self, field: str, doc_id: str | None) -> list[dict]:
        with self._read() as conn:
            return self._links(conn).rows(field, queries.rows(conn, queries.facts(field, doc_id)))

    def mention_counts(self) -> dict[str, int]:
        """How many mentions each entity has (entities without mentions are absent)."""
        query = (select(MentionRow.entity, func.count()).where(MentionRow.entity.is_not(None))
                 .group_by(MentionRow.entity))
        counts: Counter = Counter()
        with self._read() as conn:
            links = self._links(conn)
            for entity, n in conn.execute(query):
                counts[links(entity)] += n
        return dict(counts)

    def document_text(self, doc_id: str) -> str:
        """The cleaned text of a stored document (offsets of mentions and roles point into it)."""
        with self._read() as conn:
            return conn.scalar(select(DocumentRow.text).where(DocumentRow.id == doc_id)) or ""

    def document(self, doc_id: str) -> Document:
        """The stored ``Document`` as its stages saw it: its annotations and facts, with the
        entity ids they gave (links aside), and its entities as stored now (names and aliases
        pooled across documents).  Reads that document's rows only.  ``KeyError`` when there is
        none."""
        with self._read() as conn:
            data = queries.document(conn, doc_id)
        if data is None:
            raise KeyError(doc_id)
        return Document.from_json(data)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[str]]:
        """The documents whose title and text hold every word of ``query`` in any inflected form
        (``store/search.py``): their total and a page of their ids, best first."""
        with self._read() as conn:
            return search.search(conn, search.query_lemmas(query), limit, offset)

    def counts(self) -> dict[str, int]:
        """Row counts: ``documents``, ``entities``, ``mentions``, ``roles``, ``events``,
        ``quotes``, ``stances``, ``runs``."""
        tables = {"documents": DocumentRow, "entities": EntityRow, **{k: m for k, (_, m) in FACTS.items()},
                  "runs": RunRow}
        with self._read() as conn:
            return {name: conn.scalar(select(func.count()).select_from(model)) for name, model in tables.items()}

    @staticmethod
    def _links(conn: Connection, ids: Iterable[str | None] | None = None) -> Links:
        """The links of the store (of the entities ``ids`` only, when given)."""
        return Links(queries.links(conn, ids))

