"""A meeting numbered, then the one before it told with its noun left out after any punctuation (``Это вторая встреча:
первая прошла …``, ``…; первое было …``, ``… — предыдущая состоялась …``): the number is the document's meeting's,
the clause's date the earlier one's (the first's round 1).  Invented news."""
from __future__ import annotations

import pytest

from khronika.format_clauses import EARLIER
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, word", [
    ("Это девятая сессия совета, предыдущая состоялась в Кито.", "предыдущая"),
    ("Это девятая сессия совета; предыдущая прошла в Кито.", "предыдущая"),
    ("Это девятая сессия совета: предыдущая проходила в Кито.", "предыдущая"),
    ("Это девятое заседание — предыдущее было в Кито.", "предыдущее"),
    ("Это вторая встреча министров: первая прошла в Кито.", "первая"),
    ("Это уже второй раунд, первый состоялся летом.", "первый"),
    ("Заседание уже второе, первое было летом 2029-го в Кито.", "первое"),
])
def test_the_noun_left_out_after_any_punctuation(sentence, word):
    m = EARLIER.search(sentence)
    assert m is not None and m.group(2) == word


@pytest.mark.parametrize("sentence", [
    "Первая встреча прошла в Кито.",  # no earlier clause: the noun is told
    "Это вторая встреча: первая леди прибыла в Кито.",  # no verb of a meeting held after it
])
def test_no_elided_earlier_meeting(sentence):
    m = EARLIER.search(sentence)
    assert m is None or m.group(2) is None


@pytest.mark.slow
@pytest.mark.parametrize("after, earlier, rnd", [
    ("Это вторая встреча глав трех государств в таком формате: первая состоялась в Кито в мае 2029 года.",
     ("round", 1, "2029-05"), 2),
    ("Это третья встреча глав трех государств — предыдущая прошла в Кито в мае 2029 года.", ("round", 2, "2029-05"),
     3),
    ("Это второе заседание, первое прошло в Кито в 2029 году.", ("round", 1, "2029"), 2),
])
def test_the_number_is_the_documents_meeting_the_date_the_earlier_ones(tmp_path, after, earlier, rnd):
    path = tmp_path / "a.txt"
    path.write_text("Лидеры встретились в Лиме\n\nЛима, 12 марта 2031 года. Саммит лидеров Перу, Эквадора и Колумбии "
                    "прошел во вторник в Лиме. " + after + "\n", encoding="utf-8")
    [f] = [f for f in ingested_formats(tmp_path, path) if "Перу" in f["name"]]
    held = {(h["status"], h["round"], h["date"]) for h in f["history"]}
    assert earlier in held
    assert ("round", rnd, "2031-03-11") in held
    assert not any(r == rnd and d == earlier[2] for _, r, d in held)
