"""Storing documents' rows: a document's entities, search entry and facts (``add_facts``), and a whole
batch of new documents at once (``fresh``, ``save_fresh``).

The common case of an ingest is a batch of documents that are all new: new contents at new paths.
Such a batch is stored with one plain insert per table for all its documents (its entities read once
and merged in the order of the documents), leaving exactly the rows that storing them one after
another (``Store._save``) leaves.  Anything else (content already stored, a path that had other content,
a name already shown) goes one document after another.
"""
from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace

from sqlalchemy import delete, insert, select

from ..records import Document
from . import search
from .models import DocumentEntityRow, DocumentPathRow, DocumentRow, EntityRow, PersonKeyRow
from .rows import FACTS, document_row, entity_columns, fact_rows, index_keys, merge_duplicates, merge_entity

_CHUNK = 500  # values per IN (…)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def fresh(s, docs: list[Document], keys: list[tuple[str, str | None]]) -> bool:
    """Whether ``docs`` (each with its ``(key, file)``) are all new contents at new paths, each shown under
    its own path (``doc.path``) that no path shows yet and no stored document has, none of them twice."""
    hashes, paths, ids, keyed = ([d.content_hash for d in docs], [d.path for d in docs], [d.id for d in docs],
                                 [key for key, _ in keys])
    if not all(hashes) or any(len(set(values)) < len(docs) for values in (hashes, paths, ids, keyed)):
        return False  # a document without a content hash, or one of them twice
    if any(d.path in keyed and d.path != key for d, key in zip(docs, keyed)):
        return False  # shown under another one's key
    checks = ((DocumentRow.id, DocumentRow.content_hash.in_, hashes), (DocumentRow.id, DocumentRow.path.in_, paths),
              (DocumentRow.id, DocumentRow.id.in_, ids),
              (DocumentPathRow.key, DocumentPathRow.key.in_, keyed + paths),  # an older store's row keyed by a path
              (DocumentPathRow.key, DocumentPathRow.shown.in_, paths))
    return not any(s.execute(select(column).where(within(chunk)).limit(1)).first()
                   for column, within, values in checks for chunk in _chunks(sorted(set(values))))


def save_fresh(s, docs: list[Document], keys: list[tuple[str, str | None]], now) -> None:
    """Store a batch that is ``fresh``: the documents, their paths, entities, search entries and facts."""
    conn = s.connection()
    conn.execute(insert(DocumentRow.__table__), [_columns(document_row(d, now())) for d in docs])
    conn.execute(insert(DocumentPathRow.__table__),
                 [{"key": key, "doc": d.id, "shown": d.path, "file": file} for d, (key, file) in zip(docs, keys)])
    add_facts(s, docs)


def _columns(row: DocumentRow) -> dict:
    return {c: getattr(row, c) for c in DocumentRow.__table__.columns.keys()}


def add_facts(s, docs: list[Document], before_search=None) -> None:
    """Insert the entities (merged into those stored, document after document), search entries and
    facts of ``docs``; ``before_search()`` is called once the entities are in (a new document's path row)."""
    merged = [merge_duplicates(d.entities) for d in docs]
    ids = sorted({e.id for entities in merged for e in entities})
    stored: dict[str, EntityRow] = {row.id: row for chunk in _chunks(ids)  # the stored ones, one read
                                    for row in s.scalars(select(EntityRow).where(EntityRow.id.in_(chunk)))}
    new: dict[str, SimpleNamespace] = {}  # the others, merged document after document, then one insert
    with s.no_autoflush:
        for entities in merged:
            for entity in entities:
                if entity.id in stored or entity.id in new:
                    merge_entity(stored.get(entity.id) or new[entity.id], entity)
                else:
                    new[entity.id] = SimpleNamespace(**entity_columns(entity))
    s.flush()
    conn = s.connection()
    if new:  # in the order first named, as the session inserted them
        conn.execute(insert(EntityRow.__table__), [vars(row) for row in new.values()])
    index_persons(conn, [stored[i] for i in ids if i in stored] + list(new.values()))
    if before_search is not None:
        before_search()
    search.index_many(conn, [(d.id, d.title, d.text) for d in docs])
    listed = [{"doc": d.id, "entity": e.id} for d, entities in zip(docs, merged) for e in entities]
    if listed:
        conn.execute(insert(DocumentEntityRow.__table__), listed)
    for field, (_, model) in FACTS.items():
        rows = [row for d in docs for row in fact_rows(d, field)]
        if rows:
            conn.execute(insert(model.__table__), rows)



def index_persons(conn, rows: list) -> None:
    """The name index (``person_keys``) of the persons and organisations among ``rows`` (entity rows as they now
    are, ``rows.index_keys``), anew: the keys of an entity whose keys are as stored are left (a person named again is
    written only when a new name or alias changes its keys; its rows lie far apart in a large store)."""
    persons = {r.id: sorted(index_keys(r)) for r in rows if r.type in ("person", "organization")}
    stored: dict[str, list[str]] = {}
    for chunk in _chunks(sorted(persons)):
        for entity, key in conn.execute(select(PersonKeyRow.entity, PersonKeyRow.key)
                                        .where(PersonKeyRow.entity.in_(chunk))):
            stored.setdefault(entity, []).append(key)
    changed = [p for p, keys in persons.items() if sorted(stored.get(p, ())) != keys]
    for chunk in _chunks(sorted(p for p in changed if p in stored)):
        conn.execute(delete(PersonKeyRow).where(PersonKeyRow.entity.in_(chunk)))
    keys = [{"entity": p, "key": k} for p in changed for k in persons[p]]
    if keys:
        conn.execute(insert(PersonKeyRow.__table__), keys)
