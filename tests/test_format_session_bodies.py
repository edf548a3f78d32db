"""A joint body told by the session it holds (``format_patterns.tsv``, type ``совместный орган``): a session noun, then
any adjectives and a body noun (``заседание … консультативного совета``, ``сессия … межправительственного совета``), or
a body noun and its level or what it is of (``комитета высокого уровня``, ``механизма стратегического партнерства``);
a format only where its document numbers its sessions and gives it two sides.  Sentences of our own."""
from __future__ import annotations

import pytest

from khronika.formats import formats_in
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, name", [
    ("В Таллине прошло третье заседание эстонско-кенийского консультативного совета.", "консультативный совет"),
    ("В Таллине прошло третье заседание эстонско-кенийского технического комитета.", "технический комитет"),
    ("В Таллине прошло третье заседание эстонско-кенийского партнерского совета.", "партнерский совет"),
    ("Министры провели пятое заседание эстонско-кенийской совместной оперативной группы.",
     "совместная оперативная группа"),
    ("В Таллине прошла третья сессия эстонско-кенийского межправительственного совета.", "межправительственный совет"),
    ("В Найроби состоится седьмое заседание двустороннего совета по сотрудничеству Эстонии и Кении.",
     "двусторонний совет по сотрудничеству"),
    ("Девятое заседание комитета высокого уровня Эстония — Кения открылось в Таллине.", "комитет высокого уровня"),
    ("Стороны провели 12-е заседание механизма стратегического партнерства.", "механизм стратегического партнерства"),
])
def test_a_body_named_by_the_session_it_holds(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence", [
    "Заседание комиссии прошло в Таллине.",  # a bare head noun names nothing
    "На очередном заседании совета директоров компании утвердили дивиденды.",  # no adjective before the head
    "Третье заседание нового комитета прошло в Таллине.",  # "нового" tells no body
])
def test_no_body_named_by_a_bare_or_generic_noun(sentence):
    assert not [n for n in formats_in(sentence) if n.type == "совместный орган"]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_body_is_a_format_of_its_two_sides_with_its_numbered_sessions(tmp_path):
    path = _write(tmp_path, "e.txt", (
        "Эстония и Кения провели заседание консультативного совета\n\n"
        "Таллин, 14 мая 2031 (ЭРР) — В Таллине во вторник прошло третье заседание эстонско-кенийского "
        "консультативного совета. Министры иностранных дел двух стран обсудили торговлю и образование.\n\n"
        "Второе заседание совета прошло в Найроби в июне 2029 года. Следующее заседание стороны договорились "
        "провести в Найроби в 2033 году.\n"))
    fmt = next(f for f in ingested_formats(tmp_path, path) if f["name"].startswith("консультативный совет"))
    history = {(h["status"], h["round"], h["date"]) for h in fmt["history"]}
    assert {("round", 2, "2029-06"), ("round", 3, "2031-05-13"), ("planned", 4, "2033")} <= history


def test_a_board_of_one_company_is_no_format(tmp_path):
    path = _write(tmp_path, "f.txt", (
        "Совет директоров утвердил план\n\n"
        "Таллин, 14 мая 2031 (ЭРР) — В Таллине прошло третье заседание наблюдательного совета эстонской "
        "судоходной компании. Совет утвердил план развития на 2032 год.\n"))
    assert not [f for f in ingested_formats(tmp_path, path) if "наблюдательный совет" in f["name"]]
