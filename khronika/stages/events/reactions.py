"""A reaction to a proposal told just before (``X в среду предложил открыть рейсы. Y поддержал эту идею``, ``Москва
предложение приняла``, ``… это предложение отклонила``): a reaction its own words do not date takes the day of the last
proposal told, which its object names without an owner (the page's date is when it was told, not when the answer was
given at the talks).  Its maker is left out of the reaction's sides: a side joined so makes two answers of one
session to different proposals alike enough to fuse across outlets."""
from __future__ import annotations

import dataclasses

from ...records import Event, Token
from .sentence import Words
from .words import PROPOSED_THINGS

REACTING = frozenset({"SUPPORT", "REJECT", "AGREE"})
REACH = 2  # the sentences back a proposal may be told in


def to_the_proposal(event: Event, w: Words, trig: list[Token], events: list[Event], before: list[int],
                    default: bool, by_default: set[str]) -> tuple[Event, bool]:
    """``event`` with the day of the proposal told in the ``REACH`` sentences before it (their starts, ``before``)
    that it reacts to (module notes), and whether its date is still its document's; as it is otherwise.  A proposal
    dated by its document (``by_default``) lends no day: the story may date both (story.py)."""
    if not default or event.type not in REACTING or not _bare_proposal(w, trig):
        return event, default
    proposal = next((e for e in reversed(events) if e.type == "REQUEST" and e.start in before[-REACH:]), None)
    if proposal is None or proposal.date.precision != "day" or proposal.id in by_default:
        return event, default
    return dataclasses.replace(event, date=proposal.date), False


def _bare_proposal(w: Words, trig: list[Token]) -> bool:
    """Is the object of the reaction's verb (or its trigger's own noun: ``предложение приняло``) a proposal's noun no
    actor owns (``эту идею``, ``предложение``; not ``предложение Чили``)?"""
    ids = {t.id for t in trig}
    for c in [*trig, *(c for t in trig for c in w.children(t))]:
        if c.rel != "obj" or c.id not in w.position or w.lem[w.position[c.id]] not in PROPOSED_THINGS \
                or c.id in ids and c.head_id not in ids:
            continue
        return not any(x.start in w.actors for x in w.v.subtree(c, skip=frozenset()) if x.id != c.id)
    return False
