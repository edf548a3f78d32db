"""Factuality of an event: the first of ``FACTUALITY`` whose test holds, else ``occurred``.

* negated: cancelled (``отмена визита``), not held (``переговоры не состоялись``), ``не`` just before, ``никаких``
  (``никаких переговоров не ведется``);
* negated: a plan told in the past and put off with no new date (``заседание планировалось на 20 апреля, но было
  отложено``: ``put_off.py``);
* planned: put off (``саммит перенесен на 2027 год``), before the other tests of negation;
* hypothetical: hoped, possible, conditional (``надеюсь``, ``может``, ``если``), the aim of ``чтобы``;
* planned (``planned.py``): future tense, a future cue (``планируется``, ``договорились провести``; not across a
  circumstance phrase: ``договорились в ходе телефонного разговора``, the call took place), the future
  verb the trigger noun is the subject of (``в мае пройдёт раунд``), the infinitive of an invitation
  (``пригласил посетить Лиму``);
* proposed: the infinitive of a request (``потребовала освободить экипаж``).
"""
from __future__ import annotations

from collections.abc import Callable

from ...morph import parses
from ...records import Token
from .planned import NOUNS, cue_window, planned, that_mark
from .put_off import above_its_verb, plan_in_the_past, plan_put_off
from .sentence import Words
from .words import (
    BACKING,
    CANCEL,
    EXPECTING,
    FUTURE_CUES,
    HAPPEN,
    HYPOTHETICAL_CUES,
    LIGHT_VERBS,
    LITOTES,
    MEETING_HOLDING,
    MUST,
    NONE_SUCH,
    POSTPONE,
    PROPOSALS,
    REQUEST_VERBS,
    SEQUENCE,
    SESSIONS,
    tense,
    trigger_type,
)


def factuality(w: Words, trigger: list[Token]) -> str:
    first = w.tokens.index(head_word(w, trigger))
    if told_as_a_time(w, trigger) and _after_in_the_past(w, trigger):
        # "пошлины отменены после консультаций X и Y", "стало возможным после переговоров …": a time of reference
        # of a past act, told as given; the main clause's cancelling, doubt or denial is not its own ("станет
        # реальной лишь после подписания договора" is no past act: the noun's own reading)
        return "planned" if planned(w, first) else "occurred"
    return next((name for name, test in FACTUALITY if test(w, first)), "occurred")


def head_word(w: Words, trigger: list[Token]) -> Token:
    """The word of a trigger whose place in the sentence tells how its act is told: the first, unless it is an
    adjective of a noun of the trigger (``совместное патрулирование``, ``ответных мер``), whose noun it is: what a
    verb proposes, plans or denies is the noun (``предложил организовать совместное патрулирование``)."""
    first = trigger[0]
    head = w.head(first)
    if first.pos == "ADJ" and first.rel == "amod" and head is not None and head in trigger:
        return head
    return first


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


_HELD = frozenset({"проводиться"})  # "встречи в этом формате не проводились": not held


def _not_held(w: Words, first: int) -> bool:
    """``переговоры не состоялись``, ``уступок не было``; not ``приостановка не пошла на пользу``."""
    head = w.head_index(w.tokens[first])
    return head is not None and w.tokens[first].rel.startswith("nsubj") and head > 0 and w.lem[head - 1] == "не" \
        and (w.lem[head] in HAPPEN or w.lem[head] in _HELD or w.lem[head] == "быть" and w.tokens[first].pos in NOUNS)


def _not(w: Words, first: int) -> bool:
    """``не`` just before the trigger (not ``не исключил ответных мер``: a threat), or just before a future cue
    before it (``не намерена предпринимать ответных мер``: no plan)."""
    window = range(max(0, first - w.settings.cue_before), first - 1)
    near = range(max(0, first - w.settings.negation_before), first)
    return any(w.lem[k] == "не" and w.lem[k + 1] not in LITOTES and not _qualifies(w, k + 1, first) for k in near) or \
        any(w.lem[k] == "не" and w.lem[k + 1] in FUTURE_CUES for k in window) or _failed(w, first) \
        or _not_going_to(w, first)


