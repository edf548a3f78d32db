"""The day of a meeting's story: in a report of the day, what the text tells after a meeting it dates by its own
words to an earlier day (``Вчера министры провели переговоры … Министр настаивал, что …``, ``во вторник
встретились … Вучич обвинил …``) was said and done there, that day, not on the day of publication.

An event the document's date dated (``EventStage``'s ``by_default``) that took place takes the day of the nearest event
before it in the text that its own words date to a day before the publication (at most ``settings.news_days`` before),
when that one is a meeting (CONSULT) and the two share a participant (or the event names none: ``Стороны подписали 11
документов``, or a person of a country the meeting had; it takes the meeting's place too, when it has none), or when
that one is another act and the event is a meeting that names no one (``Это уже 17-й раунд консультаций``: the talks the
act came out of) or the two have the same first actor: the side that acted yesterday goes on acting in its story
(``Вчера Чили отозвало посла … «Мы осуждаем …», — говорится в заявлении правительства Чили``), while a reaction of the
other side to an act of yesterday is today's.  Any event dated by its own words in between starts another story; one
that did not take place (``Встреча, намеченная на 2 мая, была отложена``, ``Следующий раунд пройдет 3 июня``) does not:
its day is a plan's.  An event told in the present in a sentence of its own (``оставляет за собой право на ответные
меры``) is a stand of the day of publication and stays there (in the anchor's sentence, ``в среду вручили ноту,
дипломата высылают``, it is the story's).  A story ends with its item of a digest (``Document.items``), and so does a
briefing's section at its next heading (a short line of its own that ends no sentence: ``О мерах в ответ на …``) and a
sentence that turns to what goes on meanwhile (``Тем временем в Лиме …``); and in
a digest of the week, whose events are not of its day, an event the document would have dated had it been a report of
the day (``dated``) takes the day of its item's story all the same.

An act a headline tells first and the body again (``А и Б согласовали …`` … ``в понедельник провели встречу, на которой
согласовали …``) is reached where the body tells it; a meeting told again adds its sides to its story's (``Встречу
открыл министр X`` … ``X призвал …``).

An event of a day before the story's, told after it (``Стороны провели переговоры в воскресенье … Президент прибыл в
субботу вечером``), is a look back: it dates its own sentence only, and the story goes on (``_looks_back``); so is one
told in its sentence after an act of a later day (``в четверг принял министра, вернувшегося из X, где накануне прошел
раунд переговоров``: ``_aside``). A look back further than ``settings.news_days`` (``Перу 30 марта вручило ноту`` after
yesterday's talks) is background: the story goes on; a past week told after it starts the week's story.

A story of a past week (``На прошлой неделе посла вызвали в МИД … Ему вручили ноту``) goes on the same way in its
paragraph, with an event that names no participant or continues it: such an event takes the week's date (its month,
else its year), no day, not the day of publication (``_of_a_past_week``).

An undated document that opens with a meeting its own words date to a day tells that meeting's story the same way
(``_lead_story``): a statement on a meeting, which does not say when it was issued.
"""
from __future__ import annotations

import dataclasses
import datetime
import re

from ...morph import lemma
from ...records import Document, Event, PartialDate, Sentence
from ...timex.patterns import EVE_OF_MEETING
from ...view import view
from ..clean.items import item_at
from ..quotes.actors import Actors
from .scope import act_of_a_noun
from .sentence import Words
from .words import ARRIVALS, BEGUN, BOTH, JUDGED_OUTCOMES, MEANWHILE, SHARED_SIDE_NOUNS, tense


