"""An event reported again later in the document joins the earlier record as further evidence
(``Event.more``) instead of making a record of its own.

* A meeting (CONSULT) told again (``в ходе встречи``, ``переговоры проходили в формате …``) joins
  the last meeting (not one a speaker told as his own, ``мы с X провели беседу``), or the last one of its
  format, or of its place, when it names one, unless one of ``MEETING_BLOCKS`` (``meeting_blocks.py``)
  holds: another round, another date, another factuality, another format, another city, a call against a
  meeting in person, or (unless both name the same format) a person new to the meeting who was named in the sentence
  before the restating one (see ``_new_person`` for why that sentence and not the whole document), or two
  participants of its own and none of the earlier one's, or a reception (``принять``) by a person new to talks
  of two persons or more (``_received_by_another``), or a head of state or government new to a meeting of
  none, told by a verb (``_met_a_head``).
* Nothing joins a record told in an earlier entry of a live blog (a line with a time only, ``17:12``).
* An act named in a question (``Как Москва ответит на высылку …?``) joins no other act, nor another it.
* An act told in a numbered point (``3. Стороны договорились …``) joins no act of an earlier point.
* Any other act told again (a headline, then the body: ``Норвегия высылает трех российских
  дипломатов`` … ``МИД Норвегии объявил персонами нон грата …``) joins the last record of its
  type when none of ``ACT_BLOCKS`` holds: the same factuality, the same date (or none on both),
  and the same source or two parties in common, not the acts of two different states; and not documents signed
  against a body agreed on (``_other_deed``); nor an act and the one it answers: only an act told alike joins
  (both told as an answer, ``answers.answered``, or neither).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection

from ...ids import is_country
from ...morph import lemma
from ...records import Event, Span, Token
from . import meeting_blocks
from .answers import answered
from .meeting_blocks import MEETING_BLOCKS, arrival
from .merge_known import Known
from .sentence import Words
from .speakers import JOINT_TYPES
from .words import FOUNDING, OFFERING, SIGNING


def merge(events: list[Event], new: Event, known: Known) -> bool:
    """Add ``new`` to the record of ``events`` that reports the same event, if there is one; say whether it was.
    Never across the entries of a live blog: each tells its own news."""
    entry = max((x for x in known.entries if x <= new.start), default=-1)
    here = [e for e in events if max([e.stop] + [m.stop for m in e.more]) > entry]
    if new.type == "CONSULT":
        return _merge_meeting(events, here, new, known)
    if new.start in known.questions:
        return False  # "Как Москва ответит на высылку …?": what a question names joins no act told as done
    return _merge_act(events, [e for e in here if e.start not in known.questions and _same_point(e, new, known)],
                      new, known)


def _same_point(old: Event, new: Event, known: Known) -> bool:
    """Acts told in two numbered points (``2. Стороны договорились … 3. Стороны договорились …``) are two acts: each
    point tells its own; what the text tells before its first point (a title, a preamble) may be told again in one."""
    at = max((x for x in known.points if x <= new.start), default=None)
    return at is None or old.start < known.points[0] or old.start >= at


def after_a_visit(events: list[Event]) -> bool:
    """Is the last meeting told a visit, a reception or an arrival?  ``Его принимал президент X`` after it is that
    visit told again (``meeting_blocks._received_by_another``); after a session or talks, the head's reception is one
    of its own."""
    last = next((e for e in reversed(events) if e.type == "CONSULT"), None)
    return last is not None and (last.mode in ("visit", "host") or arrival(last))


def joins_visit(events: list[Event], new: Event, own_day: bool = False) -> bool:
    """A reception of the guest told before by a pronoun (``… прибыл в X. Его принял президент X``) after a visit or an
    arrival (``after_a_visit``): the visit told again, its record (``Event.more``).  Not one its own words date to
    another day than the arrival's (``own_day``: ``прибыл 3 мая. На следующий день его принял …``), a meeting of its
    own."""
    if not after_a_visit(events):
        return False
    k = max(k for k, e in enumerate(events) if e.type == "CONSULT")
    if own_day and arrival(events[k]) and new.date.precision == events[k].date.precision == "day" \
            and new.date != events[k].date:
        return False
    events[k] = _with_evidence(events[k], new)
    return True


def _merge_meeting(events: list[Event], here: list[Event], new: Event, known: Known) -> bool:
    same = [e for e in here if e.type == new.type and e.id not in known.own]
    if new.format:  # "встреча в формате X" joins the last meeting of that format
        same = [e for e in same if e.format == new.format] or same
    if new.place and not is_country(new.place):  # "на встрече в Берлине" joins the last meeting in that city
        same = [e for e in same if e.place == new.place] or same
    # the last meeting; and the one before it when that one was told apart from it ("Ранее в этот же день X провел
    # переговоры с Y" … "X и Z встретились с Y": the day's meetings told again together)
    for old in same[-1:] + (same[-2:-1] if len(same) > 1 and meeting_blocks.told_apart(same[-1], known) else []):
        if not any(block(old, new, known) for block in MEETING_BLOCKS):
            return _merged(events, old, new, known)
    return False


def _merged(events: list[Event], old: Event, new: Event, known: Known) -> bool:
    """``new`` joins ``old``'s record."""
    day = meeting_blocks.own_day(old, new, known)
    if day is not None:
        known.by_default.discard(old.id)
    events[events.index(old)] = dataclasses.replace(
        _with_evidence(old, new), round=old.round or new.round, place=old.place or new.place,
        format=old.format or new.format, date=day or old.date)
    return True


