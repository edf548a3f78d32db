"""``ingest --workers N``: the per-document stages on N processes, the store written by one, and
the same chronicle as one process makes."""
import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.errors import KhronikaError
from khronika.records import Document, Source
from khronika.workers import Failed, annotate
from tests.conftest import SEEDS


class Upper:
    """A pipeline of one stage: the text in capitals; a text saying "плохо" is refused."""

    def __call__(self, doc: Document) -> Document:
        if "плохо" in doc.raw:
            raise KhronikaError("E_STAGE_RETURN", stage="upper", got="nothing")
        return doc.replace(text=doc.raw.upper())


def upper_factory():
    return Upper()


def docs(n: int) -> list:
    texts = [f"текст номер {i}" if i % 5 else f"плохо {i}" for i in range(n)]
    return [Document.from_source(Source(path=f"{i}.txt", text=t)) for i, t in enumerate(texts)]


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_give_the_documents_back_in_order_with_refusals_in_place(workers):
    items = docs(23)
    items.insert(3, "not a document")  # anything else passes through, in place
    out = list(annotate(items, upper_factory, workers))
    assert len(out) == 24 and out[3] == "not a document"
    got = [x for x in out if x != "not a document"]
    assert [isinstance(x, Failed) for x in got] == [i % 5 == 0 for i in range(23)]
    assert [x.path for x in got] == [f"{i}.txt" for i in range(23)]
    assert [x.text for x in got if isinstance(x, Document)] == [f"ТЕКСТ НОМЕР {i}" for i in range(23) if i % 5]


def test_a_worker_gives_back_the_very_document_the_pipeline_makes_in_process():
    """Documents come back from a worker process pickled: equal, field for field, to what the pipeline makes
    in this process (the calling process no longer rebuilds them from JSON)."""
    items = [d for d in docs(9) if "плохо" not in d.raw]
    here = [Upper()(d) for d in items]
    there = list(annotate(items, upper_factory, 2))
    assert there == here and all(type(x) is Document for x in there)


@pytest.mark.slow
def test_ingest_on_two_workers_stores_what_one_process_stores(tmp_path):
    runner = CliRunner()
    exports = []
    for workers in (1, 2):
        db, out = tmp_path / f"{workers}.db", tmp_path / f"{workers}.jsonl"
        result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db), "-q", "--workers", str(workers)])
        assert result.exit_code == 0, result.output
        assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
        exports.append(out.read_text(encoding="utf-8"))
    assert exports[0] == exports[1] and exports[0].count('"kind": "event"') > 10


def test_runs_hold_size_documents_with_anything_else_in_place():
    from khronika.workers import runs

    items = docs(5)
    items.insert(2, "not a document")
    got = list(runs(items, 2))
    assert [[x if isinstance(x, str) else x.path for x in run] for run in got] == [
        ["0.txt", "1.txt"], ["not a document", "2.txt", "3.txt"], ["4.txt"]]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pipeline_that_annotates_together_gives_what_it_gives_one_by_one(workers):
    items = docs(11)
    out = list(annotate(items, together_factory, workers))
    assert [type(x).__name__ for x in out] == ["Failed" if i % 5 == 0 else "Document" for i in range(11)]
    expected = together_factory()
    assert [x.text for x in out if isinstance(x, Document)] == [expected(d).text for d in items if "плохо" not in d.raw]


class UpperStage:
    name, requires, provides = "upper", frozenset(), frozenset({"text"})

    def __call__(self, doc):
        return self.many([doc])[0]

    def many(self, docs):
        if any("плохо" in d.raw for d in docs):
            raise ValueError("bad")
        return [d.replace(text=d.raw.upper()) for d in docs]


def together_factory():
    from khronika.pipeline import Pipeline

    return Pipeline([UpperStage()], check=True)


def test_fewer_collections_raises_the_young_threshold_and_restores_it():
    import gc

    from khronika.workers import GC_YOUNG, fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (GC_YOUNG, *before[1:])
        with fewer_collections():  # an ingest within an ingest leaves it as it is
            assert gc.get_threshold()[0] == GC_YOUNG
        assert gc.get_threshold()[0] == GC_YOUNG
    assert gc.get_threshold() == before


def test_the_last_runs_go_to_several_workers_in_runs_that_shrink_to_one_document():
    from khronika.workers import TASK_DOCS, TASKS_PER_WORKER, tasks

    n = TASK_DOCS * (2 * TASKS_PER_WORKER + 2)  # two runs beyond the window read ahead
    items = docs(n)
    got = list(tasks(items, 2))
    assert [x.path for run in got for x in run] == [x.path for x in items]
    sizes = [len(run) for run in got]
    assert sizes[:2] == [TASK_DOCS] * 2 and max(sizes) == TASK_DOCS
    assert sizes[-2:] == [1, 1]  # the last documents one each, for whichever worker is free
    assert len(got) < 2 + (n - 2 * TASK_DOCS)  # not all of the window alone: some annotated together
    assert [len(run) for run in tasks(items, 1)] == [TASK_DOCS] * (n // TASK_DOCS)


def test_shrinking_runs_hold_at_most_what_is_left_over_twice_the_workers():
    from khronika.workers import TASK_DOCS, shrinking

    same = [Document.from_source(Source(path=f"{i}.txt", text=f"Заметка {i:03}")) for i in range(16)]
    assert [len(run) for run in shrinking(same, 2)] == [min(TASK_DOCS, 4), 3, 2] + [1] * 7
    long_first = [Document.from_source(Source(path="long.txt", text="Длинная статья. " * 200))] + same[:3]
    runs = list(shrinking(["marker", *long_first], 2))
    assert runs[0] == ["marker", long_first[0]]  # a long text alone; anything else rides along in place
    assert [x for run in runs for x in run] == ["marker", *long_first]
