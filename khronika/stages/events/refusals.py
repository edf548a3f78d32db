"""Support withheld and acts named only as what a side refuses or asks to stop: support denied to what another
side proposes is a refusal (``не поддержал идею Y``, ``не поддержит предложение Y``: REJECT); support denied in the
present or future to anything else is a vow, no event (``никогда не поддержит раскол Y``); a meeting that is the
object of a rejection is none held (``отвергла консультации с Y``); an act that a demand asks to stop is the
demand's content (``призвал Y прекратить обстрелы``), no act of its own."""
from __future__ import annotations

from ... import morph
from ...records import Token
from .objects import demanded_at, rejected_object
from .sentence import Words
from .words import HALTING, PROPOSED_THINGS, SUPPORT_VERBS, trigger_type

STOPPED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})  # acts a side may be asked to stop


def _support_verb(w: Words, trig: list[Token]) -> Token | None:
    return next((t for t in trig if t.pos == "VERB" and t.id in w.position
                 and w.lem[w.position[t.id]] in SUPPORT_VERBS), None)


def support_refused(w: Words, trig: list[Token]) -> bool:
    """Support negated whose object is what another side proposes (``PROPOSED_THINGS``: ``не поддержала идею Y``,
    ``не поддержит предложение Y``, ``не поддержали формулировку резолюции``): a refusal, whatever the tense."""
    verb = _support_verb(w, trig)
    return verb is not None and any(
        c.rel == "obj" and c.id in w.position and w.lem[w.position[c.id]] in PROPOSED_THINGS for c in w.children(verb))


def support_vowed(w: Words, trig: list[Token]) -> bool:
    """Support negated in the present or the future, or an infinitive under a verb in these (``никогда не поддержит
    раскол Y``, ``не сможет поддержать расширение миссии``): a stance or a vow, no act told."""
    verb = _support_verb(w, trig)
    if verb is None:
        return False
    if verb.feats.get("VerbForm") == "Inf":
        verb = w.head(verb)
        if verb is None or verb.pos not in ("VERB", "AUX"):
            return False
    return morph.tense(verb.text) in ("pres", "futr")


def meeting_rejected(w: Words, i: int) -> bool:
    """A meeting noun that is the direct object of a rejection (``отвергла консультации с Y``, ``отклонила встречу
    на высшем уровне``): the rejection is the act, no meeting is held."""
    return w.tokens[i].pos == "NOUN" and trigger_type(w.lem[i]) == "CONSULT" and rejected_object(w, i)


def asked_to_stop(w: Words, i: int) -> bool:
    """An act noun that is the object of a verb of stopping (``HALTING``) that a side demands or calls for (``призвал Y
    немедленно прекратить обстрелы``, ``потребовала остановить учения``): what is to stop is the demand's content."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and t.rel == "obj" and head is not None and w.lem[head] in HALTING \
        and trigger_type(w.lem[i]) in STOPPED_TYPES and demanded_at(w, head)


VETOES = (meeting_rejected, asked_to_stop)
