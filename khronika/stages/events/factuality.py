"""Factuality of an event: the first of ``FACTUALITY`` whose test holds, else ``occurred``.

* negated: cancelled (``отмена визита``), not held (``переговоры не состоялись``), ``не`` just before, ``никаких``
  (``никаких переговоров не ведется``);
* negated: a plan told in the past and put off with no new date (``заседание планировалось на 20 апреля, но было
  отложено``: ``put_off.py``);
* planned: put off (``саммит перенесен на 2027 год``), before the other tests of negation;
* hypothetical: hoped, possible, conditional (``надеюсь``, ``может``, ``если``), the aim of ``чтобы``;
* planned: future tense, a future cue (``планируется``, ``договорились провести``; not across a
  circumstance phrase: ``договорились в ходе телефонного разговора``, the call took place), the future
  verb the trigger noun is the subject of (``в мае пройдёт раунд``), the infinitive of an invitation
  (``пригласил посетить Лиму``);
* proposed: the infinitive of a request (``потребовала освободить экипаж``).
"""
from __future__ import annotations

from collections.abc import Callable

from ...morph import parses
from ...records import Token
from .passing import to_take_place
from .put_off import plan_put_off
from .sentence import Words
from .words import (
    CANCEL,
    CIRCUMSTANCE,
    EXPECTING,
    FUTURE_CUES,
    HAPPEN,
    HYPOTHETICAL_CUES,
    INVITE,
    LIGHT_VERBS,
    LITOTES,
    NEXT_ONES,
    NONE_SUCH,
    POSTPONE,
    PROPOSALS,
    READY,
    REQUEST_VERBS,
    SEQUENCE,
    SESSIONS,
    TRIGGER_WORDS,
    ends_with,
    tense,
    trigger_type,
)


def factuality(w: Words, trigger: list[Token]) -> str:
    first = w.tokens.index(trigger[0])
    if told_as_a_time(w, trigger) and _after_in_the_past(w, trigger):
        # "пошлины отменены после консультаций X и Y", "стало возможным после переговоров …": a time of reference
        # of a past act, told as given; the main clause's cancelling, doubt or denial is not its own ("станет
        # реальной лишь после подписания договора" is no past act: the noun's own reading)
        return "planned" if _planned(w, first) else "occurred"
    return next((name for name, test in FACTUALITY if test(w, first)), "occurred")


def told_as_a_time(w: Words, trigger: list[Token]) -> bool:
    """Is the trigger's noun the time of another act, after a preposition of ``SEQUENCE`` (``после переговоров X и
    Y``, ``накануне встречи …``)?  Its sentence may tell another act of its type in its own clause."""
    noun = next((t for t in trigger if t.pos == "NOUN"), None)
    return noun is not None and any(p in SEQUENCE for p in w.prepositions(noun))


def _after_in_the_past(w: Words, trigger: list[Token]) -> bool:
    """Is the verb of the clause the trigger noun is the time of in the past (``отменены``, ``принято``, ``стало``)?"""
    t = next(t for t in trigger if t.pos == "NOUN")
    for _ in range(NOUN_CHAIN + 1):
        h = w.head(t)
        if h is None:
            return False
        if h.pos in ("VERB", "AUX"):
            found = parses(h.text.lower())
            return tense(h) == "past" or bool(found) and found[0].tag.POS == "PRTS"
        t = h
    return False


def _cancelled(w: Words, first: int) -> bool:
    """``отмена визита``: a word of cancelling governs the trigger or stands just before it; so does one of
    putting off in the past imperfective (``раунды переносились``: a series that did not take place) or
    indefinitely (``отложили встречу на неопределенный срок``)."""
    word = _governing(w, first, CANCEL | POSTPONE)
    return word is not None and (w.lem[word].removesuffix("ся") in CANCEL or _imperfective_past(w.tokens[word])
                                 or INDEFINITELY in w.lem)  # "отложили встречу на неопределенный срок"


def _postponed(w: Words, first: int) -> bool:
    """``саммит перенесен на 2027 год``, ``перенос визита``: put off, still to come."""
    return _governing(w, first, POSTPONE) is not None


