"""Document identity (issue 13, item 5): a document is the current content of its normalised path.
Overwritten, re-pathed (relative vs absolute), swapped and copied files; files that vanished from a folder
ingested again, reported and pruned with everything derived from them; stdin and JSON Lines records; an
older store's rows adopted.  Texts written for these tests; a pipeline without models (``Verbatim``)."""
from __future__ import annotations

import io
import json
import os
import sqlite3

from typer.testing import CliRunner

from khronika.cli import app
from khronika.export import write_jsonl
from khronika.ingest import cross_document, ingest
from khronika.store import Store

from .test_fusion_incremental import corpus, ingest_batches
from .test_hostile_input import Verbatim

ONE = "Министры иностранных дел Норвегии и Финляндии встретились в Осло и обсудили Арктику."
TWO = "Президент Чили прибыл с визитом в Аргентину, где подписал соглашение о торговле."
THREE = "Посол Канады был вызван в МИД Индии, где ему вручили ноту протеста."


def _docs(store: Store) -> dict[str, str]:
    """Each document's shown path → its text."""
    return {d["path"]: d["text"] for d in store.documents()}


def _run(paths, store, **kwargs):
    return ingest([str(p) for p in paths], store, Verbatim, **kwargs)


def test_an_overwritten_file_replaces_its_document(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ONE, encoding="utf-8")
    with Store.in_memory() as store:
        _run([a], store)
        a.write_text(TWO, encoding="utf-8")
        report = _run([a], store)
        assert (report.counts["replaced"], _docs(store)) == (1, {str(a): TWO})


def test_a_file_overwritten_with_another_files_content_takes_that_content(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ONE, encoding="utf-8")
    b.write_text(TWO, encoding="utf-8")
    with Store.in_memory() as store:
        _run([a, b], store)
        a.write_text(TWO, encoding="utf-8")  # a copy of b now: one document, two paths
        report = _run([a, b], store)
        assert report.counts["replaced"] == 1
        assert [d["text"] for d in store.documents()] == [TWO]
        doc = store.documents()[0]["id"]
        assert store.paths_of(doc) == sorted([str(a), str(b)])
        assert ONE not in store.document_text(doc)


