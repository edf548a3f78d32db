"""Is an event told as one to come (factuality ``planned``)?  A future tense or cue before it (``планируется``,
``договорились провести``; not across a circumstance phrase), the next one (``в следующем раунде``), the future verb
its noun is the subject or object of (``в мае пройдёт раунд``, ``проведут встречу``), the infinitive of an invitation
(``пригласил посетить Лиму``) or of a readiness (``готова принять коллегу``), a participle of planning it for a time
(``раунд консультаций, намеченный на 10 декабря``: ``clause_date.planned_for``)."""
from __future__ import annotations

from ...morph import parses
from ...records import Token
from .clause_date import held_by_its_verb, planned_for, series_of
from .passing import to_take_place
from .sentence import Words
from .words import (
    CIRCUMSTANCE,
    FUTURE_CUES,
    HOLDING_VERBS,
    HOSTING_VERBS,
    INVITE,
    LIGHT_VERBS,
    NEXT_ONES,
    READY,
    TRIGGER_WORDS,
    ends_with,
    tense,
    trigger_type,
)


def planned(w: Words, first: int) -> bool:
    """Told as one to come: a future tense or cue, the next one, the future verb of its noun, an invitation, a
    readiness or a participle of planning."""
    trigger = w.tokens[first]
    window = cue_window(w, first)
    cut = max((k for k in range(max(0, first - w.settings.cue_before), first + 1)
               if ends_with(w.lem, k, CIRCUMSTANCE)), default=None)
    if cut is not None:
        window = w.lem[cut:first]  # the cue of the act the trigger is a circumstance of does not reach it
    before = w.tokens[max(0, first - w.settings.future_auxiliary_before):first]
    if _next_one(w, trigger):
        return True  # "в следующем раунде переговоров": one to come
    if trigger.pos == "VERB" and tense(trigger) == "past" and trigger.feats.get("VerbForm") == "Fin":
        return False  # "2 июня ход подготовки к заседанию обсудили по телефону": done, whatever cue stands before it
    return tense(trigger) == "futr" and not stated_now(w, trigger) or any(x in FUTURE_CUES for x in window) \
        or ("быть" in window and any(tense(t) == "futr" for t in before)) \
        or _ahead_by_its_verb(w, trigger) or _invited(w, trigger) or _ready_to(w, trigger) \
        or planned_for(w, trigger) and not held_by_its_verb(w, trigger)  # "раунд, намеченный на 10 декабря"; not
    # "провели раунд, намеченный на 10 декабря": held, the plan it had


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
    """The infinitive of a readiness (``готова принять коллегу в декабре``, objects.ready_for), or the meeting noun
    it takes (``готова принять следующее заседание группы в марте``, ``готовы провести второй раунд у себя``): one
    to come."""
    if (series := series_of(w, trigger)) is not None:
        trigger = series  # "готовы провести второй раунд переговоров": the round's infinitive is the talks'
    head = w.head_index(trigger)
    if head is not None and trigger.pos in NOUNS and trigger.rel == "obj" \
            and w.lem[head] in HOLDING_VERBS | HOSTING_VERBS and w.tokens[head].feats.get("VerbForm") == "Inf":
        # holding or hosting it; not "готова продолжить переговоры", a stance
        trigger, head = w.tokens[head], w.head_index(w.tokens[head])
    return trigger.feats.get("VerbForm") == "Inf" and head is not None and w.lem[head] in READY


def _invited(w: Words, trigger: Token) -> bool:
    """The infinitive of an invitation and the meeting noun beside it (``пригласил посетить Лиму с ответным
    визитом``): a visit to come (not ``пригласили в МИД для вручения ноты``)."""
    return inviting_word(w, trigger) is not None


def inviting_word(w: Words, trigger: Token) -> int | None:
    """The position of the word of inviting (``пригласил``, ``приглашение``) whose infinitive the trigger is or stands
    beside (``_invited``), if any."""
    head = w.head_index(trigger)
    if head is None:
        return None
    if trigger.feats.get("VerbForm") == "Inf":
        return head if w.lem[head] in INVITE else _invited_one(w, head) or _handed_over(w, head)
    # the visit noun beside the infinitive or under it ("… с ответным визитом"); alone, the meeting may be one that
    # took place ("Сербию на встречу не пригласили")
    if trigger.pos != "NOUN" or trigger.id not in w.position \
            or trigger_type(w.lem[w.position[trigger.id]]) != "CONSULT":
        return None
    verb = w.tokens[head]
    if verb.feats.get("VerbForm") == "Inf":
        above = w.head_index(verb)
        if above is None:
            return None
        return above if w.lem[above] in INVITE else _handed_over(w, above)
    return head if w.lem[head] in INVITE and any(c.feats.get("VerbForm") == "Inf" for c in w.children(verb)) else None