def _governing(w: Words, first: int, words: frozenset[str]) -> int | None:
    """The position of a word of ``words`` that governs the trigger or stands just before it."""
    head = w.head_index(w.tokens[first])
    if head is not None and w.lem[head].removesuffix("ся") in words \
            and w.tokens[first].rel != "conj":  # "отложили … и провели"; "встреча откладывается"
        return head
    return first - 1 if first > 0 and w.lem[first - 1] in words else None


INDEFINITELY = "неопределенный"  # put off "на неопределенный срок": no longer to come


def _imperfective_past(t: Token) -> bool:
    return t.feats.get("Aspect") == "Imp" and t.feats.get("Tense") == "Past"


def _not_held(w: Words, first: int) -> bool:
    """``переговоры не состоялись``, ``уступок не было``; not ``приостановка не пошла на пользу``."""
    head = w.head_index(w.tokens[first])
    return head is not None and w.tokens[first].rel.startswith("nsubj") and head > 0 and w.lem[head - 1] == "не" \
        and (w.lem[head] in HAPPEN or w.lem[head] == "быть" and w.tokens[first].pos in NOUNS)


def _not(w: Words, first: int) -> bool:
    """``не`` just before the trigger (not ``не исключил ответных мер``: a threat), or just before a future cue
    before it (``не намерена предпринимать ответных мер``: no plan)."""
    window = range(max(0, first - w.settings.cue_before), first - 1)
    near = range(max(0, first - w.settings.negation_before), first)
    return any(w.lem[k] == "не" and w.lem[k + 1] not in LITOTES and not _qualifies(w, k + 1, first) for k in near) or \
        any(w.lem[k] == "не" and w.lem[k + 1] in FUTURE_CUES for k in window) or _failed(w, first)


def _none_such(w: Words, first: int) -> bool:
    """A trigger noun quantified by ``никакой`` (``никаких переговоров … не ведется``, ``Никаких соглашений
    подписать не удалось``, ``никакие встречи невозможны``): no such act, whatever the verb after it."""
    t = w.tokens[first]
    return t.pos == "NOUN" and any(c.rel in ("det", "amod") and w.lemma(c) in NONE_SUCH for c in w.children(t))


def _qualifies(w: Words, k: int, first: int) -> bool:
    """Is the word at ``k`` an adjective or participle of the trigger noun (``ничем не оправданное выдворение``, ``не
    согласованные заранее санкции``)?  The ``не`` before it negates the quality, not the act."""
    t, trigger = w.tokens[k], w.tokens[first]
    if not k < first or trigger.pos != "NOUN" or t.pos not in ("ADJ", "VERB") \
            or w.lem[k] in HAPPEN or w.lem[k] in LIGHT_VERBS:
        return False  # "не состоявшейся встречи", "не проведенного заседания": the act itself did not take place
    if t.head_id == trigger.id and t.rel in ("amod", "acl"):
        return True
    # the parser may hang it elsewhere: an adjective or participle right before the noun, of its case and number
    # (only adjectives between)
    return (t.pos == "ADJ" or t.feats.get("VerbForm") == "Part") \
        and all(t.feats.get(f) == trigger.feats.get(f) is not None for f in ("Case", "Number")) \
        and all(x.pos == "ADJ" for x in w.tokens[k + 1:first])


def _failed(w: Words, first: int) -> bool:
    """The infinitive of a verb of success or ability told with ``не`` (``договориться не удалось``, ``не смогли
    договориться``, ``подписать документ так и не сумели``): it did not happen."""
    trigger = w.tokens[first]
    head = w.head_index(trigger)
    if head is None or trigger.feats.get("VerbForm") != "Inf" or w.lem[head] not in FAILED:
        return False
    return any(w.lem[k] == "не" for k in range(max(0, head - w.settings.negation_before), head))


EXPECT_CLIMB = 3  # the trigger, the verb whose object it is, the clause's verb under the verb of expecting
FAILED = frozenset({"удаться", "смочь", "суметь"})  # "не удалось", "не смогли": what was tried and did not come off


def _hypothetical(w: Words, first: int) -> bool:
    """A hope or possibility before the trigger, the consequence of a condition, the aim of ``чтобы``."""
    head = w.head_index(w.tokens[first])
    modal = head is not None and w.tokens[first].rel.startswith("nsubj") and w.lem[head] in HYPOTHETICAL_CUES
    return modal or any(x in HYPOTHETICAL_CUES for x in _cue_window(w, first)) or "если" in w.lem[:first] \
        or "чтобы" in w.lem[max(0, first - w.settings.aim_before): first] \
        or expected_of_another(w, first)  # modal: "встреча может состояться"


