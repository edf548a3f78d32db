"""The event stage: sentence by sentence, the triggers found become events (``Document.events``),
a restatement joins the event it restates, and each quote is linked to the event it is about."""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import hashlib
import re

from ...ids import is_country
from ...records import Document, Event, PartialDate, Participant, Sentence, Token
from ...settings import DEFAULT, Settings
from ...view import view
from ..clean.items import item_at
from ..entities import with_countries
from .actors import COUNTRY_TYPES, Actors
from .announced import with_announcers
from .answer_measures import measures_done
from .bodies import body_heads, elided
from .by_document import document_day
from .clauses import dated_again, dated_clause
from .conditions import unsaid
from .delegations import REACH, delegates, meeting_of, with_delegates, within_reach
from .detentions import with_the_disputing_sides
from .digest import joined_headlines
from .elided_rounds import elided_rounds
from .envoys import returns_home, returns_to_post
from .factuality import factuality, told_as_a_time
from .forums import forum_heads, told_again
from .invitations import accepted, invitation_act, invitation_of
from .measures import a_measure_told
from .meeting_blocks import heads_of, told_days
from .meeting_vetoes import host_before_pronoun, received_again, received_by_a_head
from .merge import (
    Known,
    after_a_visit,
    founds,
    joins_pointed,
    joins_refusal,
    joins_told_again,
    joins_visit,
    merge,
)
from .next_elided import next_elided
from .outcomes import with_the_sides_met
from .participants import participants
from .plural import with_plural, with_the_sides
from .put_off import not_held_on
from .quote_links import with_events
from .reactions import to_the_proposal
from .reciprocal import against, answers_in_kind, own_day
from .refusals import backing_refused, refused_to_join, support_refused, support_vowed
from .rounds import carry_round, in_series, round_of, sentence_format
from .senses import consequence_told
from .sentence import Words, topic_heading
from .set_meetings import set_meetings
from .sides import counted_sides, with_counted_sides
from .speakers import with_own_speakers, with_speakers, with_speaking_states
from .story import arrived_before, with_story_days
from .trigger_reads import another, asks_what, evaluation, ours_with, points_back, reached_before, refused, vowed
from .triggers import find_triggers
from .unstated import cause_of_another, caused, delivered, identified, judged_cause, reason_of_another, told_how
from .venue import with_expulsion_places, with_hosts, with_meeting_places, with_ministry_places
from .when import after_publication, dated, day_of_its_plan
from .where import event_place
from .words import NOT_DONE, NOT_VOWED, PROPOSED_KEPT, tense

_ENTRY = re.compile(r"^\s*\d{1,2}:\d{2}\s*$", re.MULTILINE)  # "17:12" alone on a line: a live blog's entry
# "3. Стороны договорились …": a numbered point of a communiqué or a list, each telling its own act
_POINT = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+(?=\w)", re.MULTILINE)

_NUMBER_CHARS = 7  # an item's number before its label ("12/12. ")
FORMATTED = frozenset({"CONSULT", "REQUEST", "SANCTION"})  # the types of event that take the sentence's format


def event_id(doc_id: str, start: int, type_: str) -> str:
    return "v:" + hashlib.sha1(f"{doc_id}|{start}|{type_}".encode()).hexdigest()[:12]


