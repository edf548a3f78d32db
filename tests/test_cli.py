"""The CLI in process: every command has help, ingest is idempotent, bad input is reported."""
import json

import pytest
from typer.testing import CliRunner

from khronika.cli import EXIT_SKIPPED, app

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # every command, README too


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert app.registered_commands and all(c.callback.__doc__ for c in app.registered_commands)


def test_cli_docs_list_every_command():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"khronika {command}" in readme, command


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("МОСКВА, 3 апреля 2024. Министр иностранных дел Индии Рагхунатх "
                                  "Бхатнагар прибыл в Москву. Бхатнагар проведёт переговоры.", encoding="utf-8")
    (folder / "b.txt").write_bytes("Президент Бразилии Жоакин Мануэл Перейра да Кошта посетил Пекин.".encode("cp1251"))
    (folder / "c.bin").write_bytes(b"\x00\x01\x02binary")
    return folder


@pytest.mark.slow
def test_cli_ingest_reports_skipped_and_is_idempotent(corpus, tmp_path):
    db = tmp_path / "k.db"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "-q"])
    assert first.exit_code == EXIT_SKIPPED, first.output
    assert "2 added" in first.output and "1 skipped" in first.output and "c.bin" in first.output
    second = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "-q"])
    assert "0 added" in second.output and "2 unchanged" in second.output
    out = tmp_path / "x.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kinds = [r["kind"] for r in records]
    assert kinds.count("document") == 2
    names = {r["name"] for r in records if r["kind"] == "entity" and r["type"] == "person"}
    assert "Рагхунатх Бхатнагар" in names
    shown = runner.invoke(app, ["show", "--db", str(db)])
    assert shown.exit_code == 0 and "Бхатнагар" in shown.output
    listed = runner.invoke(app, ["events", "--db", str(db), "--type", "consult"])
    assert listed.exit_code == 0 and "CONSULT" in listed.output and "2024-04-03" in listed.output


@pytest.mark.slow
def test_cli_changed_file_replaces_its_old_version(corpus, tmp_path):
    db = tmp_path / "k.db"
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", str(db)])
    (corpus / "a.txt").write_text("Канцлер Германии Олаф Шольц прибыл в Париж.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", str(db)])
    assert "1 replaced" in result.output
    out = runner.invoke(app, ["export", "--db", str(db)]).output
    docs = [json.loads(x) for x in out.splitlines() if '"kind": "document"' in x]
    assert len(docs) == 1 and "Шольц" in docs[0]["text"]
    assert "Бхатнагар" not in out


def test_cli_export_without_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such store" in result.output


def test_cli_foreign_file_as_store_is_refused_and_left_intact(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("my notes", encoding="utf-8")
    result = runner.invoke(app, ["show", "--db", str(db)])
    assert result.exit_code == 1 and "not a khronika database" in result.output
    assert db.read_text(encoding="utf-8") == "my notes"


@pytest.mark.slow
def test_cli_extract_prints_the_records_export_writes(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "k.db"
    assert runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", str(db), "-q"]).exit_code == 0
    exported = runner.invoke(app, ["export", "--db", str(db)]).output
    extracted = runner.invoke(app, ["extract", str(corpus / "a.txt")])
    assert extracted.exit_code == 0 and extracted.output == exported
    assert {json.loads(line)["kind"] for line in exported.splitlines()} >= {"document", "entity", "mention", "event"}
    assert {p.name for p in tmp_path.iterdir() if p.suffix == ".db"} == {"k.db"}  # extract wrote no store
    missing = runner.invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert missing.exit_code == EXIT_SKIPPED and "none.txt" in missing.output


IVANOV = {"a.txt": "МОСКВА, 1 июня 2021. Министр Иванов прибыл в Токио для переговоров.",
          "b.txt": "МОСКВА, 2 июня 2021. Игорь Иванов провёл переговоры в Пекине.",
          "c.txt": "МОСКВА, 3 июня 2021. Сергей Иванов выступил в Берлине."}  # texts written for this test


@pytest.mark.slow
def test_cli_resolution_does_not_depend_on_the_order_of_ingestion(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in IVANOV.items():
        (folder / name).write_text(text, encoding="utf-8")

    def chronicle(batches: list[str]) -> str:
        db = tmp_path / f"{'+'.join(batches)}.db"
        for batch in batches:
            result = runner.invoke(app, ["ingest", *(str(folder / f"{x}.txt") for x in batch), "--db", str(db), "-q"])
            assert result.exit_code == 0, result.output
        return runner.invoke(app, ["export", "--db", str(db)]).output

    def persons(export: str) -> dict[str, dict]:
        records = [json.loads(line) for line in export.splitlines()]
        return {r["name"]: r for r in records if r["kind"] == "entity" and r["type"] == "person"}

    two = persons(chronicle(["ab"]))
    assert set(two) == {"Игорь Иванов"} and [r["position"] for r in two["Игорь Иванов"]["roles"]] == ["министр"]
    everything = chronicle(["abc"])
    assert set(persons(everything)) == {"Иванов", "Игорь Иванов", "Сергей Иванов"}
    assert chronicle(["ab", "c"]) == everything and chronicle(["cba"]) == everything


def test_cli_version():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"khronika {version('khronika')}"


def test_cli_events_type_must_be_a_plover_type(tmp_path):
    from khronika.store import Store

    Store(tmp_path / "k.db").close()
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "k.db"), "--type", "FOO"])
    assert result.exit_code == 1 and "--type FOO: expected one of ACCUSE, AGREE" in result.output


