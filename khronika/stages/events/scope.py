"""Whose date a time expression of a sentence is: the trigger's (it depends on the trigger or on its head by syntax)
or another's, which the event does not take: another event word's (``запуск, произведенный 9 мая``, ``в
запланированном на июль саммите``), what an infinitive after the trigger tells (``договорились провести заседание в
апреле``), a subordinate clause's (``после того, как 12 мая …``), another noun's (``решение арбитража 2019
года``).  Read by ``when.py``."""
from __future__ import annotations

from ...morph import lemma, parses
from ...records import Timex, Token
from ..quotes.cues import ASIDE_RELATIVES
from .objects import above
from .sentence import Words
from .words import (
    CIRCUMSTANCE,
    EVENT_WORDS,
    FELT,
    FOUNDING,
    HAPPEN,
    PROPOSALS,
    RULINGS,
    SEQUENCE,
    SINCE,
    TIMES_OF_DAY,
    TREATY_WORDS,
    ends_with,
)


def event_word(w: Words, t: Token) -> bool:
    """A trigger word or another noun of a happening (``запуск``, ``выборы``)."""
    return w.lem[w.position[t.id]] in EVENT_WORDS


def time_told_by(w: Words, t: Token) -> bool:
    """A noun of an action (``-ние``, ``-тие``) after a preposition of ``SEQUENCE`` (``стал третьим после
    возобновления диалога``, ``впервые после восстановления отношений``, ``накануне подписания``), or any noun after
    a phrase of ``SINCE`` (``с момента их возобновления``): told as an earlier or later time, what happened then; a date
    in its phrase (``… в 2022 году``) is that happening's, not the act it places.  A noun of a state after ``после``
    (``после долгой паузы в мае``) may as well carry the act's own date: not one."""
    if t.pos != "NOUN" or t.id not in w.position:
        return False
    k = w.position[t.id]
    if any(p in SEQUENCE for p in w.prepositions(t)):
        return w.lem[k].endswith(ACTION_ENDINGS)
    while k > 0 and w.tokens[k - 1].pos in ("ADJ", "DET", "PRON"):
        k -= 1  # "с момента их возобновления"
    return ends_with(w.lem, k, SINCE)


ACTION_ENDINGS = ("ние", "тие")  # "возобновление", "восстановление", "подписание", "открытие": nouns of an action


def attaches_to(w: Words, timex: Timex, trigger: Token) -> bool:
    """Does the time expression depend on the trigger or on the word the trigger depends on
    (``встреча прошла в ноябре``), rather than on another noun (``присоединения … в 2014 году``)?"""
    inside = [t for t in w.tokens if timex.start <= t.start < timex.stop]
    heads = [t for t in inside if t.head_id not in {x.id for x in inside}]
    targets = {trigger.id, trigger.head_id}
    for t in heads:
        node = w.head(t)
        while node is not None and node.pos == "NOUN" and w.lem[w.position[node.id]] in TIMES_OF_DAY:
            node = w.head(node)  # "утром в понедельник": the time of day is of the date
        if node is not None and node.pos == "NOUN" and node.id not in targets and not _manner(w, node, trigger):
            continue  # the date of another noun: "после присоединения … в 2014 году"
        for _ in range(w.settings.attach_steps):
            if node is None:
                break
            if node.id in targets or its_relative(w, node, trigger) and not founded(w, node):
                return True
            if node.pos in ("NOUN", "VERB") and event_word(w, node) and not _circumstance(w, node, trigger) \
                    or _holds_event(w, node, trigger, timex) or _subordinate(w, node, trigger) \
                    or _relative_of_other(w, node, trigger) or founded(w, node):
                break  # on the way up, the date of another event word ("запуск, произведенный 9 мая";
                # "условились встретиться снова в марте": the meeting's, not the agreement's; "заседание условились
                # провести в марте": the date of what was agreed)
            node = w.head(node)
    return False


