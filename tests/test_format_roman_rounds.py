"""Rounds told in Roman numerals (``format_rounds``, ``format_history``): a joint cabinet numbered by its noun alone
(``XII кабинет``; not ``кабинет министров`` nor a named government's cabinet), an official number not counted since a
break (``XII сессия прошла … после перерыва``: the twelfth), and the round numbered in the clause of the break dated
by that clause."""
from __future__ import annotations

import pytest

from khronika.format_rounds import numbered, round_in
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, rnd", [
    ("Как напомнил министр, XII кабинет собирался в Ла-Пасе в марте 2029 года.", 12),
    ("XIV кабинет проведут в Сукре осенью.", 14),
    ("Предыдущий, IX кабинет, прошел в Арике.", 9),
    ("VII сессия комиссии прошла в Асунсьоне после трехлетнего перерыва.", 7),
    ("IX кабинет министров утвердил бюджет.", None),  # a government
    ("II кабинет Мендосы ушел в отставку.", None),  # a named government
])
def test_rounds_in_roman_numerals(sentence, rnd):
    assert round_in(sentence) == rnd
    assert numbered(sentence) is (rnd is not None)


@pytest.mark.slow
def test_a_roman_round_held_after_a_break_in_a_clause_of_its_own(tmp_path):
    doc = tmp_path / "cabinet.txt"
    doc.write_text("Ла-Пас, 12 мая 2031 (Ла Разон). Министры Боливии и Чили провели в пятницу в Оруро XIII "
                   "Бинациональный кабинет.\n\nКак отметил министр иностранных дел Боливии Хуан Рока, график встреч "
                   "восстановлен: XII кабинет прошел в Сантьяго в марте 2029 года после трехлетней паузы.\n",
                   encoding="utf-8")
    formats = ingested_formats(tmp_path, doc)
    (cabinet,) = [f for f in formats if "кабинет" in f["name"]]
    told = {(h["status"], h["round"], h["date"]) for h in cabinet["history"]}
    assert {("round", 12, "2029-03"), ("round", 13, "2031-05-09")} <= told
