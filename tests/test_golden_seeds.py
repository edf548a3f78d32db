"""Golden end-to-end test: the bundled seed corpus through ingest → store → export."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khronika.cli import app

from .conftest import SEEDS, SHARED, shared_or_skip

pytestmark = pytest.mark.slow
SCORER = SHARED / "tools" / "score_seeds.py"


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("golden")
    db, out = tmp / "seeds.db", tmp / "seeds.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    return out


def records(path, kind):
    return [r for r in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()) if r["kind"] == kind]


def test_golden_seed_documents_dates_and_sources(export):
    docs = {Path(d["path"]).name[:3]: d for d in records(export, "document")}
    assert {k: (d["published"], d["published_precision"]) for k, d in docs.items()} == {
        "000": ("2016-12-15", "day"), "001": ("2019-05-30", "day"), "002": ("2017-03-20", "day"),
        "003": ("2017-03-20", "day"), "004": (None, "unknown")}
    assert docs["003"]["source"] == "ТАСС" and docs["003"]["published_from"] == "dateline"
    assert docs["002"]["published_from"] == "fused"  # the same meeting is dated by the TASS report
    assert "Новости и материалы" not in docs["002"]["text"]


def test_golden_seed_persons(export):
    persons = {e["name"] for e in records(export, "entity") if e["type"] == "person"}
    assert persons == {"Сергей Лавров", "Владимир Путин", "Синдзо Абэ", "Николай Патрушев", "Яти",
                       "Сергей Шойгу", "Таро Коно", "Такэси Ивая", "Томоми Инада", "Фумио Кисида",
                       "Дмитрий Стрельцов", "Коитиро Гэмба"}


def test_golden_seed_countries_have_iso_codes(export):
    countries = {e["name"]: e.get("code") for e in records(export, "entity") if e["type"] == "country"}
    assert countries["Россия"] == "RU" and countries["Япония"] == "JP" and countries["США"] == "US"
    assert not [e for e in records(export, "entity") if e["name"] in ("Стороны", "Telegram", "Овечкин", "Все новости")]


def test_golden_seed_scorer_floors(export):
    shared_or_skip(SCORER, "the shared seed scorer")
    out = subprocess.run([sys.executable, str(SCORER), str(export), "--json"], capture_output=True, text=True,
                         check=True)
    score = json.loads(out.stdout)
    floors = json.loads((Path(__file__).with_name("quality_baseline.json")).read_text(encoding="utf-8"))["seeds"]
    assert [k for k, v in floors.items() if score[k] < v] == []
    assert score["junk_persons"] == 0 and score["boilerplate_leaks"] == 0


def test_golden_seed_order_independence(export, tmp_path):
    """Ingesting the seeds one at a time, in reverse order, gives the same export."""
    db, out = tmp_path / "rev.db", tmp_path / "rev.jsonl"
    runner = CliRunner()
    for path in sorted(SEEDS.glob("*.txt"), reverse=True):
        assert runner.invoke(app, ["ingest", str(path), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0

    def canon(path):
        return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False)
                      for r in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()))

    assert canon(out) == canon(export)