_GOING = frozenset({"быть", "стать"})  # "не будем вводить", "не станет вводить": the future of the infinitive


def _not_going_to(w: Words, first: int) -> bool:
    """A trigger noun that is the object of an infinitive after ``не будет``/``не станет`` (``мы не будем вводить
    санкции``): not to be done."""
    head = w.head_index(w.tokens[first])
    return head is not None and head >= 2 and w.tokens[first].rel == "obj" \
        and w.tokens[head].feats.get("VerbForm") == "Inf" and w.lem[head - 1] in _GOING and w.lem[head - 2] == "не"


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
    return modal or any(x in HYPOTHETICAL_CUES for x in cue_window(w, first)) or "если" in w.lem[:first] \
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
    return that_mark(w, verb) is not None


def _proposed(w: Words, first: int) -> bool:
    """What is asked for has not happened: the infinitive a request verb governs, or a meeting noun that a light
    verb's infinitive under it holds (``предложила провести заседание комиссии``)."""
    trigger = w.tokens[first]
    head = w.head_index(trigger)
    if head is not None and trigger.pos == "NOUN" and trigger.rel == "obj" and w.lem[head] in LIGHT_VERBS:
        trigger, head = w.tokens[head], w.head_index(w.tokens[head])
    if head is not None and trigger.pos == "NOUN" and w.lem[head] in MEETING_HOLDING:
        trigger, head = w.tokens[head], w.head_index(w.tokens[head])  # "возобновлению переговоров"
    if head is not None and trigger.pos == "NOUN" and (w.lem[head] in BACKING or trigger.rel == "iobj" and any(
            c.rel == "obj" and w.lemma(c) in BACKING for c in w.children(w.tokens[head]))):
        return True  # "выразили поддержку возобновлению переговоров" (the dative hung on the verb): backed, to come
    if head is not None and trigger.pos == "VERB" and w.tokens[head].pos == "NOUN" and w.lem[head] in PROPOSALS:
        return True  # "инициатива Чили провести переговоры"
    return head is not None and w.lem[head] in REQUEST_VERBS and trigger.pos == "VERB" and trigger.rel == "xcomp"


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


def must_have_been(w: Words, first: int) -> bool:
    """A meeting told as one that was to take place (``10 декабря в X должен был пройти раунд консультаций``, ``Саммит
    должен был состояться еще в мае``): said so, in the past, it did not take place then, whether or not the sentence
    says it was put off (``put_off.py``)."""
    noun = completed_noun(w, w.tokens[first])  # "раунд консультаций": the round's verb
    head = w.head(noun)
    if head is None or head.id not in w.position or not noun.rel.startswith(("nsubj", "obj")):  # the parser's "obj"
        return False
    if w.lem[w.position[head.id]] in MUST:  # the subject hung on the modal, the verb its complement
        return plan_in_the_past(w, head) and any(c.id in w.position and w.lem[w.position[c.id]] in HAPPEN
                                                 and c.rel == "xcomp" for c in w.children(head))
    return w.lem[w.position[head.id]] in HAPPEN and any(
        plan_in_the_past(w, p) and w.lem[w.position[p.id]] in MUST for p in above_its_verb(w, head))


NOUN_CHAIN = 3  # nouns climbed from a trigger noun to the infinitive's object ("меры пакета санкций")
DECIDING = frozenset({"решить", "постановить"})  # "решило выслать", "постановил ввести"
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # what sides decide to do together lies ahead


FACTUALITY: tuple[tuple[str, Callable[[Words, int], bool]], ...] = (
    ("negated", _cancelled), ("negated", plan_put_off), ("planned", _postponed), ("negated", must_have_been),
    ("negated", _not_held),
    ("negated", _not), ("negated", _none_such), ("hypothetical", _hypothetical), ("occurred", _decided),
    ("planned", planned), ("proposed", _proposed))
