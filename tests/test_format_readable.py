"""Formats named by a general phrase of ``data/formats.tsv`` (``консультации по вопросам …``) carry the head noun
their documents use most, in the nominative, before the complement as written, and that noun as their type; two
outlets that call one round consultations and negotiations still tell one format.  Texts written for this test."""
import json

import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.format_aliases import spelt_out
from khronika.format_names import Named

pytestmark = pytest.mark.slow

TEXTS = {
    "a.txt": "САНТЬЯГО, 3 апреля 2031 года. /Агентство/. В Сантьяго прошел пятый раунд чилийско-аргентинских "
             "консультаций по вопросам пограничного сотрудничества. Делегации Чили и Аргентины обсудили работу "
             "горных пропускных пунктов.",
    "b.txt": "БУЭНОС-АЙРЕС, 4 апреля 2031 года. /Вестник/. Пятый раунд аргентино-чилийских переговоров по вопросам "
             "пограничного сотрудничества состоялся накануне в Сантьяго.",
    "c.txt": "САНТЬЯГО, 5 апреля 2031 года. /Газета/. Чили и Аргентина провели в Сантьяго пятый раунд консультаций по "
             "вопросам пограничного сотрудничества.",
}


def test_a_general_phrase_names_its_format_with_its_head_noun_in_the_nominative(tmp_path):
    for file, text in TEXTS.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    runner = CliRunner()
    db, out = tmp_path / "x.db", tmp_path / "x.jsonl"
    assert runner.invoke(app, ["ingest", *[str(tmp_path / f) for f in TEXTS], "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    formats = [r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if r["kind"] == "format"]
    assert [(f["name"], f["type"]) for f in formats] == [
        ("консультации по вопросам пограничного сотрудничества Аргентина – Чили", "консультации")]
    assert [(h["status"], h["round"], h["date"]) for h in formats[0]["history"]] == [("round", 5, "2031-04-03")]


@pytest.mark.parametrize("name, surfaces, expected", [
    ("по линии министерств юстиции", ["контактов по линии министерств юстиции"],
     ("контакты по линии министерств юстиции", "контакты")),
    ("по вопросам судоходства по дунаю", ["встрече 2 мая по вопросам судоходства по Дунаю",
                                         "переговоров по вопросам судоходства по Дунаю",
                                         "переговоры по вопросам\nсудоходства по Дунаю"],
     ("переговоры по вопросам судоходства по Дунаю", "переговоры")),
    ("по вопросам арктики", ["диалога по вопросам Арктики"], ("диалог по вопросам Арктики", "диалог")),
])
def test_spelt_out_takes_the_head_most_mentions_use(name, surfaces, expected):
    items = [Named(name, " ".join(name.split()[:2]), s, surface=s) for s in surfaces]
    assert spelt_out(name, items) == expected
