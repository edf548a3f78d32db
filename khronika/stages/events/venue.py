"""Where a meeting puts its events.

The place of what is done at a meeting: an act with no place of its own whose sentence sets it at a meeting
(``На полях встречи X провёл переговоры с Y``, ``По итогам заседания стороны подписали …``, ``в кулуарах
конференции``, ``подписали протокол сессии``: ``AT_MEETING`` then a word of ``AT_MEETING_NOUNS``) took place where
that meeting did (adjectives and ordinals may stand before the meeting's noun: ``на полях министерской встречи``),
on its day when only the document dated the act: the nearest meeting held before it in the text that has a place,
at a date that agrees with the act's or a day of its own words at most ``news_days`` before the act's; so did an
outcome with no place of its own told in the meeting's sentence or right after it (``Президенты провели в X заседание
совета. Стороны подписали 15 соглашений``), and a meeting in person with no place of its own of a guest who met in a
city at its time, or of a host of that city's country (``В тот же день министра Y принял президент X``:
``_guest_met``).

The place of a protest: the capital of the one country whose foreign ministry its sentence names (``вызван в
министерство иностранных дел X``, ``МИД X вручил ноту послу Y``), where it has no city of its own.

The host of a visit: a visit to a city of a known country (``посетил Минск``, ``прибыл с визитом в Москву``) has that
country among its sides."""
from __future__ import annotations

import dataclasses
import datetime
import re

from ... import gazetteer
from ...ids import country_code, country_id, is_country
from ...morph import fold
from ...records import Document, Entity, Event, Participant, Sentence, Token
from ...settings import DEFAULT, EventSettings
from ...view import MentionIndex, view
from .scope import event_word
from .sentence import Words
from .story import arrival
from .where import city_entity
from .words import (
    AT_MEETING,
    AT_MEETING_NOUNS,
    EXPULSIONS,
    FOREIGN_MINISTRY,
    PLACE_HEADS,
    SIDELINES,
    SUMMONS,
    ends_with,
    lemmas,
)

PROTOCOL = frozenset({"протокол"})  # "подписали протокол сессии": of the session, where it was held (a city)
OUTCOMES = frozenset({"AGREE"})  # acts that are what a meeting came to (``Стороны подписали …``)


def with_meeting_places(events: list[Event], doc: Document,
                        settings: EventSettings = DEFAULT.events) -> list[Event]:
    """The events, those set at a meeting given that meeting's place, and its day when only their document dated
    them (and an outcome told without a place of its own within ``outcome_sentences`` after a meeting of its date:
    ``Стороны подписали 15 соглашений``); the persons of talks
    on the sidelines of a multilateral meeting (``на полях встречи X провёл переговоры с Y``) were at the meeting too,
    and take part in it."""
    events = _told_places(events, doc)
    held = sorted((e for e in events if e.type == "CONSULT" and e.factuality == "occurred" and e.place),
                  key=lambda e: e.start)
    if not held:
        return events
    persons = {x.id for x in doc.entities if x.type == "person"}
    country = {x.id: x.country for x in doc.entities if x.country} | {
        r.person: r.of for r in doc.roles if r.of and is_country(r.of)}  # a person's country, or his office's
    out = {e.id: e for e in events}
    v = view(doc)
    for e in events:
        at = _at_meeting(doc, e) if e.factuality == "occurred" else None
        before = [m for m in held if m.start < e.start and m.id != e.id and not arrival(m)  # at talks, not on arrival
                  and (_same_time(m, e) or _its_day(m, e, settings.news_days))
                  and (at != "protocol" or not is_country(m.place))] if at else []
        if not at and e.type in OUTCOMES and e.factuality == "occurred" and e.place is None:
            # "Президенты провели в X заседание совета. Стороны подписали 15 соглашений": the next sentence's outcome
            here = v.sentence_index(e.start)
            before = [m for m in held if m.start <= e.start and m.id != e.id and m.date == e.date
                      and _same_time(m, e, True) and not is_country(m.place)
                      and 0 <= here - v.sentence_index(m.start) <= settings.outcome_sentences]
            at = "at" if before else None
        if not at and e.type == "CONSULT" and e.mode != "phone" and e.factuality == "occurred" and e.place is None:
            before = _guest_met(e, held, persons, country)
        if not before:
            continue
        meeting = out[before[-1].id]
        if e.place is None or at == "sidelines":  # talks on the sidelines are where the meeting is
            out[e.id] = dataclasses.replace(out[e.id], place=meeting.place)
        if _its_day(meeting, e, settings.news_days):  # "на полях встречи, завершившейся во вторник": that day
            out[e.id] = dataclasses.replace(out[e.id], date=meeting.date, date_from=meeting.date_from)
        if at == "sidelines" and e.type == "CONSULT" and meeting.mode == "multilateral":
            known = {p.entity for p in meeting.participants}
            came = tuple(Participant(p.entity, "participant") for p in e.participants
                         if p.entity in persons and p.entity not in known)
            out[meeting.id] = dataclasses.replace(meeting, participants=meeting.participants + came)
    return [out[e.id] for e in events]


