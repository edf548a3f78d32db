"""Time expressions an event's date reads apart (``when.py``): a period a document runs for (``программа на
2031–2033 годы``: no date), and a month or weekday of what is planned told without a year, which lies ahead
(``условились встретиться снова в марте``); the time of a meeting an agreement, a proposal or an invitation sets
(``предложил провести следующий раунд в мае``)."""
from __future__ import annotations

import dataclasses
import datetime
import re

from ...dates import MONTHS, weekday_of
from ...morph import parses
from ...records import Document, PartialDate, Timex, Token
from ...timex.resolve import plan_told_past
from .by_document import document_day
from .sentence import Words
from .words import (
    AGREEING,
    HOLDING_VERBS,
    INVITE,
    MEETING_VERBS,
    NEXT_SITTINGS,
    REQUEST_VERBS,
    SESSIONS,
    TRIGGERS,
    trigger_type,
)

MONTH_OR_SEASON = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}|зим\w*|весн\w*"
                             r"|лет(?:ом|а|у)|осен\w*)(?!\w)")
_YEAR = re.compile(r"\d{4}|году|года\b")
_FOR_YEARS = re.compile(r"\bна\s*$")  # "на" just before a range of years: "программа на 2026–2028 годы"


def period_of_validity(text: str, x: Timex) -> bool:
    """A range of years after ``на`` (``программа на 2031–2033 годы``), or a year after a noun and ``на`` (``план
    мероприятий на 2031 год``): how long a document runs, no date (``перенесли на 2031 год`` is one)."""
    if _YEARS_RANGE.match(x.text):
        return bool(_FOR_YEARS.search(text[max(0, x.start - 4):x.start]))
    m = _NOUN_FOR.search(text[max(0, x.start - 40):x.start])
    return bool(_ONE_YEAR.fullmatch(x.text)) and m is not None and _noun(m[1])


def _noun(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "NOUN"


_YEARS_RANGE = re.compile(r"\d{4}\s*[-–—]\s*\d{4}")
_ONE_YEAR = re.compile(r"\d{4}\s*(?:год|г\.?)?")
_NOUN_FOR = re.compile(r"([А-Яа-яЁё-]{3,})\s+на\s*$")


def told_ahead(date: PartialDate, doc: Document, here: list[Timex]) -> PartialDate:
    """A planned event's month told without its year (``условились встретиться снова в марте``), resolved to
    one before the publication: the next such month, which lies ahead; a weekday so resolved (``решили провести
    встречу в среду``), the next such day, a week on."""
    told = [x for x in here if x.date == date]
    published = (document_day(doc, told[0].start) if told else doc.published).iso()  # a chronology's entry: its day
    if date.precision not in ("month", "day") or not published or not told \
            or any(_YEAR.search(x.text) for x in told):
        return date
    if (date.iso() or "") >= published[:len(date.iso() or "")] \
            or any(plan_told_past(doc.text, x.start, x.stop) for x in told):
        return date  # "первоначально его планировали на 16 ноября": the plan of before, read either way
    if not any(MONTH_OR_SEASON.search(x.text) or any(c.isdigit() for c in x.text) for x in told):
        if date.precision != "day" or weekday_of(" ".join(x.text for x in told)) is None:
            return date
        day = datetime.date.fromisoformat(date.iso()) + datetime.timedelta(days=7)  # "провести встречу в среду"
        return PartialDate(day.year, day.month, day.day)  # a weekday: the next one, not a year on
    return dataclasses.replace(date, year=date.year + 1)


def meeting_set_for(w: Words, doc: Document, start: int, stop: int, trigger: Token) -> Timex | None:
    """The time of the meeting an agreement, a proposal or an invitation sets (``договорились встретиться снова в
    мае``, ``предложил провести следующий раунд консультаций в 2031 году``, ``пригласил коллегу посетить страну в
    следующем году``): a time expression, ahead or at, within the meeting infinitive's own words.  The news tells no
    other day of it: the agreed meeting's date is the one it carries, never the document's."""
    k = w.position.get(trigger.id)
    if k is None or trigger.pos != "VERB" or w.lem[k] not in AGREEING | REQUEST_VERBS | INVITE:
        return None
    for c in w.children(trigger):
        if c.feats.get("VerbForm") != "Inf" or c.start < trigger.stop or not _a_meeting(w, c):
            continue
        own = {t.start for t in w.v.subtree(c)}
        found = [x for x in doc.timexes if start <= x.start < stop and x.relation in ("at", "before")
                 and x.date.precision != "unknown" and x.start in own and not period_of_validity(doc.text, x)]
        if found:
            return found[0]
    return None


def _a_meeting(w: Words, verb: Token) -> bool:
    """A meeting that no event word of its own tells (that one carries its time): a verb of meeting or arriving that
    is no trigger (``собираться``, ``приехать``), or one of holding (``провести``) whose object is a numbered or next
    meeting the parser left no noun (``XV раунд`` tagged an adjective) or a body's sitting of no meeting word
    (``IX Межправительственный совет``, ``очередной совет``)."""
    lem = w.lemma(verb)
    if lem in MEETING_VERBS:
        return lem not in TRIGGERS
    if lem not in HOLDING_VERBS:
        return False
    for o in w.children(verb):
        if o.rel != "obj" or o.id not in w.position:
            continue
        noun = w.lem[w.position[o.id]]
        meeting = trigger_type(noun) == "CONSULT" or noun in SESSIONS
        if meeting and o.pos == "NOUN":
            return False  # "провести встречу в мае": the meeting is an event of its own, which carries its time
        told = w.modifiers(o) + [c.text for c in w.children(o)]
        if meeting or set(told) & NEXT_SITTINGS or any(_NUMBERED.fullmatch(x) for x in told):
            return True
    return False


_NUMBERED = re.compile(r"[IVXLC]+|\d+(?:-?[а-я]{1,3})?")  # "IX Межправительственный совет", "7-я сессия"
