"""What the incremental cross-document stage (``fusion/incremental.py``) reads and writes: the
fusion index (``event_keys``: the blocking keys of each event), events and documents by id, and
the groups and fused dates of some events only.  Every read is by an indexed column, so an ingest
of k documents reads in proportion to k and the events they may join, not to the store.

A key ``PENDING`` marks an event whose group must be computed again: the other members of a group
one of whose events went with a replaced document.  It is stored, so an interrupted ingest leaves
the mark for the next one.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from sqlalchemy import delete, exists, func, insert, select, update
from sqlalchemy.orm import aliased

from ..records import Document, Mention, PartialDate, Sentence, Timex
from . import queries
from .models import (
    DocumentEntityRow,
    DocumentRow,
    EntityRow,
    EventKeyRow,
    EventRow,
    FormatMentionsRow,
    MentionRow,
    PersonKeyRow,
    RoleRow,
)
from .rows import fact_json, set_published

PENDING = "!pending"
_CHUNK = 500  # ids per IN (…) clause
_OTHER_ROLE = aliased(RoleRow)  # one alias for every read (a new one each time is a statement compiled anew)
_OFFICES = select(RoleRow.person, RoleRow.position, RoleRow.of)  # all from the index ``ix_roles_person_of``


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    values = sorted(set(values))
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _agreeing(dates: list[str]) -> tuple[list[str], list[str]]:
    """What ``events_with_keys`` looks up for some ``dates``: the stored dates that agree with one of them
    by being a prefix of it, or none (``''``), each found through the index of key and date; and the dates
    (less than a day) that stored dates agree with by starting with them.  A stored date is an ISO date cut to
    its precision (``2017``, ``2017-03``, ``2017-03-20``), so the only prefixes of a date that can be one end
    where a part ends (before a ``-``, or with the date): the cuts inside a part are never looked up."""
    prefixes = {""}
    for d in dates:
        prefixes.add(d)
        at = d.find("-")
        while at >= 0:
            prefixes.add(d[:at])
            at = d.find("-", at + 1)
    return sorted(prefixes), sorted(d for d in dates if len(d) < 10)


_PAIRS = 256  # pairs of key and date per query of ``events_with_keys``


@functools.cache
def _pairs_sql(n: int, mark: str) -> str:
    rows = ", ".join(f"({mark}, {mark})" for _ in range(n))
    return (f'WITH wanted(k, d) AS (VALUES {rows}) SELECT event_keys."key", event_keys.event, event_keys."date" '
            'FROM wanted JOIN event_keys ON event_keys."key" = wanted.k AND event_keys."date" = wanted.d')


def _pairs(conn, pairs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The rows of ``event_keys`` of these (key, date) pairs, each looked up in the index of key and date.  The
    statement is the driver's own (positional parameters in its style, nothing for SQLAlchemy to compile: a
    statement of hundreds of parameters compiled for each store opened made thousands of objects, and the
    collector's sweeps they set off cost more than the lookups), padded to a power of two pairs (with a pair no
    row has: no key is empty), so that few statements are ever written."""
    n = 1 << max(0, len(pairs) - 1).bit_length()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    params = tuple(x for pair in pairs + [("", "")] * (n - len(pairs)) for x in pair)
    return list(conn.exec_driver_sql(_pairs_sql(n, mark), params))


