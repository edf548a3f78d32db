"""Appraisals: a general word of praise or blame (``data/stance_words.tsv`` APPRAISAL_POSITIVE, APPRAISAL_NEGATIVE:
``хороший``, ``правильный``, ``неудачный``, ``преждевременный``; a noun of blame for a government: ``режим``), too
general to be a cue, is a stance only as the predicative complement of a verb of naming or regarding (NAMING,
REGARD): what the verb says its object is (``назвал решение X «хорошим знаком»``, ``считает меры Y неправильными``,
``расценил визит как неудачный``, ``назвав ответ X правильным``).  The complement is the verb's word in the
instrumental or after ``как`` (an adjective, or the noun an adjective qualifies), or an adjective in the instrumental
the parser hung under the object.  The holder and the other side are read as a ``judge`` cue's: who names, of whose
act it is, a stance only between two sides; an act named by bare nouns (``назвал открытие посольства «хорошей
новостью»``, no one's, not the holder's own: ``свой``, ``наш``) is of the text's other side (``sides.counterpart``)."""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from ...view import DocView
from .context import Context
from .cues import Cue, Match
from .holders import opinion_holder
from .judge import judgement
from .sides import counterpart
from .words import ACTS, APPRAISAL_NEGATIVE, APPRAISAL_POSITIVE, MOVES, NAMING, OUR, REGARD, TALKS

Sides = tuple[str | None, str | None]
OWN = OUR | {"свой"}  # "назвал работу своего посольства хорошей": the holder's own act
MOVES = MOVES | ACTS | TALKS

VERBS = NAMING | REGARD
CUES = {p: Cue(p, "appraise", "word", (words,)) for p, words in (("positive", APPRAISAL_POSITIVE),
                                                               ("negative", APPRAISAL_NEGATIVE))}


def appraisal_matches(v: DocView, tokens: list[Token]) -> list[Match]:
    """The appraisals of a sentence (a word a cue also holds gives one stance: the stage keeps one per holder, other
    side and polarity)."""
    out = []
    for t in tokens:
        if t.pos not in ("ADJ", "ADV", "NOUN"):  # a noun of blame: "назвал власти X «режимом, …»"
            continue
        polarity = _polarity(t)
        if polarity is None:
            continue
        first = _first_conjunct(v, t)
        noun = v.head(first) if first.rel == "amod" else None
        if _complement(v, first):
            out.append(Match(CUES[polarity], [t], t))
        elif noun is not None and noun.pos == "NOUN" and (_complement(v, noun) or _misattached(v, first, noun)):
            out.append(Match(CUES[polarity], sorted([t, noun], key=lambda x: x.start), t))
    return out


def appraise(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """As ``judge``, but none of the holder's own act (``назвал работу своего посольства хорошей``); an act named by
    bare nouns of the moves of diplomacy (MOVES: ``открытие посольства``, ``итоги переговоров``; not ``новинку``) is of
    the text's other side."""
    verb = _verb(cx.view, m.head)
    objects = [x for c in cx.view.children(verb) if c.rel == "obj" for x in cx.view.subtree(c)] if verb else []
    bare = bool(objects) and not cx.actors.actors(objects)
    if any(lemmas(x.text) & OWN for x in objects) or bare and not any(lemmas(x.text) & MOVES for x in objects):
        return None, None  # "назвал новинку удачной": no move of a side
    holder, found = judgement(cx, m, sentence, tokens)
    if holder is not None or not bare:
        return holder, found
    holder = opinion_holder(cx, m, tokens)
    hs = cx.side(holder) if holder is not None else None
    found = counterpart(cx, hs, sentence, tokens) if hs is not None else None
    return (holder, found) if found is not None and cx.side(found) != hs else (None, None)


APPRAISAL_FRAMES = {"appraise": appraise}


def _polarity(t: Token) -> str | None:
    found = lemmas(t.text)
    if found & APPRAISAL_POSITIVE:
        return "positive"
    if found & APPRAISAL_NEGATIVE:
        return "negative"
    return None


def _first_conjunct(v: DocView, t: Token) -> Token:
    """``назвал шаг «поспешным и неудачным»``: the first of coordinated words stands where the parser hung the
    complement."""
    while t.rel == "conj" and v.head(t) is not None and v.head(t).pos == t.pos:
        t = v.head(t)
    return t


def _as(v: DocView, t: Token) -> bool:
    return any(fold(c.text) == "как" for c in v.children(t))


CLAUSES = frozenset({"acl:relcl", "ccomp", "advcl", "parataxis", "conj", "csubj"})


def _complement(v: DocView, t: Token) -> bool:
    """Is ``t`` (in the instrumental, or after ``как``) the predicative complement of a verb of naming or regarding,
    the parser's head of it a few steps below the verb in its clause (``назвал решение X вернуть посла хорошим
    сигналом`` parsed with the noun under the infinitive or the object)?"""
    if not (_as(v, t) or t.feats.get("Case") == "Ins" or t.pos == "ADV" and t.rel != "obj"):
        return False
    return _verb(v, t) is not None


def _verb(v: DocView, t: Token) -> Token | None:
    """The verb of naming or regarding a few heads above ``t`` in its clause, if any."""
    x = t
    for _ in range(STEPS):
        h = v.head(x)
        if h is None:
            return None
        if lemmas(h.text) & VERBS and h.pos in ("VERB", "AUX"):
            return h if x.rel not in CLAUSES or x is t and _as(v, t) else None  # "как неудачный" parsed as a clause
        if x.rel in CLAUSES or h.pos in ("VERB", "AUX") and h.feats.get("VerbForm") == "Fin":
            return None
        x = h
    return None


STEPS = 4  # the most heads from a complement up to its verb


def _misattached(v: DocView, adj: Token, noun: Token) -> bool:
    """``назвал решение «поспешным»`` parsed with the adjective in the instrumental under the object in another case."""
    verb = v.head(noun)
    return noun.rel == "obj" and verb is not None and bool(lemmas(verb.text) & VERBS) and \
        adj.feats.get("Case") == "Ins" and noun.feats.get("Case") != "Ins"