def founded(w: Words, t: Token) -> bool:
    """A participle of founding (``совета, учреждённого в 1992 году``): the date it holds is when the body was set up,
    whatever noun the parser hung it on."""
    return t.feats.get("VerbForm") == "Part" and t.id in w.position and (w.lem[w.position[t.id]] in FOUNDING
                                                                          or lemma(t.text) in FOUNDING)


def other_event_date(w: Words, timex: Timex, trigger: Token, linear_only: bool = False,
                     own: frozenset[str] = frozenset()) -> bool:
    """Is the time expression the date of another event word of the sentence: one standing between
    it and the trigger, one a participial clause holding it describes (``запуск ракеты,
    произведенный … 9 мая, является нарушением``), or one it depends on?  ``linear_only``: only the
    first two tests, for an expression already attached to the trigger by syntax.  ``own``: the ids of the trigger's
    other words (``провели переговоры``: the noun is the trigger's, no other event between)."""
    inside = {t.id for t in w.tokens if timex.start <= t.start < timex.stop}
    between = [t for t in w.tokens if min(trigger.stop, timex.start) <= t.start < max(trigger.start, timex.start)
               and t.id not in inside and t.id not in own]
    if any(t.pos == "NOUN" and t.id != trigger.id and (event_word(w, t) or time_told_by(w, t))
           and not (t.head_id == trigger.id and t.rel.startswith("nsubj"))  # "консультации были приостановлены"
           and not _of_trigger(w, t, trigger)  # "раунд консультаций состоялся в марте"
           and not _circumstance(w, t, trigger)  # "договорились в ходе встречи в Арике в марте"
           and not _manner(w, t, trigger)  # "посетить страну с визитом в 2031 году"
           and not (t.head_id == trigger.id and t.rel == "obj" and w.lem[w.position[t.id]] in TREATY_WORDS)
           for t in between) or any(act_of_a_noun(w, t) for t in between if t.id not in (trigger.id, trigger.head_id)):
        return True  # "подписали соглашение … 14 мая": what was signed that day; "решением X закрыть накануне переход"
    before = next((t for t in reversed(w.tokens) if t.stop <= timex.start), None)
    if before is not None and before.id not in (trigger.id, trigger.head_id) and act_of_a_noun(w, before) \
            and not before.start < trigger.start < timex.start:
        return True  # "решением X закрыть накануне переход и призвал …": the closing's day, whatever the parse
    if _in_participial_clause(w, timex, trigger):
        return True  # ", произведенный Северной Кореей 9 мая," describes the noun before it
    if _in_preposed_participle(w, timex, trigger):
        return True  # "в запланированном на июль саммите": the summit's date, whatever the parser made of it
    if _across_conjunction(w, timex, trigger):
        return True  # "направила ноту после того, как 12 мая …": the subordinate clause's, whatever the parse
    if linear_only:  # the expression depends on the trigger's own verb: only word order can overrule it
        return False
    for t in w.tokens:
        if t.id in inside and t.head_id not in inside:
            node = w.head(t)
            for _ in range(w.settings.other_event_steps):
                if node is not None and founded(w, node):
                    return True  # "заседание совета, учреждённого в 1992 году": when the body was set up
                if node is None or node.id == trigger.id or _told_again(w, node, trigger) or _manner(w, node, trigger):
                    break
                if (event_word(w, node) or time_told_by(w, node)) and not _circumstance(w, node, trigger) \
                        and not _in_its_clause(w, timex, trigger, node) or _holds_event(w, node, trigger, timex) \
                        or act_of_a_noun(w, node) and node.id != trigger.head_id:
                    return True
                if (_subordinate(w, node, trigger) or _relative_of_other(w, node, trigger)) \
                        and not _in_its_clause(w, timex, trigger, node):
                    return True  # "после того, как 12 мая пограничники задержали рыбаков": the time of that clause
                node = w.head(node)
    return False


def act_of_a_noun(w: Words, t: Token) -> bool:
    """An infinitive a noun governs (``решением X закрыть накануне переход``): an act of its own, whose time the words
    after it tell."""
    head = w.head(t)
    return t.pos == "VERB" and t.feats.get("VerbForm") == "Inf" and head is not None and head.pos == "NOUN" \
        and head.start < t.start