def expected_of_another(w: Words, i: int) -> bool:
    """The trigger is the act of a clause that a verb or noun of expectation governs (``рассчитывает, что Того
    смягчит …``, ``надеется, что Лима отменит санкции``, ``выразил надежду, что …``): hoped for, not done (however
    far the verb of hoping stands before it)."""
    t = w.tokens[i]
    for _ in range(EXPECT_CLIMB):
        h = w.head(t)
        if h is None or h is t or h.id not in w.position:
            return False
        if t.rel in ("ccomp", "acl", "advcl") and w.lem[w.position[h.id]] in EXPECTING:
            return _opened_by_that(w, t)
        if t.rel not in ("obj", "nsubj", "nsubj:pass", "xcomp", "nmod", "obl"):
            return False
        t = h
    return False


def _opened_by_that(w: Words, verb) -> bool:
    """The clause of ``verb`` opens with ``что`` (``рассчитывает, что …``; not ``рассчитывает провести``)."""
    return any(c.rel == "mark" and c.id in w.position and w.lem[w.position[c.id]] in ("что", "чтобы")
               for c in w.children(verb))


def _planned(w: Words, first: int) -> bool:
    trigger = w.tokens[first]
    window = _cue_window(w, first)
    cut = max((k for k in range(max(0, first - w.settings.cue_before), first + 1)
               if ends_with(w.lem, k, CIRCUMSTANCE)), default=None)
    if cut is not None:
        window = w.lem[cut:first]  # the cue of the act the trigger is a circumstance of does not reach it
    before = w.tokens[max(0, first - w.settings.future_auxiliary_before):first]
    if _next_one(w, trigger):
        return True  # "в следующем раунде переговоров": one to come
    return tense(trigger) == "futr" and not stated_now(w, trigger) or any(x in FUTURE_CUES for x in window) \
        or ("быть" in window and any(tense(t) == "futr" for t in before)) \
        or _ahead_by_its_verb(w, trigger) or _invited(w, trigger) or _ready_to(w, trigger)


def stated_now(w: Words, trigger: Token) -> bool:
    """A statement's verb of both aspects in the present (``Стороны приветствуют решение``, ``4. Приветствуют
    возобновление …`` in a declaration): its form reads as the imperfective present as well as the perfective future,
    and a stance is taken by saying it, now (a first person form: ``words.tense``)."""
    readings = [p for p in parses(trigger.text.lower()) if p.tag.POS == "VERB"]
    return trigger_type(w.lem[w.position[trigger.id]]) in STATEMENT_TYPES \
        and any(p.tag.tense == "pres" and p.tag.aspect == "impf" for p in readings) \
        and any(p.tag.tense == "futr" for p in readings)


STATEMENT_TYPES = frozenset({"SUPPORT", "ACCUSE", "PROTEST"})  # a stance taken by saying it


def _ready_to(w: Words, trigger: Token) -> bool:
    """The infinitive of a readiness (``готова принять коллегу в декабре``, objects.ready_for): one to come."""
    head = w.head_index(trigger)
    return trigger.feats.get("VerbForm") == "Inf" and head is not None and w.lem[head] in READY


def _invited(w: Words, trigger: Token) -> bool:
    """The infinitive of an invitation and the meeting noun beside it (``пригласил посетить Лиму с ответным
    визитом``): a visit to come (not ``пригласили в МИД для вручения ноты``)."""
    head = w.head_index(trigger)
    if head is None:
        return False
    if trigger.feats.get("VerbForm") == "Inf":
        return w.lem[head] in INVITE
    # the visit noun beside the infinitive or under it ("… с ответным визитом"); alone, the meeting may be one that
    # took place ("Россию на встречу не пригласили")
    if trigger.pos != "NOUN" or trigger_type(w.lem[w.position[trigger.id]]) != "CONSULT":
        return False
    verb = w.tokens[head]
    if verb.feats.get("VerbForm") == "Inf":
        above = w.head_index(verb)
        return above is not None and w.lem[above] in INVITE
    return w.lem[head] in INVITE and any(c.feats.get("VerbForm") == "Inf" for c in w.children(verb))


