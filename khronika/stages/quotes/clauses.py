"""A second predicate of a verb of speech after its reported clause (``X заявил, что …, и раскритиковал Y``): the
comma closes the clause that ``что`` opened, so ``и`` joins the verb after it to the verb of speech, whatever verb
the parse hung it from; it ends the reported words and has the speaker's subject."""
from __future__ import annotations

from ...morph import fold
from ...records import Token
from ...view import DocView

AGREEMENT = ("Gender", "Number", "Tense")  # what a second predicate shares with the first


def agrees(x: Token, verb: Token) -> bool:
    """``x`` has the gender, number and tense ``verb`` has (those it has)."""
    return all(x.feats.get(f) == verb.feats.get(f) for f in AGREEMENT if verb.feats.get(f))


def second_predicate(v: DocView, x: Token, verb: Token) -> bool:
    """``x`` is a finite verb right after ``, и`` with no subject of its own that agrees with ``verb``."""
    if x.pos not in ("VERB", "AUX") or x.feats.get("VerbForm") != "Fin" or not agrees(x, verb):
        return False
    before = [t for t in v.tokens_in(max(0, x.start - 8), x.start)][-2:]
    if len(before) < 2 or before[0].text != "," or fold(before[1].text) != "и":
        return False
    return not any(c.rel.startswith("nsubj") for c in v.children(x))


def main_predicate(v: DocView, x: Token, h: Token) -> Token:
    """The verb a coordinated verb ``x`` shares its subject with: its head ``h`` — or, when ``h`` heads a clause
    that ``что`` opens and ``x`` is a second predicate of the verb above that clause, that verb; or, when ``x`` is
    finite and ``h`` an infinitive, the finite verb that governs the infinitive and agrees with ``x`` (``призвал X
    «не допускать …» и осудил Y``: no finite verb is coordinated with an infinitive)."""
    if x.feats.get("VerbForm") == "Fin" and h.feats.get("VerbForm") == "Inf":
        up = v.head(h)
        while up is not None and up.feats.get("VerbForm") == "Inf" and up.rel in ("xcomp", "conj"):
            up = v.head(up)
        if up is not None and up.pos in ("VERB", "AUX") and up.feats.get("VerbForm") == "Fin" and agrees(x, up):
            return up
    up = v.head(h)
    if up is None or up.pos not in ("VERB", "AUX") or \
            not any(c.rel == "mark" and fold(c.text) == "что" for c in v.children(h)):
        return h
    return up if second_predicate(v, x, up) else h