def _in_its_clause(w: Words, timex: Timex, trigger: Token, other: Token) -> bool:
    """A date told before the trigger in its own clause that the parser hung on an event word of a clause after it
    (``в среду временному поверенному вручили ноту протеста, дипломата высылают``): the trigger's, as the words
    run."""
    if other.stop <= trigger.start < timex.start:  # the same the other way round: "X, встреча которых прошла в
        # марте, должны встретиться в конце года" (the parser hangs the later date on the clause closed before)
        between = [t for t in w.tokens if trigger.stop <= t.start < timex.start]
        before = [t for t in w.tokens if other.stop <= t.start < trigger.start]
        return not any(t.pos in ("PUNCT", "SCONJ", "CCONJ") for t in between) and any(t.text in ",;" for t in before)
    if not timex.stop <= trigger.start < other.start:
        return False
    before = [t for t in w.tokens if timex.stop <= t.start < trigger.start]
    after = [t for t in w.tokens if trigger.stop <= t.start < other.start]
    return not any(t.pos in ("PUNCT", "SCONJ", "CCONJ") for t in before) and any(t.text in ",;" for t in after)


def _across_conjunction(w: Words, timex: Timex, trigger: Token) -> bool:
    """Is the date in a subordinate clause the trigger is not in: a conjunction between the trigger and a date after
    it (``направила ноту протеста после того, как 12 мая …``) or a colon (``Раунд прошел …: накануне …``), or one
    before a date that a comma then parts from
    the trigger (``После того как 12 мая …, Манила направила ноту``)?"""
    if timex.start >= trigger.stop:  # the conjunction's clause runs on to the date (not "раунд, как ожидается,
        # состоится в январе"); a clause that opens with the date after a colon tells what else happened ("Раунд
        # прошел …: накануне …")
        between = [t for t in w.tokens if trigger.stop <= t.start < timex.start]
        return any((t.pos == "SCONJ" or _relative_after_comma(between, k)) and not any(
            x.text in ",;:—" for x in between[k + 1:]) for k, t in enumerate(between)) \
            or bool(between) and between[-1].text in ":;"
    clause = []
    for t in reversed([t for t in w.tokens if t.stop <= timex.start]):
        if t.text in ",;:—":
            break
        clause.append(t)
    after = [t for t in w.tokens if timex.stop <= t.start < trigger.start]
    # a comma that closes the clause, not one of a list ("после того, как 13 марта Чили, Перу и Эквадор подписали")
    return any(t.pos == "SCONJ" for t in clause) and any(
        t.text == "," and (k + 1 == len(after) or after[k + 1].rel != "conj") for k, t in enumerate(after))


def _relative_after_comma(words: list[Token], k: int) -> bool:
    """Does the word at ``k`` open a relative clause of place after a comma (``протест в связи с инцидентом в проливе,
    где в ночь на вторник …``): a clause of its own, whose time is what happened there, whatever the parse?"""
    return k > 0 and words[k - 1].text == "," and words[k].text.lower() in ASIDE_RELATIVES


def _subordinate(w: Words, verb: Token, trigger: Token) -> bool:
    """The finite verb of a subordinate clause with its conjunction (``после того, как … задержали``, ``так как …
    закрыли``) that does not hold the trigger (``когда судно в марте вошло … и было задержано``): what it tells has a
    time of its own."""
    if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
        return False
    marks = [c for c in w.children(verb) if c.rel == "mark"]
    return bool(marks) and not any(m.start < trigger.start and not any(
        t.text == "," for t in w.tokens if m.stop <= t.start < trigger.start) for m in marks)


def _relative_of_other(w: Words, verb: Token, trigger: Token) -> bool:
    """The verb of a ``который`` clause describing a noun other than the trigger (``продлить пакт, срок действия
    которого истекает в мае``): what it tells of that noun has a time of its own."""
    if verb.pos not in ("VERB", "ADJ") or verb.rel != "acl:relcl" or verb.head_id in (trigger.id, trigger.head_id) \
            or (noun := w.head(verb)) is None or noun.pos not in ("NOUN", "PROPN"):
        return False
    return any(w.lem[w.position[t.id]] == "который" for t in w.tokens if noun.stop <= t.start < verb.start)


