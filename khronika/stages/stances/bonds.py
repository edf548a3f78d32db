"""The ``unite`` frame: what binds two sides said by one of them (``Нас с X объединяет общая история``, ``Нас разделяет
река, но объединяет всё остальное``, ``Граница должна соединять, а не разъединять наши народы``, ``Y и X связывают
давние узы``): held by who says it (``нас``, ``наши народы``: the speaker's side), towards the other side the object
names, else the one other side of the sentence, else of the document; the sides bound may come first (``Наши страны
связывает общая судьба``).  What binds no sides (``компанию и банк
связывает контракт``, ``нас объединяет любовь к футболу`` of a team), is told only as a goal (``чтобы объединить``) or
in a relative clause (``подрывает то, что ещё связывает наши страны``) is none."""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from .context import Context
from .cues import Match
from .holders import opinion_holder
from .sides import counterpart, side_list
from .words import OUR, SIDES, WE

Sides = tuple[str | None, str | None]
# The lemmas of sides bound ("наши народы", "две страны"): SIDES (data/stance_words.tsv) and the nations.
NATIONS = SIDES | {"народ", "нация"}


def unite(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    if verb.pos != "VERB" or verb.rel.startswith("acl"):
        return None, None  # "подрывает то, что ещё связывает наши страны": a bond told of, not asserted
    v = cx.view
    # the object shared with a coordinated verb: "нас разделяет …, но объединяет …", "соединять, а не разделять нас"
    verbs = [verb] + [c for c in v.children(verb) if c.rel == "conj" and c.pos == "VERB"]
    if verb.rel == "conj" and v.head(verb) is not None:
        verbs.append(v.head(verb))
    objs = [c for x in verbs for c in v.children(x) if c.rel in ("obj", "iobj") or disagrees(x, c)]
    # the sides themselves are bound ("нас", "наши страны", "X и Y"), not a thing of theirs ("объединить усилия X и Y")
    objs = [c for c in objs if fold(c.text) in WE or lemmas(c.text) & NATIONS or c.pos == "PROPN"]
    scope = [x for c in objs for x in v.subtree(c)]
    ours = any(fold(x.text) in WE | OUR for x in scope)
    named = side_list(cx, cx.actors.actors(scope))
    nations = any(lemmas(x.text) & NATIONS for x in scope)
    if not ours and len(named) < 2 and not (nations and named):
        return None, None  # binds no two sides the text tells
    holder = opinion_holder(cx, m, tokens)
    if holder is None or (ours and cx.we_side(verb.start) is None):
        return None, None
    hs = cx.side(holder)
    found = next((s for s in named if cx.side(s) != hs), None) or counterpart(cx, hs, sentence, tokens)
    return (holder, found) if found is not None else (None, None)


def disagrees(verb: Token, c: Token) -> bool:
    """A plural "subject" of a singular verb is its object (``Наши страны связывает общая история``: the parser takes
    the first noun for the subject, the verb agrees with the one after it)."""
    return c.rel == "nsubj" and c.feats.get("Number") == "Plur" and verb.feats.get("Number") == "Sing"


BOND_FRAMES = {"unite": unite}
