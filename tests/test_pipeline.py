import pytest

from khronika.errors import PipelineError, StageError
from khronika.pipeline import Pipeline
from khronika.records import Document, Source


class Stage:
    def __init__(self, name, requires=(), provides=(), fn=None):
        self.name, self.requires, self.provides = name, frozenset(requires), frozenset(provides)
        self.fn = fn or (lambda d: d)

    def __call__(self, doc):
        return self.fn(doc)


def doc():
    return Document.from_source(Source(path="a.txt", text="Текст."))


def test_pipeline_refuses_missing_requirement_naming_stage_and_keys():
    with pytest.raises(PipelineError) as e:
        Pipeline([Stage("a", provides={"text"}), Stage("b", requires={"text", "tokens"})])
    assert "'b'" in str(e.value) and "tokens" in str(e.value)


def test_pipeline_runs_in_order_and_records_provided_keys():
    seen = []
    a = Stage("a", provides={"x"}, fn=lambda d: seen.append("a") or d.replace(text="A"))
    b = Stage("b", requires={"x"}, provides={"y"}, fn=lambda d: seen.append("b") or d.replace(text=d.text + "B"))
    out = Pipeline([a, b])(doc())
    assert seen == ["a", "b"] and out.text == "AB" and {"x", "y"} <= out.done


def test_pipeline_wraps_stage_failure_with_stage_and_document():
    def boom(d):
        raise ValueError("bad")

    d = doc()
    with pytest.raises(StageError) as e:
        Pipeline([Stage("boom", fn=boom)])(d)
    assert e.value.stage == "boom" and e.value.doc_id == d.id and "bad" in str(e.value)


def test_pipeline_checks_stage_returns_a_document():
    with pytest.raises(PipelineError, match="expected a Document"):
        Pipeline([Stage("bad", fn=lambda d: "oops")])(doc())


def test_records_document_json_round_trip():
    from khronika.records import Mention, PartialDate

    d = doc().replace(published=PartialDate(2017, 3), mentions=(Mention(0, 5, "LOC", "Текст", normal="Текст"),))
    assert Document.from_json(d.to_json()) == d
    assert d.published.iso() == "2017-03" and d.published.precision == "month"


@pytest.mark.parametrize("value, iso", [("2017-03-20", "2017-03-20"), ("2017-03-20T10:00:00+03:00", "2017-03-20"),
                                        ("2017-03", "2017-03"), ("2017", "2017"), ("20 марта", None),
                                        ("2017-02-30", None), (None, None)])
def test_records_metadata_date_from_iso(value, iso):
    from khronika.records import PartialDate

    assert PartialDate.from_iso(value).iso() == iso
    d = Document.from_source(Source(path="a.jsonl:1", text="Текст.", published=value))
    assert d.published.iso() == iso and d.published_from == ("metadata" if iso else "none")
