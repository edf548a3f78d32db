"""The patterns of ``data/event_triggers.tsv`` found in a sentence (``прийти к … мнение``, ``вызвать посол``), each
kept unless what it tells is no act there (a wish, a readiness, a mention in passing, what is demanded or discussed)."""
from __future__ import annotations

import functools

from ... import morph
from ...records import Token
from . import contents, kept, objects, unstated
from .meeting_vetoes import imperfective_past, meeting_the_public
from .passing import has_actor, in_passing
from .private import private_actors
from .senses import no_answer_given
from .sentence import Words
from .trigger_reads import yes_no
from .words import (
    FUTURE_CUES,
    HANDING,
    HELPING,
    INTENTION_HEADS,
    INVITE,
    MEASURE_VERBS,
    PAST_ONLY,
    PATTERNS,
    SETTLING,
    TRIGGER_WORDS,
    trigger_type,
)

Found = tuple[str, str | None, list[Token]]  # (PLOVER type, CONSULT mode, the trigger's tokens)


def patterns_found(w: Words) -> tuple[set[int], list[Found]]:
    """The patterns found, in the order of the lexicon, and the positions of the words they take.
    Each word of a pattern may stand up to ``pattern_reach`` words after the one before it and may
    have any of its lemmas there (``пришли``: прийти or прислать)."""
    options = [morph.lemma_options(t.text, t.pos) for t in w.tokens]
    starts: dict[str, list[int]] = {}  # lemma → the positions that may have it, in order
    for i in range(len(w.lem)):
        for lemma in options[i]:
            starts.setdefault(lemma, []).append(i)
    used: set[int] = set()
    out = []
    by_first = _by_first()
    # a pattern whose every word has a reading in the sentence (whatever their places: each is looked for among them)
    for pattern, type_, mode in (PATTERNS[k] for k in sorted(k for lemma in starts for k in by_first.get(lemma, ()))
                                 if all(word in starts for word in PATTERNS[k][0])):
        for i in starts[pattern[0]]:
            if i in used:
                continue
            at = [i]
            for word in pattern[1:]:
                reach = range(at[-1] + 1, min(at[-1] + 1 + w.settings.pattern_reach, len(w.lem)))
                nxt = next((j for j in reach if word in options[j]), None)
                if nxt is None and len(pattern) == 2:
                    nxt = _governed(w, i, word, options, used)
                if nxt is None:
                    break
                at.append(nxt)
            if len(at) == 1 < len(pattern):  # "обратилась к коллегам из МИД с просьбой": the verb's words between
                at = _dependent_run(w, i, pattern, options, used) or _fronted(w, i, pattern, options, used) or at
            if len(at) < len(pattern):  # "ответ на санкции будет адекватным": the subject's words between
                at = _copular(w, i, pattern, options, used)
            if len(at) == len(pattern):
                at.sort()
                used.update(at)  # its words are no triggers, reported or not
                if not _no_act(w, i, at, type_):
                    out.append((type_, mode, [w.tokens[j] for j in at]))
    return used, out


def _dependent_run(w: Words, i: int, pattern: tuple[str, ...], options: list, used: set[int]) -> list[int]:
    """The rest of a pattern told further on than its reach, as a run of words whose last is a complement of the first
    word in its clause (``обратилась к российским коллегам с просьбой``: ``с просьбой``); else none."""
    for k in range(i + 1, len(w.lem)):
        if k in used or pattern[1] not in options[k]:
            continue
        at = [i, k]
        for word in pattern[2:]:
            reach = range(at[-1] + 1, min(at[-1] + 1 + w.settings.pattern_reach, len(w.lem)))
            nxt = next((j for j in reach if word in options[j] and j not in used), None)
            if nxt is None:
                break
            at.append(nxt)
        last = w.tokens[at[-1]]
        if len(at) == len(pattern) and last.head_id == w.tokens[i].id and last.rel in _COMPLEMENTS:
            return at
    return []


