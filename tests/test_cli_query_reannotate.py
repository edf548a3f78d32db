"""The store records the version of khronika that annotated each document (migration 0013): an ingest
re-annotates an unchanged document an older version stored, and ``--force`` re-annotates every one."""
from __future__ import annotations

import sqlite3

import khronika
from khronika.ingest import ingest
from khronika.store import Store

from .test_hostile_input import GOOD, Verbatim


def _versions(db) -> list:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT khronika_version FROM documents")]


def test_each_document_records_the_version_that_annotated_it(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "k.db"
    with Store(db) as store:
        ingest([str(tmp_path / "a.txt")], store, Verbatim)
    assert _versions(db) == [khronika.__version__]


def test_an_unchanged_document_an_older_khronika_stored_is_annotated_again(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "k.db"
    monkeypatch.setattr(khronika, "__version__", "0.0.1")
    with Store(db) as store:
        ingest([str(tmp_path / "a.txt")], store, Verbatim)
    monkeypatch.undo()
    with Store(db) as store:
        assert store.status(str(tmp_path / "a.txt"), store.documents()[0]["content_hash"]) == "stale"
        report = ingest([str(tmp_path / "a.txt")], store, Verbatim)
        assert (report.counts["replaced"], report.reannotated) == (1, 1)
        assert store.counts()["documents"] == 1
        again = ingest([str(tmp_path / "a.txt")], store, Verbatim)  # now this version's: left alone
        assert (again.counts["unchanged"], again.reannotated) == (1, 0)
    assert _versions(db) == [khronika.__version__]


def test_force_annotates_again_what_this_version_stored(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "k.db"
    with Store(db) as store:
        ingest([str(tmp_path / "a.txt")], store, Verbatim)
        report = ingest([str(tmp_path / "a.txt")], store, Verbatim, force=True)
        assert (report.counts["replaced"], report.reannotated, store.counts()["documents"]) == (1, 1, 1)


def test_a_store_written_before_the_version_was_recorded_counts_as_older(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "k.db"
    with Store(db) as store:
        ingest([str(tmp_path / "a.txt")], store, Verbatim)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET khronika_version = NULL")
    with Store(db) as store:
        assert ingest([str(tmp_path / "a.txt")], store, Verbatim).reannotated == 1


def test_the_command_says_what_it_annotated_again(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import khronika.pipeline
    from khronika.cli import app

    monkeypatch.setattr(khronika.pipeline, "build_pipeline", lambda *a, **k: Verbatim())
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    assert "1 added" in runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q"]).output
    plain = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q"])
    assert "1 unchanged" in plain.output and "annotated again" not in plain.output
    forced = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q", "--force"])
    assert forced.exit_code == 0 and "1 replaced" in forced.output
    assert "annotated again 1 unchanged document(s) (--force)" in forced.output
