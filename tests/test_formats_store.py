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
