"""The days an event's telling gives it: the day its cancelling was announced, the day it was reported.

* ``cancelled_by``: the word of cancelling that governs a trigger (``отменил государственный визит``); a cancelled
  event is dated by the day its cancelling's words or its announcement give.
* ``speech_day``: a time expression to the day that depends on a verb of speech (``…, сообщило во вторник
  министерство``, ``Как сообщили накануне в МИД, …``): the day the news was told.
* ``reported``: an act that took place, told as reported on such a day and dated by nothing else of its sentence,
  took place that day (it was known done then; the text gives no other day), not on the day of publication.  A planned
  or proposed event is never dated by it (``when.dated`` leaves the day of the telling out of its time expressions):
  ``договорились возобновить консультации, сообщил во вторник МИД`` is not talks next Tuesday.
"""
from __future__ import annotations

from ...records import Document, PartialDate, Timex, Token
from .clause_date import CLAUSE_BREAKS
from .sentence import Words
from .words import CANCEL, SPEECH


def cancelled_by(w: Words, trigger: Token) -> Token | None:
    """The word of cancelling that governs the trigger (``отменил государственный визит``, ``отмена саммита``): a
    cancelled event is dated by the day its own words or its announcement give its cancelling (``…, сообщило во
    вторник министерство``), not by the days it was to take place (``визит, намеченный на 4–6
    марта``), which it never had; without such a day, as any other event."""
    head = w.head(trigger)
    return head if head is not None and head.id in w.position and trigger.rel != "conj" \
        and w.lem[w.position[head.id]] in CANCEL else None


def announced(w: Words, doc: Document, start: int, stop: int) -> PartialDate:
    """The day a sentence tells its news was announced (``…, сообщило во вторник министерство``): ``speech_day`` of
    its time expressions; else none."""
    return speech_day(w, [x for x in doc.timexes if start <= x.start < stop]) or PartialDate()


def of_speech(w: Words, x: Timex) -> bool:
    """Does the time expression depend on a verb of speech (``сообщили накануне``, ``заявил в среду``) in that verb's
    own clause: no mark of a clause break between them (``Как сообщили в МИД, министры договорились, что раунд пройдет
    в январе``: the parser may hang the plan's time on the verb of speech across the clause)?"""
    heads = [w.head(t) for t in w.tokens if x.start <= t.start < x.stop]
    return any(h is not None and h.id in w.position and w.lem[w.position[h.id]] in SPEECH and not any(
        t.text in CLAUSE_BREAKS and min(h.stop, x.stop) <= t.start < max(h.start, x.start) for t in w.tokens)
        for h in heads)


def speech_day(w: Words, found: list[Timex]) -> PartialDate | None:
    """The day of the first time expression to the day of ``found`` that depends on a verb of speech, else None."""
    return next((x.date for x in found if x.date.precision == "day" and of_speech(w, x)), None)


def reported(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """An act that took place, told as reported on a day (``Как сообщили накануне в МИД, министры согласились …``,
    ``…, сообщило во вторник министерство``) no later than the publication: that day (module notes)."""
    if fact != "occurred" or doc.published.precision != "day":
        return None
    day = speech_day(w, here)
    return day if day is not None and day.iso() <= doc.published.iso() else None


