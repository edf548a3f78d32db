"""The day of a meeting's story: in a report of the day, what the text tells after a meeting it dates by its own
words to an earlier day (``Вчера министры провели переговоры … Министр настаивал, что …``, ``во вторник
встретились … Вучич обвинил …``) was said and done there, that day, not on the day of publication.

An event the document's date dated (``EventStage``'s ``by_default``) that took place takes the day of the nearest
event before it in the text that its own words date, when that one is a meeting (CONSULT) of a day before the
publication (at most ``settings.news_days`` before) and the two share a participant; any other event dated by its
own words in between starts another story (a reaction to an act of yesterday is today's).
"""
from __future__ import annotations

import dataclasses
import datetime

from ...records import Document, Event


def with_story_days(events: list[Event], by_default: set[str], doc: Document, days: int) -> list[Event]:
    """The events, those dated by the document re-dated to the day of the story they continue."""
    if doc.published.precision != "day":
        return events
    published = datetime.date.fromisoformat(doc.published.iso())
    out, anchor = [], None
    for e in sorted(events, key=lambda e: e.start):
        own = e.id not in by_default and e.date.precision == "day"
        if own:
            before = (published - datetime.date.fromisoformat(e.date.iso())).days
            anchor = e if 0 < before <= days and e.type == "CONSULT" else None
        elif e.id in by_default and e.factuality == "occurred" and anchor is not None and _shared(anchor, e):
            e = dataclasses.replace(e, date=anchor.date)
        out.append(e)
    order = {e.id: k for k, e in enumerate(events)}
    return sorted(out, key=lambda e: order[e.id])


def _shared(a: Event, b: Event) -> bool:
    return bool({p.entity for p in a.participants} & {p.entity for p in b.participants})