def _fronted(w: Words, i: int, pattern: tuple[str, ...], options: list, used: set[int]) -> list[int]:
    """A pattern ``verb с noun`` told with its complement before the verb (``С инициативой выступил X``, ``С призывом
    к сторонам обратился …``): the noun, a complement of the verb with that preposition, and the verb; else none.  Not
    a place told first (``В МИД … был приглашен писатель``): the patterns of a summons name the envoy."""
    if len(pattern) != 3 or pattern[1] != _WITH or w.tokens[i].pos not in ("VERB", "AUX"):
        return []
    for c in w.children(w.tokens[i]):
        k = w.position.get(c.id)
        if k is None or k >= i or k in used or c.rel not in _COMPLEMENTS or pattern[2] not in options[k]:
            continue
        case = next((w.position[x.id] for x in w.children(c) if x.rel == "case" and x.id in w.position
                     and pattern[1] in options[w.position[x.id]]), None)
        if case is not None and case not in used:
            return [i, case, k]
    return []


_WITH = "с"  # the preposition of a proposal, a call or a protest one comes out with ("выступил с инициативой")
_COMPLEMENTS = frozenset({"obl", "obj", "iobj", "nmod", "xcomp"})  # within the first word's clause: not "пообещал,
# что Богота изучит вопрос" (a clause of its own, with its own subject)


def _copular(w: Words, i: int, pattern: tuple[str, ...], options: list, used: set[int]) -> list[int]:
    """A pattern ``subject быть predicate`` told with the subject's own words between (``ответ на санкции будет
    адекватным``): the predicate whose copula is ``быть`` and whose subject is the first word; else none."""
    if len(pattern) != 3 or pattern[1] != "быть":
        return []
    for k, t in enumerate(w.tokens):
        if k in used or pattern[2] not in options[k]:
            continue
        kids = {c.rel: w.position[c.id] for c in w.children(t) if c.id in w.position}
        cop = kids.get("cop")
        if cop is None or "быть" not in options[cop]:
            continue
        # its subject, or the noun right before the copula with its own words only between, hung elsewhere by the parser
        if kids.get("nsubj") == i or i < cop and all(_below(w, x, i) for x in w.tokens[i + 1:cop]):
            return [i, cop, k]
    return []


def _below(w: Words, t: Token, k: int, depth: int = 3) -> bool:
    """Is the token a dependent of the word at ``k``, ``depth`` levels deep at most?"""
    for _ in range(depth):
        h = w.head_index(t)
        if h is None:
            return False
        if h == k:
            return True
        t = w.tokens[h]
    return False


def _not_done_yet(w: Words, i: int) -> bool:
    """A pattern of an act told as done only (``PAST_ONLY``) whose verb is in the future or the infinitive (``поднимут
    вопрос``, ``намерена поднять вопрос``): an intention, no act."""
    verb = w.tokens[i]
    return w.lem[i] in PAST_ONLY and (verb.feats.get("VerbForm") == "Inf" or morph.tense(verb.text) == "futr")


