"""Formats are read from what each ingest recorded of its documents (``format_mentions``): export
and ``formats`` read no document again, and give what reading every document gives."""
import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from khronika.cli import app
from khronika.formats import build_formats
from khronika.store import Store
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


def test_formats_come_from_the_store_and_equal_a_reading_of_every_document(tmp_path, monkeypatch):
    db = tmp_path / "k.db"
    for path in sorted(SEEDS.glob("*.txt"))[:3]:  # three ingests: each records only its own documents
        assert CliRunner().invoke(app, ["ingest", str(path), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        kept = store.format_mentions()
        assert kept is not None and len(kept) == 3 and any(m["mentions"] for m in kept)
        with monkeypatch.context() as m:
            m.setattr(store, "document", lambda _id: pytest.fail("a document was read again"))
            from_store = build_formats(store)
        assert from_store
        with store._engine.begin() as conn:  # a store made before the table: read document by document
            conn.execute(text("DELETE FROM format_mentions"))
        assert store.format_mentions() is None
        assert build_formats(store) == from_store


def test_formats_a_round_told_as_the_previous_one_a_few_sentences_on_is_the_format_s(tmp_path):
    doc = tmp_path / "talks.txt"
    doc.write_text("ЖЕНЕВА, 4 октября 2023. /ТАСС/. Делегации Армении и Азербайджана провели в Женеве "
                   "переговоры в рамках Минской группы ОБСЕ. Обсуждались вопросы разминирования. "
                   "Стороны обменялись документами. Предыдущий раунд состоялся в июле.", encoding="utf-8")
    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        formats = build_formats(store)
    history = [h for f in formats if "Минская группа" in f["name"] for h in f["history"]]
    assert "2023-07" in {h["date"] for h in history}, history


def test_documents_not_read_for_formats_are_listed_less_the_known_ones(tmp_path):
    from khronika import synthetic

    with Store(tmp_path / "s.db") as store:
        docs = list(synthetic.documents(6, seed=3, tag="f"))
        store.save_many(docs)
        ids = sorted(d.id for d in docs)
        assert sorted(store.documents_without_format_mentions()) == ids
        assert store.documents_without_format_mentions(ids) == []  # the counts tell: no scan
        store.set_format_mentions([{"doc": d, "mentions": []} for d in ids[:2]])
        assert store.documents_without_format_mentions(ids[2:]) == []
        assert sorted(store.documents_without_format_mentions(ids[3:])) == [ids[2]]