def test_relative_and_absolute_paths_are_one_document(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with Store.in_memory() as store:
        _run(["a.txt"], store)
        assert _run(["./a.txt"], store).counts["unchanged"] == 1
        (tmp_path / "a.txt").write_text(TWO, encoding="utf-8")
        report = _run([str(tmp_path / "a.txt")], store)  # changed, given by its absolute path
        assert (report.counts["replaced"], report.counts["added"]) == (1, 0)
        assert list(_docs(store).values()) == [TWO]


def test_swapped_files_each_end_as_the_content_of_their_path(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ONE, encoding="utf-8")
    b.write_text(TWO, encoding="utf-8")
    with Store.in_memory() as store:
        _run([tmp_path], store)
        a.write_text(TWO, encoding="utf-8")
        b.write_text(ONE, encoding="utf-8")
        report = _run([tmp_path], store)
        assert report.counts["added"] + report.counts["unchanged"] == 0
        assert _docs(store) == {str(a): TWO, str(b): ONE}
        again = _run([tmp_path], store)  # idempotent
        assert (again.counts["unchanged"], _docs(store)) == (2, {str(a): TWO, str(b): ONE})


def test_the_same_content_under_two_paths_is_one_document(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "copy" / "a.txt"
    b.parent.mkdir()
    a.write_text(ONE, encoding="utf-8")
    b.write_text(ONE, encoding="utf-8")
    with Store.in_memory() as store:
        report = _run([a, b], store)
        assert (report.counts["added"], report.counts["unchanged"], store.counts()["documents"]) == (1, 1, 1)
        b.write_text(TWO, encoding="utf-8")  # the copy changes: a keeps its document
        _run([a, b], store)
        assert _docs(store) == {str(a): ONE, str(b): TWO}


def test_vanished_files_are_reported_then_pruned_with_what_derives_from_them(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in (("a.txt", ONE), ("b.txt", TWO), ("c.txt", THREE)):
        (folder / name).write_text(text, encoding="utf-8")
    with Store.in_memory() as store:
        _run([folder], store)
        (folder / "b.txt").unlink()
        (folder / "c.txt").rename(folder / "d.txt")  # renamed: its document stays, under its new path
        report = _run([folder], store)
        assert report.gone == [str(folder / "b.txt"), str(folder / "c.txt")]
        assert store.counts()["documents"] == 3  # reported, kept
        assert _run([folder / "a.txt"], store).gone == []  # a file given alone: no folder to compare
        pruned = _run([folder], store, prune=True)
        assert (pruned.removed, pruned.pruned) == (1, [str(folder / "b.txt"), str(folder / "c.txt")])
        assert _docs(store) == {str(folder / "a.txt"): ONE, str(folder / "d.txt"): THREE}
        assert "b.txt" not in json.dumps(store.documents(), default=str) and store.search("Чили")[0] == 0
        assert _run([folder], store, prune=True).removed == 0  # idempotent


def test_cli_reports_gone_files_and_prunes_them(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ONE, encoding="utf-8")
    (folder / "b.txt").write_text(TWO, encoding="utf-8")
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(folder), "--db", db, "-q"]).exit_code == 0
    (folder / "b.txt").unlink()
    kept = runner.invoke(app, ["ingest", str(folder), "--db", db, "-q"])
    assert kept.exit_code == 0 and "1 documents' files are gone" in kept.output and "--prune" in kept.output
    pruned = runner.invoke(app, ["ingest", str(folder), "--db", db, "-q", "--prune"])
    assert pruned.exit_code == 0 and "1 documents removed" in pruned.output, pruned.output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_jsonl_records_keep_their_names_and_vanished_lines_are_reported(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (ONE, TWO, THREE)), "utf-8")
    with Store.in_memory() as store:
        _run([feed], store)
        assert sorted(_docs(store)) == [f"{feed}:1", f"{feed}:2", f"{feed}:3"]
        feed.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (ONE, THREE)), "utf-8")
        report = _run([feed], store)  # line 2 is what line 3 was; line 3 is no more
        assert report.gone == [f"{feed}:3"]
        _run([feed], store, prune=True)
        assert _docs(store) == {f"{feed}:1": ONE, f"{feed}:2": THREE}


def test_stdin_is_one_path_that_its_latest_text_replaces(tmp_path):
    with Store.in_memory() as store:
        ingest(["-"], store, Verbatim, stdin=io.BytesIO(ONE.encode()))
        assert ingest(["-"], store, Verbatim, stdin=io.BytesIO(ONE.encode())).counts["unchanged"] == 1
        ingest(["-"], store, Verbatim, stdin=io.BytesIO(TWO.encode()))
        assert _docs(store) == {"<stdin>": TWO}


