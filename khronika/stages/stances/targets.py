"""Frames of positions aimed at a target, held by whoever the act or feeling belongs to.

* ``toward``: an act or attitude aimed at a target named after a marker (``санкции ЕС против X``,
  ``враждебное отношение X к Y``, ``претензии к X``, ``к X следует относиться с осторожностью``); an
  adjective against a country (``антироссийские санкции`` → Россия) names the target itself; with no target, a
  threat posed by a side's act (``учения X представляют угрозу …``), held by who says so;
* ``rapport``: better relations with a partner (``улучшение отношений с X``) that the subject of a verb
  of aim or support seeks (``стремится к``, ``выступает за``, ``заинтересована в``);
* ``experiencer``: a verb whose object holds the feeling and whose subject causes it (``X беспокоит
  нас``, ``Сеул тревожат пуски ракет X``);
* ``claim``: a claim two sides both make (``острова, которые и X, и Y считают своими``);
* ``level``: relations raised to a new level, by the sides who raise them or whose relations they are.

The holder of an act is who the noun belongs to (``санкции ЕС``, ``американские санкции``) or the
subject of the verb it depends on (``США ввели санкции``, ``Польша выступила за продление санкций``);
a word on the way that turns the act around (``выступила за отмену санкций``, ``против продления``) or
a negation gives no stance, and neither does a target of the holder's own side.
"""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id
from ...morph import fold, lemmas
from ...records import Token
from ..quotes.actors import best
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Cue, Match
from .holders import opinion_holder, subject
from .judge import judgement
from .pointing import pointed_target
from .sides import between, counterpart, other, possessors, side_list, the_sides
from .words import (
    AIM,
    ANTI,
    BEAR,
    LAY,
    ME,
    NAMING,
    NEGATIONS,
    OPPOSING,
    OUR,
    POSING,
    REGARD,
    RELATIONS,
    RELATIVES,
    TARGET_MARKERS,
    WE,
    WITH_MARKERS,
)

Sides = tuple[str | None, str | None]

ANTI_CUE = Cue("negative", "anti", "word", (frozenset(),))
CLIMB = frozenset({"obj", "obl", "nmod", "iobj", "xcomp", "amod"})


def anti_country(t: Token) -> str | None:
    """The country an adjective is against: ``антироссийский`` → Россия."""
    low = fold(t.text)
    for prefix in ANTI:
        if t.pos == "ADJ" and low.startswith(prefix) and len(low) > len(prefix) + 3:
            c = gazetteer.adjective_country(low[len(prefix):].lstrip("-"))
            if c is not None:
                return country_id(c.code)
    return None


def anti_matches(tokens: list[Token]) -> list[Match]:
    return [Match(ANTI_CUE, [t], t) for t in tokens if anti_country(t) is not None]


