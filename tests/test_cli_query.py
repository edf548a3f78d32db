"""The questions of the command line (issue 12, item 1): `event`, `entity`, `search`, `--json` and
`--csv` on the listings, and errors that are one coded line, never a traceback — on the small store of
``test_api`` (sentences written for these tests) and, in a slow test, on the chronicle of the seeds."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from khronika.cli import app

from .conftest import ROOT
from .test_api import KISHIDA, LAVROV
from .test_exports import db, seeds_db  # noqa: F401  (fixtures)

runner = CliRunner()


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def test_event_shows_every_sources_evidence_highlighted(db):  # noqa: F811
    result = run("event", "v:a", "--db", str(db))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Сергей Лавров [RU]" in out and "2+2 Россия – Япония, round 2" in out
    assert "ТАСС" in out and "Газета.Ru" in out  # both outlets' evidence
    assert "В Токио прошли переговоры в формате «два плюс два»." in out
    assert "«Мы готовы к диалогу»" in out  # the quote about it
    data = json.loads(run("event", "v:a", "--db", str(db), "--json").output)
    assert [x["doc"] for x in data["evidence"]] == ["d:" + "a" * 16, "d:" + "b" * 16]
    assert all(x["document"]["source"] for x in data["evidence"])


def test_event_highlighting_marks_the_sentence_by_its_offsets():
    from khronika.cli.views import highlighted

    text = "Первое предложение. Второе [b]предложение[/b] здесь. Третье."
    start = text.index("Второе")
    end = text.index(" Третье")
    shown = highlighted(text, start, end, ["здесь"])
    assert shown.plain == text  # user text is never read as markup
    bold = [s for s in shown.spans if "bold" in str(s.style)]
    assert [(s.start, s.end) for s in bold] == [(start, end)]


def test_an_unknown_event_is_one_coded_line(db):  # noqa: F811
    result = run("event", "v:nope", "--db", str(db))
    assert result.exit_code == 1 and "error [E_NOT_FOUND]" in result.output


def test_entity_by_name_id_alias_and_linked_id(db):  # noqa: F811
    from .test_api import SHORT

    for query in ("Сергей Лавров", "лавров", LAVROV.id, SHORT.id):
        data = json.loads(run("entity", query, "--db", str(db), "--json").output)
        assert data["id"] == LAVROV.id, query
    assert data["roles"][0]["position"] == "министр иностранных дел" and data["roles"][0]["date"] == "2017-03-20"
    assert [e["id"] for e in data["events"]] == ["v:a"] and [q["id"] for q in data["quotes"]] == ["q:a"]
    shown = run("entity", "Кисида", "--db", str(db))
    assert shown.exit_code == 0 and "Фумио Кисида" in shown.output and "v:a" in shown.output


def test_a_name_several_entities_match_lists_them(db):  # noqa: F811
    result = run("entity", "ия", "--db", str(db))  # Россия, Япония
    assert result.exit_code == 1 and "error [E_AMBIGUOUS]" in result.output
    assert "e:iso-RU" in result.output and "e:iso-JP" in result.output
    listed = run("entity", "ия", "--db", str(db), "--json")
    assert listed.exit_code == 1
    assert "e:iso-JP" in listed.output and KISHIDA.id not in listed.output
    assert "error [E_NOT_FOUND]" in run("entity", "Никто", "--db", str(db)).output


def test_search_finds_inflected_forms(db):  # noqa: F811
    data = json.loads(run("search", "переговоры", "--db", str(db), "--json").output)
    assert data["total"] >= 2 and "d:" + "d" * 16 in {d["id"] for d in data["items"]}  # «о переговорах»
    assert any(x.get("event") == "v:a" for x in data["evidence"])
    rows = list(csv.DictReader(io.StringIO(run("search", "переговоры", "--db", str(db), "--csv").output)))
    assert {r["kind"] for r in rows} >= {"document", "event"}
    shown = run("search", "переговорах", "--db", str(db))
    assert shown.exit_code == 0 and "documents hold" in shown.output
    assert "error [E_INVALID]" in run("search", "…", "--db", str(db)).output


def test_listings_take_json_and_csv(db):  # noqa: F811
    events = list(csv.DictReader(io.StringIO(run("events", "--db", str(db), "--csv").output)))
    assert [e["id"] for e in events] == ["v:a", "v:c"] and events[1]["participant_codes"] == "JP; RU"
    formats = run("formats", "--db", str(db), "--json").output.splitlines()
    assert formats and all(json.loads(line)["kind"] == "format" for line in formats)
    assert run("formats", "--db", str(db), "--csv").output.startswith("format,name,type,")
    shown = json.loads(run("show", "--db", str(db), "--json").output)
    assert {p["name"] for p in shown["persons"]} >= {"Сергей Лавров", "Фумио Кисида"}
    assert len(shown["documents"]) == 4 and "text" not in shown["documents"][0]


def test_a_missing_store_is_one_coded_line(tmp_path):
    for command in ("event", "entity", "search"):
        result = run(command, "x", "--db", str(tmp_path / "none.db"))
        assert result.exit_code == 1 and "error [E_DB_MISSING]" in result.output


def test_the_script_says_an_unexpected_error_in_one_line(db, monkeypatch, capsys):  # noqa: F811
    import khronika.api.data as data

    def broken(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(data.Chronicle, "events", property(broken))
    with pytest.raises(SystemExit) as exited:
        app(["events", "--db", str(db)], prog_name="khronika")
    err = capsys.readouterr().err
    assert exited.value.code == 1 and "error [E_INTERNAL]" in err and "disk on fire" in err
    assert "Traceback" not in err


def test_the_script_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "khronika.cli", "event", "v:x", "--db", str(bad)], cwd=ROOT,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1 and "error [E_DB]" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_questions_on_the_seeds(seeds_db):  # noqa: F811
    found = json.loads(run("entity", "Лавров", "--db", str(seeds_db), "--json").output)
    assert found["roles"] and found["quotes"] and found["code"] == "RU"
    events = [json.loads(line) for line in run("events", "--db", str(seeds_db), "--json", "--format", "2+2",
                                                 "--country", "JP").output.splitlines()]
    both = next(e for e in events if len(e["sources"]) >= 2)  # the resumed 2+2 meeting, from both outlets
    shown = json.loads(run("event", both["id"], "--db", str(seeds_db), "--json").output)
    assert len({x["doc"] for x in shown["evidence"]}) >= 2
    data = json.loads(run("search", "переговоры", "--db", str(seeds_db), "--json").output)
    assert data["total"] >= 3
