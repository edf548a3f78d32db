"""Event fusion across documents: one real-world event, one group.

Each reported event becomes a ``Report`` (``report.py``: date, place, sides, persons, offices,
format, round, source, target, evidence words); ``rules.py`` says when two reports disagree (``compat.py``,
``agree.py``: places, sides, offices) and when they are linked (``meeting_link.py``, ``act_link.py``);
``cluster.py`` forms the groups, whose known dates, places and sides all
agree, a less precisely dated report joining only the one group it fits.  The groups are those of
the whole store, whatever the order of ingestion, but an ingest computes only the part of them its
documents reach, through the fusion index (``keys.py``, ``incremental.py``).

An undated document whose lead meeting (its first CONSULT event; else its first event) joins a group dated to the day
(by dated documents) takes that date, with provenance ``fused``; ``fuse_store`` then re-dates
its events and computes the groups once more.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..settings import DEFAULT, FusionSettings
from .cluster import fuse_reports
from .incremental import fuse_changed
from .known import known_of
from .report import Known, Report, report
from .rules import compatible, link

__all__ = ["Known", "Report", "fuse", "fuse_store", "known_of", "report", "same_event"]


def _known(known) -> Known:
    return known if isinstance(known, Known) else Known.of(known)


def same_event(a: dict, b: dict, known: Known, settings: FusionSettings = DEFAULT.fusion) -> bool:
    """Are two events of different documents, taken alone, reports of one event?"""
    ra, rb = report(a, known, a.get("text", ""), settings), report(b, known, b.get("text", ""), settings)
    return compatible(ra, rb, settings) and link(ra, rb, settings) > 0


def fuse(events: list[dict], known: Known, settings: FusionSettings = DEFAULT.fusion) -> dict[str, str]:
    """Event id → group id (the smallest event id of the group) for the events that fuse.  An
    event's ``text`` (its evidence sentences), where given, is compared for acts other than meetings."""
    return fuse_reports([report(e, known, e.get("text", ""), settings) for e in events], settings)


def fuse_store(store, reanchor=None, settings: FusionSettings = DEFAULT.fusion, *,
               docs: Iterable[str] | None = None, entities: Iterable[str] = ()) -> set[str]:
    """Bring the store's event groups and the dates documents get through them up to date.

    ``docs``: the documents added or changed since the groups were last computed, ``entities``:
    those whose resolution changed; the work is then in proportion to them and the events they
    may fuse with (``incremental.py``).  ``docs=None`` (or a store whose index is empty, as after
    an upgrade) recomputes the whole store.  ``reanchor(doc) -> doc`` re-dates the events of a
    document whose date through fusion changed.  Returns the documents whose date through fusion
    changed."""
    if docs is None or not store.has_event_keys():
        every = [d["id"] for d in store.documents()]
        return fuse_changed(store, known_of(store), every, (), settings, reanchor)
    docs = set(docs) | store.docs_naming(entities)
    return fuse_changed(store, None, docs, store.pending_events(), settings, reanchor)