def _no_act(w: Words, i: int, at: list[int], type_: str) -> bool:
    """A pattern found at ``at`` (its first word ``i``) that tells no act: not "желание отменить санкции", nor an
    agreement a side is only ready for ("готова вместе с X завершить переговоры и установить отношения"; an offer it is
    ready to make is one: "готова выступить посредником"); not "стало результатом договоренностей": the outcome of
    one; not "отверг содержащиеся в документе требования": what is rejected; not "бросил вызов послу": a challenge;
    not what private people do; nothing a yes-no question asks ("Не согласится ли Турция стать посредником?"); not a
    note a rejection answers; not "предложение передано": a proposal passed on, told of again or sent on to a body (who
    hands it over is the act's teller: "передал коллеге предложение")."""
    return not_an_act_yet(w, i) or w.tokens[i].pos == "NOUN" and in_passing(w, i) \
        or w.tokens[i].pos == "ADJ" and _noun_not_told(w, at[-1], type_) \
        or meeting_the_public(w, at[-1]) or private_actors(w, at[-1], type_) or objects.demanded(w, i, type_) \
        or imperfective_past(w, i) or _not_done_yet(w, i) \
        or type_ == "AGREE" and objects.ready_for(w, i) \
        or type_ in objects.TOPICAL_TYPES and objects.discussed_at(w, at[-1]) \
        or contents.agreed_upon(w, at[-1], type_) \
        or type_ == "THREATEN" and _said_again(w, at) or objects.proposal_rejected(w, at[-1]) \
        or w.lem[i] == "стать" and w.tokens[at[-1]].feats.get("Case", "Nom") != "Nom" \
        or w.lem[i] == OPPOSING and type_ == "ACCUSE" and (at[-1] != i + 1 or not _opposes_an_act(w, at[-1])) \
        or w.lem[i] == SUMMONS_NOUN and (w.lem[at[1]] != "в" and w.tokens[at[-1]].feats.get("Case", "Gen") != "Gen"
                                         or objects.evaluated_or_wanted(w, i)) \
        or type_ == "REJECT" and w.lem[i] == "не" and _not_yet(w, i, at[-1]) \
        or w.lem[i] == "содержаться" and w.tokens[i].feats.get("VerbForm") == "Part" \
        or w.lem[i] in HANDING and w.tokens[i].feats.get("Voice") == "Pass" \
        or type_ == "SUPPORT" and _promotes_a_process(w, at[-1]) \
        or type_ == "THREATEN" and no_answer_given(w, i) or any(veto(w, i) for veto in unstated.VETOES) \
        or kept.kept_or_broken(w, at[-1], type_) or yes_no(w) or type_ == "THREATEN" and _measures_taken(w, i) \
        or type_ == "AGREE" and _invited_to(w, at) \
        or type_ in objects.RESPONSE_TYPES and objects.rejected_object(w, i)  # "отвергло ноту Y"


def _invited_to(w: Words, at: list[int]) -> bool:
    """An invitation accepted whose words tell what it is to (``принял приглашение посетить Лиму``, ``приняла
    приглашение принять участие в саммите``): the visit to come is the event, told by the infinitive; an acceptance told
    alone (``Чили приглашение приняла``) is an agreement."""
    return any(w.lem[k] in INVITE and any(c.feats.get("VerbForm") == "Inf" for x in (w.tokens[k], w.tokens[at[0]])
                                          for c in w.children(x)) for k in at)


def _measures_taken(w: Words, i: int) -> bool:
    """A vow of measures (``MEASURE_VERBS``) told as measures taken or being taken (``власти приняли необходимые
    меры``, ``принимают решительные меры``), no threat: one is what is to come, a verb in the future (``примет все
    необходимые меры, если …``) or an infinitive (``пообещал принять жесткие меры``, ``будет вынужден принять …``)."""
    t = w.tokens[i]
    return w.lem[i] in MEASURE_VERBS and t.feats.get("VerbForm") != "Inf" and morph.tense(t.text) != "futr"


def _noun_not_told(w: Words, k: int, type_: str) -> bool:
    """A pattern opening with an adjective (``бинациональный кабинет``, ``совместное патрулирование``) whose noun tells
    no act, as a trigger noun would not: evaluated or wanted (``называет совместное патрулирование лучшим ответом``),
    only intended (``план совместного патрулирования``), or, a meeting's, mentioned in passing (``по итогам
    Бинационального кабинета``; an act's noun keeps its own reading: ``колонна с гуманитарным грузом``)."""
    return w.tokens[k].pos == "NOUN" and (type_ == "CONSULT" and in_passing(w, k) or objects.evaluated_or_wanted(w, k)
                                          or objects.intended_only(w, k))


def _not_yet(w: Words, i: int, verb: int) -> bool:
    """``пока не обсуждается``: not yet (not ``пока не готов обсуждать``, a refusal for now); ``не обсуждался``: an
    imperfective past, not done; neither a refusal."""
    t = w.tokens[verb]
    if t.feats.get("VerbForm") != "Fin":
        return False
    return i > 0 and w.lem[i - 1] in YET or t.feats.get("Aspect") == "Imp" and t.feats.get("Tense") == "Past"


