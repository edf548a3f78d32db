"""The ``sovereignty`` frame: a side's sovereignty, integrity or independence questioned or respected (``X ставит под
сомнение суверенитет Y``, ``уважаем территориальную целостность Y``): the subject holds it, the owner is the other
(none without one: ``независимость исследования``); when no one is its subject (``в X никто не подвергает сомнению
суверенитет Y``), the place it is said in holds it.  Negated, it states the opposite (``FLIPPED``: ``никто не подвергает
сомнению`` respects it, ``не уважает`` is against Y).

The ``claimed`` frame: a side's claim to its own sovereignty over a place (``У X нет ни малейших сомнений в своём
суверенитете над островами``, ``X обладает неоспоримым суверенитетом над …``, ``наш суверенитет над …``), held against
the one other side the sentence names, else the text's counterpart; the claimant is the subject (or ``у X``) of the
clause of ``свой``, the speaker's side for ``наш``, the subject of ``обладать``; a claim negated (``не обладает
суверенитетом``), but for a doubt denied (``нет сомнений``, ``не сомневается``), or a sovereignty over a place no
one is said to hold (``суверенитет над которыми оспаривают``) is none."""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id
from ...morph import fold, lemmas
from ...records import Token
from ..quotes.actors import best
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .holders import subject
from .sides import counterpart, other
from .words import OUR

Sides = tuple[str | None, str | None]
NO_ONE = frozenset({"никто"})
FLIPPED = {"positive": "negative", "negative": "positive"}


def sovereignty(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    owned = [x for c in cx.view.children(verb) if c.rel == "obj" or c.rel == "obl" and _on(cx, c)  # "посягает на"
             for x in cx.view.subtree(c)]
    holder = subject(cx, verb) or _place(cx, verb)
    found = other(cx, holder, owned, sentence, tokens, fallback=False) if holder is not None else None
    return (holder, found) if found is not None else (None, None)  # "независимость исследования": no side's


def _on(cx: Context, t: Token) -> bool:
    return any(x.rel == "case" and fold(x.text) == "на" for x in cx.view.children(t))


def _place(cx: Context, verb: Token) -> str | None:
    """``в X никто не подвергает сомнению``: the side of the place after ``в`` when no one is the subject (a capital
    stands for its country, also one the tagger took for a body)."""
    subj = cx.view.child(verb, SUBJECT)
    if subj is None or fold(subj.text) not in NO_ONE:
        return None
    for c in cx.view.children(verb):
        if c.rel == "obl" and any(x.rel == "case" and fold(x.text) == "в" for x in cx.view.children(c)):
            place = best([a for a in cx.actors.actors(cx.view.subtree(c)) if a.kind != "person"])
            if place is not None:
                capital = gazetteer.lookup_capital(c.text)
                return cx.actors.side(place.entity) or (country_id(capital.code) if capital else place.entity)
    return None


OWN = frozenset({"свой"})
HOLD = frozenset({"обладать", "иметь"})
DOUBT = frozenset({"сомнение", "сомневаться"})


def claimed(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    noun = next((t for t in m.tokens if t.pos == "NOUN"), m.head)
    marks = {fold(c.text) for c in cx.view.children(noun) if c.rel == "det"} | \
        {lemma for c in cx.view.children(noun) if c.rel == "det" for lemma in lemmas(c.text)}
    place = {t.id for t in cx.view.subtree(noun)}  # the place claimed is neither side
    chain, up = [], cx.view.head(noun)
    while up is not None and len(chain) < 3:  # "в своём суверенитете" under "сомнений" under "нет"
        chain.append(up)
        if up.pos in ("VERB", "AUX") or fold(up.text) == "нет":
            break
        up = cx.view.head(up)
    verb = chain[-1] if chain and (chain[-1].pos in ("VERB", "AUX") or fold(chain[-1].text) == "нет") else None
    if verb is not None and _denied(cx, verb) and not any(lemmas(t.text) & DOUBT for t in chain):
        return None, None  # "X не обладает суверенитетом над …": no claim of X's
    holder = None
    if marks & OUR:
        holder = cx.we_side(noun.start)
    elif verb is not None and (marks & OWN or lemmas(verb.text) & HOLD and noun in cx.view.children(verb)):
        holder = _at(cx, verb, place) if fold(verb.text) == "нет" else subject(cx, verb) or _at(cx, verb, place)
    named = {a.entity for a in cx.actors.actors([t for t in tokens if t.id in place])}
    if holder is None or holder in named:
        return None, None
    hs = cx.side(holder)
    found = counterpart(cx, hs, sentence, [t for t in tokens if t.id not in place]) or _most_present(cx, hs, named)
    return (holder, found) if found is not None and cx.side(found) != hs else (None, None)


def _most_present(cx: Context, hs: str, place: set[str]) -> str | None:
    """The one country most present in the document besides the holder's and the place claimed (a territory the
    gazetteer knows counts as a country)."""
    ranked = [(c, n) for c, n in cx.country_counts().most_common() if c != hs and c not in place]
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _denied(cx: Context, verb: Token) -> bool:
    return fold(verb.text) == "нет" or any(fold(c.text) in ("не", "ни") for c in cx.view.children(verb))


def _at(cx: Context, verb: Token, place: set) -> str | None:
    """``У X нет сомнений …``: the side after ``у`` (not the place claimed, whatever the parse hung it from)."""
    for c in cx.view.children(verb):
        if any(x.rel == "case" and fold(x.text) == "у" for x in cx.view.children(c)):
            found = best(cx.actors.actors([t for t in cx.view.subtree(c) if t.id not in place]))
            if found is not None:
                return cx.actors.side(found.entity) or found.entity
    return None


SOVEREIGNTY_FRAMES = {"sovereignty": sovereignty, "claimed": claimed}
