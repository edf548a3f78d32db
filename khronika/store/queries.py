"""The store's queries: what ``Store`` reads, in which order, and the pruning of orphan entities.

Facts come in document order (published date, undated last, then path), then by offset within a
document; a query for one document reads that document's rows only (each fact table has an
index on ``doc``).
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Select, delete, exists, func, nulls_last, select, update
from sqlalchemy.orm import Session, aliased

from .models import (
    DocumentEntityRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    PersonKeyRow,
    QuoteRow,
    RoleRow,
    StanceRow,
)
from .rows import ENTITY_FIELDS, FACTS, document_json, fact_columns, fact_json

# Within a document: by offset, then in the order rows were stored.
OFFSET_ORDER = {
    "mentions": (MentionRow.start, MentionRow.stop),
    "roles": (RoleRow.start, RoleRow.person_start, RoleRow.id),
    "events": (EventRow.trigger_start, EventRow.id),
    "quotes": (QuoteRow.start, QuoteRow.id),
    "stances": (StanceRow.start, StanceRow.id),
}
DOCUMENT_ORDER = (nulls_last(DocumentRow.published.asc()), DocumentRow.path)
_DOCUMENT_LIST_COLUMNS = tuple(c for c in DocumentRow.__table__.c if c.name not in ("raw", "annotations"))
_ENTITY_COLUMNS = tuple(EntityRow.__table__.c[name] for name in ENTITY_FIELDS)


def rows(conn: Connection, query: Select) -> list[dict]:
    return [dict(row._mapping) for row in conn.execute(query)]


def documents() -> Select:
    n_mentions = (select(func.count()).where(MentionRow.doc == DocumentRow.id)
                  .correlate(DocumentRow).scalar_subquery().label("n_mentions"))
    return select(*_DOCUMENT_LIST_COLUMNS, n_mentions).order_by(*DOCUMENT_ORDER)


def entities(type_: str | None = None, with_link: bool = False) -> Select:
    columns = _ENTITY_COLUMNS + ((EntityRow.same_as,) if with_link else ())
    query = select(*columns).order_by(EntityRow.id)
    return query if type_ is None else query.where(EntityRow.type == type_)


def facts(field: str, doc_id: str | None = None) -> Select:
    """The rows of one fact table (``mentions``, ``roles``…): of the whole store in document order,
    or of one document."""
    model = FACTS[field][1]
    query = select(*fact_columns(field))
    if doc_id is not None:
        return query.where(model.doc == doc_id).order_by(*OFFSET_ORDER[field])
    return query.join(DocumentRow, DocumentRow.id == model.doc).order_by(*DOCUMENT_ORDER, *OFFSET_ORDER[field])


def unordered_facts(field: str) -> Select:
    """The rows of one fact table in no order, for a reader that orders them itself or keeps them in sets: no join
    to ``documents`` for their order (a lookup of a row's document in a table that grows with the store, each on
    a page of its own)."""
    return select(*fact_columns(field))


_TARGET = aliased(EntityRow)  # one alias for every read: a new one each time is a new statement to compile
_LINKED = select(EntityRow.id, EntityRow.same_as).join(_TARGET, _TARGET.id == EntityRow.same_as)


def links(conn: Connection, ids: Iterable[str | None] | None = None) -> dict[str, str]:
    """Entity id → the id of the (stored) entity it is the same as; of the entities ``ids`` only, when
    given (an ingest reads the links of the entities it handles, never every link of the store)."""
    query = _LINKED
    if ids is None:
        return dict(conn.execute(query).all())
    wanted = sorted({i for i in ids if i})
    return {e: t for i in range(0, len(wanted), 500)
            for e, t in conn.execute(query.where(EntityRow.id.in_(wanted[i:i + 500])))}


def document(conn: Connection, doc_id: str) -> dict | None:
    """A stored document as ``Document`` JSON, read from its own rows; ``None`` when there is none."""
    row = conn.execute(select(*DocumentRow.__table__.c).where(DocumentRow.id == doc_id)).mappings().first()
    if row is None:
        return None
    data = document_json(dict(row))
    for field, (cls, _) in FACTS.items():
        data[field] = [fact_json(cls, r) for r in rows(conn, facts(field, doc_id))]
    listed = select(DocumentEntityRow.entity).where(DocumentEntityRow.doc == doc_id)
    mentioned = select(MentionRow.entity).where(MentionRow.doc == doc_id, MentionRow.entity.is_not(None))
    query = select(*_ENTITY_COLUMNS).where(EntityRow.id.in_(listed.union(mentioned))).order_by(EntityRow.id)
    data["entities"] = rows(conn, query)
    return data


def prune_orphans(s: Session) -> int:
    """Delete the entities that no document lists, no mention or role names and that are no entity's
    country; links to them go.  Returns how many entities went."""
    other = aliased(EntityRow)
    listed = exists().where(DocumentEntityRow.entity == EntityRow.id)
    mentioned = exists().where(MentionRow.entity == EntityRow.id)
    in_role = exists().where((RoleRow.person == EntityRow.id) | (RoleRow.of == EntityRow.id))
    a_country = exists().where(other.country == EntityRow.id)
    query = delete(EntityRow).where(~listed, ~mentioned, ~a_country, ~in_role)
    going = select(EntityRow.id).where(~listed, ~mentioned, ~a_country, ~in_role)
    s.execute(delete(PersonKeyRow).where(PersonKeyRow.entity.in_(going)),
              execution_options={"synchronize_session": False})
    gone = s.execute(query, execution_options={"synchronize_session": False}).rowcount
    target = aliased(EntityRow)
    dangling = EntityRow.same_as.is_not(None) & ~exists().where(target.id == EntityRow.same_as)
    s.execute(update(EntityRow).where(dangling).values(same_as=None), execution_options={"synchronize_session": False})
    return gone
