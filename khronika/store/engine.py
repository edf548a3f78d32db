"""Opening the database: the URL, a check that a SQLite file really is one, and connect pragmas.

Everything SQLite-specific lives here; the rest of the store speaks portable SQLAlchemy.
"""
from __future__ import annotations

import functools
import json
import os
import sqlite3
import stat
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import QueuePool

from ..errors import KhronikaError
from .migrate import foreign_tables

SQLITE_MAGIC = b"SQLite format 3\x00"
# The JSON columns' text, as SQLAlchemy's default (``json.dumps``) writes it, without the encoder's check for
# a value that contains itself (records' JSON is a tree): a document's annotations, every token of it, are
# written in two thirds of the time.
JSON_TEXT = functools.partial(json.dumps, check_circular=False)


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file; ``E_DB`` for a file name that is not valid UTF-8."""
    name = str(Path(path))
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(name).decode("utf-8", errors="backslashreplace")
        raise KhronikaError("E_DB", path=shown, detail="its name is not valid UTF-8; give a name in UTF-8") from None
    return URL.create("sqlite", database=name).render_as_string()


def describe(url: str | URL) -> str:
    """How to name the database in messages: the file for SQLite, else the URL without password."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def open_engine(url: str, read_only: bool = False) -> Engine:
    """An engine for ``url``.  A SQLite file that exists must be an empty or khronika SQLite
    database (else ``E_DB``, and the file is not touched); a missing one is created, with its
    folder.  ``read_only``: connections that refuse every write (``open_reader``)."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":  # the driver khronika ships with (psycopg 3), not SQLAlchemy's default
        parsed = parsed.set(drivername="postgresql+psycopg")
    if read_only:
        return open_reader(parsed)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, json_serializer=JSON_TEXT)
    if parsed.database and parsed.database != ":memory:":
        _check_sqlite_file(Path(parsed.database))
    engine = create_engine(parsed, json_serializer=JSON_TEXT)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def open_reader(url: URL) -> Engine:
    """An engine whose connections cannot write: a SQLite file opened ``mode=ro`` (it must exist; SQLite
    may add its ``-wal``/``-shm`` files beside it, the database file itself is never written), a
    PostgreSQL session with ``default_transaction_read_only``."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, connect_args={"options": "-c default_transaction_read_only=on"})
    if not url.database or url.database == ":memory:":
        raise KhronikaError("E_DB", path=":memory:", detail="an in-memory store cannot be opened read-only")
    path = Path(url.database)
    if not path.is_file():
        raise KhronikaError("E_DB_MISSING", path=str(path))
    _check_sqlite_file(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    engine = create_engine("sqlite://", poolclass=QueuePool,
                           creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _sqlite_on_connect_read_only)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _check_sqlite_file(path: Path) -> None:
    def fail(detail: str) -> KhronikaError:
        return KhronikaError("E_DB", path=str(path), detail=detail)

    if path.is_dir():
        raise fail("it is a folder; give a file name such as khronika.db")
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the open below
        raise fail("it is not a regular file (a FIFO, a device or a socket); give a file name such as khronika.db")
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise fail(f"cannot create its folder ({exc.strerror})") from None
        return
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise fail(f"cannot read it ({exc.strerror})") from None
    if head and head != SQLITE_MAGIC:
        raise fail("it is not an SQLite file; give a new file name or an existing khronika store")
    if head:
        detail = foreign_tables(*_sqlite_tables(path))
        if detail:
            raise fail(detail)


def _sqlite_tables(path: Path) -> tuple[set[str], list[str] | None]:
    """The tables of a SQLite file and its Alembic revisions (``None``: no such table), read without
    writing to it (pragmas come only after), so that another application's database is refused
    untouched."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")] \
                if "alembic_version" in tables else None
            return tables, revisions
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise KhronikaError("E_DB", path=str(path), detail=str(exc)) from None


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    """Foreign keys on, WAL journal synced at its checkpoints (``synchronous=NORMAL``: a commit is not
    one more fsync; a process killed loses nothing committed, and a power cut may lose only the last
    commits, never the store's consistency, which ingest's resumption covers), and transactions driven
    by SQLAlchemy (``BEGIN`` below) so that DDL in migrations is transactional too."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_connect_read_only(dbapi_connection, _record) -> None:
    """As ``_sqlite_on_connect`` but for a reader: no journal mode to set (that would be a write)."""
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA query_only=ON")


def _sqlite_on_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")
