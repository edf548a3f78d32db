"""A plan told in the past ('встреча планировалась на 20 октября, но была отложена', 'первоначально намечавшиеся на
12 ноября') may have been for a day before the paper or after it: the year nearer the paper's date, where a plan told
in the present ('запланирована на 20 октября') and the new date of a postponement ('перенесли на январь', 'отложено до
3 апреля') lie ahead.  All texts invented; the paper is of Wednesday 14 May 2031."""
from __future__ import annotations

import pytest

from khronika.records import PartialDate
from khronika.timex import find_timexes

PAPER = PartialDate(2031, 5, 14)


def _dates(text: str) -> list[str | None]:
    return [t.date.iso() for t in find_timexes(text, PAPER)]


@pytest.mark.parametrize(("text", "want"), [
    # a plan told in the past, for a day already gone: this year, not the next
    ("Первоначально заседание комиссии планировалось на 20–21 апреля, но было отложено.", ["2031-04-20"]),
    ("Консультации, первоначально намечавшиеся на 2 мая в Лиме, были перенесены.", ["2031-05-02"]),
    ("Визит ожидался в марте, однако не состоялся.", ["2031-03"]),
    # … and for a day still ahead
    ("Саммит планировался на 10 июня, но его отменили.", ["2031-06-10"]),
    # the new date of a postponement lies ahead
    ("Встречу перенесли на январь.", ["2032-01"]),
    ("Заседание отложено до 3 апреля.", ["2032-04-03"]),
    ("Переговоры перенесены на весну.", ["2032"]),
    ("Встречу министров перенесли на 20 мая.", ["2031-05-20"]),
    ("Встречу министров перенесли на 10 мая.", ["2032-05-10"]),
    # plans told in the present and reports of the past keep their reading
    ("Встреча запланирована на 20 апреля.", ["2032-04-20"]),
    ("Встреча министров состоялась 20 июня.", ["2030-06-20"]),
])
def test_a_plan_told_in_the_past_takes_the_nearer_year(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Встреча министров, намеченная на 2 мая в Лиме, была отложена.", ["2031-05-02"]),
    ("Запланированный на 20 апреля визит отменен.", ["2031-04-20"]),
    ("Встреча министров, намеченная на 20 мая, отложена до осени.", ["2031-05-20", "2031"]),
    # no putting off: a plan told in the present lies ahead
    ("Визит, запланированный на 20 апреля, пройдет в Лиме.", ["2032-04-20"]),
])
def test_a_plan_put_off_takes_the_nearer_year(text, want):
    assert _dates(text) == want