class EventStage:
    name = "events"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles", "timexes", "turns", "quotes",
                          "published", "dateline_place"})
    provides = frozenset({"events", "entities", "quotes"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings.events

    def __call__(self, doc: Document) -> Document:
        mentions = view(doc).mentions(doc)
        events: list[Event] = []
        # The persons named in the sentence before, for the merge of a meeting told again (meeting_blocks._new_person).
        previous_persons: list[str] = []
        last_person: str | None = None
        last_format: str | None = None
        doc_dated = doc.published.precision != "unknown"
        by_default: set[str] = set()  # the events dated by the document, not by their own words
        own: set[str] = set()  # the meetings speakers tell as their own (merge.Known.own)
        founding: set[str] = set()  # the acts that agree to set up a body (merge.founds)
        timed: set[int] = set()  # the sentences whose event is the time of another ("Накануне встречи X и Y …")
        bodies: set[str] = set()  # the head words of the mechanisms named so far (bodies.body_heads)
        # a live blog's entries and a digest's items (merge.Known): each tells its own news
        entries = tuple(sorted({m.start() for m in _ENTRY.finditer(doc.text)} | {start for start, _ in doc.items}))
        points = tuple(m.start() for m in _POINT.finditer(doc.text))
        questions = frozenset(s.start for s in doc.sentences if s.text.rstrip().endswith("?"))
        lasting = frozenset(s.start for s in doc.sentences for x in doc.timexes  # "… продолжавшиеся с понедельника"
                            if s.start <= x.start < s.stop and x.relation == "after")
        spans = told_days(doc)  # "Заседание, проходившее в среду и в четверг, …": a session's days (meeting_blocks)
        asked = frozenset(s.start for s in doc.sentences if s.start in questions and asks_what(s))
        turned = frozenset(s.start for s in doc.sentences for t in doc.turns if t.start <= s.start < t.stop)
        meeting_at = -REACH - 1  # the last sentence that reported a meeting (delegations.py)
        persons = {e.id for e in doc.entities if e.type == "person"}
        country_of = {e.id: e.country for e in doc.entities if e.type == "person" and e.country}
        place_names = {e.id: e.name for e in doc.entities if e.type == "location"}
        heads = heads_of(doc)
        met: tuple[int, list[str]] = (-REACH - 1, [])  # the last meeting of two persons or more, and its sentence
        counted: dict[str, tuple[str, ...]] = {}  # the sides a count or office subject stands for (sides.py)
        invitation: tuple[int, Event] | None = None  # the last invitation told, and its sentence (invitations.py)
        lead: PartialDate | None = None  # the day a sentence without an event told, for the next (_day_told)
        sentence_words = [Words.of(doc, s, self.settings) for s in doc.sentences]  # each built once
        actors = Actors.of(doc, self.settings, sentence_words)
        by_start = sorted((m.start, k) for k, m in enumerate(doc.mentions))  # (``_within``)
        by_time = sorted((x.start, k) for k, x in enumerate(doc.timexes))
        headings = _section_headings(sentence_words) | joined_headlines(doc)  # no act told in either
        for at, sentence in enumerate(doc.sentences):
            told_events = len(events)
            fmt = sentence_format(doc.text[sentence.start:sentence.stop], last_format)
            w = sentence_words[at]  # what the sentences before tell of it: its format, the bodies named so far
            w.fmt, w.bodies = fmt, frozenset(bodies)
            if within_reach(doc, meeting_at, at) and (people := delegates(w)):
                if (last := meeting_of(events, w)) is not None:
                    events[last] = with_delegates(events[last], people)
                    met = _met(events[last], persons, at, met)
            # one event per type, and per planned or not: "обсудили подготовку визита" is a talk and a visit; and per
            # clause a semicolon parts ("В понедельник X выслал …; в четверг Y ответил, выслав …": two acts), and per
            # clause of another day (clauses.dated_clause: "Во вторник X выслал …, в пятницу Y ответил, выслав …")
            seen: set[tuple] = set()
            found = [] if at in headings else find_triggers(w)
            came = any(type_ == "THREATEN" and consequence_told(trig) for type_, _, trig in found)
            for type_, mode, trig in found:
                if type_ == "THREATEN" and (came or measures_done(w, trig)):
                    continue  # "получила адекватный ответ", "ответные меры не заставили себя ждать": what came
                if unsaid(w, trig, type_):
                    continue  # "если X введет санкции, …", "пригрозил отменить визит": a condition, a threat's content
                if type_ != "SUPPORT" and backing_refused(w, trig):
                    continue  # "не поддержит запрет ЕС на импорт газа": the refusal is told, not the measure
                fact = factuality(w, trig)
                if type_ == "THREATEN" and fact == "planned":
                    fact = "occurred"  # "будут восприняты как …", "ответит": a threat is made by saying what will come
                if refused(w, trig) or refused_to_join(w, trig):
                    type_, fact = "REJECT", "occurred"  # "этих условий не приняла", "к ним не присоединился"
                if type_ == "SUPPORT" and fact == "negated":
                    if support_refused(w, trig):
                        type_, fact = "REJECT", "occurred"  # "не поддержал идею Y": a refusal
                    elif support_vowed(w, trig):
                        continue  # "никогда не поддержит раскол Y": a vow
                if fact == "proposed" and type_ not in PROPOSED_KEPT:
                    continue  # "призвал X выступить против …": the request is the act, what it asks for is none
                if fact == "negated" and (type_ in NOT_DONE or type_ in NOT_VOWED and vowed(trig)):
                    continue  # "не откажется от …": no refusal, nor any act; "не уступим": a vow; "уступок не было"
                key = (type_, fact == "planned", sum(t.text == ";" and t.stop <= trig[0].start for t in w.tokens),
                       dated_clause(w, doc, trig[0]), told_as_a_time(w, trig),  # "Накануне встречи X и Y прошли …"
                       mode == "phone")  # "в телефонном разговоре обсудили итоги консультаций": a call and talks
                if key in seen:
                    continue
                # the day of the last event told before (in its item of a digest), by its own words where one was
                told = _last_day(events, doc.items, sentence.start, by_default) \
                    or _last_day(events, doc.items, sentence.start)
                event, default = self._event(doc, sentence, w, type_, mode, trig, last_person, fact, told)
                if type_ == "AGREE" and invitation is not None and at - invitation[0] == 1:
                    event = accepted(event, w, trig, invitation[1])  # "… передал приглашение. Приглашение принято"
                if told_as_a_time(w, trig) and fact == "hypothetical":
                    continue  # "станет реальной лишь после подписания договора X и Y": a condition
                if told_as_a_time(w, trig) and default:  # "спустя десять дней после переговоров X и Y": not its day
                    event, default = dataclasses.replace(event, date=PartialDate()), False
                if default and lead is not None and event.factuality == "occurred":
                    event, default = dataclasses.replace(event, date=lead), False  # "… ответила в субботу. X отверг …"
                event, default = to_the_proposal(event, w, trig, events, [s.start for s in doc.sentences[:at]], default,
                                                 by_default)
                if type_ == "AGREE" and (event := with_the_sides_met(event, w, trig, _states_met(events))) is None:
                    continue  # "Главный итог — решение начать переговоры …": of the sides that met, or of none
                if not event.participants and event.format is None and trig[0].pos == "NOUN" and (
                        type_ != "CONSULT" or sentence.start in questions) \
                        and not (type_ == "THREATEN" and sentence.start in turned):  # "X: Ответ будет жестким": X's
                    continue  # "санкции оказались болезненными", "Чего ждать от встречи?": an event noun, nobody's act
                if type_ == "CONSULT" and event.round and trig[0].pos == "NOUN" \
                        and not any(is_country(p.entity) for p in event.participants):
                    event = _next_round(event, events, doc)  # "Десятый раунд планируется провести в …" after the 9th
                event = in_series(event, w, events, doc.items)  # "провести следующий раунд" after the third: 4
                if sentence.start in asked and trig[0].pos == "VERB":
                    continue  # "Что конкретно было согласовано?": what is asked about, no act told
                ellipsis = elided(w, w.position[trig[0].id]) is not None  # "Следующее пройдет в …": another session
                again = ellipsis or told_again(w, w.position[trig[0].id])  # "Следующий форум …": the forum told before
                if again and not event.participants and type_ == "CONSULT":
                    event = _of_the_body(event, events)  # its body's sides, before asking who takes part
                if type_ in COUNTRY_TYPES:  # "… из-за ареста экипажа судна. Моряков задержали в субботу"
                    event = with_the_disputing_sides(event, trig, sentence_words, doc.sentences, at, events)
                if not actors.takes_part(event, w, doc) or returns_home(event, doc) or \
                        not returns_to_post(event, w, doc):
                    continue  # "клуб встретился с …", "пациент прибыл в больницу": no state actor; an envoy home
                seen.add(key)  # a trigger of the same kind left without actors leaves the next one its chance
                event = with_plural(event, w, trig, doc, met[1] if at - met[0] <= REACH else [], persons)
                event = with_the_sides(event, w, trig, _states_met(events))
                counted[event.id] = counted_sides(event, w, trig, events, doc)  # "Министры обеих стран подписали …"
                if default:
                    by_default.add(event.id)
                if type_ == "AGREE" and founds(w, trig):
                    founding.add(event.id)
                known = Known(previous_persons, doc_dated, by_default, self.settings.news_days, own, entries,
                              questions, country_of, persons, founding, heads, points, lasting, doc.text, spans,
                              place_names)
                if type_ == "CONSULT":
                    meeting_at = at
                if evaluation(trig) and joins_refusal(events, event, doc.sentences[at - 1].start if at else None,
                                                       w.lem[0] if w.lem else None, persons):
                    continue  # "… отверг заявление. Он назвал требования «неприемлемыми»": the refusal told again
                if points_back(w, trig[0]) and joins_pointed(events, event):
                    continue  # "Такие учения подрывают доверие": the drills told before
                if type_ == "AGREE" and reached_before(w, trig) and joins_told_again(
                        events, dataclasses.replace(event, participants=())):
                    continue  # "X приветствовал достигнутую договоренность": the agreement told before, not X's
                if (not w.dated and (type_ == "CONSULT" and told_how(w, w.position[trig[0].id])
                                     or caused(w, w.position[trig[0].id]))  # "Это пятый раунд, хотя до него стороны
                        or identified(w, w.position[trig[0].id])
                        and (not w.dated or (event.round or event.mode != "visit")  # not "первый визит … с 2019"
                             and (default or event.date == told))) \
                        and joins_told_again(events, event):  # не собирались с мая …": a clause of another time
                    continue  # "Переговоры прошли в деловом ключе", "Это шестая сессия", "протест в связи с
                    # санкциями": the act told before
                if type_ == "SANCTION" and a_measure_told(w, trig) and joins_told_again(
                        events, dataclasses.replace(event, factuality="occurred")):
                    continue  # "Их активы будут заморожены" after "X ввел санкции против …": the sanction spelled out
                if cause_of_another(w, trig, found) or delivered(w, trig, type_, found) or judged_cause(
                        w, trig, type_, found) or reason_of_another(w, trig, type_, found):  # "выслал X, обвинив …"
                    seen.discard(key)  # "протест в связи с санкциями X": told as the reason; "ноту, согласно которой …"
                    continue
                if type_ == "CONSULT" and host_before_pronoun(w, w.position[trig[0].id]) and not after_a_visit(events):
                    continue  # "Министр предложил план. Президент принял его": no guest
                if type_ == "CONSULT" and received_again(w, w.position[trig[0].id]) and joins_visit(events, event,
                                                                                                   not default):
                    continue  # "… прибыл в X. Его принял президент X": the visit told again
                head_received = received_by_a_head(w, w.position[trig[0].id])
                if told_as_a_time(w, trig) or sentence.start in timed:  # "Накануне встречи X и Y прошли
                    ellipsis = ellipsis or any(e.start == sentence.start for e in events)  # консультации …": two
                    timed |= {sentence.start} if told_as_a_time(w, trig) else set()
                if ellipsis or head_received or any(another(w, t) for t in trig) or not merge(events, event, known):
                    events.append(event)
                    if ours_with(w, trig[0]):
                        own.add(event.id)
                elif not default:
                    by_default -= dated_again(events, event)  # a headline's act the body dates by its own words
                if type_ == "CONSULT" and event.factuality == "planned" and (
                        day := day_of_its_plan(w, doc, sentence.start, sentence.stop, trig)) is not None:
                    events += not_held_on(events, event, day, event_id)  # "…, намеченный на 3 мая, перенесен на осень"
                if type_ == "CONSULT" and event.factuality == "planned" and (
                        invited := invitation_act(w, trig[0])) is not None:  # "принял приглашение посетить X"
                    if (act := invitation_of(doc, sentence, w, event, *invited, told, event_id)) is not None:
                        events.append(act[0])
                        by_default |= {act[0].id} if act[1] else set()
                        invitation = (at, act[0]) if act[0].type == "REQUEST" else invitation
                met = _met(event, persons, at, met)
            events += elided_rounds(events, w, doc, sentence, event_id)  # "…, седьмое — 19–20 ноября в X"
            events += next_elided(events, w, doc, sentence, event_id)  # "Следующее решено провести в X"
            events, redated = set_meetings(events, w, doc, sentence, event_id)  # "договорились собраться в мае"
            by_default -= redated
            if within_reach(doc, meeting_at, at) and not any(t == "CONSULT" for t, _, _ in found):
                carry_round(events, w, doc, meeting_at)  # "Церемонию открытия восьмой сессии провел …"
            for act, trig in answers_in_kind(w, events):  # "…, в среду Ломе ответил тем же": an act of that type
                if factuality(w, trig) != "occurred" or any(
                        e.start == sentence.start and e.trigger_start > trig[0].start for e in events):
                    continue  # "ответит зеркально"; "ответило зеркально: … вручена нота" tells the answer itself
                event, _ = self._event(doc, sentence, w, act.type, None, trig, last_person, "occurred",
                                       _last_day(events))
                if actors.takes_part(event, w, doc):
                    events.append(own_day(against(event, act), act, doc))
            lead = _day_told(doc, sentence, self.settings.item_days if _labels_an_item(doc.items, sentence) else
                             self.settings.news_days, by_time) if len(events) == told_events \
                and not any(e.more and e.more[-1].start == sentence.start for e in events) else None
            previous_persons = [m.entity for m in _within(doc.mentions, by_start, sentence.start, sentence.stop)
                                if mentions.kind(m) == "person"]
            last_person = previous_persons[-1] if previous_persons else last_person
            last_format = fmt or last_format
            bodies |= body_heads(w) | forum_heads(w)
        events = with_announcers(events, by_default, doc, self.settings.news_days)  # "… . Об этом в среду заявил X"
        events = with_story_days(with_speakers(events, doc), by_default, doc, self.settings.news_days)
        events = [dataclasses.replace(e, date_from="document" if e.id in by_default and (
            e.date == document_day(doc, e.trigger_start) or not doc_dated and e.date.iso() is None) else "text")
            for e in events]
        quotes = with_events(doc.quotes, events)
        events = with_speaking_states(with_own_speakers(events, quotes, doc), quotes, doc)
        events = with_hosts(with_meeting_places(with_counted_sides(events, counted), doc, self.settings), doc)
        events = with_expulsion_places(with_ministry_places(events, doc), doc)
        countries = [p.entity for e in events for p in e.participants]
        return doc.replace(events=tuple(events), entities=with_countries(doc.entities, countries), quotes=quotes)

    @staticmethod
    def _event(doc: Document, sentence: Sentence, w: Words, type_: str, mode: str | None, trig: list[Token],
               last_person: str | None, fact: str, told: PartialDate | None = None) -> tuple[Event, bool]:
        """The event of the trigger, and whether its date is its document's by default (``told``: the day of the
        last event told before it)."""
        start, stop = sentence.start, sentence.stop
        # a threat is made by saying what will come ("будут восприняты как …"), whatever condition it sets ("Если X
        # продолжит …, ответ последует"), a refusal by saying what will not ("не присоединится к режиму"): of the day
        # it is said
        said = type_ == "THREATEN" and fact in ("occurred", "hypothetical") \
            or type_ == "REJECT" and fact == "occurred" and tense(trig[0]) == "futr"
        date, default = dated(w, doc, start, stop, trig, "said" if said else fact, told)
        if fact == "occurred" and after_publication(date, doc.published):
            fact = "planned"  # "после саммита ЕС в октябре", told in April: it lies ahead
        people = tuple(participants(w, trig, mode, last_person))
        if mode == "multilateral" and _two_countries(people, doc):
            mode = "meet"  # "саммит Чили и Перу": a summit of two sides is a meeting of theirs
        return Event(id=event_id(doc.id, trig[0].start, type_), type=type_, trigger=" ".join(t.text for t in trig),
                     trigger_start=trig[0].start, trigger_stop=trig[-1].stop, start=start, stop=stop,
                     factuality=fact, mode=mode if type_ == "CONSULT" else None, date=date,
                     place=event_place(w, doc, type_, date, mode, trig),
                     participants=people,
                     format=w.fmt if type_ in FORMATTED else None,
                     round=round_of(w, trig[0]) if type_ == "CONSULT" else None), default


def _section_headings(sentence_words: list[Words]) -> frozenset[int]:
    """The sentences that are headings of a topic (``sentence.topic_heading``), when the document has two or more:
    a briefing's sections and its contents list name topics, told below them if anywhere.  A single one is the title
    of a ministry's release (``О консультациях …``), which names the story its body tells."""
    found = frozenset(k for k, w in enumerate(sentence_words) if topic_heading(w))
    return found if len(found) >= 2 else frozenset()


def _two_countries(people: tuple, doc: Document) -> bool:
    """Two countries take part, and no organisation (``саммит ШОС``, however many members it names)."""
    orgs = {e.id for e in doc.entities if e.type == "organization"}
    return len([p for p in people if is_country(p.entity)]) == 2 and not any(p.entity in orgs for p in people)


def _met(event: Event, persons: set[str], at: int, met: tuple[int, list[str]]) -> tuple[int, list[str]]:
    """The last meeting of two persons or more, and its sentence: ``event`` told in sentence ``at`` if it is one."""
    told = [p.entity for p in event.participants if p.entity in persons]
    return (at, told) if event.type == "CONSULT" and len(told) >= 2 else met


def _last_day(events: list[Event], items: tuple = (), at: int | None = None, skip: set[str] = frozenset(),
              ) -> PartialDate | None:
    """The day of the last event told before, dated to a day (in the digest item of offset ``at`` when one is given;
    none of ``skip``); of a sentence's events, the last in its words (``X, прибывший в среду, в четверг провел …``)."""
    item = item_at(items, at) if at is not None else None
    told = sorted(events, key=lambda e: (e.start, e.trigger_start), reverse=True)
    return next((e.date for e in told if e.date.precision == "day" and e.id not in skip  # not a look back
                 and (at is None or item_at(items, e.start) == item) and not arrived_before(e, events)), None)


def _day_told(doc: Document, sentence: Sentence, days: int, by_time: list[tuple[int, int]]) -> PartialDate | None:
    """The one day a sentence that tells no event dates (``Гаитянская сторона ответила в субботу.``), a few days
    before the publication (at most ``days``): what the next sentence of its paragraph tells without a day of its own
    (``Министр … отверг обвинения``) took place that day, not on the day of publication."""
    told = [x for x in _within(doc.timexes, by_time, sentence.start, sentence.stop) if x.date.precision != "unknown"]
    if len(told) != 1 or told[0].date.precision != "day" or told[0].relation != "at" \
            or doc.published.precision != "day" or "\n" in doc.text[sentence.stop:sentence.stop + 3]:
        return None
    before = (datetime.date.fromisoformat(doc.published.iso()) - datetime.date.fromisoformat(told[0].date.iso())).days
    return told[0].date if 0 < before <= days else None


def _labels_an_item(items: tuple, sentence: Sentence) -> bool:
    """Is the sentence the label a digest's item opens with (``1/6. Вьетнам, Ханой, 17 ноября.``)?  Its day is the
    item's, however far back the digest reaches."""
    return any(0 <= sentence.start - a <= _NUMBER_CHARS for a, _ in items)


def _states_met(events: list[Event]) -> list[str]:
    """The countries of the last meeting told of two countries or more (``Стороны договорились …`` after it names
    them, ``Следующее пройдет в …`` is of them)."""
    for e in reversed(events):
        countries = [p.entity for p in e.participants if is_country(p.entity)]
        if e.type == "CONSULT" and len(countries) >= 2:
            return countries
    return []


def _of_the_body(event: Event, events: list[Event]) -> Event:
    """A session whose body the sentence leaves out (``Следующее пройдет в …``): the states of the last meeting of two
    states or more told before."""
    states = _states_met(events)
    if not states:
        return event
    return dataclasses.replace(event, participants=tuple(Participant(c, "participant") for c in states))


def _next_round(event: Event, events: list[Event], doc: Document) -> Event:
    """A round told with no states (``Десятый раунд планируется провести в …``) after the last numbered meeting of
    states told before in its item of a digest, whose round it follows (the ninth): a round of the same talks, of the
    same states."""
    last = next((e for e in reversed(events) if e.type == "CONSULT" and e.round
                 and any(is_country(p.entity) for p in e.participants)), None)
    if last is None or event.round != last.round + 1 \
            or item_at(doc.items, last.start) != item_at(doc.items, event.start):
        return event
    return dataclasses.replace(event, participants=event.participants + tuple(
        Participant(p.entity, "participant") for p in last.participants if is_country(p.entity)))


def _within(records: tuple, by_start: list[tuple[int, int]], start: int, stop: int) -> list:
    """The ``records`` (mentions, time expressions) that start within ``start``–``stop``, in their order
    (``by_start``: their starts and positions, sorted): a sentence's, found without reading every record of the
    text for each sentence."""
    lo, hi = bisect.bisect_left(by_start, (start, -1)), bisect.bisect_left(by_start, (stop, -1))
    return [records[k] for k in sorted(k for _, k in by_start[lo:hi])]
