"""Each quote of a document linked to the event it is about (``Quote.event``)."""
from __future__ import annotations

import dataclasses

from ...records import Event, Quote


def with_events(quotes: tuple[Quote, ...], events: list[Event]) -> tuple[Quote, ...]:
    """Each quote with the event it is about (``Quote.event``): of the events whose evidence sentence
    overlaps the quote's evidence (``evidence_start``..``evidence_stop``), the one whose trigger is
    nearest to the quoted text (the first in the document on a tie); else an event that the quote's
    evidence reports again (one of its ``more`` sentences), the first; else none."""
    out = []
    for q in quotes:
        told = [(_distance(e.trigger_start, e.trigger_stop, q.start, q.stop), k) for k, e in enumerate(events)
                if _overlap(e.start, e.stop, q.evidence_start, q.evidence_stop)]
        retold = [k for k, e in enumerate(events)
                  if any(_overlap(s.start, s.stop, q.evidence_start, q.evidence_stop) for s in e.more)]
        k = min(told)[1] if told else (retold[0] if retold else None)
        event = events[k].id if k is not None else None
        out.append(q if q.event == event else dataclasses.replace(q, event=event))
    return tuple(out)


def _overlap(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def _distance(a: int, b: int, c: int, d: int) -> int:
    """Characters between [a, b) and [c, d); 0 when they overlap."""
    return max(0, c - b, a - d)