# ---- other acts

def _act_factuality(old: Event, new: Event) -> bool:
    return new.factuality != old.factuality


def _act_date(old: Event, new: Event) -> bool:
    return new.date != old.date


def _no_common_side(old: Event, new: Event) -> bool:
    """Neither a source in common nor two parties in common."""
    sources = [{p.entity for p in e.participants if p.role == "source"} for e in (old, new)]
    shared = {p.entity for p in old.participants} & {p.entity for p in new.participants}
    return not (sources[0] & sources[1] or len(shared) >= 2)


def _other_state_acts(old: Event, new: Event) -> bool:
    """Each told as the act of a state, and of different states (``X закрыла воздушное пространство …`` and ``Y
    отозвала посла``, or an act and the answer to it): two acts, whatever parties they share; not a joint act."""
    if new.type in JOINT_TYPES:  # a deal both sides make: a restatement may name either as its subject
        return False
    states = [{p.entity for p in e.participants if p.role == "source" and is_country(p.entity)} for e in (old, new)]
    return bool(states[0] and states[1]) and not states[0] & states[1]


def founds(w: Words, trigger: list[Token]) -> bool:
    """An agreement to set up a body or a mechanism (``договорились о создании рабочей группы``, ``решили учредить
    совет``): a word of ``FOUNDING`` within three words after a trigger that is no signing."""
    first, last = w.position[trigger[0].id], w.position[trigger[-1].id]
    return w.lem[first] not in SIGNING and any(x in FOUNDING for x in w.lem[last + 1:last + 4])


def _other_deed(old: Event, new: Event, known: Known) -> bool:
    """Documents signed and a body agreed on (``Стороны подписали три соглашения. Они также договорились о создании
    совместного комитета``): two acts of the meeting, not one told again, in either order."""
    signed = [lemma(e.trigger.split()[0]) in SIGNING for e in (old, new)]
    founded = [e.id in known.founding for e in (old, new)]
    return signed[0] and founded[1] or founded[0] and signed[1]


def _offer_and_call(old: Event, new: Event) -> bool:
    """An offer (``OFFERING``: ``предложил посредничество``) and a call or a demand (``призвал стороны воздерживаться
    …``): two requests, not one told again, in either order."""
    offers = [lemma(e.trigger.split()[0]) in OFFERING for e in (old, new)]
    return old.type == new.type == "REQUEST" and offers[0] != offers[1]


