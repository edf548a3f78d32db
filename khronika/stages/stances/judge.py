"""The ``judge`` frame: an evaluation as ``eval`` that is a stance only of one side about another (``циничный``,
``ошибочный``), and partners named so (``X — стратегический партнёр Y``, ``X и Y — братские страны``, ``X является
надёжным партнёром Y``, ``остаётся ключевым союзником Y``; in the words of a speaker of another side, ``X — друг``,
``видим в X надёжного партнёра``: the speaker holds it)."""
from __future__ import annotations

from ...marks import DASHES
from ...morph import fold, lemmas
from ...records import Token
from ..quotes.actors import best
from ..quotes.speakers import SUBJECT
from .checks import negated
from .context import Context
from .cues import Match
from .frames import evaluation
from .holders import opinion_holder
from .sides import counterpart, distinct, side_list
from .words import CHARGES, COPULAS, COPULAS_PAST, DEALINGS, DEMONSTRATIVES, INFRINGED, NAMING, REGARD, TAKEN_UP, WE

Sides = tuple[str | None, str | None]


def partners(cx: Context, m: Match, tokens: list[Token]) -> Sides | None:
    """``X — стратегический партнёр Y``: Y holds it towards X (a partner of what is no side: none); ``X и Y —
    стратегические партнёры``: the two sides, the speaker's first; ``мы … как добрые соседи``: the speaker's side
    towards the other; None when the noun names no one's partner."""
    noun = m.head
    if m.cue.polarity != "positive" or noun.pos != "NOUN":
        return None
    subj = cx.view.child(noun, SUBJECT)
    h = cx.view.head(noun)
    if subj is None and h is not None and (lemmas(h.text) & {"один"} or noun.rel == "conj"):
        subj = cx.view.child(h, SUBJECT)  # "X — один из ключевых партнёров Y", "X и Y — не просто соседи, а партнёры"
        if subj is None and lemmas(h.text) & {"один"}:
            h = cx.view.head(h)  # "X остаётся одним из ключевых партнёров Y": the copula above "один"
    if subj is None and h is not None and lemmas(h.text) & NAMING:  # "назвал X «настоящим другом Y»": X is named so
        subj = next((c for c in cx.view.children(h) if c.rel == "obj" and c is not noun), None)
    if subj is None and h is not None and not lemmas(h.text) & COPULAS:
        h = copula_before(cx, noun) or h  # "…, а X остаётся «ключевым партнёром Y»" hung from the verb before
    if subj is None and h is not None and lemmas(h.text) & COPULAS:  # "X является (остаётся) надёжным партнёром Y"
        subj = cx.view.child(h, SUBJECT) or coordinated_subject(cx, h)
    if subj is None and h is not None and lemmas(h.text) & REGARD:  # "видим в X партнёра", "считаем X другом"
        subj = next((c for c in cx.view.children(h) if c is not noun and (c.rel == "obj" or c.rel == "obl" and any(
            x.rel == "case" and fold(x.text) in ("в", "во") for x in cx.view.children(c)))), None)
    if subj is None and h is not None and h.pos == "VERB" and \
            any(fold(c.text) == "как" for c in cx.view.children(noun)):
        subj = cx.view.child(h, SUBJECT)  # "Мы прошли этот путь как добрые соседи": the sides themselves
        if subj is not None and fold(subj.text) in WE and cx.we_side(subj.start) is not None:
            we = cx.we_side(subj.start)
            other = counterpart(cx, cx.side(we), None, tokens)
            return (we, other) if other is not None else None
    told = cx.view.subtree(subj) if subj is not None else before_dash(cx, noun, tokens)
    named = side_list(cx, cx.actors.actors(told))
    if subj is not None and not named and fold(subj.text) in WE:  # "Мы остаёмся надёжным партнёром Y"
        named = [s for s in [cx.we_side(subj.start)] if s is not None]
    owned = [c for c in cx.view.children(noun) if c.rel == "nmod" and c.feats.get("Case") in ("Gen", "Dat") and
             not any(x.rel == "case" for x in cx.view.children(c))]  # not "«поворотными» для отношений"
    voice = opinion_holder(cx, m, tokens)
    vs = cx.side(voice) if voice is not None else None
    owned = [x for c in owned for x in cx.view.subtree(c)]
    owner = best(cx.actors.actors(owned))
    if owned and owner is None and any(cx.actors.mentions.outer(x) is not None for x in owned):
        return None, None  # "X остаётся стратегическим партнёром Пермского края": a partner of no side
    if owner is not None:  # "X — партнёр Y" (not "X — надёжный поставщик соли": what is supplied is no one)
        other = next((s for s in named if cx.side(s) != cx.side(owner.entity)), None)
        if other is None:
            return None, None
        if vs is not None and vs == cx.side(other):
            return voice, owner.entity  # "X остаётся надёжным партнёром Y", says X's minister: X's regard for Y
        return owner.entity, other
    if len(named) == 1 and vs is not None and vs != cx.side(named[0]):
        return voice, named[0]  # "«X — наш друг», — сказал министр Y": who says so, of the one side named so
    if len(named) < 2:
        return None
    holder = voice if vs in {cx.side(s) for s in named} else named[0]
    other = next(s for s in named if cx.side(s) != cx.side(holder))
    return holder, other


