"""A meeting told put off or called off, its number told after in a sentence of no meeting (``Это был бы 12-й
саммит``): the number of the postponed (cancelled) entry (``format_after.number_called_off``).  Invented texts."""
from __future__ import annotations

import pytest

from khronika.format_after import number_called_off
from tests.test_format_history_told import ingested_formats


def _m(name, *entries):
    return ({"name": name}, [], [dict(status=s, date=d, round=r) for s, d, r in entries])


def test_the_number_goes_to_the_one_meeting_put_off():
    mentions = [_m("саммит", ("postponed", None, None)), _m("саммит", ("postponed", "2031-06-10", None)),
                _m("саммит", ("round", "2030-05", 11))]
    number_called_off(mentions, "саммит", 12)
    assert [e["round"] for _, _, told in mentions for e in told] == [12, 12, 11]


@pytest.mark.parametrize("entries", [
    [("postponed", "2031-06-10", None), ("cancelled", "2030-02", None)],  # two meetings called off: which one?
    [("postponed", "2031-06-10", None), ("round", "2031-06-10", 12)],  # a held one has that number already
])
def test_no_number_where_it_fits_no_one_meeting(entries):
    mentions = [_m("саммит", *entries)]
    number_called_off(mentions, "саммит", 12)
    assert [e["round"] for e in mentions[0][2] if e["status"] != "round"] == [None] * sum(
        1 for e in entries if e[0] != "round")


@pytest.mark.slow
def test_a_summit_put_off_and_numbered_after(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Сантьяго, 3 мая 2031 года. Саммит Чили — Аргентина, который планировалось провести в Кордове 10 "
                      "июня, перенесен на вторую половину года, сообщили в МИД Чили.\n\nЭто был бы 12-й саммит Чили — "
                      "Аргентина. Предыдущий саммит состоялся в Сантьяго в мае 2030 года.\n",
                      encoding="utf-8")
    history = [(h["status"], h["round"]) for f in ingested_formats(tmp_path, report) for h in f["history"]]
    assert ("postponed", 12) in history and ("round", 11) in history
