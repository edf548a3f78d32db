"""Where a meeting puts its events.

The place of what is done at a meeting: an act with no place of its own whose sentence sets it at a meeting
(``На полях встречи X провёл переговоры с Y``, ``По итогам заседания стороны подписали …``, ``в кулуарах
конференции``: ``AT_MEETING`` then a word of ``AT_MEETING_NOUNS``) took place where that meeting did: the nearest
meeting held before it in the text that has a place, at a date that agrees with the act's.

The host of a visit: a visit to a city of a known country (``посетил Минск``, ``прибыл с визитом в Москву``) has that
country among its sides."""
from __future__ import annotations

import dataclasses

from ...records import Document, Event, Participant
from ...view import view
from .words import AT_MEETING, AT_MEETING_NOUNS, SIDELINES, ends_with, lemmas


def with_meeting_places(events: list[Event], doc: Document) -> list[Event]:
    """The events, those set at a meeting given that meeting's place; the persons of talks on the sidelines of a
    multilateral meeting (``на полях встречи X провёл переговоры с Y``) were at the meeting too, and take part in it."""
    held = sorted((e for e in events if e.type == "CONSULT" and e.factuality == "occurred" and e.place),
                  key=lambda e: e.start)
    if not held:
        return events
    persons = {x.id for x in doc.entities if x.type == "person"}
    out = {e.id: e for e in events}
    for e in events:
        at = _at_meeting(doc, e) if e.factuality == "occurred" else None
        before = [m for m in held if m.start < e.start and m.id != e.id and _same_time(m, e)] if at else []
        if not before:
            continue
        meeting = out[before[-1].id]
        if e.place is None or at == "sidelines":  # talks on the sidelines are where the meeting is
            out[e.id] = dataclasses.replace(out[e.id], place=meeting.place)
        if at == "sidelines" and e.type == "CONSULT" and meeting.mode == "multilateral":
            known = {p.entity for p in meeting.participants}
            came = tuple(Participant(p.entity, "participant") for p in e.participants
                         if p.entity in persons and p.entity not in known)
            out[meeting.id] = dataclasses.replace(meeting, participants=meeting.participants + came)
    return [out[e.id] for e in events]


def _same_time(a: Event, b: Event) -> bool:
    """Do the two events' dates agree at the precision both have (``предыдущее заседание … в 2024 году`` is no meeting
    of an act told today)?"""
    x, y = a.date.iso() or "", b.date.iso() or ""
    n = min(len(x), len(y))
    return x[:n] == y[:n]


def _at_meeting(doc: Document, e: Event) -> str | None:
    """How the event's sentence sets it at a meeting: ``"sidelines"`` (``на полях встречи``, ``в кулуарах``), ``"at"``
    (``по итогам заседания``, ``в ходе переговоров``) or None."""
    v = view(doc)
    lem = lemmas(list(v.sentences[v.sentence_index(e.start)].tokens))
    for k, word in enumerate(lem):
        if word in AT_MEETING_NOUNS and ends_with(lem, k, AT_MEETING):
            return "sidelines" if ends_with(lem, k, SIDELINES) else "at"
    return None


def with_hosts(events: list[Event], doc: Document) -> list[Event]:
    """The visits, each with the country of the city visited among its participants."""
    country = {e.id: e.country for e in doc.entities if e.type == "location" and e.country}
    out = []
    for e in events:
        host = country.get(e.place) if e.type == "CONSULT" and e.mode == "visit" else None
        if host and host not in {p.entity for p in e.participants}:
            e = dataclasses.replace(e, participants=e.participants + (Participant(host, "participant"),))
        out.append(e)
    return out