def before_dash(cx: Context, noun: Token, tokens: list[Token]) -> list[Token]:
    """``«Перу и Боливия – братские страны, и …»`` parsed with no subject of the noun: the words between the clause's
    start and a dash right before the noun (only its adjectives and quotation marks between) stand for it."""
    k = next((i for i, t in enumerate(tokens) if t.id == noun.id), None)
    j = k - 1 if k is not None else -1
    while j >= 0 and (tokens[j].pos == "ADJ" or tokens[j].text in "«»\"„“”"):
        j -= 1
    if j < 1 or tokens[j].text not in DASHES:
        return []
    i = j
    while i > 0 and tokens[i - 1].text not in ",;:.!?«(" and tokens[i - 1].pos not in ("VERB", "AUX"):
        i -= 1
    return tokens[i:j]


def norm_owned(cx: Context, m: Match) -> list[Token]:
    """The words after the norm the cue says is broken (``нарушение решения суда``, ``нарушение суверенитета X``): they
    name whom the breach wrongs or who set the norm (data/stance_words.tsv INFRINGED), not the other side."""
    norm = next((t for t in m.tokens[1:] if lemmas(t.text) & INFRINGED), None)
    return [] if norm is None else [t for t in cx.view.subtree(norm) if t.start >= norm.stop]


def copula_before(cx: Context, noun: Token) -> Token | None:
    """A copula right before the noun, only its adjectives, adverbs and quotation marks between (``остаётся
    «ключевым партнёром»``): the verb the noun is predicated by, whatever verb the parse hung it from."""
    for t in reversed([t for t in cx.view.sentence_tokens(noun.start) if t.stop <= noun.start]):
        if t.pos in ("ADJ", "ADV", "DET") or t.text in "«»\"„“”":
            continue
        return t if t.pos in ("VERB", "AUX") and lemmas(t.text) & COPULAS else None
    return None


def coordinated_subject(cx: Context, verb: Token) -> Token | None:
    """``X был и остаётся …``, ``X всегда был и сегодня остаётся …``: the subject of the verb coordinated with a
    copula that has none (the first verb, above it or parsed as a clause under it)."""
    up = cx.view.head(verb) if verb.rel == "conj" else None
    joined = [up] if up is not None else []
    joined += [c for c in cx.view.children(verb) if c.rel in ("conj", "advcl") and lemmas(c.text) & COPULAS_PAST]
    return next((s for s in (cx.view.child(x, SUBJECT) for x in joined) if s is not None), None)