YET = frozenset({"пока", "еще", "ещё"})
OPPOSING = "выступать"  # "выступает против санкций X": criticism of X's act (_opposes_an_act); right before "против"
# only ("выступают единым фронтом против санкций": a common front, told of both sides)
_ANY = frozenset({"любой", "всякий", "какой"})  # "выступает против любых форм …": a principle, no act opposed
_AGAINST_REACH = 4  # words from "против" to the noun it governs


def _opposes_an_act(w: Words, k: int) -> bool:
    """Is what ``против`` at ``k`` governs an act (a trigger word: ``против незаконных санкций``) or something of an
    actor's own (``против попыток Канады``), not a principle (``против любых форм независимости``, ``против того,
    чтобы …``)?"""
    for j in range(k + 1, min(len(w.tokens), k + 1 + _AGAINST_REACH)):
        if w.lem[j] in _ANY:
            return False
        if w.tokens[j].pos == "NOUN":
            return w.lem[j] in TRIGGER_WORDS or has_actor(w, w.tokens[j])
    return False


SUMMONS_NOUN = "вызов"  # "вызов посла" is a summons; "бросил вызов послу", a challenge: the envoy's genitive only;
# "Как прокомментируете вызов посла?": the summons commented on, told where it is reported


@functools.cache
def _by_first() -> dict[str, tuple[int, ...]]:
    """The places in ``PATTERNS`` of the patterns of each first lemma: a sentence tries those of its own lemmas only,
    in the lexicon's order."""
    out: dict[str, list[int]] = {}
    for k, (pattern, _, _) in enumerate(PATTERNS):
        out.setdefault(pattern[0], []).append(k)
    return {lemma: tuple(ks) for lemma, ks in out.items()}


def _governed(w: Words, i: int, word: str, options: list, used: set[int]) -> int | None:
    """The second word of a two-word pattern as the first one's object or passive subject, however far
    (``закрывает последнее остававшееся в стране генконсульство``, ``Посол … была вызвана``)."""
    if w.tokens[i].pos not in ("VERB", "AUX"):
        return None
    return next((w.position[c.id] for c in w.children(w.tokens[i]) if c.id in w.position and c.rel in GOVERNED_RELS
                 and w.position[c.id] not in used and word in options[w.position[c.id]]), None)


GOVERNED_RELS = frozenset({"obj", "nsubj:pass"})


def _said_again(w: Words, at: list[int]) -> bool:
    """``Они не заставят себя ждать``: a threat whose subject is a pronoun says again the one told before."""
    return any(c.rel == "nsubj" and c.pos == "PRON" for k in at for c in w.children(w.tokens[k]))


def not_an_act_yet(w: Words, i: int) -> bool:
    """An infinitive that a word of ``INTENTION_HEADS`` governs: a wish, an attempt, what is prevented
    (``желание отменить санкции``, ``не дает заключить соглашение``), no act."""
    t = w.tokens[i]
    head = w.head_index(t)
    if t.rel == "conj" and head is not None and w.tokens[head].feats.get("VerbForm") == "Inf":
        t, head = w.tokens[head], w.head_index(w.tokens[head])  # "желание смягчить …, а также отменить …"
    if head is not None and w.lem[head] in FUTURE_CUES and trigger_type(w.lem[i]) == "CONSULT":
        return False  # "должны встретиться": a meeting to come, planned
    return t.feats.get("VerbForm") == "Inf" and head is not None and w.lem[head] in INTENTION_HEADS


def _promotes_a_process(w: Words, k: int) -> bool:
    """Readiness to help (``готова содействовать``, ``готов помочь``) a process in its dative that is neither a side
    nor the settling of a dispute (``готова содействовать трехстороннему сотрудничеству``, ``развитию торговли``): a
    side's promise to promote its own affairs, no support of another.  Help offered to the sides (``готов помочь, если
    попросят``, ``помочь Эфиопии и Эритрее``) or to a settlement (``содействовать урегулированию``) is support."""
    if w.lem[k] not in HELPING:
        return False
    return any(c.feats.get("Case") == "Dat" and c.pos == "NOUN" and not w.prepositions(c) and c.id in w.position
               and w.lem[w.position[c.id]] not in SETTLING and w.kind(c) is None for c in w.children(w.tokens[k]))
