"""The store's schema: migrations (a fresh store, an older one, one of the previous revision with its
data, downgrade), and the columns of the fact tables named as the fields of their records."""
import json
import sqlite3

import pytest

from khronika.errors import KhronikaError
from khronika.records import PartialDate, Span
from khronika.store import Store
from khronika.store.migrate import head_revision

from .test_store import make_doc


def test_store_fresh_db_migrates_to_head(tmp_path):
    db = tmp_path / "new" / "k.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert {"documents", "entities", "document_entities", "mentions", "runs"} <= tables
    assert version == [(head_revision(),)]
    assert journal == "wal"


def test_store_rejects_an_unknown_schema_version(tmp_path):
    path = tmp_path / "k.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KhronikaError) as info:
        Store(path)
    assert info.value.code == "E_DB" and "newer khronika" in str(info.value)


def test_store_upgrades_a_store_of_an_older_schema(tmp_path):
    from alembic import command

    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    db = tmp_path / "old.db"
    engine = open_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    with Store(db) as store:
        assert store.counts()["roles"] == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]


@pytest.mark.parametrize("field", ["mentions", "roles", "events", "quotes", "stances"])
def test_store_fact_columns_are_named_as_the_record_fields(field, tmp_path):
    """A fact table has a column for each field of its record, under the field's name, and no column
    that holds no field (but ``doc`` and what only the store keeps): a renamed field cannot drift."""
    import dataclasses

    from khronika.store.rows import FACTS, ROW_ONLY

    record, model = FACTS[field]
    fields = {f.name for f in dataclasses.fields(record)}
    Store(tmp_path / "k.db").close()
    with sqlite3.connect(tmp_path / "k.db") as conn:
        migrated = {r[1] for r in conn.execute(f"PRAGMA table_info({model.__tablename__})")}
    assert migrated == {c.name for c in model.__table__.c}, "the migrations and models.py disagree"
    assert fields - migrated == set(), f"fields of {record.__name__} without a column"
    assert migrated - fields - ROW_ONLY == set(), f"columns of {model.__tablename__} that hold no field"


def _insert(conn, table: str, row: dict) -> None:
    names = ", ".join(f'"{k}"' for k in row)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})",
                 [json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for v in row.values()])


def test_store_upgrades_a_store_of_the_previous_revision_with_its_data(tmp_path):
    """A store written at 0005 (``end`` columns, ``more`` as pairs, ``name_en``) reads the same
    records at head; a downgrade gives the old shape back."""
    from alembic import command

    from khronika.records import Event, Participant, Quote, Role, Stance
    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    db = tmp_path / "old.db"
    engine = open_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0005")
    engine.dispose()
    doc = make_doc()
    with sqlite3.connect(db) as conn:
        _insert(conn, "documents", {
            "id": doc.id, "path": doc.path, "content_hash": doc.content_hash, "format": "txt", "title": doc.title,
            "source": "ТАСС", "url": None, "published": "2016-12-15", "published_precision": "day",
            "published_from": "dateline", "dateline_place": "Токио", "language": "ru", "text": doc.text,
            "raw": doc.raw, "removed": [{"start": 0, "stop": 5, "reason": "agency"}],
            "annotations": {"published": PartialDate(2016, 12, 15).to_json(), "done": ["raw"]},
            "ingested_at": "2024-01-01 00:00:00"})
        for e in doc.entities:
            _insert(conn, "entities", {"id": e.id, "type": e.type, "name": e.name, "name_en": None, "code": e.code,
                                       "country": e.country, "aliases": list(e.aliases), "titles": list(e.titles)})
            _insert(conn, "document_entities", {"doc": doc.id, "entity": e.id})
        for m in doc.mentions:
            _insert(conn, "mentions", {"doc": doc.id, "start": m.start, "end": m.stop, "text": m.text,
                                       "entity": m.entity, "type": m.type, "normal": m.normal, "title": m.title})
        _insert(conn, "roles", {"doc": doc.id, "person": "e:abe", "position": "премьер-министр", "of": "e:jp",
                                "person_start": 70, "person_end": 81, "position_start": 50, "position_end": 62,
                                "of_start": 63, "of_end": 69, "start": 0, "end": 81, "former": 0})
        _insert(conn, "events", {"id": "v:1", "doc": doc.id, "type": "CONSULT", "mode": "meet",
                                 "factuality": "occurred", "date": "2016-12", "date_precision": "month",
                                 "place": "e:jp", "participants": [{"entity": "e:putin", "role": "participant"}],
                                 "format": None, "round": None, "topics": ["Курилы"], "trigger": "встретился",
                                 "trigger_start": 25, "trigger_end": 35, "start": 0, "end": 40, "more": [[41, 60]],
                                 "grp": None})
        _insert(conn, "quotes", {"id": "q:1", "doc": doc.id, "speaker": "e:putin", "text": "Мы готовы",
                                 "direct": 1, "cue": "сказал", "start": 5, "end": 14, "evidence_start": 0,
                                 "evidence_end": 40})
        _insert(conn, "stances", {"doc": doc.id, "polarity": "converge", "holder": "e:putin", "other": "e:jp",
                                  "topic": None, "cue": None, "start": 0, "end": 40})
    with Store(db) as store:
        back = store.document(doc.id)
        assert [e["id"] for e in store.entities()] == ["e:abe", "e:jp", "e:putin"]
    assert back.mentions == doc.mentions and back.entities == doc.entities
    assert back.roles == (Role("e:abe", "премьер-министр", 70, 81, 50, 62, 0, 81, of="e:jp", of_start=63, of_stop=69),)
    assert back.events == (Event("v:1", "CONSULT", "встретился", 25, 35, 0, 40, mode="meet",
                                 date=PartialDate(2016, 12), place="e:jp", participants=(Participant("e:putin"),),
                                 topics=("Курилы",), more=(Span(41, 60, "same event"),)),)
    assert back.quotes == (Quote("q:1", "Мы готовы", 5, 14, 0, 40, speaker="e:putin", cue="сказал"),)
    assert back.stances == (Stance("converge", 0, 40, holder="e:putin", other="e:jp"),)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    engine = open_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute('SELECT person_end, "end" FROM roles').fetchall() == [(81, 81)]
        assert conn.execute("SELECT more FROM events").fetchall() == [("[[41, 60]]",)]
        assert "name_en" in {r[1] for r in conn.execute("PRAGMA table_info(entities)")}
    with Store(db) as store:
        assert store.document(doc.id) == back


