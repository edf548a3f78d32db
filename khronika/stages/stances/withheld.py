"""Support withheld, a stance only negated or refused (``data/stance_cues.tsv`` withheld):

``X не одобрил этот план``, ``Y не поддержала инициативу Z``, ``X отказался поддержать резолюцию``: the subject of the
negated verb (of the verb of refusing an infinitive of support hangs from: ``data/stance_words.tsv`` WITHHOLDING) holds
a negative stance, when it is of a side; towards the owner of what it does not support (``инициативу Z``), else whom a
demonstrative points back to (``этот план`` after ``Y выдвинул план …``: ``sides.other``), else no one.  What is not
supported must be something put forward (``PUT_FORWARD``: a plan, a proposal, the creation of a body), and support of
an act against a side is none (``не поддержала блокаду X``, ``санкции против X``, ``отмену …``: ``OPPOSING``).
Support not withheld is support (``supported``).
"""
from __future__ import annotations

import dataclasses

from ...morph import lemmas
from ...records import Token
from .checks import negated
from .context import Context
from .cues import Cue, Match
from .holders import subject
from .sides import other
from .words import OPPOSING, PUT_FORWARD, WITHHOLDING

Sides = tuple[str | None, str | None]


def stated(cx: Context, m: Match, tokens: list[Token]) -> Token | None:
    """The verb that withholds the support of ``m``: the verb of support negated (``не поддержал``), or the verb of
    refusing its infinitive hangs from (``отказался поддержать``, not negated itself); None when support is given."""
    verb = m.head
    if verb.pos != "VERB":
        return None
    up = cx.view.head(verb)
    if verb.feats.get("VerbForm") == "Inf" and verb.rel == "xcomp" and up is not None and \
            lemmas(up.text) & WITHHOLDING:
        return None if negated(cx, Match(m.cue, [up], up), tokens) else up
    return verb if verb.feats.get("VerbForm") == "Fin" and negated(cx, m, tokens) else None


def supported(cx: Context, m: Match, tokens: list[Token]) -> Match:
    """A cue of support not withheld is support: read as a positive agent (``X поддержал Y``)."""
    if m.cue.frame != "withheld" or stated(cx, m, tokens) is not None:
        return m
    return dataclasses.replace(m, cue=Cue("positive", "agent", m.cue.shape, m.cue.slots))


def withheld(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = stated(cx, m, tokens)
    if verb is None:
        return None, None
    objects = [c for c in cx.view.children(m.head) if c.rel == "obj"]
    scope = [x for c in objects for x in cx.view.subtree(c)]
    if not any(lemmas(c.text) & PUT_FORWARD for c in objects) or any(lemmas(x.text) & OPPOSING for x in scope):
        return None, None  # "не поддержала блокаду X", "не поддержал отмену …": no proposal, no stance
    holder = subject(cx, verb)
    if holder is None or cx.actors.side(holder) is None:
        return None, None
    pointing = [d for c in objects for d in cx.view.children(c) if d.rel == "det"]
    return holder, other(cx, holder, scope, sentence, tokens, demonstrative=pointing, fallback=False, put=True)


WITHHELD_FRAMES = {"withheld": withheld}