def with_story_days(events: list[Event], by_default: set[str], doc: Document, days: int) -> list[Event]:
    """The events, those dated by the document re-dated to the day of the story they continue."""
    if doc.published.precision == "unknown":
        return _lead_story(events, by_default, doc)
    if doc.published.precision != "day":
        return events
    published = datetime.date.fromisoformat(doc.published.iso())
    events, by_default = _retold_days(events, by_default, doc, published, days)
    out, anchor, actors = [], None, Actors(doc)  # the country an entity stands for, as quotes and stances read it
    week = None  # the event of a past week whose story goes on (``_of_a_past_week``)
    back = None  # an event of a day before the story's, told after it (``_looks_back``), and its day
    told = None  # the last event its own words date: its sentence, its trigger and its day (``_aside``)
    today = None  # the last meeting of the day of publication told, and its day
    lead = min((e.start for e in events if e.id not in by_default and e.date.precision == "day"), default=0)
    for e in sorted(events, key=lambda e: _told_at(e, by_default, lead)):
        if anchor is not None and (item_at(doc.items, _told_at(e, by_default, lead)[0]) !=
                                   item_at(doc.items, anchor[0].start) or _heading_between(doc.text, anchor[0], e)
                                   or _other_day_between(doc, anchor, e, events, days) or _meanwhile(doc, e)):
            anchor = None  # a digest's next item, a briefing's next section, another day of the news: another story
        # a day of what did not take place ("Встреча, намеченная на 2 мая, была отложена") is a plan's: no story's
        own = e.id not in by_default and e.date.precision == "day" and e.factuality == "occurred"
        if week is not None and (own or item_at(doc.items, e.start) != item_at(doc.items, week.start)
                                 or "\n" in doc.text[week.stop:e.start]):
            week = None  # a day of its own, the next item of a digest or the next paragraph: another story
        if e.id not in by_default and e.factuality == "occurred" and _of_a_past_week(e, doc):
            week, anchor = e, None  # "На прошлой неделе министр встретился …": the week's story, not the day's
        elif week is not None and e.id in by_default and e.factuality == "occurred" \
                and (not e.participants or _continues(week, e, actors, doc)) and not _in_present(e, doc):
            e = dataclasses.replace(e, date=week.date)  # "На прошлой неделе посла вызвали … Ему вручили ноту"
        if own and _referred_act(e, doc):
            pass  # "в связи с решением X закрыть накануне переход": an act told aside dates itself only
        elif own:
            last = _last_day(e, doc)  # "11–12 ноября": what followed the meeting, its last day
            before = (published - last).days
            later = anchor is not None and anchor[0].start == e.start and anchor[0].trigger_start > e.trigger_start \
                and 0 < before <= days  # "X, прибывший во вторник, в среду провел переговоры": the last in words
            aside = _aside(told, e, last) or anchor is None and _looks_back(_own(today, by_default, doc, e), e, last)
            told = (e.start, e.trigger_start, last)
            today = today if before == 0 or aside else None
            if (_looks_back(anchor, e, last) or aside) and 0 < before <= days:
                back = (e, last)  # "гость прибыл в субботу вечером" after Sunday's talks: the talks' story goes on
            elif _looks_back(anchor, e, last) and before > days:
                pass  # "Перу 30 марта вручило ноту" told after yesterday's talks: background; the talks' story goes on
            elif (before <= days or not _background(e, anchor)) and not later \
                    and not _at_the_meeting(anchor, e, last):
                anchor = (_with_sides_of(e, anchor, last), last) if 0 < before <= days else None
        elif e.id in by_default and e.factuality == "occurred" \
                and (ref := back if back is not None and back[0].start == e.start else anchor) is not None \
                and (_continues(ref[0], e, actors, doc) or ref[0].type == "CONSULT" and on_the_eve(doc.text, e)) \
                and not (e.start != ref[0].start and _in_present(e, doc) and not _told_at(e, by_default, lead)[1]) \
                and not _on_its_outcome(e, doc):
            # "Накануне сессии министры …": its eve; the present of a deck told again in the body is a teaser's
            place = e.place or (ref[0].place if ref[0].type == "CONSULT" else None)
            eve = ref[0].type == "CONSULT" and on_the_eve(doc.text, e)  # "Накануне саммита X провел переговоры с Y"
            day = ref[1] - datetime.timedelta(days=1) if eve else ref[1]
            e = dataclasses.replace(e, date=PartialDate(day.year, day.month, day.day), place=e.place if eve else place)
            if e.type == "CONSULT" and ref[0].type == "CONSULT" and ref is anchor and not eve:  # the meeting told
                anchor = (dataclasses.replace(anchor[0], participants=anchor[0].participants + tuple(  # again: its
                    p for p in e.participants if p not in anchor[0].participants)), anchor[1])  # sides are the story's
        elif e.id in by_default and e.factuality == "occurred" and anchor is None and today is not None \
                and item_at(doc.items, e.start) == item_at(doc.items, today[0].start) and on_the_eve(doc.text, e) \
                and _continues(today[0], e, actors, doc):  # "Заседание прошло сегодня … Накануне заседания X и Y …"
            day = today[1] - datetime.timedelta(days=1)
            e = dataclasses.replace(e, date=PartialDate(day.year, day.month, day.day))
        if e.type == "CONSULT" and e.factuality == "occurred" and e.date == doc.published \
                and not on_the_eve(doc.text, e):
            today = (e, published)  # a meeting of the day of publication, by its own words or by its document's
        out.append(e)
    order = {e.id: k for k, e in enumerate(events)}
    return sorted(out, key=lambda e: order[e.id])