@pytest.mark.parametrize("table", ["mentions", "roles", "events", "quotes", "stances", "document_entities"])
def test_store_rows_of_one_document_are_found_by_an_index(table, tmp_path):
    Store(tmp_path / "k.db").close()
    with sqlite3.connect(tmp_path / "k.db") as conn:
        plan = " ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE doc = 'd:1'"))
    assert plan.startswith("SEARCH") and "INDEX" in plan, plan


def schema_of(url: str) -> dict:
    """Everything a database's schema says of each table: columns in order with type, nullability,
    default and key; primary, foreign and unique keys; indexes (SQLite's FTS5 shadow tables left out,
    the search index compared by its SQL in ``sqlite_objects``)."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    try:
        found = inspect(engine)
        out = {}
        for table in sorted(t for t in found.get_table_names() if not t.startswith("search_lemmas_")):
            out[table] = {
                "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default")), c.get("primary_key"))
                            for c in found.get_columns(table)],
                "pk": found.get_pk_constraint(table),
                "fks": sorted(map(repr, found.get_foreign_keys(table))),
                "unique": sorted(map(repr, found.get_unique_constraints(table))),
                "indexes": sorted(map(repr, found.get_indexes(table))),
            }
        return out
    finally:
        engine.dispose()


def sqlite_objects(path) -> list[tuple]:
    """SQLite's own list of tables and indexes, with the SQL of the search index and of every index."""
    with sqlite3.connect(path) as conn:
        return sorted((kind, name, table, sql if kind == "index" or name == "search_lemmas" else None)
                      for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def migrated_store(path) -> None:
    """A new store made the old way: every migration replayed."""
    from alembic import command

    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    engine = open_engine(sqlite_url(path))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()


def test_store_made_from_the_schema_equals_one_made_by_the_migrations(tmp_path):
    """A new store is made straight from ``models.py`` (``schema.create``), not by replaying the migrations:
    the two must be one schema, and ``schema.HEAD`` Alembic's head."""
    from khronika.store.schema import HEAD

    migrated_store(tmp_path / "migrated.db")
    Store(tmp_path / "new.db").close()
    assert HEAD == head_revision(), "a new migration: set schema.HEAD and change models.py with it"
    migrated, new = (schema_of(f"sqlite:///{tmp_path / name}") for name in ("migrated.db", "new.db"))
    assert migrated.keys() == new.keys()
    for table in migrated:
        assert migrated[table] == new[table], table
    assert sqlite_objects(tmp_path / "migrated.db") == sqlite_objects(tmp_path / "new.db")
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]


def test_store_at_head_opens_without_alembic_and_an_older_one_still_migrates(tmp_path):
    """Opening a new store or one at head needs no migration (Alembic is not even imported: a quicker
    start); a store one revision behind is migrated, and its data kept."""
    import subprocess
    import sys

    from alembic import command

    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    code = ("import sys; from khronika.store import Store; Store(sys.argv[1]).close(); "
            "Store(sys.argv[1], read_only=True).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "k.db")], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
    db = tmp_path / "old.db"
    engine = open_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "-1")
    engine.dispose()
    with Store(db) as store:
        store.save(make_doc())
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1
    assert sqlite_objects(db) == sqlite_objects(tmp_path / "k.db")


def test_store_connections_sync_the_wal_at_checkpoints_only(tmp_path):
    with Store(tmp_path / "k.db") as store, store._read() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_store_upgrade_to_new_fusion_keys_empties_the_index_for_the_next_ingest_to_rebuild(tmp_path):
    """An index built by older key rules lacks the keys new reports are looked up by: the migration that brings
    new keys empties it, and ``fuse_store`` then recomputes the whole store once (it does when the index is empty)."""
    from alembic import command

    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    db = tmp_path / "old.db"
    with Store(db) as store:
        doc = make_doc()
        store.save(doc)
        store.set_event_keys({"v:one": (doc.id, frozenset({"CONSULT|p:vlk"}))})
        assert store.has_event_keys()
    engine = open_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0018")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM event_keys").fetchone() == (1,)
    with Store(db) as store:
        assert not store.has_event_keys() and store.counts()["documents"] == 1
