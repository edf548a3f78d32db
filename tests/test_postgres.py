"""The PostgreSQL store: the same schema through the same migrations, and the same export as the
SQLite store (a real server: ``pg_server`` in conftest.py)."""
import json

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from khronika.cli import app
from khronika.store import Store
from tests.conftest import SEEDS, SHARED, shared_or_skip
from tests.test_fusion_incremental import corpus, ingest_batches

DEV_KEY = SHARED / "gold" / "dev-diplomacy.json"
DEV_TEXTS = SHARED / "data"
FTS5_SHADOW = "search_lemmas_"  # SQLite's own tables behind the FTS5 search index (PostgreSQL has one table)


def columns(url: str) -> dict[str, list[str]]:
    if url.startswith("postgresql://"):
        url = make_url(url).set(drivername="postgresql+psycopg")
    engine = create_engine(url)
    try:
        found = inspect(engine)
        tables = [t for t in sorted(found.get_table_names()) if not t.startswith(FTS5_SHADOW)]
        return {t: sorted(c["name"] for c in found.get_columns(t)) for t in tables}
    finally:
        engine.dispose()


def test_postgres_migrations_make_the_tables_and_columns_of_sqlite(pg_url, tmp_path):
    Store.from_url(pg_url).close()
    Store(tmp_path / "k.db").close()
    assert columns(pg_url) == columns(f"sqlite:///{tmp_path / 'k.db'}")


def test_postgres_store_exports_what_sqlite_exports_and_fuses_incrementally(pg_url, tmp_path):
    docs = corpus()
    batches = [[docs[k] for k in part] for part in ("acg", "bdef")]
    with Store.from_url(pg_url) as pg, Store(tmp_path / "k.db") as lite:
        assert ingest_batches(pg, batches) == ingest_batches(lite, batches)


def test_postgres_store_unreachable_is_one_line_naming_it():
    result = CliRunner().invoke(app, ["show", "--db", "postgresql://nobody@/nowhere?host=/nonexistent"])
    assert result.exit_code == 1 and "cannot reach the store postgresql://nobody@" in result.output, result.output


def cli_export(db: str, paths: list[str], out) -> list[str]:
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", *paths, "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["ingest", *paths, "--db", db, "-q"])  # idempotent on either store
    assert again.exit_code == 0 and " 0 added, 0 replaced" in again.output, again.output
    assert runner.invoke(app, ["export", "--db", db, "-o", str(out)]).exit_code == 0
    return out.read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_postgres_export_equals_sqlite_export_on_the_seeds(pg_url, tmp_path):
    paths = [str(SEEDS)]
    lite = cli_export(str(tmp_path / "k.db"), paths, tmp_path / "lite.jsonl")
    assert cli_export(pg_url, paths, tmp_path / "pg.jsonl") == lite
    assert sum(json.loads(line)["kind"] == "event" for line in lite) > 10


@pytest.mark.slow
def test_postgres_export_equals_sqlite_export_on_the_dev_key_texts(pg_url, tmp_path):
    shared_or_skip(DEV_KEY, "the dev key")
    paths = [str(DEV_TEXTS / d["file"]) for d in json.loads(DEV_KEY.read_text(encoding="utf-8"))["documents"]]
    lite = cli_export(str(tmp_path / "k.db"), paths, tmp_path / "lite.jsonl")
    assert cli_export(pg_url, paths, tmp_path / "pg.jsonl") == lite


def test_postgres_store_made_from_the_schema_equals_one_made_by_the_migrations(pg_url):
    """A new PostgreSQL store is made straight from the schema too (``schema.create``): the same tables,
    columns, keys and indexes (the GIN index of the search table included) as the migrations make."""
    from alembic import command
    from sqlalchemy import text

    from khronika.store.engine import open_engine
    from khronika.store.migrate import alembic_config
    from tests.test_store_schema import schema_of

    url = make_url(pg_url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)

    def indexes() -> list:
        engine = create_engine(url)
        with engine.connect() as conn:
            found = sorted(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")))
        engine.dispose()
        return found

    engine = open_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    migrated, migrated_indexes = schema_of(url), indexes()
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    Store.from_url(pg_url).close()
    assert schema_of(url) == migrated
    assert indexes() == migrated_indexes