def clause(tokens: list[Token], k: int, step: int, reach: int) -> list[Token]:
    """Up to ``reach`` tokens from ``k`` (exclusive) in direction ``step``, within the clause (before
    the cue, a finite verb does not end it: ``к X следует относиться …``)."""
    out: list[Token] = []
    j = k + step
    while 0 <= j < len(tokens) and len(out) < reach:
        t = tokens[j]
        if t.text in ",;:.!?—«»\"" or (step > 0 and t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"):
            break
        out.append(t)
        j += step
    return out if step > 0 else out[::-1]


def after_marker(cx: Context, window: list[Token], markers) -> tuple[str | None, list[Token]]:
    """The first actor right after one of ``markers`` in ``window`` (only its noun phrase between),
    and the tokens of that phrase."""
    words = [fold(t.text) for t in window]
    for i in range(len(window)):
        for marker in markers:
            n = len(marker)
            if tuple(words[i:i + n]) != marker:
                continue
            phrase = []
            for t in window[i + n:]:
                if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and not (phrase and t.pos == "CCONJ"):
                    break
                phrase.append(t)
            found = best(cx.actors.actors(phrase))
            if found is not None:
                return found.entity, window[i:i + n] + phrase
    return None, []


def target_of(cx: Context, m: Match, carrier: Token, tokens: list[Token], markers=TARGET_MARKERS):
    """The target after a marker near the cue: after the carrier within its clause, or before a
    verb (``к X следует относиться …``)."""
    k = tokens.index(carrier) if carrier in tokens else 0
    reach = cx.settings.target_reach
    found, used = after_marker(cx, clause(tokens, k, 1, reach), markers)
    if found is None and carrier.pos == "VERB":
        first = tokens.index(m.tokens[0]) if m.tokens[0] in tokens else k
        found, used = after_marker(cx, clause(tokens, first, -1, reach), markers)
    if found is None and carrier.pos == "VERB":
        # "к X, бесспорно, следует относиться …": an oblique of the verb or of the predicate it completes
        heads = [carrier] + ([cx.view.head(carrier)] if carrier.rel in ("csubj", "xcomp") else [])
        for h in heads:
            for c in cx.view.children(h):
                case = " ".join(fold(x.text) for x in cx.view.children(c) if x.rel == "case")
                if c.rel in ("obl", "nmod") and tuple(case.split()) in markers:
                    sub = cx.view.subtree(c)
                    actor = best(cx.actors.actors(sub))
                    if actor is not None:
                        return actor.entity, sub
    return found, used


def turned(cx: Context, t: Token) -> bool:
    """A word that turns the act around, or a negation, on the token."""
    if lemmas(t.text) & OPPOSING:
        return True
    return any(fold(c.text) in NEGATIONS or (c.rel == "case" and lemmas(c.text) & OPPOSING)
               for c in cx.view.children(t))


def sponsor(cx: Context, noun: Token, aims: frozenset | None = None) -> str | None:
    """The subject of the verb a noun depends on (climbing objects and obliques); with ``aims``, only
    a verb of one of those lemmas; None when a word on the way turns the act around."""
    t = noun
    for _ in range(cx.settings.holder_climb):
        if turned(cx, t):
            return None
        if t.rel not in CLIMB:
            return None
        h = cx.view.head(t)
        if h is None:
            return None
        if h.pos in ("VERB", "AUX", "ADJ") and (aims is None or lemmas(h.text) & aims):
            if turned(cx, h) or t.pos == "VERB" and any(c.rel in ("obj", "iobj") for c in cx.view.children(h)):
                return None  # "призвал Y восстановить сотрудничество с Z": Y's act, not the subject's
            return subject(cx, h)
        if aims is not None and h.pos == "NOUN" and lemmas(h.text) & aims:  # "готовность X расширять связи с Y"
            return aim_owner(cx, h)
        if h.pos in ("VERB", "AUX") and h.feats.get("VerbForm") == "Fin":
            return None
        t = h
    return None


def aim_owner(cx: Context, noun: Token) -> str | None:
    """Who a noun of aim is of: its genitive or adjective (``готовность Москвы``, ``наша готовность``), else the
    subject of the verb that states it (``подтвердил намерение …``); none when that verb is negated."""
    if turned(cx, noun):
        return None
    if any(fold(c.text) in OUR for c in cx.view.children(noun) if c.rel == "det"):
        return cx.we_side(noun.start)
    found = owner(cx, noun, set())
    return found if found is not None else sponsor(cx, noun)


def owner(cx: Context, noun: Token, skip: set[str]) -> str | None:
    """Who a noun belongs to: a genitive or adjective of a side (``санкции ЕС``, ``американские санкции``)."""
    found = best([a for a in cx.actors.actors([x for x in possessors(cx, noun) if x.id not in skip])
                  if not cx.actors.outlet(a.entity)])
    return found.entity if found else None


def cue_noun(m: Match) -> Token:
    return next((t for t in reversed(m.tokens) if t.pos == "NOUN"), m.head)


def toward(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    if m.cue.frame == "anti":
        noun = cx.view.head(m.head)
        if noun is None or noun.pos != "NOUN":
            return None, None
        target, used = anti_country(m.head), [m.head]
    else:
        noun = cue_noun(m) if m.head.pos != "VERB" else m.head
        target, used = target_of(cx, m, noun, tokens)
    if target is None:
        h = cx.view.head(noun)
        named = h is not None and bool(lemmas(h.text) & NAMING or lemmas(h.text) & REGARD and regarded(cx, h))
        if m.cue.shape == "phrase" and m.head.pos != "VERB" or named:
            # no target: "враждебная политика X", "назвал политику X угрозой", "считаем X угрозой" as an evaluation
            return named_as(cx, m, noun, h, sentence, tokens) or judgement(cx, m, sentence, tokens)
        pointed = pointed_target(cx, noun, sentence, tokens) if noun.pos == "VERB" else None
        return pointed or posed(cx, m, noun, sentence, tokens)
    skip = {t.id for t in used} | {t.id for t in m.tokens if t.pos == "ADJ"}
    if noun.pos == "VERB":  # "относиться с осторожностью к X": who does, else who says it should be done
        holder = None if turned(cx, noun) else subject(cx, noun)
        if holder is None and cx.view.child(noun, SUBJECT) is None and not turned(cx, noun):
            holder = opinion_holder(cx, m, tokens)
    else:
        holder = owner(cx, noun, skip) or sponsor(cx, noun)
    if holder is None or cx.side(holder) == cx.side(target) or holder == target:
        return None, None
    return holder, target


def named_as(cx: Context, m: Match, noun: Token, verb: Token | None, sentence,
             tokens: list[Token]) -> Sides | None:
    """``назвал этот шаг «недружественным»``: the cue's noun the object of a verb of naming and its adjective right
    after it what the object is named (whatever head the parse gave the adjective), or the object before the verb and
    the adjective its complement (``этот шаг X назвал «недружественным»``): held by who names it, towards the
    side the object names or, a bare or demonstrative noun, points back to. None for any other cue."""
    if verb is None or noun.rel != "obj" or not lemmas(verb.text) & NAMING:
        return None
    k = next((i for i, t in enumerate(tokens) if t.id == noun.id), None)
    after = tokens[k + 1:k + 3] if k is not None else []
    adj = next((t for t in after if t.pos == "ADJ"), None)
    if adj is None or adj not in m.tokens or any(t.pos != "PUNCT" for t in after if t.start < adj.start):
        # "Этот шаг X назвал «недружественным»": the object before the verb, the adjective its complement
        adj = next((c for c in cx.view.children(verb) if c.rel == "xcomp" and c.pos == "ADJ" and c in m.tokens
                    and noun.start < verb.start < c.start), None)
    if adj is None:
        return None
    holder = subject(cx, verb)
    if holder is None:
        return None
    scope = cx.view.subtree(noun)
    pointing = [d for d in cx.view.children(noun) if d.rel == "det"]
    bare = not cx.actors.actors(scope) and not any(x.pos in ("PROPN", "PRON") for x in scope)
    found = other(cx, holder, scope, sentence, tokens, demonstrative=pointing, fallback=False, back=bare)
    return (holder, found) if found is not None else None


def regarded(cx: Context, verb: Token) -> bool:
    """``считаем политику X угрозой``: the object of a verb of regard names a side (``считают терроризм угрозой``
    does not)."""
    return any(cx.actors.actors(cx.view.subtree(c)) for c in cx.view.children(verb) if c.rel == "obj")


def posed(cx: Context, m: Match, noun: Token, sentence, tokens: list[Token]) -> Sides:
    """``учения X представляют угрозу безопасности региона``, ``действия X создают угрозу для …``, ``X является
    угрозой``: an act or a side said to pose what the noun names, held by who says so, towards the side the subject
    names (an act of no side — ``эпидемия представляет угрозу`` — is none)."""
    verb = cx.view.head(noun)
    if verb is None or not lemmas(verb.text) & POSING or noun.rel not in ("obj", "xcomp", "obl"):
        return None, None
    subj = cx.view.child(verb, SUBJECT)
    holder = opinion_holder(cx, m, tokens)
    if subj is None or holder is None:
        return None, None
    found = other(cx, holder, cx.view.subtree(subj), sentence, tokens, fallback=False)
    return (holder, found) if found is not None else (None, None)


def rapport(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    noun = m.tokens[0]
    rel = cue_noun(m)
    partner, used = target_of(cx, m, rel, tokens, WITH_MARKERS)
    holder = sponsor(cx, noun, AIM)
    if holder is None:
        return None, None
    if partner is None:
        skip = {t.id for t in used}
        found = [a.entity for a in cx.actors.actors([x for x in possessors(cx, rel) if x.id not in skip])
                 if cx.side(a.entity) != cx.side(holder)]
        partner = found[0] if found else None
    if partner is None or cx.side(partner) == cx.side(holder):
        return None, None
    return holder, partner


def experiencer(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    if verb.pos != "VERB" or verb.feats.get("VerbForm") == "Part":
        return None, None
    holder = None
    for c in cx.view.children(verb):
        if c.rel not in ("obj", "iobj") or c.feats.get("Case") not in ("Acc", None):
            continue
        if fold(c.text) in WE | ME:
            holder = cx.we_side(c.start)
        else:
            sp = cx.speakers.noun_phrase(c)
            holder = sp.entity if sp.entity and not sp.entity.startswith("?") else None
        if holder is not None:
            break
    if holder is None:
        return None, None
    subj = cx.view.child(verb, SUBJECT)
    h = cx.view.head(verb)
    if subj is None and verb.rel == "xcomp" and h is not None:
        subj = cx.view.child(h, SUBJECT)  # "X не может не беспокоить нас"
    scope = cx.view.subtree(subj) if subj is not None else []
    hs = cx.side(holder)
    other = next((a.entity for a in cx.actors.actors(scope) if a.entity != holder and cx.side(a.entity) != hs), None)
    return holder, other


def claim(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    own = next(t for t in m.tokens if lemmas(t.text) & {"свой"})
    k = tokens.index(own) if own in tokens else -1
    if 0 <= k + 1 < len(tokens) and tokens[k + 1].pos in ("NOUN", "ADJ", "PROPN"):
        return None, None  # "считают своим долгом": no claim to a thing
    verb = m.head
    subj = cx.view.child(verb, SUBJECT)
    sub = cx.view.subtree(subj) if subj is not None else claimants(cx, verb, tokens)
    sides = side_list(cx, cx.actors.actors(sub))
    if len(sides) < 2 and any(the_sides(cx, t) for t in sub):
        sides = cx.sides_at(verb.start)
    if len(sides) != 2:
        return None, None
    return sides[0], sides[1]


def claimants(cx: Context, verb: Token, tokens: list[Token]) -> list[Token]:
    """The parser found no subject: the names in the nominative just before the verb, back to a
    relative pronoun or the start of the clause (``которые и X, и Y считают``)."""
    k = tokens.index(verb) if verb in tokens else 0
    out: list[Token] = []
    for t in reversed(tokens[max(0, k - cx.settings.target_reach):k]):
        if fold(t.text) in RELATIVES or t.text in ";:.—" or (t.pos in ("VERB", "AUX") and t is not verb):
            break
        if t.feats.get("Case") == "Nom" or t.pos == "PROPN":
            out.append(t)
    return out[::-1]


def level(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    """``вывели отношения на новый уровень``: the sides of the relations or the subject who raised them."""
    rel = next((t for t in tokens if lemmas(t.text) & RELATIONS and t.pos == "NOUN"), None)
    if rel is None:
        return None, None
    sides = side_list(cx, cx.actors.actors(possessors(cx, rel))) or between(cx, tokens)
    t, steps = cx.view.head(m.head), 0
    while len(sides) < 2 and t is not None and steps < cx.settings.holder_climb + 1:
        if t.pos in ("VERB", "AUX"):
            subj = cx.view.child(t, SUBJECT)
            if subj is not None:
                sides = side_list(cx, cx.actors.actors(cx.view.subtree(subj))) or sides
            else:  # "X: Перу и Чили перешли на новый уровень …" parsed with no subject: the names right before the verb
                sides = _named_before(cx, t, tokens) or sides
            break
        t, steps = cx.view.head(t), steps + 1
    sides = [x for x in sides if cx.actors.side(x) is not None]  # sides of relations between countries
    if not sides:
        voice = cx.voice(m.head.start)
        sides = [voice] if voice else []
    if not sides:
        return None, None
    holder = sides[0]
    hs = cx.side(holder)
    other = next((s for s in sides[1:] if cx.side(s) != hs), None)
    if other is None:
        partner, _ = target_of(cx, m, rel, tokens, WITH_MARKERS)
        other = partner if partner is not None and cx.side(partner) != hs else counterpart(cx, hs, sentence, tokens)
    return (holder, other) if other is not None else (None, None)


def _named_before(cx: Context, verb: Token, tokens: list[Token]) -> list[str]:
    """Two sides or more named in the nominative between the last colon (or the sentence's start) and ``verb``."""
    k = tokens.index(verb) if verb in tokens else 0
    start = max((i + 1 for i, t in enumerate(tokens[:k]) if t.text == ":"), default=0)
    found = [a for a in cx.actors.actors(tokens[start:k]) if all(
        t.feats.get("Case") in (None, "Nom") for t in cx.view.tokens_in(a.start, a.stop) if t.pos != "PUNCT")]
    sides = side_list(cx, found)
    return sides if len(sides) >= 2 else []


def blame(cx: Context, m: Match, sentence, tokens: list[Token]) -> tuple[str | None, str | None]:
    """``Ответственность за срыв переговоров лежит на X``: who says it blames X (the actor after ``на``; the subject of
    ``X несет ответственность``; the subject of ``X возложил ответственность на Y`` blames Y)."""
    lays = m.head.pos == "VERB" and bool(lemmas(m.head.text) & LAY)  # "X возложил ответственность на Y"
    holder = subject(cx, m.head) if lays else opinion_holder(cx, m, tokens)
    if holder is None:
        return None, None
    on = [c for c in cx.view.children(m.head) if c.rel == "obl"
          and any(x.rel == "case" and fold(x.text) == "на" for x in cx.view.children(c))]
    if m.head.pos in ("VERB", "AUX") and lemmas(m.head.text) & BEAR:  # "X несет ответственность за …": X is blamed
        on = [c for c in cx.view.children(m.head) if c.rel in SUBJECT or  # a nominative parsed as an object too
              (c.rel == "obj" and c.feats.get("Case") == "Nom" and c not in m.tokens)]
    found = best(cx.actors.actors([x for c in on for x in cx.view.subtree(c)]))
    other = found.entity if found is not None else None
    if other is None and lays:  # "на X" parsed under the noun of what the blame is for
        k = tokens.index(m.tokens[-1]) if m.tokens[-1] in tokens else len(tokens)
        other, _ = after_marker(cx, clause(tokens, k, 1, cx.settings.target_reach), (("на",),))
    if other is None or cx.side(other) == cx.side(holder):
        return None, None
    return holder, other


TARGET_FRAMES = {"toward": toward, "anti": toward, "rapport": rapport, "experiencer": experiencer, "claim": claim,
                 "level": level, "blame": blame}
