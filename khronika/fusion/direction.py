"""Which way an act of two countries goes when the event stage told neither its source nor its target: read from its
sentence (``directed_sides``: the envoys it is done to, ``tellings.envoys_of``; the doer its noun names,
``tellings.actors_of``), and weighed only against another direction so read or none (``as_told``)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..ids import is_country
from .tellings import actors_of, envoys_of

if TYPE_CHECKING:
    from .report import Known, Report


def as_told(r: Report, other: Report) -> Report:
    """``r`` as compared with ``other``: a direction read from its sentence (``Report.directed``) counts against
    another read so or none, not against a source the event stage told (which may be the teller's country: ``МИД X
    сообщил, что послу X была вручена нота``); there ``r`` is the act told without its actors it was."""
    if r.directed and other.sources and not other.directed:
        return replace(r, sources=frozenset(), targets=frozenset(), directed=False)
    return r


def directed_sides(parts: list[dict], known: Known, sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """Source and target of an act told of two countries without either (``Правительство X объявило персонами нон
    грата двух дипломатов посольства Y``): the country whose envoys it is done to is the target
    (``tellings.envoys_of``), the other the source; else the country an act's noun names as its doer (``отвергла
    протест X``: ``tellings.actors_of``) is the source; none where neither tells one of the two."""
    sides = {p["entity"]: known.side(p["entity"]) for p in parts if is_country(p["entity"])}
    if len(sides) != 2:
        return frozenset(), frozenset()
    for told, found in ((1, envoys_of(sentence)), (0, actors_of(sentence))):
        one = [e for e, codes in sides.items() if codes & found]
        if len(one) == 1 and len(found) == 1:
            other = next(e for e in sides if e != one[0])
            pair = (frozenset({other}) | sides[other], frozenset(one) | sides[one[0]])
            return pair if told else pair[::-1]
    return frozenset(), frozenset()