def _next_one(w: Words, trigger: Token) -> bool:
    """A meeting noun (or the noun it completes: ``следующем раунде переговоров``) told as the next one, unless the
    verb it depends on tells it in the past (``Следующая встреча прошла в марте``)."""
    if trigger.pos not in NOUNS:
        return False
    head = w.head(trigger)
    nouns = [trigger] + ([head] if head is not None and head.pos in NOUNS and trigger.rel == "nmod" else [])
    if not any(set(w.modifiers(n)) & NEXT_ONES for n in nouns):
        return False
    if head is not None and head.pos in NOUNS and trigger.rel == "nmod" and set(w.modifiers(trigger)) & NEXT_ONES \
            and w.lem[w.position[head.id]] not in TRIGGER_WORDS:
        return True  # "согласовали дату следующего раунда": what is done is about the round to come
    node = nouns[-1]
    for _ in range(w.settings.next_verb_steps):
        node = w.head(node)
        if node is None or node.pos in ("VERB", "AUX"):
            break
    return node is None or tense(node) != "past"


def _ahead_by_its_verb(w: Words, trigger: Token) -> bool:
    """A trigger noun that is the subject of a verb in the future tense (``в мае пройдёт раунд``) or the object
    of a light verb in it (``проведут встречу``), or the subject or object of an infinitive a future cue governs
    (``саммит планировалось провести``); not the object of another finite verb (``возобновим встречи`` may be
    said of a meeting under way)."""
    if trigger.rel == "amod" and (noun := w.head(trigger)) is not None and noun.pos in NOUNS:
        trigger = noun  # "проведет телефонный разговор": the noun the trigger's adjective opens
    if trigger.pos in NOUNS and (any(_future_relative(w, c, trigger) for c in w.children(trigger))
                                 or to_take_place(w, w.position[trigger.id])):
        return True  # "к саммиту, который пройдет в Тяньцзине"
    up = w.head(trigger)
    if trigger.rel == "nmod" and up is not None and up.id in w.position and w.lem[w.position[up.id]] in SERIES_NOUNS:
        trigger = up  # "проведет очередной раунд консультаций": the round's tense is the talks'
    head = w.head_index(trigger)
    part = w.head_index(w.tokens[head]) if head is not None and w.lem[head] == "участие" else head  # "участие в X"
    if part is not None and trigger.pos in NOUNS and _taking_part(w, part) and tense(w.tokens[part]) == "futr":
        return True  # "в саммите примут участие главы …", "примут участие в переговорах"
    if head is None or trigger.pos not in NOUNS or not trigger.rel.startswith(GOVERNED) or \
            w.tokens[head].pos not in ("VERB", "AUX"):
        return False
    verb = w.tokens[head]
    if verb.feats.get("VerbForm") == "Inf":
        above = w.head_index(verb)
        return above is not None and w.lem[above] in FUTURE_CUES
    light = trigger.rel == "obj" and w.lem[head] in LIGHT_VERBS  # "проведут встречу": the meeting's own tense
    return (trigger.rel.startswith("nsubj") or light) and tense(verb) == "futr"


def _taking_part(w: Words, k: int) -> bool:
    """Is the word at ``k`` a verb of taking part (``участвовать``, ``принять участие``)?"""
    return w.lem[k] == "участвовать" or w.lem[k] == "принять" and any(
        c.rel == "obj" and c.id in w.position and w.lem[w.position[c.id]] == "участие" for c in w.children(w.tokens[k]))


def _future_relative(w: Words, verb: Token, noun: Token) -> bool:
    """A relative clause in the future tense whose subject is ``который`` (``…, который пройдет …``) and agrees with
    the noun in gender (``сессию, на которой одобрил программу саммита, который пройдет …``: the summit's, whatever
    the parser hung it on)."""
    return verb.rel == "acl:relcl" and tense(verb) == "futr" and any(
        c.rel.startswith("nsubj") and c.id in w.position and w.lem[w.position[c.id]] == "который"
        and not _other_gender(c, noun) for c in w.children(verb))


def _other_gender(which: Token, noun: Token) -> bool:
    """``который`` and the noun both singular, of different genders."""
    a, b = which.feats, noun.feats
    return a.get("Number") == b.get("Number") == "Sing" and bool(a.get("Gender")) and bool(b.get("Gender")) \
        and a["Gender"] != b["Gender"]


