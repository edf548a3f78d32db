"""Exercises described, not held: ``Учения носят плановый характер``, ``учения в среду и четверг стали «еще одним
проявлением военного присутствия»``, ``Учения вызвали тревогу соседей``: an exercise noun (``EXERCISES``) as the
subject of a verb that is neither one of holding nor of taking place, starting, going on or ending (``EXERCISES_HELD``),
with no actor of its own, describes exercises told elsewhere (or judged by the reaction the sentence tells) and is no
act of its own.  ``Учения начались в понедельник``, ``Учения проводятся на территории страны``, ``Учения НАТО
вызвали протест`` stay."""
from __future__ import annotations

from .passing import has_actor
from .sentence import Words
from .words import EXERCISES, EXERCISES_HELD


def exercises_described(w: Words, i: int) -> bool:
    """Is the word at ``i`` an exercise noun described by its verb, not told as held (see the module)?"""
    t = w.tokens[i]
    if w.lem[i] not in EXERCISES or t.pos != "NOUN" or t.rel != "nsubj":
        return False
    head = w.head_index(t)
    return head is not None and w.lem[head] not in EXERCISES_HELD and not has_actor(w, t)
