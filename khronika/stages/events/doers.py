"""Who does an act its trigger noun names, told by a verb of doing it (``words.DOING_VERBS``) rather than by the noun's
own subject (``participants.py`` reads the subject of the trigger):

* the noun is the object of such a verb: its subject (``X ввела санкции против Y``, ``X заявила протест Y``), or, up an
  infinitive or a verb joined by ``и``, the subject of the verb it completes or follows (``X решила ввести санкции``,
  ``X вызвала посла и вручила ему ноту протеста``);
* the noun is the passive subject of such a verb: its instrumental agent (``Санкции были введены X``);
* a participle or relative clause of such a verb on the noun: its agent or subject (``санкции, введенные X против Y``,
  ``санкции, которые ввела X``), not of a verb of reacting to the act (``санкции, которые осудила Y``).
"""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import DOING_VERBS

_SUBJECT = ("nsubj",)
_CLAUSES = ("acl", "acl:relcl")


def doers(w: Words, noun: Token) -> list[Token]:
    """The tokens that name who does the act of a trigger noun (none for a verb trigger or no verb of doing it)."""
    if noun.pos not in ("NOUN", "PROPN"):  # "Санкции …" opening a sentence may be read as a name
        return []
    verb = w.head(noun)
    if verb is not None and _doing(w, verb):
        if noun.rel == "obj":
            subjects = _subjects(w, verb)
            up = w.head(verb)
            if not subjects and verb.rel in ("xcomp", "conj") and up is not None:
                subjects = _subjects(w, up)  # "X решила ввести санкции", "X вызвала посла и вручила ему ноту"
            return subjects
        if noun.rel == "nsubj:pass":
            return _agents(w, verb)
    for clause in w.children(noun):
        if clause.rel in _CLAUSES and _doing(w, clause):
            return _subjects(w, clause) or _agents(w, clause)
    return []


def _doing(w: Words, verb: Token) -> bool:
    return verb.pos in ("VERB", "ADJ") and w.lemma(verb) in DOING_VERBS  # "введены": a short participle


def _subjects(w: Words, verb: Token) -> list[Token]:
    return [c for c in w.children(verb) if c.rel in _SUBJECT]


def _agents(w: Words, verb: Token) -> list[Token]:
    """The instrumental agent of a passive verb or participle (``введенные Аргентиной``), no preposition."""
    return [c for c in w.children(verb) if c.rel in ("obl", "obl:agent") and c.feats.get("Case") == "Ins"
            and not any(g.rel == "case" for g in w.children(c))]
