"""Exports (issue 12, item 4): CSV and Parquet tables with names and ISO codes inline, PLOVER-style
records, every file written whole or not at all — on a small store of sentences written for these
tests (built without the models, ``test_api.corpus``) and, in a slow test, on the chronicle of the
seeds."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from khronika.api.data import Chronicle
from khronika.cli import app
from khronika.export import write_jsonl
from khronika.exports import tables, write_csv_folder, write_parquet_folder, write_plover
from khronika.exports.plover import alpha3, plover_records, sides
from khronika.store import Store

from .conftest import SEEDS
from .test_api import LAVROV, stored_corpus

runner = CliRunner()
KINDS = ["documents", "entities", "events", "quotes", "stances", "formats"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return stored_corpus(tmp_path_factory.mktemp("exports") / "k.db")


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    """The chronicle of the bundled seeds, ingested once (the natasha models: slow)."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_writes_one_file_per_kind_with_names_and_codes_inline(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{k}.csv" for k in KINDS)
    events = {r["id"]: r for r in _rows(tmp_path / "out" / "events.csv")}
    assert set(events) == {"v:a", "v:c"}  # a and b fused: one row
    meeting = events["v:a"]
    assert meeting["participant_names"].split("; ")[:2] == ["Сергей Лавров", "Фумио Кисида"]
    assert "Россия (RU)" in meeting["participants"] and meeting["countries"] == "JP; RU"
    assert (meeting["n_documents"], meeting["format_name"], meeting["round"], meeting["place_name"]) == (
        "2", "2+2 Россия – Япония", "2", "Токио")
    assert meeting["format"].startswith("f:")  # the format record's id, as SCHEMA.md has it
    protest = events["v:c"]
    assert protest["participants"] == "Япония (JP) →; Россия (RU) ←"
    assert protest["participant_roles"] == "source; target" and protest["participant_codes"] == "JP; RU"
    quotes = _rows(tmp_path / "out" / "quotes.csv")
    assert [(q["speaker_name"], q["speaker_code"], q["event"]) for q in quotes] == [("Сергей Лавров", "RU", "v:a")]
    stance = _rows(tmp_path / "out" / "stances.csv")[0]
    assert (stance["holder_name"], stance["holder_code"], stance["other_name"]) == ("Россия", "RU", "Япония")
    lavrov = next(r for r in _rows(tmp_path / "out" / "entities.csv") if r["id"] == LAVROV.id)
    assert lavrov["roles"].startswith("министр иностранных дел, Россия, 2017-03-20")
    docs = _rows(tmp_path / "out" / "documents.csv")
    assert len(docs) == 4 and all(d["text"] for d in docs)


def test_parquet_holds_the_same_tables_with_lists_as_lists(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    with Store(db, read_only=True) as store:
        records = Chronicle(store)
        counts = write_parquet_folder(records, tmp_path / "pq")
        expected = tables.tables(records)
    assert set(counts) == set(KINDS)
    for kind in KINDS:
        table = pq.read_table(tmp_path / "pq" / f"{kind}.parquet")
        columns, rows = expected[kind]
        assert table.column_names == [c for c, _ in columns] and table.num_rows == len(rows) == counts[kind]
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    meeting = next(e for e in events if e["id"] == "v:a")
    assert meeting["participant_codes"][:2] == ["RU", ""] and meeting["round"] == 2 and meeting["n_documents"] == 2


def test_plover_records_name_actors_and_recipients_with_countries(db):
    with Store(db, read_only=True) as store:
        records = {r["event_id"]: r for r in plover_records(Chronicle(store))}
    protest = records["v:c"]
    assert (protest["event_type"], protest["quad_code"], protest["directed"]) == ("PROTEST", "material conflict", True)
    assert [(a["actor_name"], a["actor_country"], a["actor_country_iso2"]) for a in protest["actors"]] == [
        ("Япония", "JPN", "JP")]
    assert [r["recipient_country"] for r in protest["recipients"]] == ["RUS"]
    meeting = records["v:a"]
    assert meeting["directed"] is False and meeting["quad_code"] == "verbal cooperation"
    assert {a["actor_country"] for a in meeting["actors"]} == {"RUS"}  # sides by country
    assert {r["recipient_country"] for r in meeting["recipients"]} == {"JPN"}
    assert meeting["actors"][0]["actor_title"] == "министр иностранных дел"
    assert len(meeting["story_ids"]) == 2 and {s["source"] for s in meeting["stories"]} == {"ТАСС", "Газета.Ru"}
    assert meeting["event_text"] and meeting["placename"] == "Токио" and meeting["event_date"] == "2017-03-20"


def test_sides_of_undirected_participants_follow_their_country():
    ps = [{"entity": "a", "role": "participant", "code": "RU"}, {"entity": "b", "role": "target", "code": "JP"},
          {"entity": "c", "role": "participant", "code": "JP"}, {"entity": "d", "role": "participant", "code": None}]
    actors, recipients, others = sides(ps)
    assert ([p["entity"] for p in actors], [p["entity"] for p in recipients], [p["entity"] for p in others]) == (
        ["a"], ["b", "c"], ["d"])
    assert sides([{"entity": "x", "role": "participant"}, {"entity": "y", "role": "participant"}])[:2] == (
        [{"entity": "x", "role": "participant"}], [{"entity": "y", "role": "participant"}])
    assert alpha3("RU") == "RUS" and alpha3(None) is None and alpha3("ZZ") is None


def test_plover_to_a_json_file_is_one_array(db, tmp_path):
    out = tmp_path / "events.json"
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "plover", "-o", str(out)]).exit_code == 0
    assert [r["event_id"] for r in json.loads(out.read_text(encoding="utf-8"))] == ["v:a", "v:c"]
    lines = runner.invoke(app, ["export", "--db", str(db), "-f", "plover"]).output.splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["v:a", "v:c"]


