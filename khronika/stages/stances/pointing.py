"""An attitude aimed at what a demonstrative points back to (``Чилийская сторона отнеслась к этой инициативе
благосклонно``, ``относится к такому шагу с пониманием``): the verb's oblique after a marker of the target (``к``,
``в отношении``) names no side but has a demonstrative: the subject holds it, towards the one other side the sentence
before names (``Министр иностранных дел Перу предложил …``), else the other of the text's two sides."""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from .context import Context
from .holders import subject
from .sides import other
from .words import DEMONSTRATIVES, TARGET_MARKERS

Sides = tuple[str | None, str | None]


def pointed_target(cx: Context, verb: Token, sentence, tokens: list[Token]) -> Sides | None:
    """The verb's subject towards the side its oblique's demonstrative points back to; None where the oblique names
    one or has none."""
    v = cx.view
    dets = [d for c in v.children(verb) if c.rel in ("obl", "nmod")
            and tuple(fold(x.text) for x in v.children(c) if x.rel == "case") in TARGET_MARKERS
            and not cx.actors.actors(v.subtree(c))
            for d in v.children(c) if d.rel == "det" and lemmas(d.text) & DEMONSTRATIVES]
    if not dets:
        return None
    holder = subject(cx, verb)
    if holder is None:
        return None
    found = other(cx, holder, [], sentence, tokens, fallback=False, back=True)
    return (holder, found) if found is not None else None
