"""The topic of a stance: the phrase after a topic marker (``по вопросу о``, ``в связи с``,
``касательно``, ``относительно``, ``по поводу``, ``в отношении``: ``data/stance_phrases.tsv``) or the
cue noun's ``по X``/``о X``, else (for verbs and feelings) the words after the cue: a few nominal words
(best effort)."""
from __future__ import annotations

from ...morph import fold
from ...records import Token
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .words import DEMONSTRATIVES, OBLIQUE_DEMONSTRATIVES, TOPIC_AFTER_CUE, TOPIC_MARKERS, TOPIC_PREPOSITIONS


def topic(cx: Context, m: Match, tokens: list[Token]) -> str | None:
    words = [fold(t.text) for t in tokens]
    first = tokens.index(m.tokens[0]) if m.tokens[0] in tokens else 0
    for marker in TOPIC_MARKERS:
        n = len(marker)
        for i in range(len(tokens) - n):
            if tuple(words[i:i + n]) == marker and i + n < len(tokens):
                span = phrase(cx, tokens, i + n)
                if span and fold(tokens[i + n].text) not in DEMONSTRATIVES | OBLIQUE_DEMONSTRATIVES:
                    return span
    carrier = m.noun if m.noun is not None else m.head
    for c in cx.view.children(carrier):
        preps = [fold(x.text) for x in cx.view.children(c) if x.rel == "case"]
        if c.rel == "nmod" and preps and preps[0] in TOPIC_PREPOSITIONS and c in tokens:
            sub = cx.view.subtree(c)
            k = tokens.index(sub[0]) if sub[0] in tokens else tokens.index(c)
            return phrase(cx, tokens, k + 1 if fold(tokens[k].text) in TOPIC_PREPOSITIONS else k)
    last = max((tokens.index(t) for t in m.tokens if t in tokens), default=first)
    if last + 1 < len(tokens) and fold(tokens[last + 1].text) in TOPIC_AFTER_CUE:
        return phrase(cx, tokens, last + 2)
    if m.cue.frame in ("agent", "feeling") and last + 1 < len(tokens) and tokens[last + 1].rel not in SUBJECT:
        return phrase(cx, tokens, last + 1)
    return None


def phrase(cx: Context, tokens: list[Token], i: int) -> str | None:
    """Up to ``topic_words`` nominal words from token ``i``."""
    out = []
    for t in tokens[i:i + cx.settings.topic_words]:
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP") or (t.pos == "ADP" and not out):
            break
        out.append(t)
    while out and out[-1].pos in ("ADP", "DET"):
        out.pop()
    if not out:
        return None
    return cx.text[out[0].start:out[-1].stop]
