"""Resumable to the end (issue 13, item 2): a run killed after its last document was saved but before
resolution and fusion is finished by the next run, even when that one finds every document unchanged."""
from __future__ import annotations

import io
import sqlite3

import pytest

import khronika.ingest as ingest_module
from khronika.export import write_jsonl
from khronika.ingest import ingest
from khronika.store import Store

from .conftest import SEEDS
from .test_hostile_input import GOOD, Verbatim


class Killed(Exception):
    """Stands for SIGKILL between the last save and the end of the cross-document stage."""


def _kill_in_resolution(monkeypatch):
    """The cross-document stage (resolution, then fusion) dies as it starts."""
    def resolve(*args, **kwargs):
        raise Killed

    monkeypatch.setattr(ingest_module, "resolve_store", resolve)


def _count_fusions(monkeypatch) -> list[str]:
    """Resolution and fusion record that they ran."""
    calls: list[str] = []
    monkeypatch.setattr(ingest_module, "resolve_store", lambda *a, **k: calls.append("resolve"))
    monkeypatch.setattr(ingest_module, "fuse_store", lambda *a, **k: calls.append("fuse"))
    return calls


def test_a_run_killed_before_resolution_and_fusion_is_finished_by_the_next(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "k.db"
    with Store(db) as store:
        _kill_in_resolution(monkeypatch)
        with pytest.raises(Killed):
            ingest([str(tmp_path / "a.txt")], store, Verbatim)
        assert store.counts()["documents"] == 1 and len(store.pending_runs()) == 1
    with Store(db) as store:  # the next run: everything unchanged, the cross-document stage still runs
        calls = _count_fusions(monkeypatch)
        report = ingest([str(tmp_path / "a.txt")], store, Verbatim)
        assert (report.counts["unchanged"], report.resumed, calls) == (1, 1, ["resolve", "fuse"])
        assert store.pending_runs() == []
        again = ingest([str(tmp_path / "a.txt")], store, Verbatim)  # and once done, never again
        assert (again.resumed, calls) == (0, ["resolve", "fuse"])


def test_a_run_with_nothing_new_leaves_nothing_pending(tmp_path, monkeypatch):
    calls = _count_fusions(monkeypatch)
    with Store.in_memory() as store:
        report = ingest([str(tmp_path / "missing.txt")], store, Verbatim)
        assert (report.counts["skipped"], calls, store.pending_runs()) == (1, [], [])


def test_an_older_store_with_an_unfinished_run_is_pending_after_the_upgrade(tmp_path):
    from alembic import command

    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    db = tmp_path / "old.db"
    engine = open_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0007")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO runs (started_at, finished_at) VALUES ('2025-01-01', '2025-01-01')")
        conn.execute("INSERT INTO runs (started_at) VALUES ('2025-01-02')")
    with Store(db) as store:
        assert store.pending_runs() == [2]


@pytest.mark.slow
def test_interrupted_then_resumed_exports_as_an_uninterrupted_run(tmp_path, monkeypatch, pipeline):
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:4]]

    def export(store) -> str:
        out = io.StringIO()
        write_jsonl(store, out)
        return out.getvalue()

    with Store(tmp_path / "whole.db") as store:
        ingest(seeds, store, lambda: pipeline)
        whole = export(store)
    real_resolve = ingest_module.resolve_store
    with Store(tmp_path / "cut.db") as store:
        _kill_in_resolution(monkeypatch)
        with pytest.raises(Killed):
            ingest(seeds, store, lambda: pipeline)
        assert export(store) != whole  # neither resolved nor fused
        monkeypatch.setattr(ingest_module, "resolve_store", real_resolve)
        report = ingest(seeds, store, lambda: pipeline)
        assert (report.counts["unchanged"], report.resumed) == (len(seeds), 1)
        assert export(store) == whole


def test_a_full_disk_stops_the_run_with_one_line_and_the_rerun_resumes(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from khronika.errors import KhronikaError

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"{GOOD} Встреча номер {i}.", encoding="utf-8")
    db = tmp_path / "k.db"
    with Store(db) as store:
        real_save_many = store.save_many

        def save_many(docs, *where, **options):  # the third document no longer fits, nor any batch holding it
            if any(d.path.endswith("2.txt") for d in docs):
                raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
            return real_save_many(docs, *where, **options)

        monkeypatch.setattr(store, "save_many", save_many)
        with pytest.raises(KhronikaError) as stopped:
            ingest([str(folder)], store, Verbatim)
        assert stopped.value.code == "E_WRITE"
        assert "(database or disk is full); 2 new or changed document(s) of this run were stored" in str(stopped.value)
        assert store.counts()["documents"] == 2
    with Store(db) as store:  # space freed: the re-run stores the rest and finishes the cross-document stage
        report = ingest([str(folder)], store, Verbatim)
        assert (report.counts["added"], report.counts["unchanged"], store.pending_runs()) == (1, 2, [])


def test_documents_stored_in_batches_export_as_stored_one_by_one(tmp_path, monkeypatch, pipeline):
    """``SAVE_DOCS`` documents go into one transaction: the store, the run's counts and the export are those
    of saving one document after another, a content under two paths and an unchanged file included."""
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [f"{GOOD} Встреча номер {i}." for i in range(4)] + [f"{GOOD} Встреча номер 1."]
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")

    def run(batch: int, db: str) -> tuple:
        monkeypatch.setattr(ingest_module, "SAVE_DOCS", batch)
        with Store(tmp_path / db) as store:
            ingest([str(folder / "0.txt")], store, lambda: pipeline)
            report = ingest([str(folder)], store, lambda: pipeline)
            out = io.StringIO()
            write_jsonl(store, out)
            return dict(report.counts), out.getvalue().replace(str(tmp_path / db), "")

    one, batched = run(1, "one.db"), run(3, "three.db")
    assert one == batched and one[0] == {"added": 3, "unchanged": 2}
