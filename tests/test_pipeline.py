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


def test_pipeline_refuses_missing_requirement_naming_stage_and_fields():
    with pytest.raises(PipelineError) as e:
        Pipeline([Stage("a", provides={"text"}), Stage("b", requires={"text", "sentences"})])
    assert "'b'" in str(e.value) and "sentences" in str(e.value)


def test_pipeline_refuses_a_contract_that_names_no_document_field():
    with pytest.raises(PipelineError, match=r"stage 'a' declares \['tokens'\], which are no fields of Document"):
        Pipeline([Stage("a", provides={"tokens"})])


def test_pipeline_runs_in_order_and_records_provided_fields():
    seen = []
    a = Stage("a", provides={"text"}, fn=lambda d: seen.append("a") or d.replace(text="A"))
    b = Stage("b", requires={"text"}, provides={"text", "title"},
              fn=lambda d: seen.append("b") or d.replace(text=d.text + "B", title="T"))
    out = Pipeline([a, b], check=True)(doc())
    assert seen == ["a", "b"] and out.text == "AB" and out.title == "T" and {"text", "title"} <= out.done


def test_pipeline_check_names_the_stage_and_the_undeclared_field():
    sly = Stage("sly", provides={"text"}, fn=lambda d: d.replace(text="x", title="y"))
    with pytest.raises(PipelineError, match=r"stage 'sly' changed \['title'\] without declaring it"):
        Pipeline([sly], check=True)(doc())
    assert Pipeline([sly], check=False)(doc()).title == "y"  # unchecked (production) pipelines let it pass


def test_pipeline_check_ignores_a_field_rebuilt_equal():
    same = Stage("same", provides={"text"}, fn=lambda d: d.replace(text="x", title=d.title, removed=tuple(d.removed)))
    assert Pipeline([same], check=True)(doc()).text == "x"


def test_build_pipeline_skips_stages_by_name():
    from khronika.pipeline import STAGES, build_pipeline

    pipe = build_pipeline(resources=object(), skip=("stances", "quotes", "events"))
    assert [s.name for s in pipe.stages] == [n for n in STAGES if n not in ("stances", "quotes", "events")]
    with pytest.raises(PipelineError, match="no stage named \\['nope'\\]"):
        build_pipeline(resources=object(), skip=("nope",))


def test_build_pipeline_refuses_a_skip_that_starves_a_later_stage():
    from khronika.pipeline import build_pipeline

    with pytest.raises(PipelineError, match="stage 'events' needs"):
        build_pipeline(resources=object(), skip=("quotes",))


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


class Together(Stage):
    """A stage that annotates several documents at once: it records each call's batch."""

    def __init__(self, name="together", fail_on=None, **kw):
        super().__init__(name, **kw)
        self.batches, self.fail_on = [], fail_on

    def many(self, docs):
        self.batches.append([d.path for d in docs])
        if any(self.fail_on and self.fail_on in d.raw for d in docs):
            raise ValueError("one of them is bad")
        return [self(d) for d in docs]


def docs(*texts):
    return [Document.from_source(Source(path=f"{i}.txt", text=t)) for i, t in enumerate(texts)]


def test_pipeline_many_gives_each_document_what_one_by_one_gives():
    mark = Stage("mark", provides={"text"}, fn=lambda d: d.replace(text=d.raw + "!"))
    upper = Together("upper", requires={"text"}, provides={"text"}, fn=lambda d: d.replace(text=d.text.upper()))
    title = Stage("title", requires={"text"}, provides={"title"}, fn=lambda d: d.replace(title=d.text[:2]))
    pipe = Pipeline([mark, upper, title], check=True)
    batch = docs("один", "два", "три")
    assert pipe.many(batch) == [pipe(d) for d in batch]
    assert upper.batches[0] == ["0.txt", "1.txt", "2.txt"]  # once for all three, before one by one
    assert pipe.seconds["upper"] > 0 and [len(g) for g in pipe.groups] == [1, 1, 1]


def test_pipeline_many_gives_a_refused_document_its_error_and_goes_on_with_the_others():
    def boom(d):
        if "плохо" in d.raw:
            raise ValueError("bad")
        return d.replace(text=d.raw)

    together = Together("together", provides={"text"}, fail_on="плохо", fn=boom)
    after = Stage("after", requires={"text"}, provides={"title"}, fn=lambda d: d.replace(title="T"))
    out = Pipeline([together, after], check=True).many(docs("хорошо", "плохо", "тоже хорошо"))
    assert [type(x).__name__ for x in out] == ["Document", "StageError", "Document"]
    assert out[1].stage == "together" and "bad" in str(out[1]) and out[2].title == "T"
    assert together.batches == [["0.txt", "1.txt", "2.txt"]]  # then each alone, the failing one named


def test_pipeline_many_checks_what_the_batched_stage_declares():
    sly = Together("sly", provides={"text"}, fn=lambda d: d.replace(text="x", title="y"))
    out = Pipeline([sly], check=True).many(docs("а", "б"))
    assert all(isinstance(x, PipelineError) and "changed ['title']" in str(x) for x in out)


def test_run_many_runs_any_callable_one_document_after_another():
    from khronika.errors import KhronikaError
    from khronika.pipeline import run_many

    def refuse(d):
        if d.raw == "нет":
            raise KhronikaError("E_STAGE_RETURN", stage="refuse", got="nothing")
        return d.replace(text=d.raw)

    out = run_many(refuse, docs("да", "нет"))
    assert out[0].text == "да" and isinstance(out[1], KhronikaError)
