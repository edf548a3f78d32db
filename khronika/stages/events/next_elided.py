"""The next meeting of a series a clause tells with its noun left out, opening the clause with ``следующий`` or
``очередной`` (its ordinal may follow), or with an ordinal alone, and a verb that plans or sets it ahead:
``Следующую стороны договорились провести в X в 2027 году``, ``Следующее, девятое, решено провести в Y``,
``Следующая состоится в Z в июне``, ``Третье стороны условились провести там же весной``, ``…, следующий пройдет в
X``.  Each is a meeting of its own, planned: the sides, mode and format of the meeting told last before it (of its
series, its format's or the numbered ones', the one of the highest round; in its sentence, for a clause after a
comma); the round its ordinal tells, or the one after that meeting's when it is its series' latest; the date and city
of its own clause (a month without a year lies ahead: ``here_ahead.told_ahead``; a capital told by its country: ``в
чилийской столице``), never the meeting's before but for ``там же`` (the last meeting's place).  A clause of another
word after it (``Следующий раунд …``, ``Следующим шагом …``) is no ellipsis; a clause told in the past (``Следующая
прошла в мае``) is none of these."""
from __future__ import annotations

import dataclasses

from ... import morph
from ...format_rounds import ordinal_number
from ...records import Document, Event, PartialDate, Sentence, Token
from .elided_rounds import clause_city
from .here_ahead import period_of_validity, told_ahead
from .sentence import Words
from .where import capital_named
from .words import FUTURE_CUES, NEXT_SITTINGS, POSTPONE, tense

CLAUSE_OPENERS = (",", ";")  # what a clause of a meeting told by its ordinal alone may follow, besides the start
PLANNED_PARTICIPLES = ("намечен", "запланирован", "назначен")  # "Следующая намечена на май"
ELLIPSIS_CASES = ("nomn", "accs")  # the subject or object of the verb that plans it
THING_OR_PERSON = frozenset({"что", "кто"})  # "Следующее, что сделает X, …", "Следующий, кто приедет, …": no meeting


def next_elided(events: list[Event], w: Words, doc: Document, sentence: Sentence, event_id) -> list[Event]:
    """The planned meetings the sentence tells by ``следующий``/``очередной`` or an ordinal alone (``events``: the
    document's events found so far; ``event_id``: the stage's id of an event by its document, start and type)."""
    found: list[Event] = []
    for k, t in enumerate(w.tokens):
        if k and w.tokens[k - 1].text not in CLAUSE_OPENERS or t.pos not in ("ADJ", "NUM", "NOUN"):
            continue
        nxt = w.lem[k] in NEXT_SITTINGS
        n = None if nxt else ordinal_number(t.text)
        if not nxt and not (n and morph.is_ordinal(t.text)):
            continue
        j, n = _after_ordinal(w, k + 1, n)
        if j >= len(w.tokens) or not _elided(t, w.tokens[j]) or _of_a_pronoun(w, j):
            continue
        stop = _clause_end(w, j)
        end = w.tokens[stop - 1].stop
        if not _set_ahead(w, j, stop) or any(e.type == "CONSULT" and t.start <= e.trigger_start < end
                                             for e in events + found):
            continue  # told by a word of its own ("Следующий, XV, решено провести": the holding verb's meeting)
        base = _told_before(events + found, t.start, sentence if k else None)
        if base is None or n and base.round and n <= base.round:
            continue
        date = _own_date(doc, t.start, end)
        found.append(dataclasses.replace(
            base, id=event_id(doc.id, t.start, "CONSULT"), trigger=t.text, trigger_start=t.start, trigger_stop=t.stop,
            start=sentence.start, stop=sentence.stop, factuality="planned", date=date,
            round=n or _after(base, events), more=(), date_from="text",
            place=clause_city(w, t.start, end)
            or (_place_before(events + found, t.start) if _there(w, j, stop) else None)
            or (capital_named(w) if not k else None)))  # "Третий намечен на май, также в чилийской столице"
    return found


def _after_ordinal(w: Words, j: int, n: int | None) -> tuple[int, int | None]:
    """The position of the word after the ordinal that may follow ``следующий`` (``Следующее, девятое, …``,
    ``Следующий, XV, …``, ``Следующее, восьмое по счету, …``) and the round it tells; else ``j`` and ``n``."""
    if j + 1 < len(w.tokens) and w.tokens[j].text == "," and (m := ordinal_number(w.tokens[j + 1].text)):
        j, n = j + 2, m
        if j + 1 < len(w.tokens) and w.lem[j] == "по" and w.lem[j + 1] == "счет":
            j += 2
        if j < len(w.tokens) and w.tokens[j].text == ",":
            j += 1
    return j, n


