"""The ``judge`` frame: an evaluation as ``eval`` that is a stance only of one side about another (``циничный``,
``ошибочный``), and partners named so (``X — стратегический партнёр Y``, ``X и Y — братские страны``, ``X является
надёжным партнёром Y``, ``остаётся ключевым союзником Y``)."""
from __future__ import annotations

from ...morph import lemmas
from ...records import Token
from ..quotes.actors import best
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .frames import evaluation
from .holders import opinion_holder
from .sides import counterpart, side_list
from .words import COPULAS, NAMING

Sides = tuple[str | None, str | None]


def partners(cx: Context, m: Match, tokens: list[Token]) -> Sides | None:
    """``X — стратегический партнёр Y``: Y holds it towards X (a partner of what is no side: none); ``X и Y —
    стратегические партнёры``: the two sides, the speaker's first; None when the noun names no one's partner."""
    noun = m.head
    if m.cue.polarity != "positive" or noun.pos != "NOUN":
        return None
    subj = cx.view.child(noun, SUBJECT)
    h = cx.view.head(noun)
    if subj is None and h is not None and (lemmas(h.text) & {"один"} or noun.rel == "conj"):
        subj = cx.view.child(h, SUBJECT)  # "X — один из ключевых партнёров Y", "X и Y — не просто соседи, а партнёры"
    if subj is None and h is not None and lemmas(h.text) & NAMING:  # "назвал X «настоящим другом Y»": X is named so
        subj = next((c for c in cx.view.children(h) if c.rel == "obj" and c is not noun), None)
    if subj is None and h is not None and lemmas(h.text) & COPULAS:  # "X является (остаётся) надёжным партнёром Y"
        subj = cx.view.child(h, SUBJECT)
    named = side_list(cx, cx.actors.actors(cx.view.subtree(subj))) if subj is not None else []
    owned = [c for c in cx.view.children(noun) if c.rel == "nmod" and c.feats.get("Case") in ("Gen", "Dat")]
    if owned:
        owner = best(cx.actors.actors([x for c in owned for x in cx.view.subtree(c)]))
        other = next((s for s in named if owner is not None and cx.side(s) != cx.side(owner.entity)), None)
        return (owner.entity, other) if owner is not None and other is not None else (None, None)
    if len(named) < 2:
        return None
    voice = opinion_holder(cx, m, tokens)
    vs = cx.side(voice) if voice is not None else None
    holder = voice if vs in {cx.side(s) for s in named} else named[0]
    other = next(s for s in named if cx.side(s) != cx.side(holder))
    return holder, other


def judgement(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """An evaluation that is a stance only of one side about another (``циничный``, ``ошибочный``)."""
    pair = partners(cx, m, tokens)
    if pair is not None:
        return pair
    holder, found = evaluation(cx, m, sentence, tokens)
    if holder is not None and (found is None or cx.side(found) == cx.side(holder)) and unowned_act(cx, m):
        # "Мы не будем молчать, пока длится агрессия": of the text's other side
        found = counterpart(cx, cx.side(holder), sentence, tokens)
    if holder is None or found is None or cx.side(found) == cx.side(holder):
        return None, None
    return holder, found


def unowned_act(cx: Context, m: Match) -> bool:
    """A judged act named by a noun alone, in a quote: no one's it is said to be (``агрессия``, ``провокации``)."""
    noun = m.head
    h = cx.view.head(noun)
    hh = cx.view.head(h) if h is not None else None
    if any(x is not None and lemmas(x.text) & NAMING for x in (h, hh)):
        return False  # "назвал документ «однобоким»": what is named so, not an act
    return len(m.tokens) == 1 and noun.pos == "NOUN" and noun.rel in ("nsubj", "obj", "obl", "nmod") and \
        any(q.start <= noun.start < q.stop for q in cx.doc.quotes) and \
        not [c for c in cx.view.children(noun) if c.rel in ("nmod", "amod", "det")]


JUDGE_FRAMES = {"judge": judgement}
