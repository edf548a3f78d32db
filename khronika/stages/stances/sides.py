"""The other side of a position, and the sides of a shared one.

The other side is an actor in the cue's object (``выразил обеспокоенность действиями турецких
самолётов`` → Турция) or, for an evaluation, in what it is said of; a demonstrative object (``считаем
это…``) looks into the sentence before.  For a shared or diverging position the sides are the two named
with it (``позиции Индии и Франции``, ``между X и Y``); with one side known the other is the one other
side the sentence names, else the document's counterpart.  Actors of the holder's own side are never
the other side, nor an actor the sentence talks about (``по Кипру``).
"""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id
from ...morph import fold, lemmas, parses
from ...records import Token
from ..quotes.actors import Actor
from ..quotes.cues import PRONOUNS
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .words import CLAUSE_OPENERS, DELEGATES, DEMONSTRATIVES, NORM_MARKERS, PAIR, SIDES, TOPIC_PREPOSITIONS

TOPIC_NOUNS = 2  # nouns of a genitive chain between a topic preposition and the actor: "по вопросу создания X"


SIDE_NOUN = frozenset({"сторона"})
POSSESSIVES = PRONOUNS["HIS"] | PRONOUNS["HER"] | PRONOUNS["THEIR"]  # "его нейтралитет": a side named before


def other(cx: Context, holder: str, scope: list[Token], sentence, tokens: list[Token],
          demonstrative: list[Token] = (), fallback: bool = True, back: bool = False, put: bool = False) -> str | None:
    """The first actor of another side in ``scope``; for a demonstrative (``считаем это …``) or with ``back`` (a
    bare noun that points back: ``назвал документ …``) the one other side the sentence before names (of several,
    with ``put``, what is pointed to being put forward, the one its subject names), else the other of the text's two
    sides; else, with
    ``fallback``, the one other side the sentence names.  What a possessive pronoun owns (``его нейтралитет``) is of
    the one other side its sentence names before it."""
    hs = cx.side(holder)
    for a in cx.actors.actors(scope):
        if a.entity != holder and cx.side(a.entity) != hs and not cx.actors.outlet(a.entity):
            return a.entity
    owners = [t for t in scope if t.pos == "DET" and fold(t.text) in POSSESSIVES]
    pointers = [d for d in demonstrative if fold(d.text) in DEMONSTRATIVES]
    # "Стокгольм доказал, что его нейтралитет …", "X настаивает на …, а Y на это не идет": the one other side its
    # sentence names before the possessive or the pointer
    for word in owners[:1] + pointers[:1]:
        found = distinct(cx, cx.actors.actors([t for t in tokens if t.stop <= word.start]), holder, hs)
        if len(found) == 1:
            return found[0]
    if back or pointers:
        si = cx.view.sentence_index(sentence.start)
        if si > 0:
            before = list(cx.view.sentences[si - 1].tokens)
            found = distinct(cx, cx.actors.actors(before), holder, hs)
            if len(found) > 1 and put:  # "X выдвинул план, Y его обсудил. Z не одобрил этот план": who put it
                found = distinct(cx, cx.actors.actors(_root_subject(cx, before)), holder, hs)
            if len(found) == 1:
                return found[0]
        # "назвало высылку «…»", "считаем этот шаг …" after a sentence of the holder's own side (or of none): the
        # other of the text's two sides
        if back or si > 0:
            found = [c for c in cx.two_sides() if cx.side(c) != hs]
            if len(found) == 1:
                return found[0]
    if fallback:  # not what is talked about nor the owner of a norm ("в нарушение Устава X")
        found = distinct(cx, [a for a in cx.actors.actors(tokens) if not topical(a, tokens)], holder, hs)
        if len(found) == 1:
            return found[0]
    return None


def _root_subject(cx: Context, tokens: list[Token]) -> list[Token]:
    """The phrase of the subject of a sentence's main verb (none when it has none)."""
    root = next((t for t in tokens if t.rel == "root"), None)
    subj = cx.view.child(root, SUBJECT) if root is not None else None
    return cx.view.subtree(subj) if subj is not None else []