def _told_places(events: list[Event], doc: Document) -> list[Event]:
    """A meeting placed only by its document's dateline that follows a meeting of its day whose words tell its place
    (``В городе X завершилось заседание комиссии. … Это пятое заседание комиссии …``), or that a headline or lead
    tells before the first such meeting of its round (``X и Y провели консультации`` … ``во вторник провел в Z
    консультации``), is placed there: the dateline
    tells where the report was written, the text where the meeting was held; so is one in a residence the dateline
    placed (``принял … в своей резиденции``), though the text names the dateline's city elsewhere."""
    if not doc.dateline_place:
        return events
    city = city_entity(doc, doc.dateline_place)
    held = [e for e in sorted(events, key=lambda e: e.start) if e.type == "CONSULT" and e.factuality == "occurred"
            and e.place]
    told = [e for e in held if e.place != doc.dateline_place and (e.place != city or _names(doc, e, city))]
    out = []
    for e in sorted(events, key=lambda e: e.start):
        if e in held and e not in told:  # the last told before it; else, for a headline or a lead that tells the
            # meeting before its place (``X и Y провели консультации`` … ``провел в Z консультации``), the first after
            same = [m for m in told if m.date == e.date and m.start < e.start][-1:] or [
                m for m in told if m.date == e.date and m.start > e.start and m.round in (None, e.round)][:1]
            if same:
                e = dataclasses.replace(e, place=same[0].place)
        out.append(e)
    order = {e.id: k for k, e in enumerate(events)}
    return sorted(out, key=lambda e: order[e.id])


def _names(doc: Document, e: Event, place: str) -> bool:
    """Do the event's sentences name the place (``переговоры в X``), not only the dateline (``принял в своей
    резиденции``: ``where.city_entity``)?"""
    spans = ((e.start, e.stop),) + tuple((m.start, m.stop) for m in e.more)
    return any(m.entity == place and a <= m.start < b for m in doc.mentions for a, b in spans)


def _guest_met(e: Event, held: list[Event], persons: set[str], country: dict[str, str]) -> list[Event]:
    """The meetings held before a meeting in person with no place of its own, at its time, in a city, by one of its
    persons or in the country of one (``Министры X и Y провели переговоры в Z. В тот же день министра Y принял
    президент X``, ``… также встретился с премьер-министром X``): the guest is still where he met, the host at
    home; the meeting took place in that city."""
    ours = {p.entity for p in e.participants if p.entity in persons}
    home = {country.get(p) for p in ours} - {None}
    return [m for m in held if m.start < e.start and m.id != e.id and _same_time(m, e) and not is_country(m.place)
            and (ours & {p.entity for p in m.participants} or _place_country(m.place, country) in home)]


def _place_country(place: str | None, country: dict[str, str]) -> str | None:
    """The country of a meeting's city: of its entity, or of a capital named by its name (``Вьентьян``)."""
    if place in country:
        return country[place]
    capital = gazetteer.lookup_capital(place) if place and not place.startswith("e:") else None
    return country_id(capital.code) if capital else None


def _its_day(meeting: Event, e: Event, days: int) -> bool:
    """Is the act dated by its document only, and the meeting by a day of its own words at most ``days`` before
    (``Встреча … завершилась во вторник. На полях встречи министр провёл переговоры …``, told on a Friday)?"""
    if e.date_from != "document" or meeting.date_from != "text" or meeting.date.precision != "day" \
            or e.date.precision != "day":
        return False
    before = (datetime.date.fromisoformat(e.date.iso()) - datetime.date.fromisoformat(meeting.date.iso())).days
    return 0 < before <= days