ACT_BLOCKS: tuple[Callable[[Event, Event], bool], ...] = (_act_factuality, _act_date, _no_common_side,
                                                         _other_state_acts)


def _merge_act(events: list[Event], here: list[Event], new: Event, known: Known) -> bool:
    same = [e for e in here if e.type == new.type]
    if known.text:  # an act told again after the one it answers was named (``answers.py``) is the answer told again
        same = [e for e in same if answered(e, known.text) == answered(new, known.text)]
    if not same:
        return False
    old = same[-1]
    if any(block(old, new) for block in ACT_BLOCKS) or _other_deed(old, new, known) or _offer_and_call(old, new):
        return False
    events[events.index(old)] = _with_evidence(old, new)
    return True


def _with_evidence(old: Event, new: Event) -> Event:
    """``old`` with ``new``'s sentence as further evidence and its participants not yet known."""
    known = {p.entity for p in old.participants}
    return dataclasses.replace(old, more=old.more + (Span(new.start, new.stop, "same event"),),
                               participants=old.participants + tuple(p for p in new.participants
                                                                     if p.entity not in known))


def joins_pointed(events: list[Event], new: Event) -> bool:
    """An act named by a noun that points back (``Такие учения подрывают доверие``, ``stage._points_back``): the act of
    its type told before, which the sentence evaluates; it joins that record (``Event.more``) and is no act of its own,
    nor where that act was told only in passing (``протест в связи с учениями``) and has no record.  Not a meeting
    (``эта встреча``), whose restatements the rules above weigh."""
    if new.type == "CONSULT":
        return False
    old = next((e for e in reversed(events) if e.type == new.type), None)
    if old is not None:
        events[events.index(old)] = _with_evidence(old, new)
    return True


def joins_told_again(events: list[Event], new: Event) -> bool:
    """An act told again with no day of its own, by how it went (``Переговоры прошли в деловом ключе``,
    ``unstated.told_how``) or identified (``Это шестая сессия комиссии``, ``unstated.identified``): the last act of
    its type told before that took place, which it joins (``Event.more``); none where no such act was told before (then
    it is the act's own report), nor one of another round (``Это уже 25-й раунд`` after the 24th); its round is the
    act's where that had none."""
    old = next((e for e in reversed(events) if e.type == new.type and e.factuality == new.factuality == "occurred"),
               None)
    if old is None or old.round and new.round and old.round != new.round:
        return False
    events[events.index(old)] = dataclasses.replace(_with_evidence(old, new), round=old.round or new.round)
    return True


_PRONOUNS = frozenset({"он", "она", "они"})  # "Он назвал …": the speaker of the sentence before


def joins_refusal(events: list[Event], new: Event, before: int | None, subject: str | None,
                  persons: Collection[str] = ()) -> bool:
    """An evaluation of what a side has just refused (``X отверг заявление совета. Он назвал требования совета
    «неприемлемыми»``): an accusation told in the sentence right after a refusal (``before``: that sentence's start),
    by a pronoun (``subject``) or by a person of the refusal (``persons``: the document's persons), is the refusal told
    again; it joins the refusal's record (``Event.more``) and is no act of its own.  Another side's evaluation is its
    own act (``Президент Y назвал действия X неприемлемыми``)."""
    if new.type not in ("ACCUSE", "REJECT") or before is None or not events:  # "назвал требования неприемлемыми"
        return False
    last = events[-1]
    if last.type != "REJECT" or last.start != before:
        return False
    speakers = {p.entity for p in last.participants if p.entity in persons}
    if subject not in _PRONOUNS and not speakers & {p.entity for p in new.participants}:
        return False
    events[-1] = _with_evidence(last, new)
    return True
