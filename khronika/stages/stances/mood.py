"""Frames of the mood between two sides, as releases and speakers state it.

* ``atmosphere``: a meeting held in a friendly atmosphere (``переговоры прошли в дружественной и конструктивной
  атмосфере``, ``беседа состоялась в атмосфере взаимопонимания``), or the sides' work (``работа идёт в дружественной
  атмосфере``, ``работа комиссии прошла …``; not ``работа выставки``): a positive stance of the meeting's two sides,
  mutual — the two sides the sentence names, else the sentence before (the meeting told there), else the two sides
  of the text (of the story, in a digest); a
  sentence that names no meeting (``фестиваль прошёл в дружественной атмосфере``) is none;
* ``partner``: a side named a friend or ally with a bare noun (``«X — друг, который …», — сказал министр Y``,
  ``считаем X союзником``): as the partners of ``judge``, never an evaluation of anything else.
"""
from __future__ import annotations

from ...morph import lemmas
from ...records import Token
from .context import Context
from .cues import Match
from .judge import partners
from .sides import side_list, topical
from .words import DEALINGS, DELEGATES, SHARED_WORK, SIDES, TALKS

Sides = tuple[str | None, str | None]


def atmosphere(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    if not any(lemmas(t.text) & TALKS or _shared_work(cx, t) for t in tokens):
        return None, None
    named = [a for a in cx.actors.actors(tokens) if not topical(a, tokens) and not cx.actors.outlet(a.entity)]
    sides = side_list(cx, named)
    si = cx.view.sentence_index(sentence.start)
    if len(sides) < 2 and si > 0:  # "X и Y провели переговоры. Встреча прошла в …": the meeting told just before
        before = list(cx.view.sentences[si - 1].tokens)
        sides = side_list(cx, [a for a in cx.actors.actors(before) if not topical(a, before)
                               and not cx.actors.outlet(a.entity)])
    if len(sides) < 2:
        sides = cx.sides_at(m.head.start)
    if len(sides) < 2 or cx.side(sides[0]) == cx.side(sides[1]):
        return None, None
    voice = cx.voice(m.head.start)
    vs = cx.side(voice) if voice is not None else None
    sides = sorted(sides[:2], key=lambda s: 0 if cx.side(s) == vs else 1)  # the speaker's side first
    return sides[0], sides[1]


def _shared_work(cx: Context, t: Token) -> bool:
    """``работа``, ``общение`` of no one named, or of a body or the delegates of two sides (``работа комиссии``,
    ``общение делегаций``), not of anything else (``работа выставки``)."""
    if not lemmas(t.text) & SHARED_WORK:
        return False
    return all(lemmas(c.text) & (DEALINGS | DELEGATES | SIDES) for c in cx.view.children(t) if c.rel == "nmod")


def partner(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    return partners(cx, m, tokens) or (None, None)


MOOD_FRAMES = {"atmosphere": atmosphere, "partner": partner}
