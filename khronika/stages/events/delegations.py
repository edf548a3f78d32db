"""Who led the delegations of a meeting, told in a sentence of its own right after it (``Российскую
делегацию возглавил X, пакистанскую — Y``, ``В переговорах участвовали X и Y``, ``С чилийской стороны в ней
участвовал X, с перуанской — Y``): those persons take part in that meeting.  The words are
``data/event_words.tsv``'s ``LEAD_VERBS`` or ``участвовать`` with a ``DELEGATION_NOUNS`` noun, or a verb of
taking part (``PARTAKE``) with a meeting noun (``TALKS``)."""
from __future__ import annotations

import dataclasses

from ...records import Event, Participant
from .sentence import Words
from .words import DELEGATION_NOUNS, LEAD_VERBS, PARTAKE, SESSIONS, TALKS

_TAKE_PART = "участвовать"  # "с чилийской стороны в ней участвовал X" (not "сторона приняла решение")
REACH = 2  # sentences after the meeting's own within which its delegations are told


def delegates(w: Words) -> list[str]:
    """The persons a sentence gives as the heads or members of a meeting's delegations (none if it is no such
    sentence)."""
    lemmas = set(w.lem)
    sides = lemmas & DELEGATION_NOUNS
    led = (lemmas & LEAD_VERBS or _TAKE_PART in lemmas) and sides
    if not (led or lemmas & PARTAKE and lemmas & (TALKS | SESSIONS)):
        return []
    people = []
    for t in w.tokens:
        m = w.mention(t)
        if m is not None and m.entity and w.kind(t) == "person" and m.entity not in people:
            people.append(m.entity)
    return people


def with_delegates(meeting: Event, people: list[str]) -> Event:
    known = {p.entity for p in meeting.participants}
    return dataclasses.replace(meeting, participants=meeting.participants + tuple(
        Participant(p, "participant") for p in people if p not in known))