def _same_time(a: Event, b: Event, strict: bool = False) -> bool:
    """Do the two events' dates agree at the precision both have (``предыдущее заседание … в 2024 году`` is no meeting
    of an act told today)?  An undated act (of an undated document) is of an undated meeting only, not of one its
    text dates (``Первая сессия прошла 6 мая 2029 года в X``); ``strict``: nor of one
    its text leaves undated (``Предыдущая встреча прошла в августе``), for an act that does not name the meeting."""
    x, y = a.date.iso() or "", b.date.iso() or ""
    if not y and (x or strict and a.date_from != b.date_from):  # "Предыдущая встреча прошла в августе": another time
        return False
    n = min(len(x), len(y))
    return x[:n] == y[:n]


def _at_meeting(doc: Document, e: Event) -> str | None:
    """How the event's sentence sets it at a meeting: ``"sidelines"`` (``на полях встречи``, ``в кулуарах``),
    ``"protocol"`` (``подписали протокол сессии``), ``"at"`` (``по итогам заседания``, ``в ходе переговоров``) or
    None."""
    v = view(doc)
    tokens = list(v.sentences[v.sentence_index(e.start)].tokens)
    lem = lemmas(tokens)
    for k, word in enumerate(lem):
        while word in AT_MEETING_NOUNS and k > 0 and _modifier(tokens[k - 1]):
            k -= 1  # "на полях министерской встречи", "по итогам 31-й международной встречи", "протокол XIV заседания"
        if word in AT_MEETING_NOUNS and ends_with(lem, k, AT_MEETING):
            return "sidelines" if ends_with(lem, k, SIDELINES) else "protocol" if ends_with(lem, k, PROTOCOL) \
                else "at"
    return None


def _modifier(t: Token) -> bool:
    """An adjective, an ordinal or a Roman numeral before a meeting noun."""
    return t.pos in ("ADJ", "NUM") or _ROMAN.fullmatch(t.text) is not None


_ROMAN = re.compile(r"[IVXLC]+")


def with_hosts(events: list[Event], doc: Document) -> list[Event]:
    """The visits, each with the country of the city visited among its participants."""
    country = {e.id: e.country for e in doc.entities if e.type == "location" and e.country}
    out = []
    for e in events:
        host = country.get(e.place) if e.type == "CONSULT" and e.mode == "visit" else None
        if host and host not in {p.entity for p in e.participants}:
            e = dataclasses.replace(e, participants=e.participants + (Participant(host, "participant"),))
        out.append(e)
    return out


def with_ministry_places(events: list[Event], doc: Document) -> list[Event]:
    """The protests placed nowhere, in a country, by a later sentence or at what they are about (``нота по поводу
    ареста рыбаков в X``), placed in the capital of the one country whose foreign ministry their sentence names with a
    word of ``SUMMONS`` (``вызван в министерство иностранных дел X``, ``МИД X вручил ноту послу Y``): a note is
    handed, an envoy summoned, where that ministry sits (not ``МИД X отверг протест``)."""
    v = view(doc)
    entities = {x.id: x for x in doc.entities}
    out = []
    for e in events:
        # its own sentence, then those that tell it again (a headline's summons, the body's ministry)
        told = [v.sentences[v.sentence_index(x)] for x in (e.start, *(m.start for m in e.more))] \
            if e.type == "PROTEST" else []
        for sentence in told:
            if SUMMONS.isdisjoint(lemmas(list(sentence.tokens))) \
                    or not (e.place is None or is_country(e.place) or not _own_place(e, sentence, doc)):
                continue
            codes = _ministry_countries(list(sentence.tokens), v.mentions(doc), entities)
            code = codes.pop() if len(codes) == 1 else None
            capital = gazetteer.capital_of(code) if code else None
            if capital is not None and (not is_country(e.place) or country_code(e.place) == code):
                e = dataclasses.replace(e, place=capital)
                break
        out.append(e)
    return out


def _own_place(e: Event, sentence: Sentence, doc: Document) -> bool:
    """Does the event's sentence name its place, not as the place of another happening (``нота по поводу ареста рыбаков
    в X``: where the arrest was)?"""
    w = Words.of(doc, sentence)
    for t in w.tokens:
        m = w.mention(t)
        if m is not None and m.entity == e.place and m.start == t.start:
            head = w.head(t)
            while head is not None and head.id in w.position and w.lem[w.position[head.id]] in PLACE_HEADS:
                head = w.head(head)  # "в связи с задержанием … в провинции X": the province's is the detention's
            return head is None or head.start == e.trigger_start or not event_word(w, head)
    return False