def _invited_one(w: Words, k: int) -> int | None:
    """The verb of inviting whose object is the word at ``k`` the parser hung an infinitive on (``пригласил президента
    X посетить …``), if it is one."""
    above = w.head_index(w.tokens[k])
    return above if w.tokens[k].rel == "obj" and above is not None and w.lem[above] in INVITE else None


def _handed_over(w: Words, k: int) -> int | None:
    """The noun of invitation that the verb at ``k`` the parser hung an infinitive on takes as its object (``передала
    президенту X приглашение президента Y посетить …``), if it has one."""
    return next((w.position[c.id] for c in w.children(w.tokens[k]) if c.rel.startswith("obj") and c.id in w.position
                 and w.lem[w.position[c.id]] in INVITE), None)


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
    return node is None or tense(node) != "past" or _planning(w, node)


def _planning(w: Words, verb: Token) -> bool:
    """A verb of planning, agreeing or deciding (``FUTURE_CUES``: ``договорились``, ``условились``, ``решили``,
    ``намеревались``) the next meeting is told under, by its infinitive or, as parsers often hang it, directly
    (``Следующий раунд стороны условились провести в мае``): its past is the plan's, the meeting lies ahead."""
    k = w.position.get(verb.id)
    if k is not None and verb.feats.get("VerbForm") == "Inf":
        k = w.head_index(verb)
    return k is not None and w.lem[k] in FUTURE_CUES


def _ahead_by_its_verb(w: Words, trigger: Token) -> bool:
    """A trigger noun that is the subject of a verb in the future tense (``в мае пройдёт раунд``), the object
    of a light verb in it (``проведут встречу``) or the manner of a trip in it (``отправится в Лиму с визитом``), or
    the subject or object of an infinitive a future cue governs (``саммит планировалось провести``); not the object
    of another finite verb (``возобновим встречи`` may be said of a meeting under way)."""
    if trigger.rel == "amod" and (noun := w.head(trigger)) is not None and noun.pos in NOUNS:
        trigger = noun  # "проведет телефонный разговор": the noun the trigger's adjective opens
    if trigger.pos in NOUNS and (any(_future_relative(w, c, trigger) for c in w.children(trigger))
                                 or to_take_place(w, w.position[trigger.id])):
        return True  # "к саммиту, который пройдет в Тяньцзине"
    if (series := series_of(w, trigger)) is not None:
        trigger = series  # "проведет очередной раунд консультаций": the round's tense is the talks'
    head = w.head_index(trigger)
    part = w.head_index(w.tokens[head]) if head is not None and w.lem[head] == "участие" else head  # "участие в X"
    if part is not None and trigger.pos in NOUNS and _taking_part(w, part) and tense(w.tokens[part]) == "futr":
        return True  # "в саммите примут участие главы …", "примут участие в переговорах"
    if head is not None and trigger.pos in NOUNS and trigger.rel == "obl" and w.tokens[head].pos == "VERB" \
            and tense(w.tokens[head]) == "futr" and any(c.rel == "case" and c.text.lower() in ("с", "со")
                                                        for c in w.children(trigger)):
        return True  # "отправится в Лиму с рабочим визитом": the trip's tense is the visit's
    if head is None or trigger.pos not in NOUNS or not trigger.rel.startswith(GOVERNED) or \
            w.tokens[head].pos not in ("VERB", "AUX"):
        return False
    verb = w.tokens[head]
    if verb.feats.get("VerbForm") == "Inf":
        above = w.head_index(verb)
        return above is not None and w.lem[above] in FUTURE_CUES
    if trigger.rel.startswith("nsubj") and w.lem[head] in FUTURE_CUES and any(
            c.feats.get("VerbForm") == "Inf" and w.lemma(c) in HOLDING_VERBS for c in w.children(verb)):
        return True  # "Саммит намечено провести в мае": the parser hangs the meeting on the cue, not the infinitive
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
NOUNS = ("NOUN", "PROPN")  # a trigger noun, which the tagger may take for a name at the start of a sentence


def cue_window(w: Words, first: int) -> list[str]:
    """The lemmas of the words before the trigger a cue of factuality may stand among (``Settings.cue_before``)."""
    return w.lem[max(0, first - w.settings.cue_before): first]


def that_mark(w: Words, verb: Token) -> Token | None:
    """The ``что`` (or ``чтобы``) that opens the clause of ``verb`` (``рассчитывает, что …``), if any."""
    return next((c for c in w.children(verb) if c.rel == "mark" and c.id in w.position
                 and w.lem[w.position[c.id]] in ("что", "чтобы")), None)


def said_before_it(w: Words, x_stop: int, trigger: Token) -> bool:
    """A time before the ``что`` that opens the clause telling what is to come (``3 апреля подтвердили, что саммит
    состоится``, ``в понедельник договорились, что раунд пройдет в Москве``): the day it was said, not the plan's."""
    t = trigger
    for _ in range(w.settings.attach_steps + 2):
        if (mark := that_mark(w, t)) is not None:
            return x_stop <= mark.start
        if (t := w.head(t)) is None:
            return False
    return False
