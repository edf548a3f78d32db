"""factRuEval-2016 evaluation: the reader, the scores, occupation matching (a hand-made fixture)."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.evaluate import factru
from khronika.records import Document, Mention, Role

from .conftest import shared_or_skip

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "factru" / "devset"
DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "factRuEval-2016" / "devset"

# book_1.txt: "Встреча директора завода «Ромашка» Ивана Петрова с жителями прошла в Татарстане.\n
#              Представитель министерства поблагодарил Петрова.\n"
ROMASHKA, IVAN_PETROV, TATARSTAN, PETROVA = (26, 33, "ORG"), (35, 48, "PER"), (69, 79, "LOC"), (121, 128, "PER")


@pytest.fixture(scope="module")
def gold():
    (doc,) = factru.read_corpus(FIXTURE)
    return doc


def role(person=(35, 48), position="директор", of=(26, 33), who="Иван Петров"):
    return Role(person=who, position=position, person_start=person[0], person_stop=person[1],
                position_start=8, position_stop=17, start=0, stop=80,
                of="e:romashka" if of else None, of_start=of[0] if of else None, of_stop=of[1] if of else None)


def test_eval_factru_reader_builds_gold_mentions(gold):
    # the descriptor "завода" is left out, the duplicate Org "Ромашка" counts once, LocOrg is LOC,
    # the Org with only a descriptor ("министерства") is skipped
    assert gold.id == "book_1"
    assert gold.mentions == {ROMASHKA, IVAN_PETROV, TATARSTAN, PETROVA}
    assert gold.text[26:33] == "Ромашка" and gold.text[69:79] == "Татарстане"


def test_eval_factru_reader_reads_occupation_and_meeting(gold):
    (occ,) = gold.occupations
    assert occ.who == ((35, 48), (121, 128))  # every mention of the person's coreference chain
    assert occ.position == "директор"  # "директора" through jobs_processed.txt
    assert occ.where == ((26, 33),)
    assert len(gold.meetings) == 1


def test_eval_factru_offsets_match_tokens():
    assert factru.check_offsets(FIXTURE) == {"tokens": 19, "mismatched": 0}


def test_eval_factru_limit_and_missing_folder(tmp_path):
    assert len(factru.document_paths(FIXTURE, limit=1)) == 1
    with pytest.raises(FileNotFoundError):
        factru.document_paths(tmp_path)


def test_eval_factru_scores_exact_spans(gold):
    predicted = {ROMASHKA, (35, 41, "PER"), PETROVA, (69, 79, "ORG"), (0, 7, "ORG")}
    s = factru.score_mentions([gold.mentions], [predicted])
    assert s["PER"] == factru.prf(1, 1, 1) and s["PER"]["f1"] == 0.5
    assert s["ORG"] == {"tp": 1, "fp": 2, "fn": 0, "precision": 0.3333, "recall": 1.0, "f1": 0.5}
    assert s["LOC"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert s["overall"]["tp"] == 2 and s["overall"]["fp"] == 3 and s["overall"]["fn"] == 2
    assert s["overall"]["precision"] == 0.4 and s["overall"]["recall"] == 0.5


@pytest.mark.parametrize("ours, gold, ok", [
    ("директор", "директор", True),
    ("Министр иностранных дел", "министр", True),
    ("министр", "министр иностранных дел", True),
    ("директор", "генеральный директор", True),
    ("премьер-министр", "премьер - министр", True),
    ("президент", "вице-президент", False),
    ("министр", "министерство", False),
    ("министр финансов", "министр обороны", False),
    ("губернатор", None, True),  # a gold fact without Position accepts any position
])
def test_eval_factru_position_matching(ours, gold, ok):
    assert factru.position_matches(ours, gold) is ok


def test_eval_factru_occupation_matching(gold):
    (occ,) = gold.occupations
    assert factru.occupation_matches(role(), occ)
    assert factru.occupation_matches(role(person=(121, 128)), occ)  # another mention of the person
    assert not factru.occupation_matches(role(person=(0, 7)), occ)  # somebody else
    assert not factru.occupation_matches(role(position="министр"), occ)
    assert not factru.occupation_matches(role(of=(69, 79)), occ)  # wrong organisation
    assert not factru.occupation_matches(role(of=None), occ)  # gold has a Where, ours none
    assert factru.occupation_matches(role(of=None), occ, strict=False)
    no_where = factru.GoldOccupation("x", occ.who, occ.position, None)
    assert factru.occupation_matches(role(of=(69, 79)), no_where)  # no gold Where: ours is not looked at


def test_eval_factru_scores_occupations(gold):
    twice = [role(), role(person=(121, 128))]  # the same fact from two sentences counts once
    assert factru.score_occupations([gold.occupations], [twice]) == factru.prf(1, 0, 0)
    wrong = [role(of=(69, 79)), role(position="мэр", who="Пётр Иванов")]
    assert factru.score_occupations([gold.occupations], [wrong]) == factru.prf(0, 2, 1)
    assert factru.score_occupations([gold.occupations], [()])["recall"] == 0.0


def test_eval_factru_error_categories(gold):
    predicted = {(25, 34, "ORG"), IVAN_PETROV, (69, 79, "ORG"), (0, 7, "ORG")}
    run = factru.Run([gold], {"ours": [predicted], "natasha": [set()]}, [()], [{}], 0.0)
    errs = {(e["kind"], e["text"]): e for e in factru.error_list(run, "ours", "ORG")}
    assert errs["fp", "«Ромашка»"]["category"] == "boundary"
    assert errs["fp", "Татарстане"]["category"] == "type" and errs["fp", "Татарстане"]["other"] == "LOC Татарстане"
    assert errs["fp", "Встреча"]["category"] == "spurious"
    assert errs["fn", "Ромашка"]["category"] == "boundary"
    assert "[[Ромашка]]" in errs["fn", "Ромашка"]["context"]
    assert [e["category"] for e in factru.error_list(run, "ours", "PER")] == ["missed"]  # "Петрова"


def test_eval_factru_descriptor_mentions_left_out():
    text = "Президент Франции Николя Саркози прибыл. Президент Франции выступил."
    doc = Document(id="d", path="t", raw=text, text=text,
                   ner=(Mention(0, 9, "LOC", "Президент"), Mention(18, 32, "PER", "Николя Саркози")),
                   mentions=(Mention(10, 17, "LOC", "Франции"), Mention(18, 32, "PER", "Николя Саркози"),
                             Mention(41, 58, "PER", "Президент Франции", title="президент")))
    assert factru.named_mentions(doc) == ({(10, 17, "LOC"), (18, 32, "PER")}, 1)


def test_eval_factru_ours_pipeline_has_no_clean_stage():
    pipeline = factru.ours_pipeline(resources=object())  # stages only keep the resources: nothing loads
    names = [s.name for s in pipeline.stages]
    assert names[0] == "verbatim" and "clean" not in names and "entities" in names
    assert "mentions" in pipeline.provides


def test_eval_factru_cli_help():
    result = CliRunner().invoke(app, ["eval", "factru", "--help"])
    assert result.exit_code == 0 and "--errors" in result.output


@pytest.mark.slow
def test_eval_factru_cli_json_on_fixture():
    result = CliRunner().invoke(app, ["eval", "factru", str(FIXTURE), "--json", "--errors", "org"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["gold"] == {"PER": 2, "ORG": 1, "LOC": 1, "occupation": 1, "meeting": 1}
    assert set(data["ner"]) == {"natasha", "ours"} and "overall" in data["ner"]["ours"]
    assert data["ner"]["ours"]["ORG"]["f1"] == 1.0 and data["errors"] == []  # no ORG error listed, none made


@pytest.mark.slow
def test_eval_factru_devset_two_documents():
    shared_or_skip(DEVSET, "the factRuEval-2016 devset")
    result = factru.evaluate(DEVSET, limit=2)
    assert result["documents"] == 2 and result["offsets"]["mismatched"] == 0
    for system in ("natasha", "ours"):
        assert result["ner"][system]["overall"]["f1"] > 0.6


@pytest.mark.parametrize("ours, gold, ok", [
    ("посол на южном кавказе", "посол евросоюза на южном кавказе", True),
    ("директор по стратегии", "директор компании по стратегии", True),
    ("директор по стратегии", "вице-президент по стратегии", False),
    ("посол в бельгии", "посол евросоюза на южном кавказе", False),
])
def test_eval_factru_position_may_leave_out_the_organisation(ours, gold, ok):
    from khronika.evaluate.factru import position_matches

    assert position_matches(ours, gold) is ok


def test_eval_factru_where_matches_any_mention_of_our_organisation(gold):
    occ = gold.occupations[0]
    adjective_only = role(of=(0, 7))  # e.g. "российский": not itself a gold mention of the Where
    of_entity = adjective_only.of
    assert not factru.occupation_matches(adjective_only, occ)
    where = occ.where[0]
    assert factru.occupation_matches(adjective_only, occ, mentions={of_entity: [where]})


def test_eval_factru_meeting_needs_two_distinct_participants():
    fact = (((0, 5),), ((10, 15),))  # two participants, one mention each
    where = {"e:a": [(0, 5)], "e:b": [(10, 15)], "e:c": [(20, 25)]}
    assert factru.score_meetings([[fact]], [[("e:a", "e:b")]], [where]) == factru.prf(1, 0, 0)
    assert factru.score_meetings([[fact]], [[("e:a", "e:c")]], [where]) == factru.prf(0, 1, 1)
    assert factru.score_meetings([[fact]], [[]], [where]) == factru.prf(0, 0, 1)


def test_eval_factru_matches_the_title_as_written(gold):
    (occ,) = gold.occupations
    office = role(position="генеральный секретарь")  # khronika's office for the words "директора"
    assert not factru.occupation_matches(office, occ)
    assert factru.occupation_matches(office, occ, text=gold.text)


def test_eval_factru_founders_and_owners_are_not_occupations(gold):
    owner = [role(position="основатель")]
    assert factru.score_occupations([gold.occupations], [owner], texts=[gold.text]) == factru.prf(0, 0, 1)
    assert factru.score_occupations([gold.occupations], [[role()]], texts=[gold.text]) == factru.prf(1, 0, 0)
