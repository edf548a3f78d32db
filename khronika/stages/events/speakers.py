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
JOINT_TYPES = SPEAKER_TYPES  # told by "мы", a meeting or an agreement has both sides as "we"


def with_speakers(events: list[Event], doc: Document) -> list[Event]:
    """In a transcript, the speaker of a turn takes part in the meeting or agreement they tell of
    in the first person (``Мы договорились …``), and in a meeting (not a visit) with the one
    person it names (``Переговоры с Президентом Монголии прошли …`` said by the other president)."""
    turns = [(t.start, t.stop, t.speaker) for t in doc.turns]
    if not turns:
        return events
    persons = {e.id for e in doc.entities if e.type == "person"}
    events = _with_stenogram_speakers(events, turns, persons, doc.text)
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


def _with_stenogram_speakers(events: list[Event], turns: list, persons: set[str], text: str) -> list[Event]:
    """A stenogram of a meeting (two persons or more speak in turns after its lead, or one who speaks for a side in
    the first person plural between a reporter's turns: ``Корреспондент: …`` / ``X: Мы сделали важный шаг``): the
    meeting its lead tells, the first held one before the first turn (not a visit), has every speaker among its
    participants."""
    speakers = list(dict.fromkeys(p for *_, p in turns if p in persons))
    first = min(a for a, _, _ in turns)
    k = next((k for k, e in enumerate(events) if e.type == "CONSULT" and e.factuality == "occurred"
              and e.mode != "visit" and e.start < first), None)
    ours = len(speakers) == 1 and any(p == speakers[0] and {x.lower() for x in re.findall(r"\w+", text[a:b])}
                                      & FIRST_PERSON_PLURAL for a, b, p in turns)
    if len(speakers) < 2 and not ours or k is None:
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
    speaker's own (``Правительство Чили отклонило предложение. Об этом сообщил глава МИД Чили``).  A quote tells
    every meeting or agreement whose trigger it holds, not only the event it is linked to."""
    told = {q.event: q for q in quotes if q.event and q.speaker}
    country = {e.id: e.country for e in doc.entities} | {r.person: r.of for r in doc.roles if is_country(r.of)}
    out = []
    direct = [q for q in quotes if q.direct and q.speaker]
    for e in events:
        # the quote linked to the event, else, for a meeting or an agreement (``JOINT_TYPES``: the speaking states'
        # acts are ``with_speaking_states``'), the direct quote it is told in (an answer telling two: ``Переговоры
        # прошли успешно. Мы согласовали …``)
        q = told.get(e.id) or (next((x for x in direct if x.start <= e.trigger_start < x.stop), None)
                               if e.type in JOINT_TYPES else None)
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




def with_speaking_states(events: list[Event], quotes: tuple[Quote, ...], doc: Document) -> list[Event]:
    """An act told by ``мы`` in the direct words of a speaker of a state (a transcript's turn ``X: Мы отвергаем …``,
    an interview's answer, a quote of a minister): its sources are the speaker's state and the speaker;
    not where a source other than the speaker is named, nor a meeting or an agreement (``JOINT_TYPES``); so is an act
    done by saying it with nobody named (``X: Ответ будет жестким``)."""
    country = _states(doc)
    said = [(q.start, q.stop, q.speaker) for q in quotes if q.direct and q.speaker] \
        + [(t.start, t.stop, t.speaker) for t in doc.turns]
    said = [(a, b, p) for a, b, p in said if is_country(country.get(p) or "")]
    out = []
    for e in events:
        speaker = next((p for a, b, p in said if a <= e.trigger_start < b), None)
        state = country.get(speaker) if speaker is not None else None
        others = {p.entity for p in e.participants if p.role == "source"} - {speaker}
        said_alone = not e.participants and e.type in SPEECH_ACTS  # "X: Ответ будет жестким"
        if state is None or e.type in JOINT_TYPES or others or not (said_alone or _we(doc, e)):
            out.append(e)
            continue
        rest = tuple(p for p in e.participants if p.entity not in (state, speaker))
        sides = (Participant(state, "source"), Participant(speaker, "source"))  # as participant, fusion reads a target
        out.append(dataclasses.replace(e, participants=sides + rest))
    return out


def _states(doc: Document) -> dict[str, str | None]:
    """Each person's state: their own country, that of the role they hold, or the country of the body they hold it in
    (``представитель МИД X``); of several roles the first told outside the turns (a transcript's heading names its
    speaker's; a speaker's own words name others: ``Посол X был вызван в МИД``)."""
    own = {e.id: e.country for e in doc.entities}
    roles: dict[str, str] = {}
    for r in sorted(doc.roles, key=lambda r: r.start):
        if any(t.start <= r.start < t.stop for t in doc.turns):
            continue
        state = r.of if is_country(r.of) else own.get(r.of)
        if state:
            roles.setdefault(r.person, state)
    return own | roles


def _we(doc: Document, e: Event) -> bool:
    """Is the event's trigger a verb of the first person plural (``отвергаем``, ``мы отвергли``), or the infinitive of
    one (``мы намерены выслать``, ``будем добиваться``)?"""
    sentence = next((s for s in doc.sentences if s.start <= e.trigger_start < s.stop), None)
    if sentence is None:
        return False
    by_id = {t.id: t for t in sentence.tokens}
    verb = next((t for t in sentence.tokens if t.start == e.trigger_start), None)
    for _ in range(2):
        if verb is None or verb.pos not in ("VERB", "AUX", "ADJ"):
            return False
        if verb.feats.get("Person") == "1" and verb.feats.get("Number") == "Plur" or any(
                t.head_id == verb.id and t.rel.startswith("nsubj") and t.text.lower() == "мы" for t in sentence.tokens):
            return True
        verb = by_id.get(verb.head_id) if verb.feats.get("VerbForm") == "Inf" else None
    return False


def _first_person(doc: Document, q: Quote, e: Event) -> bool:
    """Is the event's trigger inside the quote, in a clause of the first person (a finite verb of the first
    person or ``мы``)?"""
    if not q.start <= e.trigger_start < q.stop:
        return False
    tokens = [t for s in doc.sentences if s.start <= e.trigger_start < s.stop for t in s.tokens
              if q.start <= t.start < q.stop]
    return any(t.feats.get("Person") == "1" and t.feats.get("VerbForm") == "Fin"
               or t.text.lower() in FIRST_PERSON_PLURAL for t in tokens)