def _circumstance(w: Words, noun: Token, trigger: Token) -> bool:
    """An event noun the trigger is told in the course of (``договорились в ходе встречи … в августе``, ``по итогам
    переговоров 18 ноября подписали``, ``на полях саммита``): its date is the trigger's too."""
    if noun.pos != "NOUN" or noun.id not in w.position:
        return False
    up, steps = noun, 0  # the noun, or the noun of the phrase it completes ("по итогам переговоров"), on the trigger
    while up is not None and up.head_id not in (trigger.id, trigger.head_id) and steps < 1:
        up, steps = w.head(up), steps + 1
    if up is None or up.head_id not in (trigger.id, trigger.head_id):
        return False
    k = w.position[noun.id]
    return any(ends_with(w.lem, k, {p}) for p in CIRCUMSTANCE if p != "после")  # "после": on a later day maybe


def of_its_content(w: Words, timex: Timex, trigger: Token) -> bool:
    """Does the date hang on a noun the trigger verb tells about, with ``о`` (``договорились о прекращении огня с 1 по
    5 июня``, ``объявили о закрытии границы с понедельника``), or run from its phrase with ``с`` (the period it runs
    for)?  The date of what was agreed or announced, not the day it was."""
    if trigger.pos != "VERB":
        return False  # "переговоры о перемирии с 1 по 5 мая": the talks' own days
    inside = [t for t in w.tokens if timex.start <= t.start < timex.stop]
    ids = {t.id for t in inside}
    between = [t for t in w.tokens if trigger.stop <= t.start < timex.start]
    if inside and inside[0].text.lower() in FROM and between and between[0].text.lower() in ABOUT and all(
            t.pos in ("NOUN", "PROPN", "ADJ", "ADP", "DET") for t in between):
        return True  # "договорились о перемирии с 1 по 15 июня", whatever the parser hung the period on
    for t in inside:
        if t.head_id in ids:
            continue
        node = w.head(t)
        for _ in range(w.settings.attach_steps):
            if node is None or node.id == trigger.id:
                break
            if node.pos == "NOUN" and "о" in w.prepositions(node):  # "о", "об", "обо"
                return above(w, w.position[node.id], w.settings.attach_steps, lambda k: w.tokens[k].id == trigger.id,
                             lambda k: True)  # not "договорились о проведении переговоров в июне": the talks'
            if _felt_about(w, node):
                return True  # "выразил обеспокоенность гибелью рабочих в августе": when they died
            node = w.head(node)
    return False


def _felt_about(w: Words, noun: Token) -> bool:
    """A noun in the instrumental that a feeling word governs (``FELT``: ``обеспокоенность гибелью рабочих``): what
    the feeling is about, with a time of its own."""
    head = w.head(noun)
    return noun.pos == "NOUN" and noun.feats.get("Case") == "Ins" and head is not None and w.lemma(head) in FELT


ABOUT = frozenset({"о", "об", "обо"})
FROM = frozenset({"с", "со"})  # a period the content runs for: "с 1 по 15 июня"


def modifies_noun(w: Words, timex: Timex, trigger: Token) -> bool:
    """A date right after a noun other than the trigger that it depends on, without a preposition (or after ``от``):
    what it dates is that thing (``решение арбитража 2019 года``, ``инцидент 18 ноября``, ``нота от 17 ноября``);
    not a date set off by a comma (``…, Лима, 12 марта 2031 года``).  A bare year in the genitive dates the noun it
    hangs on even past that noun's own words (``договор о стоках Амазонки 1978 года``): a year that dates an act takes
    a preposition (``в 1978 году``)."""
    inside = [t for t in w.tokens if timex.start <= t.start < timex.stop]
    if not inside or inside[0].pos == "ADP" and inside[0].text.lower() != "от":
        return False
    before = [t for t in w.tokens if t.stop <= timex.start]
    noun = before[-1] if before else None
    heads = {t.head_id for t in inside if t.head_id not in {x.id for x in inside}}
    if noun is not None and noun.pos == "NOUN" and heads == {noun.id}:
        return noun.id not in (trigger.id, trigger.head_id) and not _manner(w, noun, trigger)
    return _bare_year(timex, inside) and len(heads) == 1 and (head := w.by_id.get(next(iter(heads)))) is not None \
        and head.pos in ("NOUN", "PROPN") and head.stop <= timex.start and head.id not in (trigger.id, trigger.head_id)