GOVERNED = ("nsubj", "obj")  # a trigger noun's relations to the verb that tells when it happens
SERIES_NOUNS = frozenset({"раунд", "цикл", "тур"})  # "раунд консультаций": a round of talks, told by its verb
NOUNS = ("NOUN", "PROPN")  # a trigger noun, which the tagger may take for a name at the start of a sentence


def _proposed(w: Words, first: int) -> bool:
    """What is asked for has not happened: the infinitive a request verb governs, or a meeting noun that a light
    verb's infinitive under it holds (``предложила провести заседание комиссии``)."""
    trigger = w.tokens[first]
    head = w.head_index(trigger)
    if head is not None and trigger.pos == "NOUN" and trigger.rel == "obj" and w.lem[head] in LIGHT_VERBS:
        trigger, head = w.tokens[head], w.head_index(w.tokens[head])
    if head is not None and trigger.pos == "VERB" and w.tokens[head].pos == "NOUN" and w.lem[head] in PROPOSALS:
        return True  # "инициатива Чили провести переговоры"
    return head is not None and w.lem[head] in REQUEST_VERBS and trigger.pos == "VERB" and trigger.rel == "xcomp"


def _cue_window(w: Words, first: int) -> list[str]:
    return w.lem[max(0, first - w.settings.cue_before): first]


def _decided(w: Words, first: int) -> bool:
    """The infinitive of a side's own act that a verb of deciding in the past governs (``в среду решило выслать
    двух дипломатов``, ``решил присоединиться к санкциям``): the decision is the act, taken that day (EVENTS.md), though
    it may come into force later.  Not a meeting or an agreement decided on (``решили провести встречу``): to come."""
    return deciding_verb(w, first) is not None


def deciding_verb(w: Words, first: int) -> int | None:
    """The position of the verb of deciding in the past whose infinitive is the trigger's act or governs the trigger
    noun, alone or through the nouns it depends on (``решил перенять меры нового пакета санкций``), else ``None``;
    its day is the act's (``в среду решило …``)."""
    trigger = completed_noun(w, w.tokens[first])  # "решил перенять меры нового пакета санкций"
    head = w.head_index(trigger)
    if head is not None and trigger.pos == "NOUN" and trigger.rel in ("obj", "obl"):
        trigger, head = w.tokens[head], w.head_index(w.tokens[head])  # "решил ввести ограничения"
    decided = trigger.feats.get("VerbForm") == "Inf" and head is not None and w.lem[head] in DECIDING \
        and tense(w.tokens[head]) == "past" and not _joint_act(w, first)
    return head if decided else None


def _joint_act(w: Words, first: int) -> bool:
    """Is the trigger an act sides do together: a word of one (``встретиться``, ``заседание``), or a light verb of a
    meeting noun (``провести переговоры``, ``провести заседание``)?  Decided on, it lies ahead."""
    def joint(k: int) -> bool:
        return trigger_type(w.lem[k]) in JOINT_TYPES or w.lem[k] in SESSIONS
    return joint(first) or w.lem[first] in LIGHT_VERBS and any(
        c.rel == "obj" and c.id in w.position and joint(w.position[c.id]) for c in w.children(w.tokens[first]))


def completed_noun(w: Words, t: Token) -> Token:
    """The noun a trigger noun completes, up a chain of nouns each the one before depends on (``о присоединении к
    новому пакету санкций``: ``присоединении``; ``меры пакета санкций``: ``меры``), at most ``NOUN_CHAIN`` up; the
    trigger itself when it completes none."""
    for _ in range(NOUN_CHAIN):
        up = w.head(t)
        if up is None or t.pos != "NOUN" or t.rel != "nmod" or up.pos != "NOUN" or up.id not in w.position:
            break
        t = up
    return t


NOUN_CHAIN = 3  # nouns climbed from a trigger noun to the infinitive's object ("меры пакета санкций")
DECIDING = frozenset({"решить", "постановить"})  # "решило выслать", "постановил ввести"
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # what sides decide to do together lies ahead


FACTUALITY: tuple[tuple[str, Callable[[Words, int], bool]], ...] = (
    ("negated", _cancelled), ("negated", plan_put_off), ("planned", _postponed), ("negated", _not_held),
    ("negated", _not), ("negated", _none_such), ("hypothetical", _hypothetical), ("occurred", _decided),
    ("planned", _planned), ("proposed", _proposed))
