"""Negation and blocking of a cue.

``не`` before the cue (or on the verb that expresses a feeling: ``не вызывает опасений``) turns
converge into diverge and back, and blocks the other polarities; a negated negation (``не может не
беспокоить``) is none.  A cue in a goal (``выработать общие
позиции``), a purpose or condition clause (``чтобы``, ``если``) or a question is no stance.
"""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from .context import Context
from .cues import Match
from .words import (
    ABSENCE,
    ACHIEVED,
    ASKING,
    CONDITIONS,
    GOALS,
    HEADING_PREPOSITIONS,
    HOPING,
    IF_CLAUSE,
    MODALS,
    NAMING,
    NEGATIONS,
    NOTED,
    REGARD,
    SUCCESS,
)

# What negation makes of a polarity; a polarity not here is blocked by it.
NEGATED = {"converge": "diverge", "diverge": "converge"}


def negated(cx: Context, m: Match, tokens: list[Token]) -> bool:
    ids = {t.id: i for i, t in enumerate(tokens)}
    own = {t.id for t in m.tokens}  # "не выполнил обязательств": a cue whose own words negate
    spots = [m.tokens[0], m.head] + ([m.noun] if m.noun is not None else [])
    for t in spots:
        i = ids.get(t.id)
        if i is None or double(tokens, i):
            continue
        for j in range(i - 1, i - 1 - cx.settings.negation_reach, -1):
            if j >= 0 and tokens[j].id not in own and fold(tokens[j].text) in NEGATIONS and \
                    (j == i - 1 or tokens[j + 1].pos in ("ADV", "PART")):
                return True
        if i > 0 and fold(tokens[i - 1].text) in ABSENCE:
            return True
        if any(fold(c.text) in NEGATIONS and c.id not in own and same_clause(tokens, ids, c, t)
               for c in cx.view.children(t)):
            return True
    if failed(cx, m.head, tokens, ids):  # "не удалось сблизить позиции", "так и не смогли найти общий язык"
        return True
    if m.head.pos == "NOUN":  # "не вызывает опасений", "не выразил обеспокоенности"
        h = cx.view.head(m.head)
        if h is not None and m.head.rel in ("nsubj", "obj") and (fold(h.text) in ABSENCE or lemmas(h.text) & ABSENCE):
            return True  # "Никаких разногласий между X и Y нет", "противоречия отсутствуют"
        if h is not None and h.pos in ("VERB", "AUX", "ADJ"):
            i = ids.get(h.id)
            if i is not None and double(tokens, i):
                return False
            if any(fold(c.text) in NEGATIONS and same_clause(tokens, ids, c, h) for c in cx.view.children(h)):
                return True
            if i is not None and i > 0 and fold(tokens[i - 1].text) in NEGATIONS:
                return True
    return named_not(cx, m, ids, tokens)


def failed(cx: Context, t: Token, tokens: list[Token], ids: dict) -> bool:
    """An infinitive under a negated verb of success (``не удалось``, ``не смогли``): what it tells was not done."""
    up = cx.view.head(t)
    if t.feats.get("VerbForm") != "Inf" or up is None or not lemmas(up.text) & SUCCESS:
        return False
    i = ids.get(up.id)
    return any(fold(c.text) in NEGATIONS for c in cx.view.children(up)) or \
        (i is not None and i > 0 and fold(tokens[i - 1].text) in NEGATIONS)


def same_clause(tokens: list[Token], ids: dict, neg: Token, t: Token) -> bool:
    """A ``не`` the parse hangs from the cue's word is its negation only when no clause stands between them: not
    the ``не`` of ``X «не была инициатором …» и что ответственность «лежит на Y»`` hung from ``лежит``."""
    i, j = ids.get(neg.id), ids.get(t.id)
    if i is None or j is None:
        return True
    between = tokens[min(i, j) + 1:max(i, j)]
    return not any(x.pos == "SCONJ" or x.pos == "VERB" and x.feats.get("VerbForm") == "Fin" and
                   not lemmas(x.text) & MODALS for x in between)


def named_not(cx: Context, m: Match, ids: dict, tokens: list[Token]) -> bool:
    """``не назвал визит успешным``, ``не считаем решение ошибочным``: the verb that names the object so is negated."""
    h = cx.view.head(m.head)  # the cue's own part of speech aside: the parser tags some adjectives as verbs
    for _ in range(2):
        if h is None:
            return False
        if lemmas(h.text) & (NAMING | REGARD):
            i = ids.get(h.id)
            return any(fold(c.text) in NEGATIONS for c in cx.view.children(h)) or \
                (i is not None and i > 0 and fold(tokens[i - 1].text) in NEGATIONS)
        h = cx.view.head(h)
    return False