def test_jsonl_stays_the_contract(db, tmp_path):
    out = tmp_path / "x.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    with Store(db, read_only=True) as store:
        expected = io.StringIO()
        write_jsonl(store, expected)
    assert out.read_text(encoding="utf-8") == expected.getvalue()


def test_a_failed_write_leaves_no_file_and_one_line(db, tmp_path, monkeypatch):
    import khronika.exports.tables as t

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "events.csv").write_text("old", encoding="utf-8")

    def broken(columns, rows, out):
        out.write("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(t, "write_csv", broken)
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "error [E_EXPORT]" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["events.csv"]  # no partial file
    assert (tmp_path / "out" / "events.csv").read_text(encoding="utf-8") == "old"  # the old one untouched


def test_csv_and_parquet_need_a_folder(db, tmp_path):
    for fmt in ("csv", "parquet"):
        result = runner.invoke(app, ["export", "--db", str(db), "-f", fmt])
        assert result.exit_code == 1 and "error [E_USAGE]" in result.output
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(tmp_path / "file")])
    assert result.exit_code == 1 and "error [E_EXPORT]" in result.output
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "xml"]).exit_code == 2  # Typer checks the choice


def test_write_functions_count_what_they_wrote(db, tmp_path):
    with Store(db, read_only=True) as store:
        records = Chronicle(store)
        counts = write_csv_folder(records, tmp_path / "c")
        out = io.StringIO()
        assert write_plover(records, out) == 2
    assert counts["events"] == 2 and counts["documents"] == 4


@pytest.mark.slow
def test_exports_of_the_seeds_agree_with_the_jsonl(seeds_db, tmp_path):
    with Store(seeds_db, read_only=True) as store:
        out = io.StringIO()
        write_jsonl(store, out)
        records = Chronicle(store)
        counts = write_csv_folder(records, tmp_path / "csv")
        plover = plover_records(records)
    jsonl = [json.loads(line) for line in out.getvalue().splitlines()]
    events = [r for r in jsonl if r["kind"] == "event"]
    assert counts["events"] == len(events) == len(plover)
    assert {r["id"] for r in _rows(tmp_path / "csv" / "events.csv")} == {e["id"] for e in events}
    assert counts["quotes"] == sum(r["kind"] == "quote" for r in jsonl)
    named = [r for r in _rows(tmp_path / "csv" / "events.csv") if r["participant_ids"]]
    assert named and all(len(r["participant_ids"].split("; ")) == len(r["participant_codes"].split("; "))
                         for r in named)
    assert any(a["actor_country"] == "RUS" for r in plover for a in r["actors"])


def test_csv_cells_a_spreadsheet_would_run_are_kept_as_text():
    import io

    from khronika.exports.tables import write_csv

    out = io.StringIO()
    write_csv((("evidence", "str"), ("round", "int")), [{"evidence": '=HYPERLINK("http://x")', "round": -1},
                                                        {"evidence": "Переговоры прошли.", "round": 2}], out)
    assert out.getvalue().splitlines()[1:] == ["\"'=HYPERLINK(\"\"http://x\"\")\",-1", "Переговоры прошли.,2"]
