"""The speakers of a text as sides of the events they tell: the speaker of a transcript's turn
(``with_speakers``) and of a quote that tells an event in the first person or an act done by saying it
(``with_own_speakers``)."""
from __future__ import annotations

import dataclasses
import re

from ...ids import is_country
from ...records import Document, Event, Participant, Quote
from .words import FIRST_PERSON_PLURAL

SPEAKER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def with_speakers(events: list[Event], doc: Document) -> list[Event]:
    """In a transcript, the speaker of a turn takes part in the meeting or agreement they tell of
    in the first person (``Мы договорились …``), and in a meeting (not a visit) with the one
    person it names (``Переговоры с Президентом Монголии прошли …`` said by the other president)."""
    turns = [(t.start, t.stop, t.speaker) for t in doc.turns]
    if not turns:
        return events
    persons = {e.id for e in doc.entities if e.type == "person"}
    events = _with_stenogram_speakers(events, turns, persons)
    out = []
    for e in events:
        speaker = next((p for a, b, p in turns if a <= e.start < b), None)
        words = {x.lower() for x in re.findall(r"\w+", doc.text[e.start:e.stop])}
        named = [p for p in e.participants if p.entity in persons]
        if (speaker is not None and e.type in SPEAKER_TYPES and speaker not in {p.entity for p in e.participants}
                and (words & FIRST_PERSON_PLURAL or e.type == "CONSULT" and len(named) == 1 and e.mode != "visit")):
            e = dataclasses.replace(e, participants=e.participants + (Participant(speaker, "participant"),))
        out.append(e)
    return out


def _with_stenogram_speakers(events: list[Event], turns: list, persons: set[str]) -> list[Event]:
    """A stenogram of a meeting (two persons or more speak in turns after its lead): the meeting its lead tells, the
    first held one before the first turn (not a visit), has every speaker among its participants."""
    speakers = list(dict.fromkeys(p for *_, p in turns if p in persons))
    first = min(a for a, _, _ in turns)
    k = next((k for k, e in enumerate(events) if e.type == "CONSULT" and e.factuality == "occurred"
              and e.mode != "visit" and e.start < first), None)
    if len(speakers) < 2 or k is None:
        return events
    e = events[k]
    added = tuple(Participant(p, "participant") for p in speakers if p not in {x.entity for x in e.participants})
    return events[:k] + [dataclasses.replace(e, participants=e.participants + added)] + events[k + 1:]


SPEECH_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "PROTEST", "REJECT"})  # acts done by saying them


def with_own_speakers(events: list[Event], quotes: tuple[Quote, ...], doc: Document) -> list[Event]:
    """The speaker of a direct quote that tells an event in the first person (``Расцениваем это решение как
    недружественный шаг``, ``Мы договорились …``) is a side of it: its source when none is named, else a
    participant; and the speaker of any quote that tells an act done by saying it is its source when nobody
    acting is named (``По ее словам, ответные меры последуют``), a participant when the state that acts is the
    speaker's own (``Правительство Чили отклонило предложение. Об этом сообщил глава МИД Чили``)."""
    told = {q.event: q for q in quotes if q.event and q.speaker}
    country = {e.id: e.country for e in doc.entities} | {r.person: r.of for r in doc.roles if is_country(r.of)}
    out = []
    for e in events:
        q = told.get(e.id)
        sources = {p.entity for p in e.participants if p.role == "source"}
        said = q is not None and e.type in SPEECH_ACTS and q.start <= e.trigger_start < q.stop \
            and (not sources or country.get(q.speaker) in sources)
        if q is None or q.speaker in {p.entity for p in e.participants} or not (
                said or q.direct and _first_person(doc, q, e)):
            out.append(e)
            continue
        role = "participant" if sources else "source"
        out.append(dataclasses.replace(e, participants=e.participants + (Participant(q.speaker, role),)))
    return out


def _first_person(doc: Document, q: Quote, e: Event) -> bool:
    """Is the event's trigger inside the quote, in a clause of the first person (a finite verb of the first
    person or ``мы``)?"""
    if not q.start <= e.trigger_start < q.stop:
        return False
    tokens = [t for s in doc.sentences if s.start <= e.trigger_start < s.stop for t in s.tokens
              if q.start <= t.start < q.stop]
    return any(t.feats.get("Person") == "1" and t.feats.get("VerbForm") == "Fin"
               or t.text.lower() in FIRST_PERSON_PLURAL for t in tokens)
