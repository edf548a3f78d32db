"""The ``sovereignty`` frame: a side's sovereignty, integrity or independence questioned or respected (``X ставит под
сомнение суверенитет Y``, ``уважаем территориальную целостность Y``): the subject holds it, the owner is the other
(none without one: ``независимость исследования``); when no one is its subject (``в X никто не подвергает сомнению
суверенитет Y``), the place it is said in holds it.  Negated, it states the opposite (``FLIPPED``: ``никто не подвергает
сомнению`` respects it, ``не уважает`` is against Y)."""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id
from ...morph import fold
from ...records import Token
from ..quotes.actors import best
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .holders import subject
from .sides import other

Sides = tuple[str | None, str | None]
NO_ONE = frozenset({"никто"})
FLIPPED = {"positive": "negative", "negative": "positive"}


def sovereignty(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    owned = [x for c in cx.view.children(verb) if c.rel == "obj" or c.rel == "obl" and _on(cx, c)  # "посягает на"
             for x in cx.view.subtree(c)]
    holder = subject(cx, verb) or _place(cx, verb)
    found = other(cx, holder, owned, sentence, tokens, fallback=False) if holder is not None else None
    return (holder, found) if found is not None else (None, None)  # "независимость исследования": no side's


def _on(cx: Context, t: Token) -> bool:
    return any(x.rel == "case" and fold(x.text) == "на" for x in cx.view.children(t))


def _place(cx: Context, verb: Token) -> str | None:
    """``в X никто не подвергает сомнению``: the side of the place after ``в`` when no one is the subject (a capital
    stands for its country, also one the tagger took for a body)."""
    subj = cx.view.child(verb, SUBJECT)
    if subj is None or fold(subj.text) not in NO_ONE:
        return None
    for c in cx.view.children(verb):
        if c.rel == "obl" and any(x.rel == "case" and fold(x.text) == "в" for x in cx.view.children(c)):
            place = best([a for a in cx.actors.actors(cx.view.subtree(c)) if a.kind != "person"])
            if place is not None:
                capital = gazetteer.lookup_capital(c.text)
                return cx.actors.side(place.entity) or (country_id(capital.code) if capital else place.entity)
    return None


SOVEREIGNTY_FRAMES = {"sovereignty": sovereignty}