# The opening of a sentence that refers back to the act told just before it: "Соответствующее решение …", "Соглашение
# было достигнуто …", "Эта договоренность …", "Об этом говорится в коммюнике, …"
_RETOLD_BY = frozenset({"соответствовать"})  # the lemma the morphology gives "соответствующий"
_RETOLD_NOUNS = frozenset({"решение", "соглашение", "договорённость", "договор", "документ", "протокол",
                           "меморандум", "коммюнике", "декларация"})


def _retold_days(events: list[Event], by_default: set[str], doc: Document, published: datetime.date,
                 days: int) -> tuple[list[Event], set[str]]:
    """The events, an act the document dated told again by the next sentence of its paragraph with its day (``X и Y
    договорились … . Соответствующее решение принято на заседании комиссии, которое прошло во вторник``, ``Соглашение
    было достигнуто в среду в Луанде``, ``Об этом говорится в коммюнике, опубликованном по итогам заседания,
    прошедшего во вторник``) re-dated to that day: the first day of that sentence, a few days before the publication
    (``days``); and the ids left dated by default.  The lead of a report tells the act first and then when and where it
    was reached; so dated, the act starts its story (what the sides agreed next took place that day too)."""
    retold: dict[str, Event] = {}
    for prev, s in zip(doc.sentences, doc.sentences[1:]):
        if "\n" in doc.text[prev.stop:s.start] or not _refers_back(s):
            continue
        told = [x for x in doc.timexes if s.start <= x.start < s.stop and x.relation == "at"
                and x.date.precision == "day"]
        if not told or not 0 < (published - datetime.date.fromisoformat(told[0].date.iso())).days <= days:
            continue
        for e in events:
            if e.id in by_default and e.factuality == "occurred" and prev.start <= e.trigger_start < prev.stop:
                retold[e.id] = dataclasses.replace(e, date=told[0].date)
    return [retold.get(e.id, e) for e in events], by_default - set(retold)


def _refers_back(s) -> bool:
    """Does the sentence open by referring back to the act told before it (``_RETOLD_BY``, ``_RETOLD_NOUNS``, ``Об
    этом``, whose words' lemmas are ``о это``)?"""
    words = [lemma(t.text.lower()) for t in s.tokens[:2] if t.pos != "PUNCT"]
    return len(words) == 2 and (words[0] in _RETOLD_BY or words[0] in _RETOLD_NOUNS
                                or words[0] == "этот" and words[1] in _RETOLD_NOUNS or words == ["о", "это"])


def _with_sides_of(e: Event, anchor, last: datetime.date) -> Event:
    """The event as a story's new anchor, with the participants of the anchor before it when that one is of the same
    day (``X и Y договорились … . Соответствующее решение принято на заседании, которое прошло во вторник``: one
    story, whose sides go on acting in it)."""
    if anchor is None or anchor[1] != last:
        return e
    have = {p.entity for p in e.participants}
    return dataclasses.replace(e, participants=e.participants + tuple(
        p for p in anchor[0].participants if p.entity not in have))


_HEADING_WORDS = 16  # a heading of a section is a short line


def _heading_between(text: str, anchor: Event, e: Event) -> bool:
    """A heading of a section stands on a line of its own between the anchor's and the event's words (``О мерах в
    ответ на …`` in a briefing): a short line that ends as no sentence does."""
    lines = text[anchor.stop:e.start].split("\n")[1:-1]  # whole lines only
    return any(s.strip() and len(s.split()) <= _HEADING_WORDS and not re.search(r"[.!?…:;,][»\"”)]*\s*$", s)
               and s.strip()[0].isupper() for s in lines)


_PAST_WEEK = re.compile(r"(?i)недел|выходн|месяц")  # "на прошлой неделе", "в минувшие выходные", "в начале месяца"


def _of_a_past_week(e: Event, doc: Document) -> bool:
    """Is the event dated by its own words to a week, a weekend or a part of a month before the publication (``На
    прошлой неделе посла вызвали в МИД``), no day of it: what its story tells next without a time of its own (``Ему
    вручили ноту``) took place then too, on no day the text gives, not on the day of publication.  A week that
    lies in two months is dated by its year (``timex``)."""
    return e.date.precision != "day" and (e.date.iso() is None or e.date.iso() < doc.published.iso()) \
        and any(e.start <= x.start < e.stop and x.date == e.date and x.anchor == "document"
                and _PAST_WEEK.search(x.text) for x in doc.timexes)


