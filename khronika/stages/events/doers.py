"""Who does an act its trigger noun names, told in a participle or relative clause of a verb of doing it on the noun
(``words.DOING_VERBS``): its instrumental agent or subject (``санкции, введенные X против Y``, ``санкции, которые ввела
X``), not that of a verb of reacting to the act (``санкции, которые осудила Y``).  ``participants.py`` reads the subject
of the trigger itself; this reads the doer the noun's own clause names.

(The subject of a main-clause verb of doing the act, ``X ввела санкции``, was tried too and cost more fusions across
the development corpora than it gained: left to the noun's other readings.)
"""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import DOING_VERBS

_CLAUSES = ("acl", "acl:relcl")


def doers(w: Words, noun: Token) -> list[Token]:
    """The tokens that name who does the act of a trigger noun in a clause on it (none for a verb trigger)."""
    if noun.pos not in ("NOUN", "PROPN"):  # "Санкции …" opening a sentence may be read as a name
        return []
    for clause in w.children(noun):
        if clause.rel in _CLAUSES and _doing(w, clause):
            return [c for c in w.children(clause) if c.rel == "nsubj"] or _agents(w, clause)
    return []


def _doing(w: Words, verb: Token) -> bool:
    return verb.pos in ("VERB", "ADJ") and w.lemma(verb) in DOING_VERBS  # "введены": a short participle


def _agents(w: Words, verb: Token) -> list[Token]:
    """The instrumental agent of a passive participle (``введенные Аргентиной``), no preposition."""
    return [c for c in w.children(verb) if c.rel in ("obl", "obl:agent") and c.feats.get("Case") == "Ins"
            and not any(g.rel == "case" for g in w.children(c))]