def test_an_older_stores_relative_paths_are_adopted(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "k.db"
    with Store(db) as store:
        _run(["a.txt"], store)
    with sqlite3.connect(db) as conn:  # as migration 0013 leaves a store: keyed by the path as given
        conn.execute("UPDATE document_paths SET key = shown, file = NULL")
    with Store(db) as store:
        (tmp_path / "a.txt").write_text(TWO, encoding="utf-8")
        report = _run(["a.txt"], store)
        assert (report.counts["replaced"], _docs(store)) == (1, {"a.txt": TWO})
        key = os.path.realpath(tmp_path / "a.txt")
        assert store.points_to(key) == store.documents()[0]["id"]


def test_a_removed_documents_events_leave_their_groups(tmp_path):
    docs = corpus()
    store = Store(tmp_path / "k.db")
    ingest_batches(store, [[docs["a"], docs["b"], docs["f"], docs["g"]]])
    assert {e["doc"][-1]: e["grp"] for e in store.events()} == {"a": "v:a", "b": "v:a", "f": None}
    assert store.forget([docs["a"].path]) == [docs["a"].id]
    cross_document(store, set(), replaced=True)
    assert [e["grp"] for e in store.events()] == [None, None]
    fresh = Store(tmp_path / "fresh.db")
    assert ingest_batches(fresh, [[docs["b"], docs["f"], docs["g"]]]) == ingest_batches(store, [])


def test_export_after_replacements_equals_a_fresh_ingest(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ONE, encoding="utf-8")
    b.write_text(TWO, encoding="utf-8")
    with Store.in_memory() as store, Store.in_memory() as fresh:
        _run([tmp_path], store)
        a.write_text(THREE, encoding="utf-8")
        b.write_text(ONE, encoding="utf-8")
        _run([tmp_path], store)
        _run([tmp_path], fresh)
        out, expected = io.StringIO(), io.StringIO()
        write_jsonl(store, out)
        write_jsonl(fresh, expected)
        assert out.getvalue() == expected.getvalue()


def test_a_file_given_alone_then_hidden_in_its_folder_is_not_gone(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ONE, encoding="utf-8")
    (folder / ".draft.txt").write_text(TWO, encoding="utf-8")
    with Store.in_memory() as store:
        _run([folder, folder / ".draft.txt"], store)
        report = _run([folder], store)  # the folder's walk skips hidden files: the draft is still there
        assert (report.gone, store.counts()["documents"]) == ([], 2)


class Prepared:
    """A pipeline that gives a file ``K|…`` the annotations of the document ``K`` of the fusion tests' corpus
    (its meeting, persons and offices), keeping the file's identity."""

    def __init__(self):
        self.docs = corpus()

    def __call__(self, doc):
        ready = self.docs[doc.raw.split("|", 1)[0]]
        return ready.replace(id=doc.id, path=doc.path, raw=doc.raw, content_hash=doc.content_hash)

    def redate(self, doc):
        return doc


def test_pruning_a_vanished_report_takes_its_event_out_of_its_group_as_a_fresh_ingest_would(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for key in "abfg":
        (folder / f"{key}.txt").write_text(f"{key}|{corpus()[key].text}", encoding="utf-8")
    with Store(tmp_path / "k.db") as store, Store(tmp_path / "fresh.db") as fresh:
        ingest([str(folder)], store, Prepared)
        groups = {e["id"]: e["grp"] for e in store.events()}
        assert groups["v:a"] == groups["v:b"] is not None
        (folder / "a.txt").unlink()
        report = ingest([str(folder)], store, Prepared, prune=True)
        assert (report.removed, store.pending_runs()) == (1, [])
        assert [e["grp"] for e in store.events()] == [None, None]
        ingest([str(folder)], fresh, Prepared)
        out, expected = io.StringIO(), io.StringIO()
        write_jsonl(store, out)
        write_jsonl(fresh, expected)
        assert out.getvalue() == expected.getvalue()


def test_swaps_copies_and_pruning_in_postgresql_as_in_sqlite(pg_url, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    exports = []
    for store in (Store.from_url(pg_url), Store(tmp_path / "k.db")):
        (folder / "d.txt").unlink(missing_ok=True)
        for name, text in (("a.txt", ONE), ("b.txt", TWO), ("c.txt", THREE)):
            (folder / name).write_text(text, encoding="utf-8")
        with store:
            _run([folder], store)
            (folder / "a.txt").write_text(TWO, encoding="utf-8")
            (folder / "b.txt").write_text(ONE, encoding="utf-8")
            (folder / "c.txt").unlink()
            (folder / "d.txt").write_text(ONE, encoding="utf-8")
            report = _run([folder], store, prune=True)
            assert (report.removed, store.paths_of(store.points_to(str(folder / "d.txt")))) == (
                1, [str(folder / "b.txt"), str(folder / "d.txt")])
            out = io.StringIO()
            write_jsonl(store, out)
            exports.append(out.getvalue())
    assert exports[0] == exports[1]