def year_of_a_paper(w: Words, timex: Timex, trigger: Token) -> bool:
    """A bare year in the genitive after a noun of a ruling or a treaty that stands between the trigger and it
    (``нарушение решения арбитража 2015 года``, ``выход из договора 1987 года``): the paper's year, however the parser
    hung it (often on the trigger), not the act's, whose year would take a preposition (``в 2015 году``)."""
    inside = [t for t in w.tokens if timex.start <= t.start < timex.stop]
    return bool(inside) and _bare_year(timex, inside) and any(
        t.pos == "NOUN" and w.lem[k] in _PAPERS
        for k, t in enumerate(w.tokens) if trigger.stop <= t.start < timex.start)


_PAPERS = RULINGS | TREATY_WORDS  # "решение суда", "договор 1987 года": a paper with its own date


def _bare_year(timex: Timex, inside: list[Token]) -> bool:
    """``1978 года``: a year alone, in the genitive, with no preposition."""
    return timex.date.precision == "year" and inside[0].text.isdigit() and len(inside) == 2 \
        and inside[1].text.lower() in ("года", "г.", "г")


def _holds_event(w: Words, verb: Token, trigger: Token, timex: Timex) -> bool:
    """An infinitive that completes the trigger verb and a later date depends on: what is agreed, proposed or asked
    for (``договорились провести заседание в апреле``, ``предложил встретиться в мае``), whose date it is, not the
    trigger's (the agreement was reached, the proposal made, on another day).  A trigger noun the infinitive
    tells of keeps it (``Следующий раунд договорились провести в 2031 году``)."""
    if verb.pos != "VERB" or trigger.pos != "VERB" or verb.feats.get("VerbForm") != "Inf" \
            or not trigger.start < verb.start < timex.start:
        return False
    noun = w.head(verb)  # "обратилась с просьбой увеличить поставки в 2031 году": what is asked for, by its noun
    return verb.head_id == trigger.id or noun is not None and noun.pos == "NOUN" and noun.head_id == trigger.id \
        and noun.id in w.position and w.lem[w.position[noun.id]] in PROPOSALS


def _told_again(w: Words, verb: Token, trigger: Token) -> bool:
    """``утвердили сроки очередной встречи — она состоится в мае``: a verb of taking place whose subject is a pronoun
    after the trigger tells the trigger's own date, whatever the clause hangs on; so does a relative clause of the
    trigger noun (``раунде, который согласован на март``)."""
    if its_relative(w, verb, trigger):
        return True
    return trigger.stop <= verb.start and lemma(verb.text) in HAPPEN and any(
        c.rel == "nsubj" and c.pos == "PRON" and trigger.stop <= c.start for c in w.children(verb))


def its_relative(w: Words, verb: Token, trigger: Token) -> bool:
    """A relative clause of the trigger noun (``раунде, который согласован на март``), or one of taking place that the
    parser hung on the trigger's bare genitive (``на сессии комиссии …, которая должна пройти 8–9 ноября``: a
    commission does not take place, its session does)."""
    if verb.rel not in ("acl:relcl", "acl"):
        return False
    if verb.head_id == trigger.id:
        return True
    noun = w.head(verb)
    return noun is not None and _of_trigger(w, noun, trigger) and (lemma(verb.text) in HAPPEN or any(
        c.rel == "xcomp" and lemma(c.text) in HAPPEN for c in w.children(verb)))