def double(tokens: list[Token], i: int) -> bool:
    """``не может не <cue>``: the cue's negation is itself negated."""
    return i >= 3 and fold(tokens[i - 1].text) in NEGATIONS and bool(lemmas(tokens[i - 2].text) & MODALS) and \
        fold(tokens[i - 3].text) in NEGATIONS


def heading(cx: Context, m: Match) -> bool:
    """A line that only names a topic (a briefing's contents, ``- Об ответных мерах X``): no verb, ``о …`` first."""
    a, b = cx.view.paragraph(m.tokens[0].start)
    words = [t for t in cx.view.tokens_in(a, b) if t.pos != "PUNCT"]
    return bool(words) and fold(words[0].text) in HEADING_PREPOSITIONS and \
        not any(t.pos in ("VERB", "AUX") for t in words)


def blocked(cx: Context, m: Match, sentence) -> bool:
    """A question, a heading that names a topic, a goal or a purpose or condition clause above the cue."""
    if sentence.text.rstrip().endswith("?") or heading(cx, m) or unheld(cx, m):
        return True
    converge = m.cue.polarity == "converge"
    seen = set()
    t: Token | None = m.head
    steps = 0
    while t is not None and t.id not in seen and steps < cx.settings.block_steps:
        seen.add(t.id)
        if t is not m.head and lemmas(t.text) & GOALS and converge and not achieved(cx, t):
            return True
        if t is m.head and m.head.pos == "NOUN" and lemmas(t.text) & GOALS and not achieved(cx, t):
            return True
        # not the mark of a clause that opens after the cue, the cue parsed under it ("X ценит … и желает, чтобы …")
        last = max(x.stop for x in m.tokens)
        if any(fold(c.text) in CONDITIONS and c.rel in ("mark", "aux", "advmod", "discourse")
               and not (t is not m.head and c.rel == "mark" and c.start >= last)
               for c in cx.view.children(t)):
            return True
        if t.rel in ("ccomp", "root") and t is not m.head:
            break
        t = cx.view.head(t)
        steps += 1
    # a goal noun or verb governing the cue's noun: "выработка общих позиций"
    for x in m.tokens:
        h = cx.view.head(x)
        if h is not None and lemmas(h.text) & GOALS and converge and not achieved(cx, h):
            return True
    return False


def unheld(cx: Context, m: Match) -> bool:
    """A stance only asked about, hoped for or conditioned: the cue's clause (up from its word to the first finite
    verb) asks with ``ли`` (``спросили, осуждает ли X …``), has a condition clause (``Если X …, то Y осудит …``), or is
    not in the past under a word of hope (``выразил надежду, что X поддержит …``)."""
    v = cx.view
    t: Token | None = m.head
    for _ in range(cx.settings.block_steps):
        if t is None:
            return False
        kids = v.children(t)
        if any(fold(c.text) in ASKING and c.pos == "PART" for c in kids) or \
                any(c.rel == "advcl" and any(fold(x.text) in IF_CLAUSE for x in v.children(c)) for c in kids):
            return True
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            up = v.head(t)
            return t.feats.get("Tense") != "Past" and t.rel in ("ccomp", "acl", "advcl") and up is not None and \
                bool(lemmas(up.text) & HOPING)
        t = v.head(t)
    return False


def reported(t: Token) -> bool:
    """A verb in the past or present indicative (no future, no conditional)."""
    return t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" and t.feats.get("Mood") != "Cnd" and \
        t.feats.get("Tense") in ("Past", "Pres")


def noted(cx: Context, noun: Token) -> bool:
    """A goal noun the object of a reported verb of noting: ``стороны отметили сближение позиций`` (reached)."""
    h = cx.view.head(noun)
    return noun.rel == "obj" and h is not None and bool(lemmas(h.text) & NOTED) and reported(h)


def achieved(cx: Context, t: Token) -> bool:
    """A goal reported as reached: ``стороны нашли общий подход``, ``удалось выработать единую позицию``, ``отметили
    сближение позиций``."""
    if noted(cx, t):
        return True
    if not lemmas(t.text) & ACHIEVED:
        return False
    if t.feats.get("VerbForm") == "Inf":
        h = cx.view.head(t)
        return h is not None and bool(lemmas(h.text) & SUCCESS) and (reported(h) or h.feats.get("Tense") == "Past")
    return reported(t)
