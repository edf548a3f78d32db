"""``/events``: fused events with filters, and one event with every source's evidence."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ..lexicon import PLOVER_TYPES
from ..morph import fold
from .data import Chronicle, Limit, Offset, Records, page
from .errors import not_found

router = APIRouter(tags=["events"])
PloverType = Enum("PloverType", {t: t for t in sorted(PLOVER_TYPES)}, type=str)
Factuality = Literal["occurred", "planned", "proposed", "hypothetical", "negated"]
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _low(date: str) -> str:
    """The first day of a date cut to its precision (``2016-12`` → ``2016-12-01``)."""
    return date + "-01-01"[len(date) - 4:]


def _high(date: str) -> str:
    """The last day (as strings compare) of a date cut to its precision (``2016`` → ``2016-12-31``)."""
    return date + "-12-31"[len(date) - 4:]


def within(event: dict, since: str | None, until: str | None) -> bool:
    """Is the event dated, with a period that overlaps ``since``–``until`` (either may be None)?"""
    return bool(event["date"]) and (not since or _high(event["date"]) >= _low(since)) \
        and (not until or _low(event["date"]) <= _high(until))


def _with(event: dict, who: str) -> bool:
    """Does a participant have this id, or a name or alias containing ``who``?"""
    folded = fold(who)
    return any(p["entity"] == who or folded in fold(p["name"] or "") for p in event["participants"])


def _aliases_with(records: Chronicle, who: str) -> set[str]:
    """Entities whose aliases contain ``who`` (a participant named in another form)."""
    folded = fold(who)
    return {e["id"] for e in records.entities.values() if any(folded in fold(a) for a in e["aliases"])}


def _in_format(records: Chronicle, fmt: str):
    """A test of an event's format: a format id (``f:…``, its history's events) or a format's type or name
    (``2+2``, ``2+2 Россия – Япония``)."""
    if fmt.startswith("f:"):
        found = next((f for f in records.formats if f["id"] == fmt), None)
        ids = {v for h in (found or {}).get("history", ()) for v in h["events"]}
        return lambda e: e["id"] in ids
    return lambda e: fold(fmt) in (fold(e.get("format_type") or ""), fold(e.get("format_name") or ""))


Since = Annotated[str | None, Query(pattern=DATE, description="From this date (YYYY[-MM[-DD]]).")]
Until = Annotated[str | None, Query(pattern=DATE, description="Up to this date (YYYY[-MM[-DD]]).")]
With = Annotated[str | None, Query(alias="with", description="A participant: an entity id or a part of a name.")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="A participant's ISO 3166 code.")]


@router.get("/events", summary="Fused events, in date order, filtered")
def list_events(records: Records, limit: Limit = 100, offset: Offset = 0, since: Since = None, until: Until = None,
                type: Annotated[PloverType | None, Query(description="One of PLOVER's sixteen types.")] = None,
                with_: With = None,
                format: Annotated[str | None, Query(description="A format id (f:…) or type (2+2).")] = None,
                factuality: Factuality | None = None, country: Country = None) -> dict:
    """Each real-world event once (reports of it in several documents fused), as the export gives it, with
    each participant's name, type and ISO country code inline, ``countries``, ``place_name`` and the
    ``documents``.  An event dated less precisely than a bound is kept when its period overlaps it;
    undated events are left out when a bound is given."""
    events = records.events
    if since or until:
        events = [e for e in events if within(e, since, until)]
    if type is not None:
        events = [e for e in events if e["type"] == type.value]
    if with_:
        also = _aliases_with(records, with_)
        events = [e for e in events if _with(e, with_) or any(p["entity"] in also for p in e["participants"])]
    if format:
        events = list(filter(_in_format(records, format), events))
    if factuality:
        events = [e for e in events if e["factuality"] == factuality]
    if country:
        events = [e for e in events if country.upper() in e["countries"]]
    return page(events, limit, offset)


@router.get("/events/{event_id}", summary="One event with every source's evidence")
def get_event(event_id: str, records: Records) -> dict:
    """The event, each evidence item with its document (offsets point into the document's ``text``, as
    ``/documents/{id}`` gives it), and the quotes about it."""
    event = records.event_index.get(event_id)
    if event is None:
        raise not_found("event", event_id)
    evidence = [{**x, "document": records.document_ref(x["doc"])} for x in event["evidence"]]
    quotes = [q for q in records.quotes if q["event"] == event_id]
    return {**event, "evidence": evidence, "quotes": quotes}
