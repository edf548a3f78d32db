"""Frames of a side's regard for its relations with another.

* ``value``: importance given to relations or to a side (``Монголия придаёт большое значение отношениям с
  Японией``, ``придаём особое значение сотрудничеству``): the subject holds it, the other side is the partner of
  the relations (``с X``, ``отношения X и Y``) or the side given it; importance given to anything else (``вопросам
  климата``) is no stance;
* ``praise``: relations called important or exemplary (``назвал отношения двух стран «важнейшими»``), or said to be
  good or bad (``отношения X и Y лучше, чем когда-либо``, ``находятся на высоком уровне``, ``хуже некуда``): held by
  who says so, towards the other side of the relations (named with them, else the one other side of the sentence or
  the document); the adjective must be said of the relations (``назвал``, ``считает``, a predicate of them), not just
  stand beside them (``важные отношения``), unless a side is said to have them so (``у нас прекрасные отношения с X``);
* ``refuse``: a claim refused (``мы никогда не признаем аннексию``, ``никакие претензии X не могут быть приняты``):
  only negated, held by the subject of the active verb or by who says the passive, towards the claim's owner;
* ``alternative``: no alternative seen to dialogue with a side (``X не видит альтернативы переговорам с Y``): only
  negated, held by the subject of the negated verb, towards the partner of the dialogue (``с Y``);
* ``ready``: readiness to act together with a side (``X готов вместе с Y завершить переговоры``): held by the
  subject, towards the side after ``с``;
* ``conduct``: conduct called incompatible with a status (``работа, несовместимая со статусом
  дипломата``): held by who says so or by who acts for that reason (``выслал … за деятельность …``), towards the side
  whose conduct it is;
* ``closed``: a question closed to talks (``суверенитет X не является предметом переговоров``, ``вопрос … обсуждению не
  подлежит``, ``не может быть предметом торга``): only negated, held as ``conduct`` by who says so, towards the side
  it names (``предметом торга с X``), else the one other side of the sentence or the document;
* ``unfit``: conduct said not to conform to a status or a norm (``деятельность советника «не соответствовала его
  статусу»``, ``меры … не соответствуют духу братства``): read as ``closed``, only negated and towards another side;
* ``attempt``: an attempt to interfere or press called so (``попытка X вмешаться``, ``X пытается навязать``): an
  evaluation as ``eval``, none when the one attempting is the holder's own side (``мы пытаемся повлиять``, ``наши
  попытки``, ``Доха пытается …`` in Qatar's words).
"""
from __future__ import annotations

from ...gazetteer import compound_countries
from ...ids import country_id
from ...morph import fold, lemmas
from ...records import Token
from ..quotes.actors import best
from ..quotes.cues import FIRST_PERSON_WORDS
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .frames import evaluation
from .holders import opinion_holder, subject
from .sides import counterpart, possessors, sides_before
from .targets import after_marker, clause, target_of
from .words import (
    CLAIMS,
    COPULAS_PAST,
    MODALS,
    NAMING,
    NEGATIONS,
    RECOGNISE,
    RELATIONS,
    RULINGS,
    UNACCEPTED_CLAUSES,
    WITH_MARKERS,
    WITHHOLDING,
)

Sides = tuple[str | None, str | None]


def partner(cx: Context, m: Match, rel: Token, holder: str, sentence, tokens: list[Token],
            fallback: bool) -> str | None:
    """The other side of relations: after ``с`` (``отношения с X``), a possessor (``отношения X и Y``); with
    ``fallback`` the one other side of the sentence, else of the document."""
    hs = cx.side(holder)
    found, _ = target_of(cx, m, rel, tokens, WITH_MARKERS)
    if found is None and had(cx, m.head, tokens) is rel:  # "С X у нас прекрасные отношения": "с X" before them
        found, _ = after_marker(cx, clause(tokens, tokens.index(rel), -1, cx.settings.target_reach), WITH_MARKERS)
    if found is not None and cx.side(found) != hs:
        return found
    for a in cx.actors.actors(possessors(cx, rel)):
        if a.entity != holder and cx.side(a.entity) != hs:
            return a.entity
    # "чилийско-аргентинские отношения": the country of the compound adjective besides the holder's
    compound = [country_id(c.code) for t in cx.view.children(rel) if t.rel == "amod"
                for c in compound_countries(t.text)]
    if len(compound) == 2 and hs in {cx.side(c) for c in compound}:
        return next(c for c in compound if cx.side(c) != hs)
    return counterpart(cx, hs, sentence, tokens) if fallback else None