class FusionIndex:
    """Mixed into ``Store``: needs its ``_read``, ``_session`` and ``_links``."""

    def has_event_keys(self) -> bool:
        with self._read() as conn:
            return conn.scalar(select(EventKeyRow.event).limit(1)) is not None

    def events_by(self, *, docs: Iterable[str] = (), ids: Iterable[str] = ()) -> list[dict]:
        """The events of some documents and the events of some ids (as ``events()`` gives them,
        links applied), in document order."""
        out: dict[str, dict] = {}
        with self._read() as conn:
            for column, values in ((EventRow.doc, docs), (EventRow.id, ids)):
                for chunk in _chunks(values):
                    for row in queries.rows(conn, queries.unordered_facts("events").where(column.in_(chunk))):
                        out[row["id"]] = row
            links = self._links(conn, {e["place"] for e in out.values()}
                                | {p["entity"] for e in out.values() for p in e["participants"]})
        return sorted(links.rows("events", list(out.values())), key=lambda e: (e["doc"], e["trigger_start"], e["id"]))

    def documents_by_id(self, ids: Iterable[str], text: bool = True) -> dict[str, dict]:
        """Id → ``{id, path, published, published_precision, published_from}`` and the ``text``
        unless ``text=False``."""
        cols = (DocumentRow.id, DocumentRow.path, DocumentRow.published, DocumentRow.published_precision,
                DocumentRow.published_from) + ((DocumentRow.text,) if text else ())
        with self._read() as conn:
            return {r["id"]: r for chunk in _chunks(ids)
                    for r in queries.rows(conn, select(*cols).where(DocumentRow.id.in_(chunk)))}

    def events_with_keys(self, keys: Iterable[str], dates: dict[str, set] | None = None,
                         ) -> list[tuple[str, str, str | None]]:
        """(key, event id, the event's date) for the stored events with any of ``keys``.  With
        ``dates`` (key → the dates of the events that look it up), only those whose date may agree
        with one of the dates looking up that key (``fusion.rules.dates_agree``: either missing, or
        one a prefix of the other), a superset the caller filters: a key shared by years of events
        is not read whole, each key's agreeing dates are looked up in the index of key and date, one
        lookup a pair of key and date (``_pairs``), not one for every key and every date of all keys."""
        query = select(EventKeyRow.key, EventKeyRow.event, EventKeyRow.date)
        undated, dated = [], {}  # the keys some event without a date looks up: every event of them
        for key in keys:
            wanted = (dates or {}).get(key) or {None}
            if None in wanted or "" in wanted:
                undated.append(key)
            else:
                dated[key] = wanted
        pairs: set[tuple[str, str]] = set()
        shorter: dict[str, list[str]] = {}  # a date of a month or a year → the keys looked up with it
        for key, wanted in dated.items():
            prefixes, short = _agreeing(sorted(wanted))
            pairs.update((key, p) for p in prefixes)
            for d in short:  # dates of days and months in a month or year looked up: read in the key's rows
                shorter.setdefault(d, []).append(key)
        with self._read() as conn:
            rows = [r for chunk in _chunks(undated) for r in conn.execute(query.where(EventKeyRow.key.in_(chunk)))]
            ordered = sorted(pairs)
            for i in range(0, len(ordered), _PAIRS):
                rows += _pairs(conn, ordered[i:i + _PAIRS])
            for d, ks in sorted(shorter.items()):
                for chunk in _chunks(ks):
                    rows += conn.execute(query.where(EventKeyRow.key.in_(chunk), EventKeyRow.date.like(f"{d}%")))
            return list(dict.fromkeys((k, e, d or None) for k, e, d in rows))

    def told_views(self, ids: Iterable[str]) -> dict[str, Document]:
        """What ``formats.told_by`` reads of documents, for many in a few reads: id → a ``Document`` with
        its id, path, text, sentences (their tokens left out), time expressions and mentions, as
        ``document()`` gives them."""
        out: dict[str, Document] = {}
        with self._read() as conn:
            for chunk in _chunks(ids):
                mentions: dict[str, list] = {d: [] for d in chunk}
                query = queries.facts("mentions").where(MentionRow.doc.in_(chunk))
                for row in queries.rows(conn, query.order_by(*queries.OFFSET_ORDER["mentions"])):
                    mentions[row["doc"]].append(Mention.from_json(fact_json(Mention, row)))
                cols = (DocumentRow.id, DocumentRow.path, DocumentRow.text, DocumentRow.annotations)
                for doc, path, text, annotations in conn.execute(select(*cols).where(DocumentRow.id.in_(chunk))):
                    out[doc] = Document(
                        id=doc, path=path, raw="", text=text, mentions=tuple(mentions[doc]),
                        sentences=tuple(Sentence(s["start"], s["stop"], s["text"])
                                        for s in annotations.get("sentences", ())),
                        timexes=tuple(Timex.from_json(t) for t in annotations.get("timexes", ())))
        return out

    def docs_naming(self, entities: Iterable[str]) -> set[str]:
        """The documents that list any of ``entities`` (ids as stored)."""
        with self._read() as conn:
            return {d for chunk in _chunks(entities)
                    for d in conn.scalars(select(DocumentEntityRow.doc).where(DocumentEntityRow.entity.in_(chunk)))}

    def new_office_holders(self, docs: Iterable[str]) -> set[str]:
        """Persons that ``docs`` give an office of a country no other document gives them: the
        sides of their older events change."""
        docs = sorted(set(docs))
        other = _OTHER_ROLE
        elsewhere = exists().where(other.person == RoleRow.person, other.of == RoleRow.of, other.doc.not_in(docs))
        with self._read() as conn:
            persons = set()
            for chunk in _chunks(docs):  # one read a chunk, each pair looked up by the index of ``person``
                query = select(RoleRow.person).where(RoleRow.doc.in_(chunk), RoleRow.of.is_not(None), ~elsewhere)
                persons.update(conn.scalars(query))
            links = self._links(conn, persons)
            return persons | {links(p) for p in persons}

    def entities_known(self, ids: Iterable[str]) -> tuple[list[dict], list[dict]]:
        """The entities ``ids`` (as ``entities()`` shows them: linked ones merged into the entity
        they are the same as) and the offices of those that are persons (``person``, ``position`` and ``of`` of their
        ``roles()`` rows, in no order: read from the index of ``roles``, ``ix_roles_person_of``)."""
        ids = {i for i in ids if i}
        with self._read() as conn:
            first = self._links(conn, ids)
            targets = {first(i) for i in ids}
            linked = {e for chunk in _chunks(targets)
                      for e in conn.scalars(select(EntityRow.id).where(EntityRow.same_as.in_(chunk)))}
            rows = [r for chunk in _chunks(targets | linked)
                    for r in queries.rows(conn, queries.entities().where(EntityRow.id.in_(chunk)))]
            roles = [r for chunk in _chunks(targets | linked)
                     for r in queries.rows(conn, _OFFICES.where(RoleRow.person.in_(chunk)))]
            links = self._links(conn, targets | linked | {r["country"] for r in rows}
                                | {r["person"] for r in roles} | {r["of"] for r in roles})
            entities = links.entities(sorted(rows, key=lambda r: r["id"]))
            return entities, links.rows("roles", roles)

    def persons_sharing_surnames(self, docs: Iterable[str]) -> list[dict]:
        """The persons (rows as stored, with ``same_as``) that share a name word (``person_keys``: a surname, one of
        two surnames, a middle name) with a person that ``docs`` list, and those that share one with them in turn:
        all resolution may change when those documents come, whichever name came first."""
        return self._sharing_keys(docs, "person")

    def organizations_sharing_abbreviations(self, docs: Iterable[str]) -> list[dict]:
        """The organisations (rows as stored, with ``same_as``) that share an abbreviation (as name or alias,
        ``rows.abbreviation_keys``) with one that ``docs`` list: all that resolution of organisations may change."""
        return self._sharing_keys(docs, "organization")

    def _sharing_keys(self, docs: Iterable[str], type_: str) -> list[dict]:
        """The entities of ``type_`` that share a key of the name index with an entity that ``docs`` list, and so on."""
        with self._read() as conn:
            listed = select(DocumentEntityRow.entity)
            entities = {e for chunk in _chunks(docs) for e in conn.scalars(  # of ``type_``: a person's keys and an
                select(PersonKeyRow.entity).join(EntityRow, EntityRow.id == PersonKeyRow.entity)  # organisation's
                .where(EntityRow.type == type_,  # abbreviations ("abbr:") never meet, so neither does what they find
                       PersonKeyRow.entity.in_(listed.where(DocumentEntityRow.doc.in_(chunk)))))}
            keys: set[str] = set()
            ids, frontier = set(entities), entities
            while frontier:  # the keys of the persons found, then the persons of those keys, until no new one
                found = {k for chunk in _chunks(frontier) for k in conn.scalars(
                    select(PersonKeyRow.key).where(PersonKeyRow.entity.in_(chunk)))} - keys
                keys |= found
                frontier = {e for chunk in _chunks(found) for e in conn.scalars(
                    select(PersonKeyRow.entity).where(PersonKeyRow.key.in_(chunk)))} - ids
                ids |= frontier
            return sorted((r for chunk in _chunks(ids) for r in queries.rows(
                conn, queries.entities(type_, with_link=True).where(EntityRow.id.in_(chunk)))),
                key=lambda r: r["id"])

    def links_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Entity id → the id of the entity it is the same as (resolution's links), of ``ids`` that have one."""
        with self._read() as conn:
            return queries.links(conn, ids)

    def named(self, ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """Entity id → how often it is named (``via`` a name, no descriptor or pronoun): the documents, the
        mentions, for ``ids``."""
        with self._read() as conn:
            return {e: (d, n) for chunk in _chunks(ids) for e, d, n in conn.execute(
                select(MentionRow.entity, func.count(MentionRow.doc.distinct()), func.count())
                .where(MentionRow.entity.in_(chunk), MentionRow.via == "name").group_by(MentionRow.entity))}

    def format_mentions(self) -> list[dict] | None:
        """What each document says of formats (``formats.told_by``), or ``None`` when some document
        has not been read for it (a store made before, or an ingest cut short)."""
        with self._read() as conn:
            rows = [r for (r,) in conn.execute(select(FormatMentionsRow.data))]
            if len(rows) != conn.scalar(select(func.count()).select_from(DocumentRow)):
                return None
            return rows

    def documents_without_format_mentions(self, known: Iterable[str] = ()) -> list[str]:
        """The documents not read for formats, less the ``known`` ones (those a caller reads anyway): none, without a
        search of the store (two counts, each read in an index), when the two tables' counts differ by just the
        ``known`` documents not read yet (an ingest's new documents), else every one not read (a store made before, or
        an ingest cut short)."""
        known = set(known)
        with self._read() as conn:
            # counted in an index, the narrowest: the table of format mentions holds their JSON (SQLite counts a table's
            # rows in the table itself, five times the pages of its index of ``doc``, unless told a range of ``doc``)
            counts = [conn.scalar(select(func.count()).where(FormatMentionsRow.doc >= "")),
                      conn.scalar(select(func.count()).select_from(DocumentRow))]
            if counts[0] == counts[1]:  # every document read for formats (each row is a document's): none to list
                return []
            stored = {d for chunk in _chunks(known)
                      for d in conn.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(chunk)))}
            read = {d for chunk in _chunks(stored) for d in conn.scalars(
                select(FormatMentionsRow.doc).where(FormatMentionsRow.doc.in_(chunk)))}
            if counts[1] - counts[0] == len(stored - read):  # the only ones not read are known
                return []
            told = select(FormatMentionsRow.doc)
            unread = conn.scalars(select(DocumentRow.id).where(DocumentRow.id.not_in(told)))
            return [d for d in unread if d not in known]

    def set_format_mentions(self, told: list[dict]) -> None:
        with self._session.begin() as s:
            for chunk in _chunks(t["doc"] for t in told):
                s.execute(delete(FormatMentionsRow).where(FormatMentionsRow.doc.in_(chunk)))
            if told:
                s.execute(insert(FormatMentionsRow.__table__), [{"doc": t["doc"], "data": t} for t in told])

    def set_event_keys(self, keys: dict[str, tuple[str, frozenset[str]]]) -> None:
        """Event id → (its document, its keys): replaces the keys of those events (a ``PENDING``
        mark included); each key row holds the event's stored date."""
        with self._session.begin() as s:
            when: dict[str, str] = {}
            for chunk in _chunks(keys):
                s.execute(delete(EventKeyRow).where(EventKeyRow.event.in_(chunk)))
                when.update((e, d or "") for e, d in s.execute(select(EventRow.id, EventRow.date)
                                                                .where(EventRow.id.in_(chunk))))
            rows = [{"event": e, "doc": d, "key": k, "date": when.get(e, "")}
                    for e, (d, ks) in sorted(keys.items()) for k in sorted(ks)]
            if rows:  # a plain insert of the table's rows (the ORM's bulk insert: the same rows, at thrice the cost)
                s.execute(insert(EventKeyRow.__table__), rows)

    def set_groups_of(self, events: Iterable[str], groups: dict[str, str],
                      stored: dict[str, str | None] | None = None) -> None:
        """The fused event of each of ``events``: ``groups[event]``, or none.  ``stored``: event → its group as
        read before (``None``: none), when known: only the events whose group changes are written."""
        events = {e for e in events if stored is None or e not in stored or stored[e] != groups.get(e)}
        with self._session.begin() as s:
            for chunk in _chunks(events - groups.keys()):
                s.execute(update(EventRow).where(EventRow.id.in_(chunk)).values(grp=None))
            for event_id, group in sorted(groups.items()):
                if event_id in events:
                    s.execute(update(EventRow).where(EventRow.id == event_id).values(grp=group))

    def set_fused_dates(self, dates: dict[str, PartialDate | None]) -> None:
        """Document id → the date it gets through fusion, or ``None`` to take a fused date back."""
        with self._session.begin() as s:
            for doc_id, date in sorted(dates.items()):
                row = s.get(DocumentRow, doc_id)
                if row is None or row.published_from not in ("none", "fused"):
                    continue
                if date is None:
                    if row.published_from == "fused":
                        set_published(row, PartialDate(), "none")
                else:
                    set_published(row, date, "fused")

    def mark_group_mates(self, s, doc_id: str) -> None:
        """Within ``save``'s transaction, before ``doc_id``'s events go: mark the other members of
        their groups (their group must be computed again)."""
        groups = select(EventRow.grp).where(EventRow.doc == doc_id, EventRow.grp.is_not(None))
        mates = s.execute(select(EventRow.id, EventRow.doc).where(EventRow.grp.in_(groups), EventRow.doc != doc_id))
        rows = [{"event": e, "doc": d, "key": PENDING} for e, d in mates]
        s.execute(delete(EventKeyRow).where(EventKeyRow.doc == doc_id))
        if rows:
            s.execute(delete(EventKeyRow).where(EventKeyRow.key == PENDING,
                                                EventKeyRow.event.in_([r["event"] for r in rows])))
            s.execute(insert(EventKeyRow), rows)

    def indexed_events(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that the fusion index holds: events an earlier fusion has seen."""
        with self._read() as conn:
            return {e for chunk in _chunks(ids) for e in conn.scalars(
                select(EventKeyRow.event).where(EventKeyRow.event.in_(chunk)).distinct())}

    def pending_events(self) -> set[str]:
        with self._read() as conn:
            return set(conn.scalars(select(EventKeyRow.event).where(EventKeyRow.key == PENDING)))

    def count_event_keys(self) -> int:
        with self._read() as conn:
            return conn.scalar(select(func.count()).select_from(EventKeyRow)) or 0
