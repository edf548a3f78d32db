"""An act told in a ``где`` clause of the place another act took its doer to (``посетил Асунсьон, где провел
переговоры``, ``прибыл в Лиму, где встретился с …``, ``в ходе визита в Кито, где министры подписали …``): it took
place on that act's occasion, whose date is its own when its words give none."""
from __future__ import annotations

from ...records import Token
from .sentence import Words

_WHERE = frozenset({"где"})
_CLIMB = 3  # the trigger, its verb, the clause's verb: the steps up to the relative clause


def where_clause_host(w: Words, trig: list[Token]) -> Token | None:
    """The word of the act whose place a ``где`` clause holding the trigger tells (``посетил`` of ``посетил Асунсьон,
    где провел переговоры``), else None."""
    t = trig[0]
    for _ in range(_CLIMB):
        if t.rel == "acl:relcl" and any(c.id in w.position and w.lem[w.position[c.id]] in _WHERE
                                        for c in w.children(t)):
            place = w.head(t)
            host = w.head(place) if place is not None else None
            return host if host is not None and host.id in w.position and host.start < t.start else None
        t = w.head(t)
        if t is None:
            return None
    return None
