"""A meeting numbered in the sentence after it (``… провели сегодня заседание. Это шестое заседание …``): that
meeting's round, on its day (``format_merge.numbered_after``, ``format_history``): invented news."""
from __future__ import annotations

import pytest

from khronika.format_merge import numbered_after
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("after, rnd", [
    ("Это шестое совместное заседание двух кабинетов.", 6),
    ("Это шестое совместное заседание двух кабинетов; предыдущее прошло в Кито в мае 2029 года.", 6),
    ("Это была уже 12-я сессия комиссии, предыдущая состоялась в Гуаякиле в 2029 году.", 12),
    ("Это уже четвертая встреча сторон в таком формате.", 4),
])
def test_a_meeting_numbered_in_the_next_sentence(tmp_path, after, rnd):
    path = tmp_path / "a.txt"
    path.write_text("Кабинеты провели заседание\n\nЛима, 12 марта 2031 года. Правительства Перу и Эквадора провели "
                    "сегодня в Пиуре совместное заседание. " + after + "\n", encoding="utf-8")
    [f] = [f for f in ingested_formats(tmp_path, path) if "Перу" in f["name"]]
    held = [(h["status"], h["round"], h["date"]) for h in f["history"] if h["status"] in ("round", "meeting")]
    assert ("round", rnd, "2031-03-12") in held
    assert not any(r == rnd and d is None for _, r, d in held)
    assert ("meeting", None, "2031-03-12") not in held


def _entry(status, date, rnd, docs, events=()):
    return {"status": status, "date": date, "round": rnd, "docs": docs, "events": list(events),
            "date_precision": "day" if date else "unknown"}


def test_the_number_goes_to_the_one_meeting_of_its_document_only():
    one = numbered_after([_entry("meeting", "2031-03-12", None, ["d:1"], ["v:1"]), _entry("round", None, 6, ["d:1"])])
    assert [(e["status"], e["round"], e["date"]) for e in one] == [("round", 6, "2031-03-12")]
    two = [_entry("meeting", "2031-03-12", None, ["d:1"], ["v:1"]),
           _entry("meeting", "2030-05", None, ["d:1"], ["v:2"]),
           _entry("round", None, 6, ["d:1"])]
    assert len(numbered_after(two)) == 3  # which of two meetings is the sixth is not told
    other = [_entry("meeting", "2031-03-12", None, ["d:2"], ["v:1"]), _entry("round", None, 6, ["d:1"])]
    assert len(numbered_after(other)) == 2  # another document's meeting
    dated = [_entry("meeting", "2031-03-12", None, ["d:1"], ["v:1"]), _entry("round", None, 6, ["d:1"]),
             _entry("round", "2029-05", 6, ["d:2"], ["v:3"])]
    assert len(numbered_after(dated)) == 3  # the sixth is dated already


def test_the_number_goes_to_its_documents_meeting_undated_too():
    undated = numbered_after([_entry("meeting", None, None, ["d:1"], ["v:1"]), _entry("round", None, 6, ["d:1"])])
    assert [(e["status"], e["round"], e["date"], e["events"]) for e in undated] == [("round", 6, None, ["v:1"])]
    told = [_entry("meeting", None, None, ["d:1"]), _entry("round", None, 6, ["d:1"])]
    assert len(numbered_after(told)) == 2  # a meeting told by no event of its own: not that one
