"""Schema migrations with Alembic, run in code: no alembic.ini, the scripts ship in the package.

A new migration is a file ``migrations/versions/NNNN_name.py`` with ``revision = "NNNN"`` and
``down_revision`` naming the previous one, written with ``alembic.op`` (see 0001_initial.py), with its
change to ``models.py`` and ``schema.HEAD`` set to its revision.

A new, empty database is made straight from the schema (``schema.py``) and a store at ``HEAD`` is
opened without Alembic (not even imported: a quicker start); only an older store runs migrations.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ..errors import KhronikaError
from . import schema

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "khronika.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the package's migrations, bound to ``connection`` if given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision of the migrations (Alembic's head; ``schema.HEAD`` is the same)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def foreign_tables(tables: set[str], revisions: list[str] | None = None) -> str | None:
    """Why a database with these tables (and these Alembic revisions, when read) is not khronika's,
    or ``None`` when it may be: other tables and no schema version, an empty schema version beside
    other tables, or a schema version that is no khronika's (``0001``…, a newer khronika's too)."""
    if tables and "alembic_version" not in tables:
        return f"it holds other tables ({', '.join(sorted(tables)[:5])})"
    if revisions is None:
        return None
    others = sorted(tables - {"alembic_version"})
    if not revisions and others:
        return f"its schema version is empty but it holds tables ({', '.join(others[:5])})"
    foreign = [r for r in revisions if not re.fullmatch(r"\d{4}", r) and r not in known_revisions()]
    if foreign:
        return f"it is another application's database (schema version {foreign[0]!r})"
    return None


def _revisions(connection: Connection, tables: set[str]) -> list[str] | None:
    """The revisions in ``alembic_version``; ``None`` when there is no such table."""
    if "alembic_version" not in tables:
        return None
    return list(connection.scalars(text("SELECT version_num FROM alembic_version")))


def upgrade(engine: Engine, where: str) -> None:
    """Bring the database to head in one transaction: an empty one is made from the schema
    (``schema.create``), one at head is left as it is, an older one is migrated.  A database with
    tables but none of khronika's, or at a revision this khronika does not know, raises ``E_DB``
    untouched."""
    with engine.begin() as connection:
        tables = set(inspect(connection).get_table_names())
        revisions = _revisions(connection, tables)
        detail = foreign_tables(tables, revisions)
        if detail:
            raise KhronikaError("E_DB", path=where, detail=detail)
        if not tables:
            schema.create(connection)
            return
        if revisions == [schema.HEAD]:
            return
        from alembic import command
        from alembic.util import CommandError

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
        revisions = _revisions(connection, tables) or []
    found, head = (revisions[0] if len(revisions) == 1 else None), schema.HEAD
    if found != head:
        raise KhronikaError("E_DB_SCHEMA", path=where, found=found, head=head)
