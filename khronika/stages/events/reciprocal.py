"""An act answered in kind (``Гана выслала двух дипломатов Того, в среду Ломе ответил тем же``, ``ответила
зеркальными мерами``): the answer is an act of the same type as the one it answers, by the side that answers,
aimed at the side that acted."""
from __future__ import annotations

import dataclasses

from ...ids import is_country
from ...records import Document, Event, Participant, Token
from .sentence import Words
from .words import ANSWER_VERBS, IN_KIND, IN_KIND_MEASURES

ANSWERED = frozenset({"SANCTION", "PROTEST", "COERCE", "REJECT", "ACCUSE"})  # acts a side answers in kind


def answers_in_kind(w: Words, events: list[Event]) -> list[tuple[Event, list[Token]]]:
    """(the act answered, the answering verb) for each verb of answering in kind in the sentence: the act is the last
    one of ``ANSWERED`` types told before it, in this sentence or an earlier one."""
    acts = [e for e in events if e.type in ANSWERED and e.factuality == "occurred"]
    out = []
    for k, t in enumerate(w.tokens):
        if w.lem[k] not in ANSWER_VERBS or t.pos != "VERB" or not acts:
            continue
        before = [e for e in acts if e.trigger_start < t.start]
        if before and any(_in_kind(w, c) for c in w.children(t) if c.id in w.position):
            out.append((before[-1], [t]))
    return out


def _in_kind(w: Words, c: Token) -> bool:
    """``тем же``, ``зеркально``, ``взаимностью``, ``зеркальными мерами`` under the verb of answering."""
    below = [x for x in w.children(c) if x.id in w.position]
    same = c.text.lower() == "тем" and any(x.text.lower() == "же" for x in below)
    return same or w.lem[w.position[c.id]] in IN_KIND or any(
        x.rel == "amod" and w.lem[w.position[x.id]] in IN_KIND_MEASURES for x in below)


def against(answer: Event, act: Event) -> Event:
    """The answer with the sides reversed: the countries that did the act it answers are its targets, the other
    countries the act named are its sources (``Ломе ответил тем же`` after ``Гана выслала дипломатов Того``)."""
    acted = [p.entity for p in act.participants if p.role == "source" and is_country(p.entity)]
    named = list(dict.fromkeys(p.entity for p in act.participants if is_country(p.entity)))  # in the act's order
    if not acted:  # "Гана объявила персоной нон грата …": the act's countries but the answer's own
        acted = [e for e in named if e not in {p.entity for p in answer.participants if p.role == "source"}]
    people = [Participant(p.entity, "target" if p.entity in acted else "source" if p.entity in named else p.role)
              for p in answer.participants]
    people += [Participant(e, "target") for e in acted if e not in {p.entity for p in people}]
    return dataclasses.replace(answer, participants=tuple(people))


def own_day(answer: Event, act: Event, doc: Document) -> Event:
    """The answer dated by the time expression told between the act and it in their sentence (``Гана выслала …, в среду
    Ломе ответил тем же``), which the parser may have hung on the act's verb."""
    between = [x for x in doc.timexes if act.trigger_stop <= x.start < answer.trigger_start
               and answer.start <= x.start and x.relation == "at" and x.date.precision == "day"]
    return dataclasses.replace(answer, date=between[-1].date) if between else answer
