"""The date of an event.

Date: for a cancelled event (``отменил визит``), the day its plan's clause tells (``…, который должен был состояться
4 июня``: the day it did not take place, ``_of_its_plan``), else the day its cancelling's own words or its announcement
give (``cancelled_by``, ``…, сообщило во вторник министерство``), when there is one; else the first of these that gives
one:

0. for an agreement, a proposal or an invitation that sets a meeting for a time (``договорились провести
   следующий раунд в мае``), that time (``here_ahead.meeting_set_for``);
1. for a meeting put off, the date it is put off to (``переносится на первый квартал 2032 года``), else
   a time expression attached to the trigger: right after it (``Приостановка в 2014 году``) or
   depending on it or on its head by syntax (``встреча прошла в ноябре``), and not the date of
   another event word standing between them; or one right after the trigger noun's own phrase
   (``после телефонного разговора Лаврова с Рубио в понедельник, 20 октября``), whatever verb the
   parser hung it on;
2. the time a ``когда`` clause holding the trigger refers to (``с июня 2014 года, когда НАТО приостановила …``),
   else a dated time expression of the sentence that is not another event's (``запуск … 9 мая``), a subordinate
   clause's nor another noun's (``решение арбитража 2019 года``; whose date is which: ``scope.py``);
3. the time told just before a sentence that opens with ``Тогда`` (else none);
4. none, when the sentence places the event before (``недавно``, ``ранее``) or tells a habit or a series
   (``часто``, ``регулярно``, ``два года подряд``, ``о частых встречах``), not one event, or the trigger a
   standing position (``по-прежнему настаивает``), or its verb tells it done already (``заявил в среду, что X уже
   выразил протест``: not of the day it was told of);
5. for an act that took place, the day it was reported on when the sentence gives it (``Как сообщили накануне в МИД,
   министры согласились …``; ``told.reported``), no later than the publication;
6. the document's date (``by_document.py``), for an event it narrates as occurred in the past or present (not one
   planned, proposed, hypothetical or negated: what did not happen has no day of its own; a threat is made
   when it is said, ``будут восприняты как враждебный акт``); never a guessed one for an undated document (``dated``
   still tells that it is of its document's day).

The nearest expression to the trigger wins within a group.  ``в тот же день`` and ``на следующий день`` count from
the day of the last event told before.  A planned or proposed event's month or day told without a year and
resolved before the publication is the next one (``встретиться снова в марте``).

Place: ``where.py``.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable

from ...records import Document, PartialDate, Timex, Token
from ...timex.patterns import told_day
from .by_document import by_document, of_its_day, weekly_review
from .clause_date import (
    before_the_act,
    first_conjunct,
    in_own_clause,
    its_own_participle,
    past_its_purpose,
    plan_it_had,
    series_of,
    shared_by_coordination,
)
from .clauses import across_semicolon
from .elided_verb import before_its_dash
from .factuality import completed_noun, deciding_verb
from .here_ahead import MONTH_OR_SEASON, meeting_set_for, period_of_validity, told_ahead
from .no_day import done_already, habitual, in_a_writing, then_told, told_earlier
from .planned import said_before_it, stated_now
from .put_off import put_off_plan, put_off_to_a_term
from .scope import attaches_to, event_word, modifies_noun, of_its_content, other_event_date, year_of_a_paper
from .sentence import Words
from .told import announced, cancelled_by, of_speech, reported
from .where_clause import where_clause_host
from .words import (
    DECISIONS,
    EARLIER_CUES,
    EARLIER_ONES,
    POSTPONE,
    TAKING_NOUNS,
    tense,
)


def event_date(w: Words, doc: Document, start: int, stop: int, trig: list[Token],
               fact: str = "occurred") -> PartialDate:
    """The date of the event whose trigger is ``trig`` in the sentence ``start``..``stop``: the first
    of ``DATE_RULES`` that gives one, else none."""
    return dated(w, doc, start, stop, trig, fact)[0]


def dated(w: Words, doc: Document, start: int, stop: int, trig: list[Token],
          fact: str = "occurred", told: PartialDate | None = None) -> tuple[PartialDate, bool]:
    """The event's date (``event_date``) and whether it is the document's by default (``BY_DEFAULT``; in an
    undated document, whether it would be, or its own words tell a day relative to the document's).  ``fact``:
    the event's factuality, or ``said`` for a threat, which occurs when it is said whatever its tense.  ``told``: the
    day of the last event told before, which ``в тот же день`` and ``на следующий день`` count from."""
    # a deadline dates what is planned or proposed for it: "условились провести новую встречу до конца мая" → May
    if fact == "occurred" and trig[0].id in w.position and tense(trig[0]) == "futr" and stated_now(w, trig[0]):
        fact = "said"  # "Стороны приветствуют решение": a stance taken by saying it, of its day
    ahead = fact in ("planned", "proposed")  # what is planned or proposed lies ahead
    relations = ("at", "before") if ahead else ("at",)
    # "…, сообщил во вторник МИД": not the plan's day; "заявил в среду, что X уже выразил протест": done before the day
    # it was told of
    told_of = ahead or done_already(w, trig[0])
    done = fact == "occurred" and trig[0].pos == "VERB" and tense(trig[0]) == "past"  # "предложила весной 2027 года
    # провести работы": a time ahead of the publication is what was proposed, not the act done before it
    plan = plan_it_had(w, trig, fact)  # "приняли участие в саммите, изначально намеченном на 3 мая": not its day
    # "намеченное на май заседание перенесено на более поздний срок": the day it had, not its new one
    put_off = _plan_put_off(w, trig) if fact == "planned" else set()
    if ahead:  # "предложил провести отложенный в августе раунд 19 октября": when it was put off, not its new day
        put_off |= put_off_before(w, doc, [x for x in doc.timexes if start <= x.start < stop])
    here = _from_told_day([x for x in doc.timexes if start <= x.start < stop and x.relation in relations
                           and not (plan and plan[0] <= x.start < plan[1]) and x.start not in put_off
                           and not period_of_validity(doc.text, x) and not _of_a_paper(w, doc, x, trig)
                           and not (told_of and of_speech(w, x))
                           and not (ahead and said_before_it(w, x.stop, trig[0]))
                           and not (done and after_publication(x.date, doc.published))
                           and not across_semicolon(w, doc, x, trig[0])],
                          told if fact in ("occurred", "said") else None)
    if fact == "negated" and (d := _of_its_plan(w, doc, here, trig, fact)) is not None:
        return d, False  # "отменил заседание, которое должно было пройти 4 июня": the day it did not take place
    if fact == "negated" and (word := cancelled_by(w, trig[0])) is not None:  # "отменил визит в Чили", сообщило …
        d, default = dated(w, doc, start, stop, [word], "occurred", told)
        if not default and d.precision != "unknown" or (d := announced(w, doc, start, stop)).precision != "unknown":
            return d, False
    if fact == "occurred" and trig[0].id in w.position \
            and (k := deciding_verb(w, w.position[trig[0].id])) is not None:  # "в среду решило ввести санкции"
        if (d := _own_date(w, doc, start, stop, [w.tokens[k]], "occurred", told)) is not None:
            return d, False
    if fact == "occurred" and (noun := _decided_by(w, trig)) is not None \
            and _attached(w, doc, here, trig, fact) is None:  # "Решение о высылке атташе было принято накануне"
        # the act's words are the decision's
        if (d := _own_date(w, doc, start, stop, [noun, *trig], "occurred", told)) is not None:
            return d, False
    if fact == "occurred" and _attached(w, doc, here, trig, fact) is None \
            and (x := meeting_set_for(w, doc, start, stop, trig[0])) is not None:
        return told_ahead(x.date, doc, [x]), False  # "договорились провести раунд в мае": the meeting's time
    if ahead and (series := series_of(w, trig[0])) is not None \
            and (d := _attached(w, doc, here, [series], fact)) is not None:
        return told_ahead(d, doc, here), False  # "готова провести раунд консультаций уже в декабре": the round's time
    for rule in DATE_RULES:
        if (d := rule(w, doc, here, trig, fact)) is not None:
            if rule is BY_DEFAULT and (noun := _completed(w, trig)) is not None \
                    and (own := _own_date(w, doc, start, stop, [noun], fact, told)) is not None:
                return own, False  # "Накануне X объявил о присоединении к пакету санкций": the act's day
            if rule is BY_DEFAULT and (host := where_clause_host(w, trig)) is not None \
                    and (own := _own_date(w, doc, start, stop, [host], fact, told)) is not None:
                return own, False  # "посетил 12 марта Асунсьон, где провел переговоры": the visit's day
            if rule is BY_DEFAULT and (noun := first_conjunct(w, _phrase_head(w, trig))) is not None \
                    and (own := _own_date(w, doc, start, stop, [noun], fact, told)) is not None:
                return own, False  # "в пятницу объявил о заморозке активов и запрете на въезд": both that day
            # an undated document's "сегодня", "в четверг": a day near its own, which it cannot tell
            near = rule in (its_own_participle, in_own_clause, _attached, _after_its_phrase, past_its_purpose,
                            shared_by_coordination, _in_sentence) \
                and d.iso() is None and doc.published.precision == "unknown" and of_its_day(trig, fact) \
                and _relative_only(here)
            return (told_ahead(d, doc, here) if ahead else d), rule is BY_DEFAULT or near
    # an undated document's event of its day: its date would be the document's (fusion reads a year-less dateline);
    # a digest of the week's: its item's story may date it (story.py)
    review = bool(doc.items) and weekly_review(doc, w.settings.review_head_sentences)
    return PartialDate(), (doc.published.precision == "unknown" or review) and of_its_day(trig, fact)


def _own_date(w: Words, doc: Document, start: int, stop: int, words: list[Token], fact: str,
              told: PartialDate | None) -> PartialDate | None:
    """The date that other words of the act (a deciding verb, a decision's noun, a conjunct) have of their own, by
    ``dated``; None when they have none but the document's, or an unknown one."""
    d, default = dated(w, doc, start, stop, words, fact, told)
    return d if not default and d.precision != "unknown" else None


def _decided_by(w: Words, trig: list[Token]) -> Token | None:
    """The noun of a decision the trigger noun completes after ``о`` or the trigger's infinitive completes, taken by its
    verb (``Решение о высылке атташе было принято накануне``, ``Вчера X приняла решение отозвать посла …``, ``объявил в
    среду о решении отозвать посла``; ``TAKING_NOUNS``): the act was taken when the decision was, and the decision's
    own time dates it; else None (``решение о высылке было согласовано с президентом в среду``: prepared, not taken,
    that day)."""
    head = w.head(trig[0])
    infinitive = trig[0].feats.get("VerbForm") == "Inf"  # "приняла решение отозвать посла"
    if trig[0].pos != "NOUN" and not infinitive or head is None or head.pos != "NOUN" \
            or head.id not in w.position or w.lem[w.position[head.id]] not in DECISIONS:
        return None
    taker = w.head_index(head)  # taken ("было принято", "объявил"), not prepared ("согласовано с президентом в среду")
    if taker is None or w.lem[taker] not in TAKING_NOUNS:
        return None
    return head if infinitive or any(c.id in w.position and w.lem[w.position[c.id]] in ("о", "об")
                                     for c in w.children(trig[0])) else None


def _of_a_paper(w: Words, doc: Document, x: Timex, trig: list[Token]) -> bool:
    """A date after ``от`` (``ссылаясь на постановление суда от марта 2021 года``, ``нота от 3 апреля``): the date of
    the paper the noun before it names, the standard way of citing one, not of an act told beside it; only the trigger
    noun it follows (``соглашение от 12 июня``) takes it."""
    return bool(_FROM.match(x.text) or _FROM.search(doc.text[max(0, x.start - 4):x.start])) \
        and not 0 <= x.start - trig[-1].stop <= w.settings.adjacent_date_chars


_FROM = re.compile(r"(?i)(?<!\w)от\s+(?=\S|$)")  # "от марта 2021 года": the span may hold it


def after_publication(date: PartialDate, published: PartialDate) -> bool:
    """Is ``date`` later than the publication date, at the precision both have (``весной 2027 года`` in news of
    November 2026)?"""
    a, b = date.iso(), published.iso()
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _from_told_day(here: list[Timex], told: PartialDate | None) -> list[Timex]:
    """``в тот же день``, ``на следующий день`` of the event told before (``Ранее в тот же день … вызвал``): that
    day, or the day after; without one (or for what did not take place), the time stage's reading (the day of the
    expression told before it nearby), else no date at all (the rules go on to the next)."""
    out = []
    for x in here:
        after = told_day(x.text)
        if after is not None and told is not None and told.precision == "day":
            day = datetime.date.fromisoformat(told.iso()) + datetime.timedelta(days=after)
            x = dataclasses.replace(x, date=PartialDate(day.year, day.month, day.day), anchor="document")
        if after is None or x.date.precision == "day":
            out.append(x)
    return out


def _nearest(found: list[Timex], trig: list[Token]) -> PartialDate | None:
    return min(found, key=lambda x: abs(x.start - trig[0].start)).date if found else None


def _put_off_to(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A meeting put off (``Заседание, которое планировалось провести в декабре, переносится на первый квартал 2032
    года``): the date it is put off to, not the one it had been planned for."""
    head = w.head(trig[0])
    if head is None or head.id not in w.position or w.lem[w.position[head.id]].removesuffix("ся") not in POSTPONE:
        return None
    found = [x for x in here if x.date.precision != "unknown" and (attaches_to(w, x, trig[0]) or _put_off(w, x))
             and (_TO.search(doc.text[max(0, x.start - 4):x.start]) or _TO_IN.match(x.text))]  # "на апрель": one timex
    # "саммит, намеченный на 5 марта, перенесен на апрель": the date after the verb of putting off, not the old one
    later = [x for x in found if _put_off(w, x)] or [x for x in found if x.start > head.start]
    return (later or found)[0].date if found else None


def _of_its_plan(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A meeting put off with no new term: the day its plan's clause tells (``встреча министров Перу и Чили, которая
    должна была состояться в Лиме 4 июня, переносится``; ``put_off.py``)."""
    plan = put_off_plan(w, w.position[trig[0].id]) if fact == "negated" and trig[0].id in w.position else None
    if plan is None:
        return None
    clause = {t.start for t in w.v.subtree(plan, skip=frozenset())}
    # and on to the comma that closes it (``…, которое должно было пройти в Лиме 4 июня, сообщил в среду МИД``: the
    # parser may hang the day on the verb of speech)
    k = max(w.position[t.id] for t in w.v.subtree(plan, skip=frozenset()) if t.id in w.position) + 1
    while k < len(w.tokens) and w.tokens[k].text not in (",", ";", ".", "—"):
        clause.add(w.tokens[k].start)
        k += 1
    return _nearest([x for x in here if x.start in clause and x.date.precision != "unknown"], trig)


def day_of_its_plan(w: Words, doc: Document, start: int, stop: int, trig: list[Token]) -> PartialDate | None:
    """A meeting put off to a new term whose plan is told in the past with its date (``Саммит, который должен был
    пройти 10 мая, перенесен на 2032 год``, ``намеченный на 3 июня, переносится на осень``): the date it had been
    planned for, on which it did not take place; else None."""
    clause = _plan_put_off(w, trig)
    return _nearest([x for x in doc.timexes if start <= x.start < stop and x.start in clause and x.date.iso()], trig) \
        if clause else None


def _plan_put_off(w: Words, trig: list[Token]) -> set[int]:
    """The offsets of the words of the plan, told in the past, of a meeting put off to a new term, and of what lies
    between it and the verb of putting off (the parser may hang "28 мая" on it): the day it had, not its new one."""
    found = put_off_to_a_term(w, w.position[trig[0].id]) if trig[0].id in w.position else None
    if found is None:
        return set()
    plan, verb = found
    return {t.start for t in w.v.subtree(plan, skip=frozenset())} | {
        t.start for t in w.tokens[w.position[plan.id]:verb]}


def put_off_before(w: Words, doc: Document, here: list[Timex]) -> set[int]:
    """The starts of the times a participle of putting off in the past tells of when a meeting was put off, before
    its noun (``отложенный в августе раунд``) or after it (``раунд, отложенный в августе``): not its day to come.  A
    time after ``на`` is the term it was put off to (``перенесенный на май``) and counts."""
    out: set[int] = set()
    for k, t in enumerate(w.tokens):
        if t.feats.get("VerbForm") != "Part" or t.feats.get("Tense") != "Past" or t.feats.get("Variant") == "Short" \
                or t.rel not in ("amod", "acl", "obj") or w.lem[k].removesuffix("ся") not in POSTPONE:
            continue  # "перенесено на январь": the predicate, not a word describing the meeting
        words = {x.start for x in w.v.subtree(t, skip=frozenset())}
        after = next((x for x in w.tokens[k + 1:] if not any(y.start <= x.start < y.stop for y in here)
                      and x.pos != "ADP"), None)
        stop = after.start if after is not None and after.pos == "NOUN" and after.feats.get("Case") == t.feats.get(
            "Case") else t.stop  # before its noun: up to the noun, whatever the parser hung the time on
        out |= {x.start for x in here if (x.start in words or t.stop <= x.start < stop)
                and not _TO.search(doc.text[max(0, x.start - 4):x.start]) and not _TO_IN.match(x.text)}
    return out


def _put_off(w: Words, x: Timex) -> bool:
    """Does the time expression depend on a verb of putting off (``… перенесен на январь``)?  In a sentence that
    tells one postponement, the date it is put off to (a heading run into the sentence may give it two verbs)."""
    heads = [w.head(t) for t in w.tokens if x.start <= t.start < x.stop and not x.start <= (
        w.head(t).start if w.head(t) is not None else -1) < x.stop]
    return any(h is not None and h.id in w.position and w.lem[w.position[h.id]].removesuffix("ся") in POSTPONE
               for h in heads)


_TO = re.compile(r"(?i)(?<!\w)на\s*$")
_TO_IN = re.compile(r"(?i)на\s")


def _attached(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A time expression right after the trigger or attached to it by syntax."""
    return _nearest([x for x in here if (0 <= x.start - trig[-1].stop <= w.settings.adjacent_date_chars
                     or attaches_to(w, x, trig[0]) and not other_event_date(w, x, trig[0], True, _ids(trig))
                     or _right_before_its_verb(w, doc, x, trig[0]))
                     and not of_its_content(w, x, trig[0])], trig)


def _right_before_its_verb(w: Words, doc: Document, x: Timex, trigger: Token) -> bool:
    """A time expression right before the trigger's finite verb, nothing between (``МИД во вторник отверг протест,
    который X накануне заявил …``), that the parser hung on a word after the trigger (the relative clause's verb): a
    clause after the verb cannot hold what stands before it; the date is the verb's."""
    if trigger.pos != "VERB" or trigger.feats.get("VerbForm") != "Fin" or x.stop > trigger.start \
            or doc.text[x.stop:trigger.start].strip():
        return False
    inside = {t.id for t in w.tokens if x.start <= t.start < x.stop}
    heads = [w.head(t) for t in w.tokens if t.id in inside and t.head_id not in inside]
    return bool(heads) and all(h is not None and h.start > trigger.start for h in heads)


def _ids(trig: list[Token]) -> frozenset[str]:
    return frozenset(t.id for t in trig)


def _after_its_phrase(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A time expression that follows the trigger noun's own phrase with nothing else between: the
    words between are all the noun's dependents (``телефонного разговора Лаврова с Рубио в понедельник``),
    no punctuation and no other event's word among them."""
    head = _phrase_head(w, trig)
    if head is None:
        return None
    own = {t.id for t in w.v.subtree(head, skip=frozenset())}
    found = []
    for x in here:
        between = [t for t in w.tokens if trig[-1].stop <= t.start < x.start]
        if x.start >= trig[-1].stop and x.date.precision != "unknown" and between and all(
                t.id in own and t.pos != "PUNCT" and not (event_word(w, t) and t.pos == "NOUN") for t in between) \
                and not other_event_date(w, x, trig[0], True, _ids(trig)) \
                and not year_of_a_paper(w, x, trig[-1]):  # "в связи с введенными накануне мерами"; "нарушение
            found.append(x)  # решения суда 2015 года": the ruling's year
    return _nearest(found, trig)


def _completed(w: Words, trig: list[Token]) -> Token | None:
    """The noun the trigger's phrase completes (``factuality.completed_noun``: ``присоединении`` of ``о присоединении
    к пакету санкций``), when it is another word; a date of its own (``Накануне X объявил о присоединении …``) is
    the act's, which its document's day by default is not."""
    head = _phrase_head(w, trig)
    noun = completed_noun(w, head) if head is not None else None
    return noun if noun is not None and noun.id != head.id else None


def _phrase_head(w: Words, trig: list[Token]) -> Token | None:
    """The noun that heads the trigger's words (``разговора`` of ``телефонного разговора``), if any."""
    ids = {t.id for t in trig}
    heads = [t for t in trig if t.head_id not in ids]
    return heads[0] if len(heads) == 1 and heads[0].pos == "NOUN" else None


def _when_clause(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """The time a ``когда`` clause holding the trigger refers to: ``не проводились с июня 2014 года, когда НАТО
    приостановила сотрудничество`` → June 2014 (whatever the expression's relation)."""
    words = [t for t in w.tokens if t.start < trig[0].start]
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i].text.lower() == "когда"), None)
    if at is None or words[at - 1].text != "," or any(t.text in ",;:" for t in words[at + 1:]):
        return None
    comma = words[at - 1].start
    found = [x for x in doc.timexes if x.date.iso() and 0 <= comma - x.stop <= 1]
    return found[0].date if found else None


def _in_sentence(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A dated time expression of the sentence that is not another event word's nor another noun's (none is
    attached), nor one of words quoted that the trigger is not among (``«… сегодня мы показываем …», — сказал король,
    открывая встречу``: the quoted words' own now, not the narrative's)."""
    return _nearest([x for x in here if x.date.precision != "unknown" and not modifies_noun(w, x, trig[0])
                     and not of_its_content(w, x, trig[0]) and not other_event_date(w, x, trig[0], own=_ids(trig))
                     and not _of_an_earlier_time(w, x, trig[0]) and not _quoted_apart(doc, x, trig)], trig)


def _quoted_apart(doc: Document, x: Timex, trig: list[Token]) -> bool:
    """Does the time expression lie in direct speech (``Document.quoted``) that does not hold the trigger?"""
    return any(q.start <= x.start < q.stop and not q.start <= trig[0].start < q.stop for q in doc.quoted)


def _of_an_earlier_time(w: Words, x: Timex, trigger: Token) -> bool:
    """A time expression of another verb's clause that tells an earlier occasion (``Это первая встреча за три года:
    последний раз они собирались в марте 2021 года``, ``… — ранее стороны виделись в 2019 году``): that occasion's
    time, not the trigger's."""
    verb = next((w.head(t) for t in w.tokens if x.start <= t.start < x.stop and w.head(t) is not None
                 and not x.start <= w.head(t).start < x.stop), None)
    while verb is not None and verb.pos != "VERB":
        verb = w.head(verb)
    if verb is None or verb.id in (trigger.id, trigger.head_id) or verb.start < trigger.start:
        return False
    cues = [c for c in w.children(verb) if c.id in w.position]
    cues += [m for c in cues if c.pos == "NOUN" for m in w.children(c) if m.id in w.position]
    return any(w.lem[w.position[c.id]] in EARLIER_CUES | EARLIER_ONES for c in cues
               if not x.start <= c.start < x.stop)  # not the expression's own words ("на прошлой неделе")


def _relative_only(here: list[Timex]) -> bool:
    """The unresolved time expressions are all told relative to the publication, with no number (``сегодня``,
    ``в четверг``), not a day and month without a year (``20 марта``) nor a month or season (``в августе``,
    ``летом``: some months away, not near the publication's day)."""
    unresolved = [x for x in here if x.anchor == "none" and x.date.iso() is None]
    return bool(unresolved) and not any(c.isdigit() for x in unresolved for c in x.text) \
        and not any(MONTH_OR_SEASON.search(x.text) for x in unresolved)


DATE_RULES: tuple[Callable[[Words, Document, list[Timex], list[Token], str], PartialDate | None], ...] = (
    _put_off_to, _of_its_plan, its_own_participle, in_own_clause, before_its_dash, _attached, _after_its_phrase,
    past_its_purpose, shared_by_coordination, _when_clause,
    before_the_act, _in_sentence, then_told, told_earlier, habitual, in_a_writing, reported, by_document)
BY_DEFAULT = by_document  # the rule that dates an event by its document, not by its own words
