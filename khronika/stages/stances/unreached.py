"""Accord not reached, a stance only negated (``data/stance_cues.tsv`` unreached):

``стороны так и не достигли согласия``, ``единства достичь не удалось``, ``договорённость достигнута не была``,
``не удалось сблизить позиции``, ``встреча не сблизила позиции X и Y``: the sides diverge.  Accord reached
(``достигли договорённости``) is an agreement, no stance of its own.  The sides are those of a shared position
(``frames.mutual``: the owners of the noun, ``между X и Y``, the subject), else those of the sentence's joint
pair, else the two sides of the text, else the two the sentence names.
"""
from __future__ import annotations

from ...records import Token
from .checks import negated
from .context import Context
from .cues import Match
from .frames import mutual
from .sides import side_list, topical

Sides = tuple[str | None, str | None]


def unreached(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    if not negated(cx, m, tokens):
        return None, None
    holder, found = mutual(cx, m, sentence, tokens)
    if holder is not None and cx.actors.outlet(holder):
        holder, found = None, None  # "Вестник Анд: X и Y не нашли общего языка": the outlet tells it, holds nothing
    if holder is not None and found is not None:
        return holder, found
    sides = cx.sides_at(m.head.start) or cx.two_sides() or named(cx, tokens)
    if len(sides) < 2:
        return holder, found
    if holder is None or holder not in sides:
        return sides[0], sides[1]
    return holder, next(s for s in sides if s != holder)


def named(cx: Context, tokens: list[Token]) -> list[str]:
    """The two sides the sentence names, the speaker's first (``…, сообщил МИД X после консультаций с Y``); none when
    it names more (a mediator) or fewer."""
    sides = side_list(cx, [a for a in cx.actors.actors(tokens) if not topical(a, tokens)])
    return sides if len(sides) == 2 else []


UNREACHED_FRAMES = {"unreached": unreached}
