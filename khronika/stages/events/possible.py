"""A meeting only allowed for: ``не исключает проведения встречи``, ``допустил визит``, ``не исключают, что
стороны вернутся к переговорам`` — a possibility a side admits, neither held nor planned; and an act said to be
absent (``Без соглашения: …``, ``Сделки не будет: …``)."""
from __future__ import annotations

from .sentence import Words
from .words import ALLOWING, LITOTES, trigger_type

_TYPES = frozenset({"CONSULT"})  # meetings and visits; a threat "не исключает, что ответит" is one (its own rules)
_CLIMB = 3  # the trigger, "проведения", an infinitive or a clause told: the words it may climb through
_CLAUSES = ("ccomp", "xcomp")


def only_possible(w: Words, i: int) -> bool:
    """A meeting trigger under a verb of ``ALLOWING``, or of ``LITOTES`` with ``не``, through nouns, infinitives and
    clauses told (a finite verb of its own ends the climb)."""
    if trigger_type(w.lem[i]) not in _TYPES:
        return False
    t = w.tokens[i]
    for _ in range(_CLIMB):
        if t.pos == "VERB" and t.feats.get("VerbForm") != "Inf" and t.rel not in _CLAUSES and t is not w.tokens[i]:
            return False
        k = w.head_index(t)
        if k is None:
            return False
        t = w.tokens[k]
        if w.lem[k] in ALLOWING or w.lem[k] in LITOTES and any(
                c.id in w.position and w.lem[w.position[c.id]] == "не" for c in w.children(t)):
            return True
    return False


_ABSENT_AFTER = (("не", "быть"), ("нет",))  # "Соглашения не будет", "договорённости нет"


def absent(w: Words, i: int) -> bool:
    """A trigger noun after ``без`` (``разошлись без соглашения``, ``Без сделки: …``) or before ``не будет`` /
    ``нет`` (``Соглашения не будет: …``): the act is said not to be there."""
    t = w.tokens[i]
    if t.pos != "NOUN":
        return False
    if "без" in w.prepositions(t):
        return True
    return any(tuple(w.lem[i + 1: i + 1 + len(after)]) == after for after in _ABSENT_AFTER)
