"""An invitation told with the visit it is to (``пригласил X посетить Лиму``, ``передал X приглашение посетить
Лиму``, ``принял приглашение посетить Лиму``): the visit is a meeting to come (``planned._invited``), and the inviting
or the accepting is an act of its own, done the day it is told: a request (the invitation made or handed over), an
agreement (the invitation accepted)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ...records import Document, Event, PartialDate, Sentence, Token
from .factuality import factuality
from .planned import inviting_word
from .sentence import Words
from .when import dated
from .words import INVITE

ACCEPTING = frozenset({"принять", "принимать"})  # "принял приглашение посетить …": the invitation accepted


def invitation_act(w: Words, trigger: Token) -> tuple[str, Token] | None:
    """The type of the act of inviting or accepting told with the visit ``trigger`` and its word (the verb of
    inviting, or the verb the noun of invitation is the object of: ``передал``, ``принял``), if the visit is one an
    invitation is to."""
    k = inviting_word(w, trigger)
    if k is None:
        return None
    word = w.tokens[k]
    if word.pos != "NOUN":
        return "REQUEST", word  # "пригласил X посетить …"
    verb = w.head(word)
    # its object, or the subject of its passive ("Передано приглашение X посетить …")
    if verb is None or verb.id not in w.position or verb.pos != "VERB" \
            or not (word.rel.startswith("obj") or word.rel == "nsubj:pass"):
        return None  # "по приглашению X посетит …": no act of inviting told
    return ("AGREE" if w.lem[w.position[verb.id]] in ACCEPTING else "REQUEST"), verb


def accepted(event: Event, w: Words, trig: list[Token], invitation: Event) -> Event:
    """An agreement told by the noun of invitation with no side (``Приглашение было с благодарностью принято``) right
    after an invitation (``X передал Y приглашение посетить Z``): that invitation accepted, by its sides."""
    if event.participants or not any(t.id in w.position and w.lem[w.position[t.id]] in INVITE for t in trig):
        return event
    return dataclasses.replace(event, participants=invitation.participants)


def invitation_of(doc: Document, sentence: Sentence, w: Words, visit: Event, type_: str, word: Token,
                  told: PartialDate | None, make_id: Callable[[str, int, str], str]) -> tuple[Event, bool] | None:
    """The act of inviting to the ``visit`` or of accepting the invitation (``invitation_act``), told by ``word`` as
    done (not ``намерен пригласить``), of the day its own words or its document give, with the visit's sides; and
    whether that day is its document's by default."""
    if factuality(w, [word]) != "occurred" or word.feats.get("VerbForm") == "Inf":
        return None  # "намерен пригласить …": what is intended, not done
    date, default = dated(w, doc, sentence.start, sentence.stop, [word], "occurred", told)
    return dataclasses.replace(visit, id=make_id(doc.id, word.start, type_), type=type_, trigger=word.text,
                               trigger_start=word.start, trigger_stop=word.stop, factuality="occurred", mode=None,
                               date=date, format=None, round=None, more=(), place=None), default