def _told_at(e: Event, by_default: set[str], lead: int) -> tuple[int, bool]:
    """Where the story reaches the event: an event the document dated, told first in a headline, before the first event
    its own words date (at ``lead``), and again in the body (``Event.more``: ``А и Б согласовали …`` … ``в
    понедельник провели встречу, на которой согласовали …``), is reached where the body tells it, after the events its
    words come with; any other event, where it is first told."""
    if e.id in by_default and e.more and e.start < lead:
        return max(e.start, e.more[0].start), True
    return e.start, False


def _lead_story(events: list[Event], by_default: set[str], doc: Document) -> list[Event]:
    """A story of a past week (``На прошлой неделе посла вызвали в МИД … Ему вручили ноту``) goes on the same way in its
paragraph, with an event that names no participant or continues it: such an event takes the week's date (its month,
else its year), no day, not the day of publication (``_of_a_past_week``).

An undated document that opens with a meeting its own words date to a day (``12 марта в Лиме состоялись
    консультации …``: a statement on that meeting): what it tells next of the meeting's sides (or of no one:
    ``Достигнута договоренность …``) took place that day, up to the first event its own words date."""
    ordered = sorted(events, key=lambda e: e.start)
    lead = ordered[0] if ordered else None
    if lead is None or lead.type != "CONSULT" or lead.id in by_default or lead.factuality != "occurred" \
            or lead.date.precision != "day":
        return events
    actors, day, redated = Actors(doc), lead.date, {}
    for e in ordered[1:]:
        if e.id not in by_default and e.date.precision != "unknown":
            break  # another story ("Предыдущие встречи проходили в мае 2029 года …")
        if e.id in by_default and e.factuality == "occurred" and e.date.iso() is None \
                and _continues(lead, e, actors, doc):
            redated[e.id] = dataclasses.replace(e, date=PartialDate(day.year, day.month, day.day),
                                                place=e.place or lead.place)
    return [redated.get(e.id, e) for e in events]


def _last_day(e: Event, doc: Document) -> datetime.date:
    """The event's day, or the last day of the range of days its sentence dates it by (``11–12 ноября``)."""
    day = datetime.date.fromisoformat(e.date.iso())
    for x in doc.timexes:
        span = _RANGE_END.search(x.text) if e.start <= x.start < e.stop and x.date == e.date else None
        if span and int(span.group(1)) > day.day:
            try:
                return day.replace(day=int(span.group(1)))
            except ValueError:
                return day
    return day


_RANGE_END = re.compile(r"^\s*\d{1,2}\s*[-–—]\s*(\d{1,2})\b")  # "11–12 ноября": 12


def _sentence_of(e: Event, doc: Document) -> Sentence | None:
    """The sentence that holds the event's trigger (the view's index of sentences, not a scan of them)."""
    s = view(doc).sentence(e.trigger_start)
    return s if s is not None and s.start <= e.trigger_start < s.stop else None


def _lemmas_in(text: str) -> list[str]:
    """The lemmas of a text's words, in order, their punctuation stripped."""
    return [lemma(word.strip(".,;:«»").lower()) for word in text.split()]


def _began(e: Event, doc: Document) -> bool:
    """Is the meeting told by the day it began (``Раунд, начавшийся в понедельник, …``: ``BEGUN``)?  What its sides
    did is of a later day."""
    return not BEGUN.isdisjoint(_lemmas_in(doc.text[e.start:e.stop]))


def _referred_act(e: Event, doc: Document) -> bool:
    """Is the event an act a noun refers to by its infinitive (``выразил сожаление в связи с решением X закрыть накануне
    переход``, ``scope.act_of_a_noun``)?  Told aside within another act's sentence, it dates itself only: the story does
    not go on from it."""
    sentence = _sentence_of(e, doc)
    if sentence is None:
        return False
    t = next((t for t in sentence.tokens if t.start <= e.trigger_start < t.stop), None)
    return t is not None and act_of_a_noun(Words.of(doc, sentence), t)


