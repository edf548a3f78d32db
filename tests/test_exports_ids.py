"""Fused events keep their id when another outlet's report of the same event joins them (issue 12,
item 4): the id exported first stays, whichever report's id is the smaller (``fusion/stable.py``)."""
import json

import pytest

from khronika.ingest import cross_document
from khronika.store import Store

from .test_fusion_incremental import DAY, LATER, meeting_doc

BOTH = ["Ольга Вронская", "Пётр Чохов"]
OFFICES = meeting_doc("g", BOTH, None, offices=("e:iso-AU", "e:iso-KR"), meeting=False)  # two sides: reports link


def _events(store: Store) -> list[dict]:
    from io import StringIO

    from khronika.export import write_jsonl

    out = StringIO()
    write_jsonl(store, out)
    return [r for r in map(json.loads, out.getvalue().splitlines()) if r["kind"] == "event"]


def _ingest(store: Store, *docs) -> None:
    for d in docs:
        store.save(d)
    cross_document(store, {d.id for d in docs})


@pytest.mark.parametrize("first, second", [("a", "b"), ("b", "a")])
def test_a_second_outlets_report_joins_the_event_under_its_first_id(tmp_path, first, second):
    store = Store(tmp_path / "k.db")
    _ingest(store, OFFICES, meeting_doc(first, BOTH, DAY, place="e:seoul"))
    [alone] = _events(store)
    assert alone["id"] == f"v:{first}"
    _ingest(store, meeting_doc(second, BOTH, DAY, place="e:seoul"))
    [fused] = _events(store)
    assert fused["id"] == alone["id"] and len(fused["sources"]) == 2
    _ingest(store, meeting_doc("c", ["Вронская", "Чохов"], None, place="e:seoul"))  # a third, undated: same id
    assert [e["id"] for e in _events(store)] == [alone["id"]]


def test_an_event_fused_in_one_run_takes_the_smallest_id_as_before(tmp_path):
    store = Store(tmp_path / "k.db")
    _ingest(store, OFFICES, meeting_doc("b", BOTH, DAY, place="e:seoul"), meeting_doc("a", BOTH, DAY, place="e:seoul"))
    assert [e["id"] for e in _events(store)] == ["v:a"]


def test_a_group_that_loses_the_report_it_was_named_after_does_not_take_its_id(tmp_path):
    store = Store(tmp_path / "k.db")
    _ingest(store, OFFICES, *(meeting_doc(k, BOTH, DAY, place="e:seoul") for k in "abc"))
    assert {e["id"] for e in _events(store)} == {"v:a"}
    moved = meeting_doc("a", BOTH, LATER, place="e:tokyo")  # a.txt edited: another meeting
    _ingest(store, moved.replace(id="d:aaaaaaaaaaaaaaab", content_hash="x" * 64))
    ids = sorted(e["id"] for e in _events(store))
    assert len(ids) == len(set(ids)) == 2 and "v:b" in ids  # the two left keep one id, not the leaver's