def _elided(word: Token, after: Token) -> bool:
    """Is the noun of ``word`` (in the nominative or accusative) left out: the word after it is neither punctuation
    but a comma nor a noun or adjective that agrees with it (``Следующую стороны …``, ``Следующая состоится``; not
    ``Следующий раунд``, ``Следующее: …``)?"""
    if after.pos == "PUNCT":
        return after.text == ","
    own = [p.tag for p in morph.parses(word.text.lower()) if p.tag.case in ELLIPSIS_CASES]
    if not own:
        return False
    if after.pos not in ("NOUN", "PROPN", "ADJ"):
        return True
    return not any(a.tag.case == o.case and a.tag.number == o.number and (o.number == "plur" or a.tag.gender in (
        o.gender, None)) for a in morph.parses(after.text.lower()) for o in own)


def _of_a_pronoun(w: Words, j: int) -> bool:
    """Is the word left out ``что`` or ``кто``, its clause after the comma at ``j`` opening with it (after a
    preposition too): ``Следующее, что сделает Москва, — …``, ``Следующее, о чем договорятся стороны, …``,
    ``Следующий, с кем встретится министр, — …``: the next thing or person, no meeting."""
    if w.tokens[j].text != ",":
        return False
    k = j + 1
    while k < len(w.tokens) and w.tokens[k].pos == "ADP":
        k += 1
    return k < len(w.tokens) and bool(morph.lemmas(w.tokens[k].text) & THING_OR_PERSON)


def _clause_end(w: Words, j: int) -> int:
    """The end (exclusive) of the clause from ``j``: the next semicolon, else the sentence's end."""
    return next((i for i in range(j, len(w.tokens)) if w.tokens[i].text == ";"), len(w.tokens))


def _set_ahead(w: Words, j: int, stop: int) -> bool:
    """Does the clause plan the meeting or set it ahead: a verb in the future tense (``пройдет``, ``состоится``), of
    planning, agreeing or deciding (``договорились провести``, ``планируется``, ``решено``), or a participle of
    planning (``намечена на май``); and no verb in the past but those, and one that puts the plan off (``следующую
    планировали на март, но ее пришлось отложить``: a meeting set, then put off)?"""
    ahead = past = False
    for i in range(j, stop):
        t = w.tokens[i]
        if t.pos not in ("VERB", "AUX", "ADJ") or w.lem[i] in POSTPONE \
                or i + 1 < stop and w.lem[i + 1] in POSTPONE:  # "пришлось отложить"
            continue
        planning = w.lem[i] in FUTURE_CUES or t.text.lower().startswith(PLANNED_PARTICIPLES) \
            or morph.lemma(t.text) in FUTURE_CUES
        if planning or tense(t) == "futr":
            ahead = True
        elif tense(t) == "past":
            past = True
    return ahead and not past


def _there(w: Words, j: int, stop: int) -> bool:
    """Does the clause place the meeting where the one before was (``там же``)?"""
    return any(w.lem[i] == "там" and w.lem[i + 1] == "же" for i in range(j, stop - 1))


def _place_before(events: list[Event], start: int) -> str | None:
    """The place of the last meeting the document told, with one, before ``start`` (where ``там же`` points)."""
    placed = [e for e in events if e.type == "CONSULT" and e.place and e.trigger_start < start]
    return max(placed, key=lambda e: e.trigger_start).place if placed else None


def _told_before(events: list[Event], start: int, sentence: Sentence | None) -> Event | None:
    """The meeting of the series the document told before ``start`` (in the ``sentence`` when given: ``Первый саммит
    прошел в X, следующий …``) that the next one follows: the last one, or of its format (a series), the one of the
    highest round (``Это третья встреча «2+2» … . Первая прошла в 2024 году. Следующую …``: after the third); not a
    meeting of another series the document tells elsewhere."""
    told = [e for e in events if e.type == "CONSULT" and e.trigger_start < start
            and (sentence is None or e.start == sentence.start)]
    if not told:
        return None
    last = max(told, key=lambda e: e.trigger_start)
    series = [last] + [e for e in told if e.format == last.format and (last.format or e.round and last.round)]
    return max(series, key=lambda e: (e.round or 0, e.trigger_start))


def _after(base: Event, events: list[Event]) -> int | None:
    """The round after the meeting the next one follows, when it is the latest of its series the document tells (not
    ``Первый саммит прошел в 2024 году, следующий …`` in news of a later one, whose round it does not tell)."""
    later = [e for e in events if e.type == "CONSULT" and base.format and e.format == base.format
             and (e.date.iso() or "") > (base.date.iso() or "")]
    return base.round + 1 if base.round and not later else None


def _own_date(doc: Document, start: int, stop: int) -> PartialDate:
    """The first time expression of the clause (a month without a year lies ahead), else none."""
    own = [x for x in doc.timexes if start <= x.start < stop and x.relation in ("at", "before")
           and x.date.precision != "unknown" and not period_of_validity(doc.text, x)]
    return told_ahead(own[0].date, doc, own[:1]) if own else PartialDate()
