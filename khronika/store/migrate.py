"""Schema migrations with Alembic, run in code: no alembic.ini, the scripts ship in the package.

A new migration is a file ``migrations/versions/NNNN_name.py`` with ``revision = "NNNN"`` and
``down_revision`` naming the previous one, written with ``alembic.op`` (see 0001_initial.py).
"""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect

from ..errors import KhronikaError

SCRIPT_LOCATION = "khronika.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the package's migrations, bound to ``connection`` if given."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this khronika knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def foreign_tables(tables: set[str]) -> str | None:
    """Why a database with these tables is not khronika's, or ``None`` when it may be."""
    if tables and "alembic_version" not in tables:
        return f"it holds other tables ({', '.join(sorted(tables)[:5])})"
    return None


def upgrade(engine: Engine, where: str) -> None:
    """Bring the database to head in one transaction.  A database with tables but none of
    khronika's, or at a revision this khronika does not know, raises ``E_DB`` untouched."""
    with engine.begin() as connection:
        detail = foreign_tables(set(inspect(connection).get_table_names()))
        if detail:
            raise KhronikaError("E_DB", path=where, detail=detail)
        try:
            command.upgrade(alembic_config(connection), "head")
        except CommandError as exc:
            raise KhronikaError("E_DB", path=where, detail=f"unknown schema version ({exc}); "
                                "was it written by a newer khronika?") from None


def check_head(engine: Engine, where: str) -> None:
    """For a reader that never migrates: ``E_DB`` unless the database is a khronika store at head."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        detail = foreign_tables(tables) or (None if tables else "it is empty; run `khronika ingest` first")
        if detail:
            raise KhronikaError("E_DB", path=where, detail=detail)
        found, head = MigrationContext.configure(connection).get_current_revision(), head_revision()
    if found != head:
        raise KhronikaError("E_DB_SCHEMA", path=where, found=found, head=head)