def test_cli_export_makes_its_folder_and_never_leaves_a_partial_file(tmp_path):
    from khronika.store import Store

    Store(tmp_path / "k.db").close()
    out = tmp_path / "new" / "dir" / "x.jsonl"
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "k.db"), "-o", str(out)]).exit_code == 0
    assert out.exists()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "k.db"), "-o", str(blocked / "x.jsonl")])
    assert result.exit_code == 1 and "error [E_EXPORT]:" in result.output
    assert blocked.read_text() == "not a folder"


def test_cli_events_lists_fused_events_with_filters_and_json(tmp_path):
    from khronika.store import Store
    from tests.test_fusion_incremental import corpus, ingest_batches

    db = tmp_path / "k.db"
    docs = corpus()
    with Store(db) as store:
        ingest_batches(store, [list(docs.values())])
    found = runner.invoke(app, ["events", "--db", str(db), "--json", "--with", "Вронская", "--since", "2024-03",
                                "--until", "2024-03"])
    assert found.exit_code == 0, found.output
    (event,) = [json.loads(line) for line in found.output.splitlines()]
    assert event["date"] == "2024-03-14" and len(event["documents"]) == 4  # one meeting, four reports
    assert {p["name"] for p in event["participants"]} == {"Ольга Вронская", "Пётр Чохов"}
    table = runner.invoke(app, ["events", "--db", str(db), "--type", "consult"])
    assert table.exit_code == 0 and "Events (3)" in table.output
    bad = runner.invoke(app, ["events", "--db", str(db), "--since", "March"])
    assert bad.exit_code == 1 and "--since March: expected a date" in bad.output


@pytest.mark.slow
@pytest.mark.parametrize("option, want", [([], "2031-03-14"), (["--no-document-days"], None)])
def test_cli_export_of_an_act_told_without_a_time(tmp_path, option, want):
    """A report of its day (a dateline) tells a protest with no time word: the export gives it the document's day,
    or none with ``--no-document-days``; the meeting dated by ``вчера`` keeps its day either way."""
    text = ("БЕРН, 14 марта 2031. Министр иностранных дел Норвегии Кари Хельгесен выразила протест послу Чили в "
            "связи с задержанием норвежского судна.\nВчера президент Чили Мануэль Рохас провел переговоры с "
            "премьер-министром Норвегии в Сантьяго.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"]).exit_code == 0
    out = runner.invoke(app, ["export", "--db", str(db), *option]).output
    events = {r["type"]: r["date"] for r in map(json.loads, out.splitlines()) if r["kind"] == "event"}
    assert events == {"PROTEST": want, "CONSULT": "2031-03-13"}
