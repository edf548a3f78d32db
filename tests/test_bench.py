"""``khronika bench``: one run prints every measure (never a timed assertion), and the synthetic
stores it measures with are real stores."""
import json

import pytest
from typer.testing import CliRunner

from khronika.bench import KEYS, corpus_texts
from khronika.cli import app
from khronika.ingest import cross_document
from khronika.store import Store
from khronika.synthetic import documents, fill
from tests.conftest import SEEDS


def test_bench_corpus_copies_are_new_documents():
    texts = corpus_texts(12, [SEEDS])
    assert len(texts) == 12 and len(set(texts)) == 12
    assert texts[:5] == corpus_texts(5, [SEEDS])


def test_synthetic_store_is_indexed_and_takes_new_documents(tmp_path):
    with Store(tmp_path / "s.db") as store:
        fill(store, 300)
        counts = store.counts()
        assert counts["documents"] == 300 and counts["events"] == 300 and store.count_event_keys() >= 500
        new = list(documents(10, seed=3, tag="n", pool=75))
        store.save_many(new)
        cross_document(store, {d.id for d in new})
        assert store.counts()["documents"] == 310


@pytest.mark.slow
def test_bench_prints_every_key_as_json():
    result = CliRunner().invoke(app, ["bench", "--docs", "4", "--texts", str(SEEDS), "--store-docs", "40,80",
                                      "--new-docs", "3", "--rss-docs", "3,6", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert list(data) == list(KEYS)
    assert data["docs"] == 4 and data["ratio_to_natasha"] > 0 and data["workers_speedup"] > 0
    assert min(data["cold_start_s"], data["cold_start_cpu_s"], data["cold_start_first_s"]) > 0
    assert {"annotate", "store", "cross_document"} <= set(data["stage_seconds"])
    assert (data["rss_small_docs"], data["rss_large_docs"]) == (3, 6) and data["rss_mb_large"] > 0


def test_memory_is_read_after_whole_ingests_of_short_documents(tmp_path):
    """``rss_after``: the whole ingest of the first count, memory read, then on to the second, into one store."""
    from khronika.bench import rss_after, short_texts

    assert len(set(short_texts(50))) == 50
    calls = []

    def pipeline(doc):
        calls.append(doc.path)
        return doc.replace(sentences=())

    out = rss_after((3, 7), pipeline, tmp_path)
    assert len(calls) == 7 and out["rss_mb_small"] > 0 and out["rss_growth"] > -1
    with Store(tmp_path / "rss.db") as store:
        assert store.counts()["documents"] == 7


def test_new_documents_go_into_fresh_copies_of_stores_built_once(tmp_path):
    """The store-size measure: each store built once, every round on a fresh copy of it (the built
    store keeps its documents), medians reported."""
    from khronika.bench import into_stores

    out = into_stores((30, 60), 3, tmp_path, rounds=3)
    assert set(out) == {"new_into_small_s", "new_into_large_s", "store_size_ratio", "store_size_ratio_cpu"}
    assert out["store_size_ratio"] > 0 and out["store_size_ratio_cpu"] > 0
    for size in (30, 60):
        with Store(tmp_path / f"store{size}.db") as store:
            assert store.counts()["documents"] == size
    assert not list(tmp_path.glob("copy*"))