def value(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    if verb.pos != "VERB":
        return None, None
    holder = subject(cx, verb)
    if holder is None:
        return None, None
    noun = next((t for t in m.tokens if t.pos == "NOUN"), None)
    given = [c for h in (verb, noun) if h is not None for c in cx.view.children(h)
             if c.feats.get("Case") == "Dat" and c.pos in ("NOUN", "PROPN")]
    hs = cx.side(holder)
    for g in given:
        if lemmas(g.text) & RELATIONS:
            # "отношениям стратегического партнёрства с двумя соседями": the other side of the text
            other = partner(cx, m, g, holder, sentence, tokens, fallback=True)
            return (holder, other) if other is not None else (None, None)
        found = best([a for a in cx.actors.actors(cx.view.subtree(g)) if cx.side(a.entity) != hs])
        if found is not None:
            return holder, found.entity
    return None, None


def praise(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    adj = m.head
    h = cx.view.head(adj)
    rel = None
    if h is not None and lemmas(h.text) & NAMING:  # "назвал отношения «важнейшими»"
        rel = next((c for c in cx.view.children(h) if c.rel == "obj" and lemmas(c.text) & RELATIONS), None)
    elif h is not None and lemmas(h.text) & RELATIONS and h.rel == "obj":  # the adjective parsed under the noun
        verb = cx.view.head(h)
        rel = h if verb is not None and lemmas(verb.text) & NAMING else None
    if rel is None:
        rel = named_before(cx, adj, tokens)
    if rel is None:
        rel = predicated(cx, adj) or had(cx, adj, tokens)
    if rel is None:
        return None, None
    verb = cx.view.head(rel)
    holder = None
    if verb is not None and lemmas(verb.text) & NAMING:
        # the subject, also one before a clause set off by commas ("X, как сообщает агентство, назвал …")
        holder = subject(cx, verb) or next(iter(sides_before(cx, verb, tokens)), None)
    holder = holder or had_by(cx, adj, tokens) or opinion_holder(cx, m, tokens)
    if holder is None:
        return None, None
    other = partner(cx, m, rel, holder, sentence, tokens, fallback=True)
    return (holder, other) if other is not None else (None, None)


def predicated(cx: Context, pred: Token) -> Token | None:
    """The relations a predicate is said of (``отношения X и Y лучше, чем когда-либо``, ``наши отношения крепки``,
    ``отношения находятся на высоком уровне``, ``отношения остаются превосходными``): the subject of the predicate or
    of the verb it completes; an adjective only beside the noun (``хорошие отношения``) is none."""
    v = cx.view
    heads = [pred] + ([v.head(pred)] if pred.rel in ("obl", "xcomp") and v.head(pred) is not None else [])
    for h in heads:
        subj = v.child(h, SUBJECT)
        if subj is not None:
            return subj if lemmas(subj.text) & RELATIONS else None
    return None


def had(cx: Context, adj: Token, tokens: list[Token]) -> Token | None:
    """The relations a side is said to have so (``С X у нас прекрасные отношения``, ``у Y сложились отличные отношения с
    X``, ``у нас с X всегда были хорошие отношения``): the adjective beside the noun, ``у`` and its owner before them in
    the same clause, no punctuation between."""
    found = _had(cx, adj, tokens)
    return found[0] if found else None


def had_by(cx: Context, adj: Token, tokens: list[Token]) -> str | None:
    """Who ``had`` says has the relations: ``у нас`` the speaker's side, ``у Y`` Y."""
    found = _had(cx, adj, tokens)
    if found is None:
        return None
    after = [t for t in tokens if found[1].start < t.start < adj.start]
    if after and fold(after[0].text) in FIRST_PERSON_WORDS:
        return cx.we_side(after[0].start)
    owner = best(cx.actors.actors(after[:1]))
    return owner.entity if owner is not None else None


def _had(cx: Context, adj: Token, tokens: list[Token]) -> tuple[Token, Token] | None:
    rel = cx.view.head(adj)
    if adj.rel != "amod" or rel is None or not lemmas(rel.text) & RELATIONS or rel.start < adj.start:
        return None
    k = next((i for i, t in enumerate(tokens) if t.start == adj.start), 0)
    for t in reversed(tokens[max(0, k - cx.settings.target_reach):k]):
        if t.text in ",;:.()" or t.pos in ("SCONJ",):
            return None
        if fold(t.text) == "у" and t.pos == "ADP":
            return rel, t
    return None


def named_before(cx: Context, adj: Token, tokens: list[Token]) -> Token | None:
    """Whatever head the parser gave the adjective: the relations a naming verb's object just before it in its
    clause (``назвал отношения обеих стран «ключевыми для …»``)."""
    k = next((i for i, t in enumerate(tokens) if t.start == adj.start), 0)
    for t in reversed(tokens[max(0, k - cx.settings.target_reach):k]):
        if t.text in ",;:.()":
            return None
        h = cx.view.head(t)
        if lemmas(t.text) & RELATIONS and t.rel == "obj" and h is not None and lemmas(h.text) & NAMING:
            return t
    return None


def refused(cx: Context, verb: Token) -> bool:
    """``не признаем``, ``не могут быть приняты``: the verb or the modal it completes negated; ``отказался признать``:
    the verb of refusing it completes, not negated itself."""
    up = cx.view.head(verb) if verb.rel == "xcomp" else None
    if up is not None and lemmas(up.text) & WITHHOLDING:
        return not any(fold(c.text) in NEGATIONS for c in cx.view.children(up))
    heads = [verb] + ([up] if up is not None and lemmas(up.text) & MODALS else [])
    return any(fold(c.text) in NEGATIONS for h in heads for c in cx.view.children(h))


def refuse(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    if verb.pos != "VERB" or not refused(cx, verb):
        return None, None
    modal = cx.view.head(verb) if verb.rel == "xcomp" else None
    passive = any(c.rel == "aux:pass" for c in cx.view.children(verb)) or verb.feats.get("Voice") == "Pass"
    if passive:  # "никакие претензии X не могут быть приняты": who says it refuses them
        holder = opinion_holder(cx, m, tokens)
        claims = [c for h in (verb, modal) if h is not None for c in cx.view.children(h)
                  if c.rel in SUBJECT | {"nsubj:pass"}]
    else:
        holder = subject(cx, verb) or (subject(cx, modal) if modal is not None else None)  # "мы не можем принять"
        claims = [c for c in cx.view.children(verb) if c.rel == "obj"]
    refused_ = CLAIMS | RULINGS if lemmas(verb.text) & RECOGNISE else CLAIMS
    claims = [c for c in claims if lemmas(c.text) & refused_]
    if holder is None or not (claims or not passive and unaccepted_clause(cx, verb, modal, tokens)):
        return None, None
    hs = cx.side(holder)
    owners = [a.entity for c in claims for a in cx.actors.actors(possessors(cx, c))
              if a.entity != holder and cx.side(a.entity) != hs]
    if not owners:  # "отказалась признать результаты выборов в X": the side the ruling is of, named within it
        owners = [a.entity for c in claims for a in cx.actors.actors(cx.view.subtree(c))
                  if a.entity != holder and cx.side(a.entity) not in (hs, None)]
    return holder, owners[0] if owners else None


def unaccepted_clause(cx: Context, verb: Token, modal: Token | None, tokens: list[Token]) -> bool:
    """``не можем принять, когда (что) …``: a state of affairs refused, told by a clause right after the verb (under
    it or the modal it completes, or, however the parser hangs it, opened by the comma and conjunction that follow)."""
    if any(c.rel == "obj" for c in cx.view.children(verb)):
        return False
    k = next((i for i, t in enumerate(tokens) if t.id == verb.id and t.start == verb.start), None)
    after = [fold(t.text) for t in tokens[k + 1:k + 3]] if k is not None else []
    if len(after) == 2 and after[0] == "," and after[1] in UNACCEPTED_CLAUSES:
        return True
    return any(c.rel in ("ccomp", "advcl") and c.start > verb.start and
               any(x.rel == "mark" and fold(x.text) in UNACCEPTED_CLAUSES for x in cx.view.children(c))
               for h in (verb, modal) if h is not None for c in cx.view.children(h))


def alternative(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    noun = m.tokens[0]
    verb = cx.view.head(noun)
    if verb is None or verb.pos not in ("VERB", "AUX") or noun.rel not in ("obj", "obl", "nsubj") or \
            not any(fold(c.text) in NEGATIONS for c in cx.view.children(verb)):
        return None, None
    return with_partner(cx, m, subject(cx, verb), tokens)


def with_partner(cx: Context, m: Match, holder: str | None, tokens: list[Token]) -> Sides:
    """The holder, towards the side named after ``с`` within the cue's clause; none without one of another side."""
    if holder is None:
        return None, None
    k = tokens.index(m.tokens[-1]) if m.tokens[-1] in tokens else len(tokens)
    window = [t for t in tokens[k + 1:k + 1 + cx.settings.target_reach] if t.text not in "«»\"“”„"]
    stop = next((i for i, t in enumerate(window) if t.text in ",;:.!?" or t.pos in ("VERB", "AUX")), len(window))
    found, _ = after_marker(cx, window[:stop], WITH_MARKERS)
    if found is None or cx.side(found) == cx.side(holder):
        return None, None
    return holder, found


def conduct(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """Conduct called incompatible with a status (``работа, «несовместимая со статусом дипломата»``): held
    by who says so, else by the subject of the act it gives the reason for (``X выслал дипломатов за деятельность,
    несовместимую …``); towards whose conduct it is, else the one other side of the sentence or the document."""
    holder, found = evaluation(cx, m, sentence, tokens)
    if holder is None:
        t, steps = cx.view.head(m.head), 0
        while t is not None and t.pos not in ("VERB", "AUX") and steps < cx.settings.opinion_steps:
            t, steps = cx.view.head(t), steps + 1
        holder = subject(cx, t) if t is not None else None
    if holder is None:
        return None, None
    hs = cx.side(holder)
    if found is None or cx.side(found) == hs:
        found = counterpart(cx, hs, sentence, tokens)
    return holder, found


def closed(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """A question closed to talks (see the module docstring): read as ``conduct`` when negated, else none."""
    return conduct(cx, m, sentence, tokens) if closed_off(m, tokens) else (None, None)


def unfit(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """Conduct said not to conform to a status or a norm (see the module docstring): read as ``closed``, a stance only
    towards another side (``цены не соответствуют нормам рынка`` is none)."""
    holder, found = closed(cx, m, sentence, tokens)
    return (holder, found) if found is not None else (None, None)


_BEFORE_SUBJECT_MATTER = COPULAS_PAST | MODALS  # "не может быть предметом", "не является предметом"


def closed_off(m: Match, tokens: list[Token]) -> bool:
    """``не`` up to four words before the cue's first slot (``не подлежит``), only copulas, modals, adverbs and
    quotation marks between (``не может быть предметом``, ``не является сейчас предметом``)."""
    first = next((t for t in m.tokens if lemmas(t.text) & m.cue.slots[0]), None)
    if m.cue.frame == "closed" and first is not None and first.pos in ("VERB", "AUX") and \
            first.feats.get("Tense") == "Past":
        return False  # "вопрос на встрече не обсуждался": what was not talked of then, no question closed (unlike
        # "деятельность «не соответствовала статусу»")
    k = next((i for i, t in enumerate(tokens) if first is not None and t.id == first.id), None)
    for j in range(k - 1, max(-1, k - 5), -1) if k is not None else ():
        t = tokens[j]
        if fold(t.text) in NEGATIONS:
            return True
        if not (lemmas(t.text) & _BEFORE_SUBJECT_MATTER or t.pos == "ADV" or t.text in "«»\"„“”"):
            return False
    return False


def ready(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """Readiness to act together with a side (``X готов вместе с Y завершить …``, ``готовы совместно с Y``): the
    subject of ``готов`` holds it, towards the side after ``с``."""
    head = m.tokens[0]
    return with_partner(cx, m, subject(cx, head) or subject(cx, cx.view.head(head) or head), tokens)


def attempt(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    holder, found = evaluation(cx, m, sentence, tokens)
    if holder is None:
        return None, None
    head = m.tokens[0]  # "попытка", "пытаться"
    if head.feats.get("Person") == "1":
        return None, None
    # who attempts: a verb's subject, "наши", "попытка X" (not "Y — попытка …": Y is the act called so)
    who = [x for c in cx.view.children(head) if c.rel in SUBJECT and head.pos != "NOUN" or c.rel == "det" or
           c.rel == "nmod" and c.feats.get("Case") == "Gen" and not any(y.rel == "case" for y in cx.view.children(c))
           for x in cx.view.subtree(c)]
    own = cx.side(holder)
    if any(fold(x.text) in FIRST_PERSON_WORDS for x in who) or \
            any(cx.side(a.entity) == own for a in cx.actors.actors(who)):
        return None, None
    return holder, found


RELATION_FRAMES = {"value": value, "praise": praise, "refuse": refuse, "alternative": alternative,
                   "attempt": attempt, "ready": ready, "conduct": conduct, "closed": closed, "unfit": unfit}
