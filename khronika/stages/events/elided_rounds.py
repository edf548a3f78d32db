"""Meetings a sentence tells by their ordinal alone, their noun left out, after a numbered meeting of the same series:
``Первый раунд переговоров состоялся в мае в X, второй — в сентябре в Y``, ``Третья сессия прошла в X в апреле,
четвертая намечена на 3–4 июня в Y``, ``…; восьмая — в Z в мае``.  Each such clause is a meeting of its own:
the round its ordinal tells, the date and the city its own words give (never the clause before's), the sides and the
format of the meeting it follows; planned when its date lies after the publication or its verb plans it
(``запланировано``, ``пройдет``).  A clause with no date of its own tells none (``второй — в Тегеране``: when, the
text does not say).  The formats' history reads the same clauses (``format_rounds.elided_clauses``)."""
from __future__ import annotations

import dataclasses
import re

from ...format_rounds import ROMAN, ordinal_number
from ...records import Document, Event, Sentence
from .sentence import Words

# ", второе — …", ", а седьмая — …", "; восьмая — …", ", предыдущее, третье — …", ", четвертая намечена на …"
_CLAUSE = re.compile(r"(?:,\s+а\s+|,\s+|;\s*)(?:предыдущ[а-яё]+,\s+)?([а-яё]+|\d{1,3}-?[а-яё]{0,3}|" + ROMAN
                     + r")(?:\s*[—–]\s|\s+(?=" + r"(?:прош(?:ел|ёл|ла|ло|ли)|состоял|состоится|состоятся|пройд|"
                     r"намечен|запланирован|проходил|планиру)))", re.I)
_PLANNED = re.compile(r"(?i)\b(?:намечен|запланирован|планиру|пройд[её]т|состоится|состоятся|проведут)")


def elided_rounds(events: list[Event], w: Words, doc: Document, sentence: Sentence, event_id) -> list[Event]:
    """The meetings the sentence's elliptic clauses tell, after a meeting with a round the sentence tells (``events``:
    those found so far; ``event_id``: the stage's id of an event by its document, start and type)."""
    text = doc.text[sentence.start:sentence.stop]
    clauses = list(_CLAUSE.finditer(text))
    found: list[Event] = []
    for k, m in enumerate(clauses):
        n = ordinal_number(m.group(1))
        start = sentence.start + m.start(1)
        stop = sentence.start + (clauses[k + 1].start() if k + 1 < len(clauses) else len(text))
        base = _numbered_before(events + found, sentence, start)
        if n is None or base is None or n == base.round \
                or any(start <= e.trigger_start < stop for e in events if e.start == sentence.start):
            continue
        own = [x for x in doc.timexes if start <= x.start < stop and x.relation in ("at", "before")
               and x.date.precision != "unknown"]
        if not own:
            continue
        date = own[0].date
        ahead = bool(doc.published.iso()) and (date.iso() or "") > (doc.published.iso() or "")[:len(date.iso() or "")]
        planned = ahead or bool(_PLANNED.search(doc.text, start, stop))
        found.append(dataclasses.replace(
            base, id=event_id(doc.id, start, "CONSULT"), trigger=m.group(1), trigger_start=start,
            trigger_stop=sentence.start + m.end(1), round=n, date=date, place=clause_city(w, start, stop),
            factuality="planned" if planned else "occurred", more=()))
    return found


def _numbered_before(events: list[Event], sentence: Sentence, start: int) -> Event | None:
    """The last meeting with a round the sentence tells before ``start`` (by its own trigger or as a restatement)."""
    told = [e for e in events if e.type == "CONSULT" and e.round and (
        e.start == sentence.start and e.trigger_start < start or any(s.start == sentence.start for s in e.more))]
    return max(told, key=lambda e: e.trigger_start if e.start == sentence.start else 0) if told else None


def clause_city(w: Words, start: int, stop: int) -> str | None:
    """The first place the clause names after ``в``/``во`` (``в Икитосе``), else none."""
    for i, t in enumerate(w.tokens):
        if start <= t.start < stop and i > 0 and w.tokens[i - 1].text.lower() in ("в", "во") \
                and (m := w.mention(t)) is not None and m.type == "LOC":
            return m.entity
    return None