def distinct(cx: Context, actors: list[Actor], holder: str, hs: str) -> list[str]:
    """One actor of each side other than the holder's, no news outlet."""
    out: list[str] = []
    sides: set[str] = set()
    for a in actors:
        s = cx.side(a.entity)
        if a.entity == holder or s == hs or s in sides or cx.actors.outlet(a.entity):
            continue  # nor the outlet or network it is told in ("в соцсети X", "в своем Telegram-канале")
        sides.add(s)
        out.append(a.entity)
    return out


def side_list(cx: Context, actors: list[Actor]) -> list[str]:
    """One actor of each side, in text order."""
    out: list[str] = []
    seen: set[str] = set()
    for a in actors:
        s = cx.side(a.entity)
        if s not in seen:
            seen.add(s)
            out.append(a.entity)
    return out


def topical(a: Actor, tokens: list[Token]) -> bool:
    """Is the actor what is talked about (``по Кипру``, ``о Ливии``, ``в отношении Чили``, ``по вопросу создания
    X``), or the owner of a norm referred to (``в нарушение Устава X``, ``в соответствии с конвенцией X``)?"""
    i = next((i for i, t in enumerate(tokens) if t.start >= a.start), None)
    if i is None:
        return False
    j, nouns = i - 1, 0
    while True:
        while j >= 0 and tokens[j].pos in ("ADJ", "DET") and tokens[j].start < a.start:
            j -= 1
        prev = [fold(t.text) for t in tokens[max(0, j - 1):j + 1]]
        if prev and (prev[-1] in TOPIC_PREPOSITIONS or prev[-2:] in (["в", "отношении"], ["по", "вопросу"])):
            return True
        told = " " + " ".join(fold(t.text) for t in tokens[max(0, j - 2):j + 1])
        if any(told.endswith(" " + " ".join(p)) for p in NORM_MARKERS):
            return True  # "в нарушение Конвенции ООН": the owner of a norm referred to
        # back over the genitive nouns of a topic phrase
        if j < 0 or tokens[j].pos not in ("NOUN", "PROPN") or nouns >= TOPIC_NOUNS or \
                tokens[j + 1].feats.get("Case") != "Gen":  # "Конвенции" is tagged a proper noun as often
            return False
        nouns += 1
        j -= 1


def counterpart(cx: Context, hs: str, sentence, tokens: list[Token]) -> str | None:
    """The other side of a shared position: the one other side the sentence names (not as a
    topic: ``по Кипру``), else the side the text calls "наши <X> коллеги", else the country
    most present in the document."""
    found = distinct(cx, [a for a in cx.actors.actors(tokens) if not topical(a, tokens) and
                          not cx.actors.outlet(a.entity)], hs, hs)  # nor an outlet: "как сообщает агентство X"
    if len(found) == 1:
        return found[0]
    cps = [c for c in cx.counterparts() if c != hs]
    if len(cps) == 1:
        return cps[0]
    ranked = [(c, n) for c, n in cx.country_counts().most_common() if c != hs]
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]  # the one country most present in the document besides the holder's
    return None


def possessors(cx: Context, noun: Token) -> list[Token]:
    """Who a noun belongs to: its genitive dependents without a preposition (``позиции Индии и
    Франции``), ``между X и Y``, ``у X`` (conjuncts included)."""
    out: list[Token] = []
    for c in cx.view.children(noun):
        if c.rel not in ("nmod", "det", "amod"):
            continue
        preps = [fold(x.text) for x in cx.view.children(c) if x.rel == "case"]
        if c.rel == "amod" or (c.rel == "nmod" and ((not preps and c.feats.get("Case") == "Gen") or
                                                    any(p in ("между", "у") for p in preps))):
            out.extend(owned(cx, c))
    return out


def owned(cx: Context, t: Token) -> list[Token]:
    """The subtree of a possessor without the phrases a preposition opens below it (``оценка ситуации в X``: X is
    a place, no owner); a token once at most, whatever cycle a broken parse has."""
    out, todo, seen = [], [t], {t.id}
    while todo:
        x = todo.pop()
        out.append(x)
        for c in cx.view.children(x):
            if c.id not in seen and not any(y.rel == "case" for y in cx.view.children(c)):
                seen.add(c.id)
                todo.append(c)
    return sorted(out, key=lambda x: x.start)