def _manner(w: Words, t: Token, trigger: Token) -> bool:
    """``t`` tells how the trigger's act is done, with ``с`` and the instrumental, on the trigger itself (``посетить
    Перу с государственным визитом``, ``прибыл с визитом``), or what it is done for, with ``для`` (``посол отозван
    для консультаций 3 мая``): the same event, whose date it may carry."""
    return t.head_id == trigger.id and t.pos == "NOUN" and any(
        c.rel == "case" and (c.text.lower() in ("с", "со") and t.feats.get("Case") == "Ins" or c.text.lower() == "для")
        for c in w.children(t))


def _of_trigger(w: Words, t: Token, trigger: Token) -> bool:
    """``t`` is a bare genitive of the trigger, part of its name: ``раунд консультаций``."""
    return t.head_id == trigger.id and t.rel == "nmod" and not any(c.rel == "case" for c in w.children(t))


def _in_preposed_participle(w: Words, timex: Timex, trigger: Token) -> bool:
    """Does the date stand between a participle and the other event noun it describes (``не участвовать в
    запланированном на июль 2031 года саммите``, ``о состоявшейся 18 марта встрече``)?"""
    before = [t for t in w.tokens if t.stop <= timex.start]
    after = next((t for t in w.tokens if t.start >= timex.stop), None)
    return bool(before) and after is not None and after.id != trigger.id and after.pos == "NOUN" \
        and event_word(w, after) and before[-1].feats.get("VerbForm") == "Part"


def _in_participial_clause(w: Words, timex: Timex, trigger: Token) -> bool:
    """Is the date inside a participial clause set off by a comma that does not hold the trigger, up to the next comma
    or the end of the sentence (``Приветствуем прогресс, достигнутый на заседании в апреле.``; not one that ends it
    describing the trigger noun just before it: ``отложить заседание комиссии, намеченное на начало декабря.``)?"""
    commas = [t.start for t in w.tokens if t.text == ","]
    left = max((c for c in commas if c < timex.start), default=None)
    right = min((c for c in commas if c >= timex.stop), default=None)
    last = right is None  # the clause ends the sentence
    right = w.tokens[-1].stop if last and w.tokens else right
    if left is None or right is None or left < trigger.start < right:
        return False
    clause = [t for t in w.tokens if left < t.start < right]
    return bool(clause) and clause[0].pos == "VERB" and "Case" in clause[0].feats \
        and not _describes(w, clause[0], trigger, left) and not (last and _agrees(w, clause[0], trigger, left))


def _agrees(w: Words, participle: Token, trigger: Token, comma: int) -> bool:
    """Does the participle describe the trigger noun told before the comma, with no other event noun between
    (``заседание смешанной комиссии, намеченное на …``): hung on it by the parser, or of its gender and number?"""
    if trigger.pos != "NOUN" or trigger.stop > comma:
        return False
    between = [t for t in w.tokens if trigger.stop <= t.start < comma]
    return not any(t.pos == "NOUN" and event_word(w, t) for t in between) and (participle.head_id == trigger.id or all(
        participle.feats.get(f) == trigger.feats.get(f) for f in ("Gender", "Number") if participle.feats.get(f)))


def _describes(w: Words, participle: Token, trigger: Token, comma: int) -> bool:
    """Does the participial clause tell when the trigger noun itself took place: its participle is one of taking place
    (``прошедшей``, ``состоявшегося``) that agrees with the trigger noun told just before the comma, with no other
    event noun between (``на пятой сессии комиссии, прошедшей 3–4 мая в Лиме, …``)?"""
    if trigger.pos != "NOUN" or trigger.stop > comma or not {
            p.normal_form for p in parses(participle.text.lower())} & HAPPEN:
        return False
    between = [t for t in w.tokens if trigger.stop <= t.start < comma]
    return not any(t.pos == "NOUN" and event_word(w, t) or t.pos == "PUNCT" for t in between) and all(
        participle.feats.get(f) == trigger.feats.get(f) for f in ("Number", "Case") if participle.feats.get(f))
