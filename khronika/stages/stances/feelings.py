"""The ``feeling`` frame of a cue (``data/stance_cues.tsv``), for ``frames.py``: a noun of concern a verb expresses
(``выразил обеспокоенность X-ом``) or that is bound to what it is about (``опасения в связи с X``); ``X вызывает
обеспокоенность Y``: Y holds it; no one named expressing it (``Стороны выразили удовлетворение``): the two sides of the
text; ``В ноте выражен протест``: the sender of the note handed over before.

``(context, match, sentence, tokens) → (holder, other)``, as every frame.
"""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from ..quotes.actors import best
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .holders import stated_in, subject
from .sides import by_the_sides, other, owned, sides_express
from .words import BOUND_BY, CARRIERS, CAUSE, EXPRESSING, RECEIVING, SENDERS

Sides = tuple[str | None, str | None]


def feeling(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    noun = m.head
    v = cx.view
    h = v.head(noun)
    if h is not None and h.pos == "NOUN" and lemmas(h.text) & CARRIERS and noun.rel == "nmod":
        h = v.head(h)  # "вручил ноту протеста": the verb that hands over the note
    expressed = h is not None and (lemmas(h.text) & EXPRESSING or lemmas(h.text) & RECEIVING and _as_manner(cx, noun))
    genitive = [c for c in v.children(noun) if c.rel == "nmod" and c.feats.get("Case") == "Gen"]
    if not expressed and not bound(cx, noun):
        return None, None
    if expressed and h.feats.get("Tense") == "Fut" and h.feats.get("Person") != "1":
        return None, None  # "НАТО подтвердит поддержку …": a forecast, not a stance told
    holder = None
    if h is not None and lemmas(h.text) & CAUSE:
        # "X вызывает обеспокоенность Y / у Y": Y holds it, X is the other side
        owners = [x for c in genitive for x in v.subtree(c)]
        owners += [x for c in v.children(h) if c.rel == "obl" and
                   any(fold(y.text) == "у" for y in v.children(c)) for x in v.subtree(c)]
        found = best(cx.actors.actors(owners))
        holder = found.entity if found else cx.voice(noun.start)
        subj = v.child(h, SUBJECT)
        scope = v.subtree(subj) if subj is not None else []
        return holder, other(cx, holder, scope, sentence, tokens)
    if expressed:  # "В коммюнике X выражается возмущение …": the statement's author, not whom it is about
        own = v.child(h, SUBJECT) is noun and h.feats.get("Voice") in ("Pass", "Mid")
        holder = stated_in(cx, h, noun) if own else subject(cx, h)
        if holder is None:
            sides = _expressed_by(cx, m, h, noun)
            if sides is not None:
                return sides
    if holder is None:
        found = best(cx.actors.actors([x for c in genitive for x in v.subtree(c)]))
        holder = found.entity if found else None
    if holder is None:
        holder = cx.voice(noun.start)
    if holder is None:
        return None, None
    # "обеспокоенность атаками против государств ЕС": whom what it is about aims at is no other side
    victims = {y.id for x in tokens if v.head(x) is not None and v.head(x).pos == "NOUN" and v.head(x) is not noun
               and any(c.rel == "case" and fold(c.text) == "против" for c in v.children(x))
               for y in v.subtree(x, skip=frozenset())}
    # what it is about, not a phrase a preposition opens deeper in it ("поддержку союзникам в противостоянии с X")
    scope = [x for c in v.children(noun) for x in ([c] if c.rel == "punct" else owned(cx, c)) if x.id not in victims]
    kept = {x.id for x in scope} | {noun.id}
    victims |= {x.id for x in v.subtree(noun, skip=frozenset()) if x.id not in kept}  # nor in the sentence
    return holder, other(cx, holder, scope, sentence, [t for t in tokens if t.id not in victims])


def _expressed_by(cx: Context, m: Match, verb: Token, noun: Token) -> Sides | None:
    """No one named expresses the feeling: ``Стороны выразили удовлетворение`` (a positive one; also as the second
    of two verbs the sides are the subject of): the two sides of the text hold it, each towards the other — towards
    a third side what it is about names (``выразили обеспокоенность планами X``), any feeling; ``В ноте
    выражен протест``: the sender of the note handed over before."""
    v = cx.view
    if sides_express(cx, verb, noun):
        about = v.children(noun) + [c for c in v.children(verb) if c.rel == "obl" and c.feats.get("Case") == "Ins"]
        about += _instrumental_after(cx, noun)
        return by_the_sides(cx, m, [x for c in about for x in owned(cx, c)])
    if verb.feats.get("Voice") != "Pass" or not any(lemmas(c.text) & CARRIERS for c in v.children(verb)):
        return None
    for sentence in reversed(v.sentences[:v.sentence_index(noun.start)]):
        for t in sentence.tokens:
            h = v.head(t) if lemmas(t.text) & CARRIERS and t.rel == "obj" else None
            if h is None or not lemmas(h.text) & SENDERS:
                continue
            holder = subject(cx, h)
            if holder is None:
                return None
            scope = [x for x in v.subtree(noun) if x is not noun]
            scope += [x for c in v.children(h) if c.rel in ("iobj", "obl") for x in v.subtree(c)]
            return holder, other(cx, holder, scope, sentence, list(sentence.tokens), fallback=False)
    return None


def _instrumental_after(cx: Context, noun: Token) -> list[Token]:
    """``выразили «обеспокоенность» действиями X``: the noun in the instrumental right after the feeling noun (its
    closing quote aside) is what the feeling is about, wherever the parser hung it (on a verb further on)."""
    tokens = cx.view.sentence_tokens(noun.start)
    k = tokens.index(noun) + 1 if noun in tokens else len(tokens)
    while k < len(tokens) and tokens[k].text in "»\"":
        k += 1
    nxt = tokens[k] if k < len(tokens) else None
    if nxt is None or nxt.pos != "NOUN" or nxt.feats.get("Case") != "Ins" or cx.view.head(nxt) is noun:
        return []
    return [nxt]


def bound(cx: Context, noun: Token) -> bool:
    """A feeling noun followed by what it is about: ``опасения в связи с …``."""
    tokens = cx.view.sentence_tokens(noun.start)
    i = tokens.index(noun) if noun in tokens else -1
    after = [fold(t.text) for t in tokens[i + 1:i + 1 + cx.settings.bound_window]]
    return any(tuple(after[:len(p)]) == p for p in BOUND_BY)


def _as_manner(cx: Context, noun: Token) -> bool:
    """A feeling noun in the instrumental after ``с`` (``с сожалением восприняло …``): the manner news is taken in."""
    return noun.feats.get("Case") == "Ins" and any(c.rel == "case" and fold(c.text) in ("с", "со")
                                                 for c in cx.view.children(noun))
