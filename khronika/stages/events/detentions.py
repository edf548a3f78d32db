"""A detention told again with nobody named (``Моряков задержали в субботу``, ``Экипаж был задержан накануне``)
after an act told of it, a few sentences before, whose sides the document named (``Чили потребовала от Перу
объяснений из-за ареста чилийских моряков``): the detention those sides dispute, its sides theirs.  A detention no
earlier act of two countries tells of (``Полиция задержала двух грабителей. Грабителей задержали в воскресенье``) keeps
none."""
from __future__ import annotations

from ...ids import is_country
from ...records import Event, Sentence, Token
from .plural import joined_by
from .sentence import Words
from .words import DETENTIONS

_REACH = 5  # sentences back to the act that names the detention


def with_the_disputing_sides(event: Event, trig: list[Token], sentences: list[Words], told: tuple[Sentence, ...],
                             at: int, events: list[Event]) -> Event:
    """The event of a detention (its trigger a word of ``DETENTIONS``) that names no country, joined by the countries
    of the last act of two countries or more told within ``_REACH`` sentences before, in a sentence that names a
    detention too; unchanged otherwise."""
    if any(is_country(p.entity) for p in event.participants) or not any(
            sentences[at].lemma(t) in DETENTIONS for t in trig):
        return event
    for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
        if not set(sentences[k].lem) & DETENTIONS:
            continue
        s = told[k]
        for e in reversed(events):
            states = [p.entity for p in e.participants if is_country(p.entity)]
            if len(states) >= 2 and any(s.start <= x < s.stop for x in [e.start] + [m.start for m in e.more]):
                return joined_by(event, states)
    return event
