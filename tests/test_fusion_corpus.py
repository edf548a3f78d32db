"""Fusion on a small synthetic corpus: two outlets reporting one round and a third reporting the
next round of the same format, months later (texts written for this test)."""
import json

import pytest
from typer.testing import CliRunner

from khronika.cli import app

pytestmark = pytest.mark.slow

TEXTS = {
    "a.txt": "СЕУЛ, 14 марта 2024 года. /Агентство/. Министр иностранных дел Южной Кореи Чо Тхэ Ёль и министр "
             "иностранных дел Австралии Пенни Вонг провели в Сеуле третий раунд консультаций в формате "
             "«два плюс два». Стороны обсудили безопасность в регионе.",
    "b.txt": "14 марта 2024 года в Сеуле министр иностранных дел Австралии Пенни Вонг встретилась с министром "
             "иностранных дел Южной Кореи Чо Тхэ Ёлем. Переговоры прошли в формате «два плюс два».",
    "c.txt": "МЕЛЬБУРН, 20 июня 2024 года. Министр иностранных дел Австралии Пенни Вонг и министр иностранных "
             "дел Южной Кореи Чо Тхэ Ёль провели в Мельбурне четвёртый раунд консультаций в формате «два плюс два».",
}


def chronicle(tmp_path, texts: dict[str, str]) -> list[dict]:
    """The exported records of a store built from ``texts`` (file name → text) by the CLI."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    db, out = tmp_path / "k.db", tmp_path / "k.jsonl"
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_fusion_consecutive_rounds_stay_two_events(tmp_path):
    records = chronicle(tmp_path, TEXTS)
    meetings = [r for r in records if r["kind"] == "event" and r["type"] == "CONSULT" and r["format_type"] == "2+2"]
    by_date = {r["date"]: r for r in meetings}
    assert set(by_date) == {"2024-03-14", "2024-06-20"}, [(r["date"], r["sources"]) for r in meetings]
    assert len(by_date["2024-03-14"]["sources"]) == 2 and len(by_date["2024-06-20"]["sources"]) == 1
    (fmt,) = [r for r in records if r["kind"] == "format" and r["type"] == "2+2"]
    assert fmt["name"] == "2+2 Австралия – Южная Корея"  # a format is its mechanism and its sides
    rounds = {h["round"] for h in fmt["history"] if h["status"] == "round"}
    assert rounds == {3, 4}


PROTEST = {
    "p1.txt": "ВАРШАВА, 3 февраля 2025 года. /Агентство/. МИД Польши заявил протест Белоруссии в связи с "
              "нарушением воздушного пространства.",
    "p2.txt": "3 февраля 2025 года МИД Польши заявил протест Белоруссии из-за нарушения границы.",
}


def test_fusion_one_protest_in_two_outlets_is_one_event(tmp_path):
    records = chronicle(tmp_path, PROTEST)
    protests = [r for r in records if r["kind"] == "event" and r["type"] == "PROTEST"]
    assert len(protests) == 1 and len(protests[0]["sources"]) == 2, protests