def _ministry_after(lem: list[str], k: int) -> bool:
    """Does a foreign ministry's name follow the word at ``k`` (``МИД``, ``министерство иностранных дел``)?"""
    return lem[k + 1:k + 2] == ["мид"] or lem[k + 1:k + 4] == ["министерство", "иностранный", "дело"]


def _ministry_countries(tokens: list[Token], mentions: MentionIndex, entities: dict[str, Entity]) -> set[str]:
    """The countries of the foreign ministries a sentence names: a ministry entity of a country, not one named
    without it (a bare ``МИД``, whose country is a guess), a country right after ``министерство иностранных
    дел``/``МИД``, the country of an adjective right before them (``Российский МИД``), or of a capital that summons
    (``Лима вызывает посла X``)."""
    lem = lemmas(tokens)
    codes: set[str] = set()
    for k, t in enumerate(tokens):
        m = mentions.inner(t)
        entity = entities.get(m.entity) if m is not None and m.start == t.start else None
        if entity is None:
            if _ministry_after(lem, k) and (found := gazetteer.adjective_country(t.text)):
                codes.add(found.code)  # "Российский МИД", "перуанское министерство иностранных дел"
            continue
        words = fold(entity.name).split()
        if entity.type == "organization" and entity.country and len(words) > 1 \
                and (words[0] == "мид" or words[0] == "министерство" and "иностранных дел" in " ".join(words)):
            codes.add(country_code(entity.country) or "")
        elif entity.type == "country" and ends_with(lem, k, FOREIGN_MINISTRY):
            codes.add(country_code(entity.id) or "")
        elif t.rel == "nsubj" and (capital := gazetteer.lookup_capital(m.text)) \
                and any(h.id == t.head_id and lem[j] in SUMMONS for j, h in enumerate(tokens)):
            codes.add(capital.code)  # "Лима вызывает временного поверенного X": the capital's ministry summons
    return codes - {""}


def with_expulsion_places(events: list[Event], doc: Document) -> list[Event]:
    """The expulsions of envoys that took place (a sanction told with a word of ``EXPULSIONS``: ``объявило советника
    посольства X персоной нон грата``, ``выслал дипломатов``), placed nowhere or in a country, placed in the capital of
    the state that expels them: an envoy is expelled from the country he serves in, by its government, in its
    capital (``_expelled_from``)."""
    v = view(doc)
    entities = {x.id: x for x in doc.entities}
    out = []
    for e in events:
        if e.type == "SANCTION" and e.factuality == "occurred" and (e.place is None or is_country(e.place)):
            tokens = list(v.sentences[v.sentence_index(e.start)].tokens)
            trig = [t for t in tokens if e.trigger_start <= t.start < e.trigger_stop]
            city = _expelled_from(e, tokens, v.mentions(doc), entities) \
                if not EXPULSIONS.isdisjoint(lemmas(trig)) else None
            if city is not None and (e.place is None or _capital_of(city, e.place)):
                e = dataclasses.replace(e, place=city)
        out.append(e)
    return out


def _expelled_from(e: Event, tokens: list[Token], mentions: MentionIndex, entities: dict[str, Entity]) -> str | None:
    """The capital of the one country among the expulsion's sources (``Эстония выслала …``), else of the one whose
    foreign ministry its sentence names with it (``МИД X вызвал посла Y и сообщил, что сотрудник посольства объявлен
    …``; not a bare ``Министерство иностранных дел``, whose country is a guess); not the city of an embassy its
    sentence names, which may be that of the act it answers (``ответ на высылку сотрудника посольства X в Y``)."""
    sources = {country_code(p.entity) for p in e.participants if p.role == "source" and is_country(p.entity)} - {None}
    named = {k: x for k, x in entities.items() if fold(x.name) not in _BARE_MINISTRIES}  # its country a guess
    codes = sources if len(sources) == 1 else _ministry_countries(tokens, mentions, named)
    if len(codes) == 1:
        return gazetteer.capital_of(codes.pop())
    return None


_BARE_MINISTRIES = frozenset({"мид", "министерство иностранных дел"})  # a ministry named without its country


def _capital_of(city: str, country: str) -> bool:
    """Is the city the capital of the country (an entity id)?"""
    capital = gazetteer.lookup_capital(city)
    return capital is not None and capital.code == country_code(country)
