"""The measures a sanction is made of, told after it without anyone who takes them: ``Их активы в стране будут
заморожены, а руководителям закрыт въезд``, ``Въезд им запрещен, их активы заморожены`` after ``X ввел санкции против
…``: a passive or impersonal freeze of assets or ban on entry (``words.SANCTION_MEASURES``), with no side named as its
subject or agent, spells out the sanction told before and is no act of its own (the stage joins it to that
sanction's record, ``merge.joins_told_again``)."""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import SANCTION_MEASURES, SANCTIONED

_AGENTS = ("nsubj", "obl:agent")  # "Перу заморозило активы", "активы заморожены правительством"
_RELATIVE = ("acl:relcl", "acl")  # "список лиц, которым закрыт въезд": the list is the act, told by its own verb


def a_measure_told(w: Words, trig: list[Token]) -> bool:
    """Is the trigger a freeze or a ban (``SANCTION_MEASURES``) by a passive verb of a main clause, no side its doer,
    whose subject is what a sanction freezes or bars (``SANCTIONED``: ``активы``, ``въезд``; not ``диалог был
    заморожен``, a mechanism suspended)?"""
    if not any(w.lemma(t) in SANCTION_MEASURES for t in trig):
        return False
    verbs = [t for t in trig if t.pos in ("VERB", "ADJ") and _passive(t) and t.rel not in _RELATIVE
             and any(c.rel == "nsubj:pass" and w.lemma(c) in SANCTIONED for c in w.children(t))]
    return bool(verbs) and not any(c.rel in _AGENTS and c.start in w.actors for v in verbs for c in w.children(v))


def _passive(t: Token) -> bool:
    """A passive verb or participle (``заморожены``, ``замораживаются``, ``закрыт``, ``запрещено``)."""
    return t.feats.get("Voice") == "Pass" or t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") == "Short"
