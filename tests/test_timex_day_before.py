"""A day told relative to the day told last: 'днём ранее', 'днём раньше', 'за день до этого' are the day before it,
'на следующий день' the day after; with no day told before, unknown (never the paper's day).  All texts invented."""
from __future__ import annotations

import pytest

from khronika.records import PartialDate
from khronika.timex import find_timexes


@pytest.mark.parametrize(("text", "want"), [
    ("В среду министр прибыл в Лиму. Днём ранее посол был вызван в МИД.", ["2031-05-14", "2031-05-13"]),
    ("Во вторник делегации встретились. Решение было объявлено днем ранее.", ["2031-05-13", "2031-05-12"]),
    ("12 мая стороны встретились в Кито. За день до этого стороны подписали меморандум.", ["2031-05-12", "2031-05-11"]),
    ("В пятницу послы встретились.\n\nДнем раньше министры обменялись нотами.", ["2031-05-09", "2031-05-08"]),
    ("Днем ранее министр иностранных дел Чили заявил протест.", [None]),  # no day told before: none, not the paper's
    ("В пятницу стороны встретились. На следующий день подписали договор.", ["2031-05-09", "2031-05-10"]),
])
def test_a_day_before_the_day_told_is_of_that_day(text, want):
    assert [t.date.iso() for t in find_timexes(text, PartialDate(2031, 5, 14))] == want