def _on_its_outcome(e: Event, doc: Document) -> bool:
    """Is the event a stand taken on the outcome of a meeting (``приветствовала итоги раунда, прошедшего в среду``):
    said after the meeting ended, not at it?"""
    verb = lemma(e.trigger.split()[0].lower())
    for span in ((e.start, e.stop), *((m.start, m.stop) for m in e.more)):  # where the body tells it again too
        words = _lemmas_in(doc.text[span[0]:span[1]])
        if any(a == verb and JUDGED_OUTCOMES & set(words[k + 1:k + 3]) for k, a in enumerate(words)):
            return True
    return False


def _by_the_sides(e: Event, doc: Document) -> bool:
    """Does the event's sentence open with the sides as its subject (``Обе стороны выразили обеспокоенность
    деятельностью … России``: whatever else it names, the meeting's sides act)?"""
    sentence = _sentence_of(e, doc)
    words = [t for t in sentence.tokens if t.pos != "PUNCT"][:2] if sentence is not None else []
    both = bool(words) and lemma(words[0].text.lower()) in BOTH  # "обе стороны": a numeral's genitive singular
    words = words[1:] if both else words
    return bool(words) and lemma(words[0].text.lower()) in SHARED_SIDE_NOUNS \
        and (both or words[0].feats.get("Number") == "Plur")


def _continues(anchor: Event, e: Event, actors: Actors, doc: Document) -> bool:
    """Does the event go on with the story of the anchor: a participant of its meeting, or the first actor of its
    act acting again?"""
    if anchor.type == "CONSULT":  # its sides, or "стороны" naming no one ("Стороны подписали 11 документов")
        if not e.participants or {p.entity for p in anchor.participants} & {p.entity for p in e.participants} \
                or _by_the_sides(e, doc) and not _began(anchor, doc):
            return True
        # a person of a country the meeting had ("встретились с генсеком ООН" … "переговоры, по словам министра
        # Чили, были трудными"), as quotes and stances read the country a person stands for
        sides = {actors.side(p.entity) for p in anchor.participants} - {None}
        return bool(sides & {actors.side(p.entity) for p in e.participants})
    if not e.participants and e.type == "CONSULT":
        return True  # "Это уже 17-й раунд консультаций": the talks the act of the day came out of
    a, b = _actor(anchor), _actor(e)
    if a is None or b is None:
        return False
    return (actors.side(a) or a) == (actors.side(b) or b)


def _looks_back(anchor, e: Event, last: datetime.date) -> bool:
    """Is the event, told in a sentence after the story's, of a day before the story's (``Стороны провели переговоры
    в воскресенье … Президент прибыл в Каир в субботу вечером``)?  A look back at what led to it: only its own sentence
    is of that day; what the text tells next goes on with the story (``На пресс-конференции лидеры призвали …``)."""
    return anchor is not None and e.start != anchor[0].start and last < anchor[1]


def _own(today, by_default: set[str], doc: Document, e: Event):
    """The meeting of the day of publication its own words date (``Президенты провели во вторник переговоры`` in
    Tuesday's news) as the story's anchor for a guest's arrival told after it in its paragraph or the next (``Гость
    прибыл накануне вечером``), which looks back (``_looks_back``): the day's story goes on; else None."""
    if today is None or today[0].id in by_default or not arrival(e) \
            or len(_BREAKS.findall(doc.text, today[0].stop, e.start)) > 1:
        return None
    return today


_BREAKS = re.compile(r"\n\s*")  # a paragraph's end


def _aside(told, e: Event, last: datetime.date) -> bool:
    """Is the event told in its sentence after another its own words date to a later day (``Президент в четверг принял
    министра, вернувшегося из X, где накануне прошел раунд переговоров``)?  A look back told aside: the sentence's
    first act, of its own day, is the story's; what the text tells next is not of the earlier day."""
    return told is not None and told[0] == e.start and told[1] < e.trigger_start and last < told[2]


def _at_the_meeting(anchor, e: Event, last: datetime.date) -> bool:
    """An act of the meeting's own day (``Сессия завершилась в пятницу подписанием протокола``): the story stays the
    meeting's, whose sides go on acting in it (``X призвал …``, ``Y согласилась …``), not the act's alone."""
    return anchor is not None and anchor[0].type == "CONSULT" and e.type != "CONSULT" and last == anchor[1]


def _background(e: Event, anchor) -> bool:
    """An event of the past told in the middle of a story, a year or more before it (``Первое заседание состоялось 4
    сентября 2029 года``, ``второй визит после восстановления отношений в 2027 году``): the story's background, which
    does not end it."""
    return anchor is not None and e.date.year is not None and e.date.year < anchor[1].year