def judgement(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """An evaluation that is a stance only of one side about another (``циничный``, ``ошибочный``)."""
    pair = partners(cx, m, tokens)
    if pair is not None and not (pair[1] is not None and praised_body(cx, pair[1])):
        return pair  # (not "Комиссия стала эффективным инструментом": the body praised is no partner)
    holder, found = evaluation(cx, m, sentence, tokens)
    norm = norm_owned(cx, m)
    if holder is not None and found is not None and found in {a.entity for a in cx.actors.actors(norm)}:
        # "нарушение постановления Международного трибунала": who breaks it, not the tribunal
        found = counterpart(cx, cx.side(holder), sentence, [t for t in tokens if t not in norm])
    if holder is not None and found is not None and praised_body(cx, found) and dealings_near(cx, m, tokens):
        found = None  # "Межпарламентская комиссия стала эффективным инструментом": the body praised is no side
    if holder is not None and (found is None or cx.side(found) == cx.side(holder)) and unowned_act(cx, m):
        # "Мы не будем молчать, пока длится агрессия": of the text's other side
        found = counterpart(cx, cx.side(holder), sentence, tokens)
    elif holder is not None and (found is None or cx.side(found) == cx.side(holder)) and \
            dealings(cx, m, holder, tokens):  # "Комиссия стала эффективным инструментом": of the other side
        found = dealt_with(cx, holder, sentence, [t for t in tokens if not praised_body(cx, named(cx, t))])
    if holder is not None and (found is None or cx.side(found) == cx.side(holder)):
        charged = charge(cx, m, holder)
        if charged or bare_answer(cx, m, tokens):
            found = said_before(cx, holder, sentence)
        if charged and found is None:  # the one who makes the charge: else the text's other side
            found = counterpart(cx, cx.side(holder), sentence, tokens)
    if holder is not None and found is None and taken_up(cx, m):
        found = said_before(cx, holder, sentence)  # "… X … Режим действует по указке Y": X
    if holder is None or found is None or cx.side(found) == cx.side(holder):
        return None, None
    return holder, found


def taken_up(cx: Context, m: Match) -> bool:
    """The judged predicate's subject is a common noun for a side (``TAKEN_UP``: ``группировка``, ``режим``), or any
    noun a demonstrative points back with (``эти политики``), that names no one: it takes up a side named before."""
    pred = m.head
    subj = cx.view.child(pred, SUBJECT)
    if subj is None and pred.pos == "NOUN" and cx.view.head(pred) is not None:
        subj = cx.view.child(cx.view.head(pred), SUBJECT)
    if subj is None or subj.pos != "NOUN" or cx.actors.actors(cx.view.subtree(subj)):
        return False
    # "Эти (так называемые) политики нарушили …": a noun a demonstrative points back with takes up the side before
    pointed = any(c.rel == "det" and fold(c.text) in DEMONSTRATIVES for c in cx.view.children(subj))
    return bool(lemmas(subj.text) & TAKEN_UP) or pointed


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


def dealings(cx: Context, m: Match, holder: str, tokens: list[Token]) -> bool:
    """A praise of the sides' dealings naming no other side: a meeting, body or relations (``DEALINGS``) named just
    before the cue or just after it (``Комиссия стала эффективным инструментом``, ``назвал сессию комитета
    «поворотной» для двусторонних отношений``), held by a side or an office holder, in a sentence that names one
    other side at most (not a third side's talks)."""
    if cx.actors.side(holder) is None and not any(r.person == holder for r in cx.actors.roles) or \
            not dealings_near(cx, m, tokens):
        return False  # a side's or an office holder's, not an analyst's of no side
    sides = [t for t in tokens if not praised_body(cx, named(cx, t))]
    return len(distinct(cx, cx.actors.actors(sides), holder, cx.side(holder))) <= 1


def dealings_near(cx: Context, m: Match, tokens: list[Token]) -> bool:
    """A positive cue with a noun of DEALINGS just before it or just after it."""
    k = next((i for i, t in enumerate(tokens) if t.start == m.tokens[0].start), None)
    if m.cue.polarity != "positive" or k is None:
        return False
    s = cx.settings
    near = tokens[max(0, k - s.dealings_before):k] + tokens[k + len(m.tokens):k + len(m.tokens) + s.dealings_after]
    return any(t.pos == "NOUN" and lemmas(t.text) & DEALINGS for t in near)


def dealt_with(cx: Context, holder: str, sentence, tokens: list[Token]) -> str | None:
    """The other side of the holder's dealings: the one other side the sentence names, else the nearest sentence before
    that names any (``Вопрос: … заседание российско-эмиратской межправкомиссии … — Итоги весьма содержательные``),
    else the other of the text's two sides when the holder's is one of them (not a mediator's or a third side's
    praise)."""
    hs = cx.side(holder)
    found = distinct(cx, [a for a in cx.actors.actors(tokens) if not cx.actors.outlet(a.entity)], holder, hs)
    if found:
        return found[0] if len(found) == 1 else None
    before = said_before(cx, holder, sentence)
    if before is not None:
        return before
    two = cx.two_sides()
    return next((s for s in two if s != hs), None) if hs in two else None


def named(cx: Context, t: Token) -> str | None:
    """The entity of the mention a token stands in, if any."""
    mention = cx.actors.mentions.outer(t)
    return mention.entity if mention is not None else None


def praised_body(cx: Context, entity: str | None) -> bool:
    """An organisation named by a noun of DEALINGS (``Совместная министерская комиссия X и Y``): the sides' body."""
    e = cx.actors.entities.get(entity) if entity is not None else None
    return e is not None and e.type == "organization" and any(lemmas(w) & DEALINGS for w in e.name.split())


def unsupported(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """``Обвинения в адрес нашего посла не подкреплены ни одним фактом``, ``ничем не подтверждены``: a charge as the
    subject of a negated verb of support, read as ``judgement``; anything else supported or not (``данные не
    подтверждены``) is none."""
    if not negated(cx, m, tokens) or not any(lemmas(c.text) & CHARGES for c in cx.view.children(m.head)
                                             if c.rel in SUBJECT):
        return None, None
    return judgement(cx, m, sentence, tokens)


JUDGE_FRAMES = {"judge": judgement, "unsupported": unsupported}


def charge(cx: Context, m: Match, holder: str) -> bool:
    """``Обвинения в его адрес голословны``, ``отвергаем надуманные намёки на причастность X``: a charge judged,
    that names no side but the holder's own (the one who makes it is told before)."""
    pred = m.head
    nouns = [c for c in cx.view.children(pred) if c.rel in SUBJECT] if pred.pos != "NOUN" else []
    if pred.rel == "amod" and cx.view.head(pred) is not None:
        nouns.append(cx.view.head(pred))
    verb = cx.view.head(pred) if pred.rel == "xcomp" else None
    if verb is not None and lemmas(verb.text) & (NAMING | REGARD):  # "обвинения … считаем абсурдными"
        nouns += [c for c in cx.view.children(verb) if c.rel == "obj"]
    noun = next((c for c in nouns if lemmas(c.text) & CHARGES), None)
    if noun is None:
        return False
    hs = cx.side(holder)
    return all(cx.side(a.entity) == hs for a in cx.actors.actors(cx.view.subtree(noun)))


def bare_answer(cx: Context, m: Match, tokens: list[Token]) -> bool:
    """``Положительно.``, ``М.В.Сидоров: Очень позитивно.``: an evaluation that is a whole sentence of a few adverbs or
    adjectives after the speaker's label, if any (an answer: what it is of, the question or the words before tell)."""
    if m.head.pos not in ("ADV", "ADJ"):
        return False
    label = max((k for k, t in enumerate(tokens) if t.text == ":" and t.start < m.head.start), default=-1)
    words = [t for t in tokens[label + 1:] if t.pos != "PUNCT"]
    quote = min((q for q in cx.doc.quotes if q.start <= m.head.start < q.stop), key=lambda q: q.stop - q.start,
                default=None)
    if quote is not None:  # "«Весьма конструктивно», — ответил министр": the words quoted
        words = [t for t in words if quote.start <= t.start < quote.stop]
    return len(words) <= 3 and all(t.pos in ("ADV", "ADJ", "PART") for t in words)


def said_before(cx: Context, holder: str, sentence) -> str | None:
    """The one side other than the holder's that the nearest sentence before naming any names (a few at most)."""
    hs = cx.side(holder)
    si = cx.view.sentence_index(sentence.start)
    for k in range(si - 1, max(-1, si - 1 - cx.settings.said_of_reach), -1):
        found = distinct(cx, cx.actors.actors(list(cx.view.sentences[k].tokens)), holder, hs)
        if found:
            return found[0] if len(found) == 1 else None
    return None
