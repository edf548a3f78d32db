"""An expulsion told as a demand: ``потребовали от двух дипломатов покинуть страну``, ``требует от посла в течение
48 часов покинуть территорию страны``.  The demand (``ORDERED_OUT``) of an envoy (``ENVOYS``: посол, дипломат,
сотрудник посольства, or a pronoun for the envoy the sentence names: ``объявил советника посольства персоной нон грата
и потребовал, чтобы тот покинул территорию страны``) to leave (``LEAVING``) the country (``LEFT_GROUNDS``, or a
country named) is the state's sanction against the envoy's state, not a request; a demand to leave a post (``покинуть
пост``), or made of troops (``потребовали от военных покинуть страну``), stays a request.  An envoy given a term or
ordered to leave (``дали атташе 48 часов на то, чтобы покинуть страну``, ``дипломату предписано покинуть
страну``: ``GIVEN_TO_LEAVE``) is expelled so too, though no word of demand or expulsion is said."""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import ENVOYS, GIVEN_TO_LEAVE, LEAVING, LEFT_GROUNDS, ORDERED_OUT

_DEPTH = 3  # levels below the demand where its addressee and the verb of leaving stand ("от сотрудников посольства")


def ordered_out(w: Words, trig: list[Token]) -> bool:
    """Is the trigger a demand that an envoy leave the country?"""
    if len(trig) != 1 or trig[0].id not in w.position or w.lem[w.position[trig[0].id]] not in ORDERED_OUT:
        return False
    return _out(w, trig[0])


def given_to_leave(w: Words, used: set[int]) -> list[int]:
    """The positions of the words (not among ``used``) that give an envoy a term to leave the country or order him
    to (``GIVEN_TO_LEAVE``): an expulsion, where the sentence names a state besides the country left (``Дипломату
    предписано покинуть страну`` after the expulsion told tells no act of its own, its sides unnamed)."""
    return [i for i, word in enumerate(w.lem) if word in GIVEN_TO_LEAVE and i not in used and _out(w, w.tokens[i])
            and _a_state_named(w, w.tokens[i])]


def _a_state_named(w: Words, order: Token) -> bool:
    """Does the sentence name a country other than within what the envoy is to leave (``территорию Нигера``)?"""
    left = {x.id for t in _below(w, order) if w.lem[w.position[t.id]] in LEAVING for x in w.v.subtree(t)}
    return any(t.id not in left and w.kind(t) == "country" for t in w.tokens)


def _out(w: Words, order: Token) -> bool:
    """Is the word of demand or order ``order`` one that an envoy leave the country?"""
    below = _below(w, order)
    leaving = [t for t in below if w.lem[w.position[t.id]] in LEAVING and (
        t.feats.get("VerbForm") == "Inf" or _in_order_that(w, t))]
    envoy = any(w.lem[w.position[t.id]] in ENVOYS for t in below) or any(
        _pronoun_subject(w, v) for v in leaving) and any(word in ENVOYS for word in w.lem) or any(
        c.rel == "iobj" and c.pos == "PRON" for c in w.children(order)) and any(word in ENVOYS for word in w.lem)
    return envoy and any(w.lem[w.position[c.id]] in LEFT_GROUNDS or w.kind(c) == "country"
                         for v in leaving for c in w.children(v) if c.id in w.position)


def _in_order_that(w: Words, t: Token) -> bool:
    """A finite verb of a clause of ``чтобы`` (``потребовал, чтобы тот покинул территорию страны``)."""
    return any(c.rel == "mark" and c.text.lower() in _THAT for c in w.children(t))


def _pronoun_subject(w: Words, t: Token) -> bool:
    """The verb's subject is a pronoun (``чтобы тот покинул территорию страны``, ``чтобы она …``: the envoy the
    sentence named)."""
    return any(c.rel.startswith("nsubj") and c.pos in ("PRON", "DET") for c in w.children(t))


_THAT = frozenset({"чтобы", "чтоб"})


def _below(w: Words, t: Token) -> list[Token]:
    """The dependents of ``t`` down to ``_DEPTH`` levels, in the sentence."""
    out, level = [], [t]
    for _ in range(_DEPTH):
        level = [c for x in level for c in w.children(x) if c.id in w.position]
        out += level
    return out
