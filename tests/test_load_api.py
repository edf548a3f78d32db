"""A time-bounded load run (issue 13, item 7): 50 concurrent clients for a few seconds against
``khronika serve`` on loopback, on a store of documents written for the tests.  It asserts no errors
only, never a time (``python -m bench.load_api`` is the full run: 200 clients, 60 s)."""
from __future__ import annotations

from bench.load_api import run, server
from khronika.store import Store

from .test_api import corpus


def test_fifty_clients_get_no_errors(tmp_path):
    db = tmp_path / "k.db"
    with Store(db) as store:
        for d in corpus():
            store.save(d)
        store.set_event_groups({"v:a": "v:a", "v:b": "v:a"})
    with server(db) as base:
        figures = run(base, clients=50, seconds=6)
    assert figures["requests"] > 50 and figures["errors"] == 0, figures