def between(cx: Context, tokens: list[Token]) -> list[str]:
    """``между X и Y`` in the sentence: the two sides."""
    for k, t in enumerate(tokens):
        if fold(t.text) == "между":
            end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in ",;:." or
                        (tokens[i].pos in ("VERB", "AUX") and tokens[i].feats.get("VerbForm") == "Fin")), len(tokens))
            sides = side_list(cx, cx.actors.actors(tokens[k + 1:end]))
            if len(sides) >= 2:
                return sides
    return []


def the_sides(cx: Context, t: Token) -> bool:
    """``стороны``, ``обе страны``, ``две стороны``: the parties together; so are those who speak for them, named in
    the plural with no side of their own (``министры``, ``главы МИД двух стран``, ``обе делегации``, a singular after
    the numeral; not ``министры ЕС``)."""
    paired = any(lemmas(c.text) & PAIR for c in cx.view.children(t))
    if lemmas(t.text) & DELEGATES and t.pos == "NOUN" and (t.feats.get("Number") == "Plur" or paired):
        return not any(cx.side(a.entity) for a in cx.actors.actors(cx.view.subtree(t)))
    if not lemmas(t.text) & SIDES:
        return False
    return t.feats.get("Number") == "Plur" or paired


def sides_before(cx: Context, verb: Token, tokens: list[Token]) -> list[str]:
    """The parser found no subject: "Стороны" or names in the nominative just before the verb."""
    k = tokens.index(verb) if verb in tokens else 0
    i = k
    while i > 0:
        t = tokens[i - 1]
        if t.text == "," and (opened := _clause_start(tokens, i - 1)) is not None:
            i = opened  # "Путин, даже если и слушал его доводы, остался при своём мнении"
            continue
        if t.text in ",;:.()«»\"" or "\n" in cx.text[t.stop:tokens[i].start] or \
                (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"):
            break
        i -= 1
    window = tokens[i:k]
    if any(the_sides(cx, t) and (t.feats.get("Case") == "Nom" or cx.view.children(t)) for t in window) \
            or _sides_right_before(window):
        return cx.sides_at(verb.start)
    nominative = [t for t in window if t.feats.get("Case") == "Nom" or t.pos == "PROPN"]
    return side_list(cx, cx.actors.actors(nominative))


_PARTICLES = frozenset({"так", "и", "не", "пока", "еще", "ещё", "вновь", "снова", "опять"})


def _sides_right_before(window: list[Token]) -> bool:
    """``По вопросу плотины стороны так и не сошлись``: "стороны" right before the verb (particles aside), which the
    tagger read as a genitive of the noun before it, is the subject where its form may be a nominative plural."""
    words = [t for t in window if fold(t.text) not in _PARTICLES]
    last = words[-1] if words else None
    return last is not None and bool(lemmas(last.text) & SIDES) and any(
        {"nomn", "plur"} <= p.tag.grammemes for p in parses(last.text.lower()))


def _clause_start(tokens: list[Token], comma: int) -> int | None:
    """``tokens[comma]`` closes a subordinate clause set off by commas (``, даже если …,``, ``, хотя …,``):
    the index of the comma that opens it, else None."""
    j = comma - 1
    while j >= 0 and tokens[j].text not in ",;:.()«»\"":
        j -= 1
    if j < 0 or tokens[j].text != "," or j + 1 >= comma:
        return None
    opening = tokens[j + 1:comma][:2]
    return j if any(t.pos == "SCONJ" or fold(t.text) in CLAUSE_OPENERS for t in opening) else None


def acting(cx: Context, noun: Token, holder: str) -> str | None:
    """``Y (предпочла) действовать по указке X``: the side of the subject of the verb ``noun`` depends on (of the
    verb above an infinitive; an object before the verb when it has no subject: a name the parser misread), not the
    holder's."""
    verb = cx.view.head(noun)
    while verb is not None and verb.feats.get("VerbForm") == "Inf" and verb.rel in ("xcomp", "csubj"):
        verb = cx.view.head(verb)
    subj = cx.view.child(verb, SUBJECT) if verb is not None else None
    while subj is None and verb is not None and verb.rel in ("ccomp", "conj"):
        # "Y дал понять, что будет поступать по указке X", "Y закрыл границу и действует по указке X": a clause
        # with no subject of its own shares the subject of the verb it completes or is coordinated with
        verb = cx.view.head(verb)
        subj = cx.view.child(verb, SUBJECT) if verb is not None else None
    if subj is None and verb is not None:  # "Тирана слепо копирует …" with the name parsed as a genitive object
        subj = next((c for c in cx.view.children(verb) if c.rel == "obj" and c.start < verb.start
                     and not any(x.rel == "case" for x in cx.view.children(c))), None)
    found = [a.entity for a in cx.actors.actors(cx.view.subtree(subj))] if subj is not None else []
    capital = gazetteer.lookup_capital(subj.text) if subj is not None and not found else None
    if capital is not None and country_id(capital.code) in cx.actors.entities:
        found = [country_id(capital.code)]  # a capital the tagger missed ("Тирана" read as "тиран"), of a side named
    return next((e for e in found if cx.side(e) != cx.side(holder)), None)


def on_part(cx: Context, pred: Token) -> list[Token]:
    """``акт агрессии со стороны X``: the phrase of X under the noun or its dependents."""
    out: list[Token] = []
    for c in [pred] + cx.view.children(pred):
        for x in cx.view.children(c):
            case = [fold(y.text) for y in cx.view.children(x) if y.rel == "case"]
            fixed = [lemmas(z.text) for y in cx.view.children(x) if y.rel == "case" for z in cx.view.children(y)]
            side = lemmas(x.text) & SIDE_NOUN or any(f & SIDE_NOUN for f in fixed)
            if x.rel == "nmod" and case[:1] == ["со"] and side:
                out.extend(cx.view.subtree(x))
    return out


def sides_express(cx: Context, verb: Token, noun: Token) -> bool:
    """``Стороны выразили …``, ``Стороны договорились … и выразили …`` (the first verb's subject): the sides express
    the feeling noun."""
    up = cx.view.head(verb) if verb.rel == "conj" else None
    subj = next((c for x in (verb, up) if x is not None and (x is verb or x.pos in ("VERB", "AUX"))
                 for c in cx.view.children(x) if c.rel in SUBJECT and c.pos != "NUM"), None)  # not "3." of a list
    return subj is not None and subj is not noun and the_sides(cx, subj)


def by_the_sides(cx: Context, m: Match, about: list[Token],
                 sided: bool = False) -> tuple[str | None, str | None] | None:
    """The two sides of the text, each towards the other for a positive cue; towards a third side what it is about
    names (``выразили обеспокоенность планами X``, ``осудили действия X``), any cue; with ``sided``, a third side of a
    country only (``высоко оценили итоги заседания <their joint council>`` is of their own); a concern they share
    about no third side (``Обе стороны выразили обеспокоенность ситуацией в регионе``), both named before it:
    theirs, towards no one."""
    sides = cx.sides_at(m.head.start)
    own = {cx.side(s) for s in sides}
    third = [a.entity for a in cx.actors.actors(about) if cx.side(a.entity) not in own and
             not (sided and cx.actors.side(a.entity) is None)]
    if len(sides) == 2 and third:
        return sides[0], third[0]
    if len(sides) == 2 and m.cue.polarity == "concern" and _named_before(cx, sides, m.head.start):
        return sides[0], None
    return (sides[0], sides[1]) if m.cue.polarity == "positive" and len(sides) == 2 else None


def _named_before(cx: Context, sides: list[str], offset: int) -> bool:
    """Each of the sides is named in the text before the offset."""
    named = {cx.side(a.entity) for a in cx.actors.actors(cx.view.tokens_in(0, offset))}
    return all(cx.side(s) in named for s in sides)