def _other_day_between(doc: Document, anchor, e: Event, events: list[Event], days: int) -> bool:
    """Does a sentence between the story's and the event's, with no event read in it, tell a later day of the news (``24
    ноября X выслала советника … Сегодня в МИД был приглашен посол. Ему заявлен протест``): the text has moved on to
    that day, the story of the earlier one is over.  Not a day quoted, one ahead of the publication (a plan's), an
    earlier one (a look back: ``судно 2 ноября вошло в порт``), nor a line of no verb (a dateline, a stamp)."""
    published = datetime.date.fromisoformat(doc.published.iso())
    for x in doc.timexes:
        if not (anchor[0].stop <= x.start and x.stop <= e.start and x.relation == "at" and x.date.precision == "day"):
            continue
        day = datetime.date.fromisoformat(x.date.iso())  # the cheap tests first: the whole text is scanned below
        if not (anchor[1] < day <= published and (published - day).days <= days) \
                or any(q.start <= x.start < q.stop for q in doc.quoted) \
                or any(o.start <= x.start < o.stop for ev in events for o in (ev, *ev.more)):
            continue
        sentence = next((s for s in doc.sentences if s.start <= x.start < s.stop), None)
        if sentence is not None and any(t.pos in ("VERB", "AUX") for t in sentence.tokens) and not any(
                sentence.start <= y.start < sentence.stop and y.date == anchor[0].date for y in doc.timexes):
            return True  # not "Лима, 16 мая — Накануне состоялся …": a sentence that tells the story's own day
    return False


def _meanwhile(doc: Document, e: Event) -> bool:
    """A sentence opening with ``Тем временем`` or ``Между тем`` (``MEANWHILE``): it turns to another story."""
    return "_".join(doc.text[e.start:e.start + 40].lower().replace(",", " ").split()[:2]) in MEANWHILE


def on_the_eve(text: str, e: Event) -> bool:
    """Is the event told on the eve of a meeting (``Накануне саммита X провел переговоры с Y``, ``за день до визита``;
    ``EVE_OF_MEETING``), before its trigger in its sentence: the day before the story's meeting, not its day?"""
    return EVE_OF_MEETING.search(text, e.start, e.trigger_start) is not None


def arrival(e: Event) -> bool:
    """An arrival (``делегация прилетела в воскресенье вечером``): the day a visit begins, not the day of its talks."""
    return lemma(e.trigger.split()[0]) in ARRIVALS


def arrived_before(e: Event, events: list[Event]) -> bool:
    """Is the event an arrival told after a meeting of a later day (``Президенты провели во вторник переговоры …
    Гость прибыл накануне вечером``): a look back, not a day the text goes on from (``В тот же день гость …``)?"""
    return arrival(e) and e.date.precision == "day" and any(
        m.type == "CONSULT" and m.start < e.start and m.date.precision == "day" and m.date.iso() > e.date.iso()
        for m in events)


def _in_present(e: Event, doc: Document) -> bool:
    """Is the event told in the present, its trigger's verb (or the verb it hangs on) in the present tense
    (``Мы вправе ответить симметрично``): a stand taken on the day of publication, not the story's
    day before?  Not the present of a clause a verb of the past tells (``объявила, что вносит …``): the act of that
    day."""
    sentence = _sentence_of(e, doc)
    if sentence is None or any(q.start <= e.trigger_start < q.stop for q in doc.quoted):
        return False  # "«Мы осуждаем … и оставляем за собой право …»": the present of the words quoted, the story's
    by_id = {t.id: t for t in sentence.tokens}
    t = next((t for t in sentence.tokens if t.start <= e.trigger_start < t.stop), None)
    for _ in range(4):  # the trigger, or the verb its noun phrase hangs on
        if t is None or t.pos in ("VERB", "AUX"):
            break
        t = by_id.get(t.head_id)
    if t is None or tense(t) != "pres":
        return False
    said = by_id.get(t.head_id) if t.rel == "ccomp" else None  # "объявила, что вносит …": the present of what was said
    return said is None or said.pos not in ("VERB", "AUX") or tense(said) != "past"


def _actor(e: Event) -> str | None:
    """The first source of the event, else its first participant."""
    first = next((p for p in e.participants if p.role == "source"), e.participants[0] if e.participants else None)
    return first.entity if first is not None else None
