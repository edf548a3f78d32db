"""Negation and blocking of a cue.

``не`` before the cue (or on the verb that expresses a feeling: ``не вызывает опасений``) turns
converge into diverge and back, and blocks the other polarities.  A cue in a goal (``выработать общие
позиции``), a purpose or condition clause (``чтобы``, ``если``) or a question is no stance.
"""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from .context import Context
from .cues import Match
from .words import ABSENCE, CONDITIONS, GOALS, NEGATIONS

# What negation makes of a polarity; a polarity not here is blocked by it.
NEGATED = {"converge": "diverge", "diverge": "converge"}


def negated(cx: Context, m: Match, tokens: list[Token]) -> bool:
    ids = {t.id: i for i, t in enumerate(tokens)}
    spots = [m.tokens[0], m.head] + ([m.noun] if m.noun is not None else [])
    for t in spots:
        i = ids.get(t.id)
        if i is None:
            continue
        for j in range(i - 1, i - 1 - cx.settings.negation_reach, -1):
            if j >= 0 and fold(tokens[j].text) in NEGATIONS and (j == i - 1 or tokens[j + 1].pos in ("ADV", "PART")):
                return True
        if i > 0 and fold(tokens[i - 1].text) in ABSENCE:
            return True
        if any(fold(c.text) in NEGATIONS for c in cx.view.children(t)):
            return True
    if m.head.pos == "NOUN":  # "не вызывает опасений", "не выразил обеспокоенности"
        h = cx.view.head(m.head)
        if h is not None and h.pos in ("VERB", "AUX", "ADJ"):
            if any(fold(c.text) in NEGATIONS for c in cx.view.children(h)):
                return True
            i = ids.get(h.id)
            if i is not None and i > 0 and fold(tokens[i - 1].text) in NEGATIONS:
                return True
    return False


def blocked(cx: Context, m: Match, sentence) -> bool:
    """A question, a goal or a purpose or condition clause above the cue."""
    if sentence.text.rstrip().endswith("?"):
        return True
    converge = m.cue.polarity == "converge"
    seen = set()
    t: Token | None = m.head
    steps = 0
    while t is not None and t.id not in seen and steps < cx.settings.block_steps:
        seen.add(t.id)
        if t is not m.head and lemmas(t.text) & GOALS and converge:
            return True
        if t is m.head and m.head.pos == "NOUN" and lemmas(t.text) & GOALS:
            return True
        if any(fold(c.text) in CONDITIONS and c.rel in ("mark", "aux", "advmod", "discourse")
               for c in cx.view.children(t)):
            return True
        if t.rel in ("ccomp", "root") and t is not m.head:
            break
        t = cx.view.head(t)
        steps += 1
    # a goal noun or verb governing the cue's noun: "выработка общих позиций"
    for x in m.tokens:
        h = cx.view.head(x)
        if h is not None and lemmas(h.text) & GOALS and converge:
            return True
    return False
