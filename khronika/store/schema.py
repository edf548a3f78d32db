"""A new store made straight from the schema at head, instead of replaying every migration.

``models.py`` describes the schema at migration head; a new (empty) database gets its tables from it,
the search index of ``search.py`` (migration 0012: an FTS5 table in SQLite, a table with a GIN index in
PostgreSQL) and Alembic's version table stamped ``HEAD``.  A store that has tables is migrated as
before (``migrate.upgrade``).  ``tests/test_store_schema.py`` checks that a store made here equals one
made by the migrations (tables, columns, types, defaults, keys, indexes), and that ``HEAD`` is
Alembic's head: a new migration must come with its change to ``models.py`` and a new ``HEAD``.
"""
from __future__ import annotations

from sqlalchemy import Column, Connection, ForeignKey, MetaData, PrimaryKeyConstraint, String, Table, Text, text

from .models import Base

HEAD = "0023"  # the revision of the newest migration (``migrations/versions``)

# Alembic's own table of the revision a database is at, as Alembic makes it.
_VERSION = Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False),
                 PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))


def _search_table(connection: Connection) -> None:
    """The full-text index of ``search.py``, as migration 0012 makes it."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("CREATE VIRTUAL TABLE search_lemmas USING fts5(doc, lemmas, tokenize='unicode61')"))
        return
    metadata = MetaData()
    Table("documents", metadata, Column("id", String(64), primary_key=True))  # what the key refers to (made)
    Table("search_lemmas", metadata, Column("doc", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
                                           primary_key=True),
          Column("lemmas", Text(), nullable=False)).create(connection, checkfirst=False)
    connection.execute(text("CREATE INDEX ix_search_lemmas_fts ON search_lemmas USING gin "
                            "(to_tsvector('simple', lemmas))"))


def create(connection: Connection) -> None:
    """Make every table of the schema at head in an empty database, within the caller's transaction,
    and stamp it ``HEAD``."""
    Base.metadata.create_all(connection, checkfirst=False)
    _search_table(connection)
    _VERSION.create(connection, checkfirst=False)
    connection.execute(_VERSION.insert().values(version_num=HEAD))
