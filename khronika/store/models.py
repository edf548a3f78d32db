"""The store's tables as SQLAlchemy 2 declarative models.

These models describe the schema at migration head; the migrations in ``migrations/versions``
create it (a migration never imports these models, so old migrations stay frozen).  Later tables
(formats, …) come with later migrations.

The tables of per-document facts (mentions, roles, events, quotes, stances) have one column per
field of their record in ``records.py``, under the field's name (``rows.py`` builds the rows from
the records), plus ``doc`` and what only the store keeps (``id`` of a row, ``grp``, a date's
``*_precision``).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """One stored article.  ``annotations`` holds what has no column of its own (sentences, raw
    NER spans, the full published date, ``done``), so a later
    stage can reload the ``Document`` without running the models again."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("path", name="uq_documents_path"),
                      UniqueConstraint("content_hash", name="uq_documents_content_hash"))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)  # ISO cut to precision
    published_precision: Mapped[str] = mapped_column(String(16))
    published_from: Mapped[str] = mapped_column(String(16))
    dateline_place: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    removed: Mapped[list] = mapped_column(JSON)
    annotations: Mapped[dict] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    khronika_version: Mapped[str | None] = mapped_column(String(32))  # that annotated it; NULL: before 0.1.0


class DocumentPathRow(Base):
    """A path whose current content a document is (``store/paths.py``): ``key`` its identity (the resolved
    absolute path; ``…:N`` for a JSON Lines record), ``shown`` as the user gave it, ``file`` the resolved
    file (none for stdin and for rows of older stores)."""

    __tablename__ = "document_paths"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    shown: Mapped[str] = mapped_column(Text, index=True)  # (0015) is a name shown for another key?
    file: Mapped[str | None] = mapped_column(Text, index=True)


class EntityRow(Base):
    """A resolved entity; ids are stable across documents and runs."""

    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(8))  # ISO 3166 alpha-2 for countries
    country: Mapped[str | None] = mapped_column(String(128))  # an entity id (not enforced)
    aliases: Mapped[list] = mapped_column(JSON)
    titles: Mapped[list] = mapped_column(JSON)
    # Cross-document resolution (``resolve.py``): the entity this one is the same person as; the
    # readers of the store show it under that id.  A link, not a merge, so it can be undone.
    same_as: Mapped[str | None] = mapped_column(String(128), index=True)
    # A person's surname as resolution compares it (``rows.surname_key``): its index.
    surname: Mapped[str | None] = mapped_column(String(128), index=True)


class PersonKeyRow(Base):
    """The name index of resolution (``rows.person_keys``): each word by which a stored person may be the person of
    another name (a surname, each of two surnames, a middle name; skeletons), so that an ingest finds them
    whichever name came first."""

    __tablename__ = "person_keys"

    entity: Mapped[str] = mapped_column(String(128), ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)


class DocumentEntityRow(Base):
    """Which entities a document lists (``Document.entities``); an entity that no document lists
    and no mention names is an orphan."""

    __tablename__ = "document_entities"

    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"),
                                     primary_key=True)
    entity: Mapped[str] = mapped_column(String(128), ForeignKey("entities.id"), primary_key=True,
                                        index=True)


class MentionRow(Base):
    """A named mention (``Mention``); ``start``/``stop`` are offsets into the document's text."""

    __tablename__ = "mentions"
    # (0021) by entity, with what ``named`` counts: the mentions of an entity read from the index alone
    __table_args__ = (UniqueConstraint("doc", "start", "stop", name="uq_mentions_doc_span"),
                      Index("ix_mentions_entity_via", "entity", "via", "doc"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(String(128))
    type: Mapped[str] = mapped_column(String(8))
    normal: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    via: Mapped[str] = mapped_column(String(16), default="name", server_default="name")


class RunRow(Base):
    """One ingest run and what it did."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    n_added: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_unchanged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_replaced: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_skipped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # set before the run saves its first new or changed document, cleared once resolution and fusion
    # have run over the store with it: a run killed in between is finished by the next one
    pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RoleRow(Base):
    """A person's office as one document states it (``Role``); dated by the document."""

    __tablename__ = "roles"
    # (0021) by person, with the offices fusion reads (``entities_known``, ``new_office_holders``): read from the
    # index alone, not from rows strewn over the table
    __table_args__ = (Index("ix_roles_person_of", "person", "of", "position", "doc"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    person: Mapped[str] = mapped_column(String(128))
    position: Mapped[str] = mapped_column(Text)
    of: Mapped[str | None] = mapped_column(String(128))
    person_start: Mapped[int] = mapped_column(Integer)
    person_stop: Mapped[int] = mapped_column(Integer)
    position_start: Mapped[int] = mapped_column(Integer)
    position_stop: Mapped[int] = mapped_column(Integer)
    of_start: Mapped[int | None] = mapped_column(Integer)
    of_stop: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    former: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class EventRow(Base):
    """A coded event as one document reports it (``Event``); participants as JSON."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str | None] = mapped_column(String(16))
    factuality: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str] = mapped_column(String(16))
    place: Mapped[str | None] = mapped_column(String(128))
    participants: Mapped[list] = mapped_column(JSON)
    format: Mapped[str | None] = mapped_column(Text)
    round: Mapped[int | None] = mapped_column(Integer)
    topics: Mapped[list] = mapped_column(JSON)
    trigger: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_stop: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    more: Mapped[list] = mapped_column(JSON)  # Span records as JSON
    grp: Mapped[str | None] = mapped_column(String(64), index=True)  # the fused event it belongs to
    date_from: Mapped[str] = mapped_column(String(16), default="", server_default="")  # (0017) text|document


class EventKeyRow(Base):
    """A blocking key of a stored event (``fusion/keys.py``) and its date: the fusion index.  Two events that
    fusion could link share a key, so an ingest compares a new event only with those."""

    __tablename__ = "event_keys"
    __table_args__ = (Index("ix_event_keys_key_date", "key", "date"),)

    event: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    # the event's date (``events.date``; ``''`` for none), looked up with the key (0016)
    date: Mapped[str] = mapped_column(String(10), default="", server_default="")


class FormatMentionsRow(Base):
    """What one document says of dialogue formats (``formats.told_by``), as JSON."""

    __tablename__ = "format_mentions"

    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)


class QuoteRow(Base):
    """Who said what (``Quote``)."""

    __tablename__ = "quotes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    speaker: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool] = mapped_column(Boolean)
    cue: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_stop: Mapped[int] = mapped_column(Integer)
    event: Mapped[str | None] = mapped_column(String(64))  # the id of the document's event it is about


class StanceRow(Base):
    """A position of a holder towards another (``Stance``)."""

    __tablename__ = "stances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc: Mapped[str] = mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    polarity: Mapped[str] = mapped_column(String(16))
    holder: Mapped[str | None] = mapped_column(String(128))
    other: Mapped[str | None] = mapped_column(String(128))
    topic: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
