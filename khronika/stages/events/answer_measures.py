"""Answering measures told as done, no threat: a measure named as an answer (``объявлен персоной нон грата «в
качестве ответной меры»``: the expulsion is the act) or measures that are the subject of a verb in the past
(``Ответные меры были приняты 3 июня``, ``меры приняты``: the measures were taken, told as such elsewhere if at
all).  A threat names answering measures still to come (``оставляет за собой право на ответные меры``, ``ответные
меры последуют``)."""
from __future__ import annotations

from ... import morph
from ...records import Token
from .sentence import Words
from .words import ends_with

_AS = frozenset({"в качество"})  # "в качестве ответной меры": what a done act is called


def measures_done(w: Words, trig: list[Token]) -> bool:
    """A threat's trigger of answering measures (a pattern of two nouns' phrase, ``ответные меры``) told as done."""
    nouns = [t for t in trig if t.pos == "NOUN" and t.id in w.position]
    if not nouns or any(t.pos in ("VERB", "AUX") for t in trig):
        return False
    noun = nouns[-1]
    first = min(w.position[t.id] for t in trig if t.id in w.position)
    if ends_with(w.lem, first, _AS) or first > 0 and w.tokens[first - 1].text in "«\"„" \
            and ends_with(w.lem, first - 1, _AS):  # "объявлен персоной нон грата в качестве ответной меры"
        up = w.head(noun)
        return up is not None and _done(w, w.head(up) if up.pos == "NOUN" else up)  # not "будут высланы"
    return noun.rel in ("nsubj", "nsubj:pass") and _done(w, w.head(noun))


def _done(w: Words, verb: Token | None) -> bool:
    """A verb told in the past (``были объявлены``, ``последовали``) or a short participle without a future
    auxiliary (``объявлен``), not one to come (``будут высланы``)."""
    if verb is None or verb.pos not in ("VERB", "AUX", "ADJ"):
        return False
    aux = [c for c in w.children(verb) if c.rel in ("aux", "aux:pass", "cop")]
    if aux:
        return morph.tense(aux[0].text) == "past"
    return verb.feats.get("VerbForm") == "Part" or morph.tense(verb.text) == "past"
