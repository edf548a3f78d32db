"""The ``contrast`` frame: two sides' positions set against each other in one sentence (``X настаивает на A, Y
считает достаточным B``, ``X настаивает на A, тогда как Y не готов …``, ``X настаивал на A, а Y — на B``): a
divergence of the subject of the cue's verb and the side named as the subject of the next clause, a verb of its own
or an ellipsis after a dash; none where that clause is its speaker's attribution (``…, заявил Y``) or what the subject
insists on (``X настаивал, что Y должен …``), no side is named its subject (``мы — на B``: the speaker, no other
side), or both are of one side."""
from __future__ import annotations

from ...marks import DASHES
from ...morph import fold
from ...records import Token
from ..quotes.cues import speech_class
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .holders import subject

Sides = tuple[str | None, str | None]
THAT = frozenset({"что", "чтобы"})


def contrast(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    holder = subject(cx, verb) if verb.pos == "VERB" else None
    if holder is None:
        return None, None
    k = next((i for i, t in enumerate(tokens) if t.id == verb.id), None)
    comma = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in ",;"), None) if k is not None else None
    if comma is None or comma + 1 < len(tokens) and fold(tokens[comma + 1].text) in THAT:
        return None, None  # "X настаивал, что Y должен …": what X insists on, no second position
    hs = cx.side(holder)
    for i in range(comma + 1, len(tokens)):
        t = tokens[i]
        if t.text in ",;:":
            break
        h = cx.view.head(t)
        ellipsis = i + 1 < len(tokens) and tokens[i + 1].text in DASHES
        if not (t.rel in SUBJECT and h is not None and h.pos in ("VERB", "ADJ", "AUX") and h.id != verb.id
                and not (speech_class(h) and h.start < t.start) or ellipsis):  # "…, заявил Y": an attribution
            continue
        side = next((a.entity for a in cx.actors.actors(cx.view.subtree(t) if not ellipsis else [t])), None)
        if side is not None and side != holder and (hs is None or cx.side(side) != hs):
            return holder, side
    return None, None


CONTRAST_FRAMES = {"contrast": contrast}
