"""Event fusion across documents: one real-world event, one group.

Each reported event becomes a ``Report`` (``report.py``: date, place, sides, persons, offices,
format, round, source, target, evidence words); ``rules.py`` says when two reports disagree and
when they are linked; ``cluster.py`` forms the groups, whose known dates, places and sides all
agree, a less precisely dated report joining only the one group it fits.  Groups are computed
from the whole store, so the result does not depend on the order of ingestion.

An undated document whose lead meeting (its first CONSULT event) joins a group dated to the day
(by dated documents) takes that date, with provenance ``fused``; ``fuse_store`` then re-dates
its events and computes the groups once more.
"""
from __future__ import annotations

from collections import defaultdict

from ..records import PartialDate
from ..settings import DEFAULT, FusionSettings
from .cluster import fuse_reports
from .report import Known, Report, report
from .rules import compatible, link

__all__ = ["Known", "Report", "fuse", "fuse_store", "report", "same_event"]


def _known(known) -> Known:
    return known if isinstance(known, Known) else Known.of(known)


def same_event(a: dict, b: dict, known: Known, settings: FusionSettings = DEFAULT.fusion) -> bool:
    """Are two events of different documents, taken alone, reports of one event?"""
    ra, rb = report(a, known, a.get("text", ""), settings), report(b, known, b.get("text", ""), settings)
    return compatible(ra, rb) and link(ra, rb, settings) > 0


def fuse(events: list[dict], known: Known, settings: FusionSettings = DEFAULT.fusion) -> dict[str, str]:
    """Event id → group id (the smallest event id of the group) for the events that fuse.  An
    event's ``text`` (its evidence sentences), where given, is compared for acts other than meetings."""
    return fuse_reports([report(e, known, e.get("text", ""), settings) for e in events], settings)


def fuse_store(store, reanchor=None, settings: FusionSettings = DEFAULT.fusion) -> dict[str, str]:
    """Recompute the event groups of the whole store and the dates documents get through them.
    ``reanchor(doc) -> doc`` re-dates the events of a document that got its date through fusion
    (its relative dates resolve against the new date); the groups are then computed once more."""
    groups = _fuse_once(store, settings)
    if reanchor is None:
        return groups
    fused = [d for d in store.documents() if d["published_from"] == "fused"]
    for d in fused:
        store.replace_events(reanchor(store.document(d["id"])))
    return _fuse_once(store, settings) if fused else groups


def known_of(store) -> Known:
    known = Known()
    for e in store.entities():
        known.names[e["id"]] = e["name"]
        if e.get("country"):
            known.country[e["id"]] = e["country"]
        if e["type"] == "person":
            known.persons[e["id"]] = e["name"]
    for r in store.roles():
        if r["of"]:
            known.roles.setdefault(r["person"], set()).add((r["position"], r["of"]))
    return known


def _with_text(store, events: list[dict]) -> list[dict]:
    texts: dict[str, str] = {}
    out = []
    for e in events:
        if e["doc"] not in texts:
            texts[e["doc"]] = store.document_text(e["doc"])
        spans = [(e["start"], e["stop"])] + [(x["start"], x["stop"]) for x in e.get("more") or ()]
        out.append({**e, "text": " ".join(texts[e["doc"]][a:b] for a, b in spans)})
    return out


def _fuse_once(store, settings: FusionSettings) -> dict[str, str]:
    events = _with_text(store, store.events())
    groups = fuse(events, known_of(store), settings)
    store.set_event_groups(groups)
    store.clear_fused_dates()
    docs = {d["id"]: d for d in store.documents()}
    by_group: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        if e["id"] in groups:
            by_group[groups[e["id"]]].append(e)
    first_event = {}  # each document's lead meeting: its first CONSULT event
    for e in events:
        if e["type"] == "CONSULT":
            first_event.setdefault(e["doc"], e["id"])
    for members in by_group.values():
        day = sorted({e["date"] for e in members if e["date"] and len(e["date"]) == 10
                      and docs[e["doc"]]["published_from"] != "fused"})
        if len(day) != 1:
            continue
        for e in members:
            if docs[e["doc"]]["published"] is None and first_event.get(e["doc"]) == e["id"]:
                store.set_fused_date(e["doc"], PartialDate.from_iso(day[0]))
    return groups
