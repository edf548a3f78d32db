"""Time expressions (timexes) in Russian news text, resolved against the document date.

``find_timexes(text, anchor)`` finds every time expression with its offsets and the
``PartialDate`` it stands for.  Pure functions: nothing reads the clock; a year the text does not
give comes from ``anchor`` (the publication date) or stays unknown.  No year is ever invented.

Spans
    A span covers the core expression and the preposition and modifier before it when they belong
    to its meaning: ``в марте 2017 года``, ``до 2020 года``, ``в начале 2015 года``, ``на прошлой
    неделе``.  Expressions never overlap; of overlapping candidates the longest wins (then the
    earliest).  ``с X по Y``, ``с X до Y`` and ``X – Y`` join into one range span.  ``на`` joins
    only weeks, weekdays and weekends (``на прошлой неделе``), not dates (``в ночь на 20 марта``).

Not time expressions
    ``накануне`` before a genitive noun (``накануне визита``: the eve of an event); a bare
    ``года`` after ``в течение`` (a duration); a month name in title case without a digit before it
    (``Марта``: a name); words that contain a month or ``завтра`` (``прямая``, ``завтрак``);
    numbers without a year word (``в 2015 раз``, ``2017 ящиков``).

Resolution (``A`` = the anchor; "past reporting" is assumed unless the expression's clause has a
future cue such as ``состоится``, ``пройдёт``, ``будет``, ``планируется`` nearer to it than any past
cue (``прошли``, ``состоявшейся``), or the expression is a deadline: ``до пятницы``, ``к 25 апреля``)
    * absolute (``20 марта 2017 года``, ``в 2014 году``, ``15.12.16``, ``2017-03-20``,
      ``в 2010-м``): the date as given, ``anchor="absolute"``.  Two-digit years: 00-69 → 20xx,
      70-99 → 19xx.
    * day and month without a year (``20 марта``): the latest year that does not put the date more
      than 31 days after ``A`` (past reporting); with a future cue, the earliest year that puts it
      on or after ``A``.  A year-only anchor gives its year as is; a month anchor stands for the
      last day of its month.
    * month without a year (``в ноябре``, ``в конце сентября``): ``A``'s year when the month is not
      after ``A``'s month, else the year before (future cue: the same year when the month is not
      before ``A``'s, else the next).  Seasons (``летом``) follow the month rule with winter counted
      as January, spring March, summer June, autumn September; a season is year precision.
    * relative years/months/days (``в прошлом году``, ``текущего года``, ``в следующем месяце``,
      ``вчера``, ``накануне`` = the day before ``A`` (a bare ``накануне`` after a day told earlier in its
      sentence, or anywhere after a story's day up to a week before ``A``: the day before that one), ``три года
      назад``, ``через неделю``):
      arithmetic on ``A``.  Weeks ago/ahead give the month of the day reached (a week count is too
      rough for a day).  A distance from another event (``через два дня после того, как …``, ``через неделю
      после переговоров``) is not from ``A``: unknown.  A distance in a story of the past (``через два дня``
      in a clause whose nearest verb is past, ``спустя три дня``, ``два дня спустя``, ``двумя днями позже``,
      ``неделей ранее``) counts from the last time told before it in its paragraph or the one before, else unknown
      (``_counted_from_told``); a weekday in apposition to such a day (``Днем ранее, в среду``) is that weekday.
    * weekdays: ``в субботу`` → the latest such day on or before ``A`` (future cue: the first on or
      after); ``в прошлую/минувшую субботу`` → the latest such day strictly before ``A``; ``в эту``
      → that day in ``A``'s Monday–Sunday week, ``в следующую`` → in the week after,
      ``в ближайшую`` → the first on or after ``A``.
    * weeks and weekends (``на прошлой неделе``, ``в минувшие выходные``): week precision is not
      in the model, so the month when the whole week (weekend) lies in one month, else the year
      when it lies in one year, else unknown.
    * modifiers (``в начале``, ``в конце``, ``в середине``, ``во второй половине``, ``в первом
      квартале``, ``во втором полугодии``) keep the precision of what they modify: ``в середине июня текущего
      года`` → ``2017-06``.  Bare ``года``/``месяца``/``недели`` after such a modifier mean the current
      one (``до конца года``).
    * the year told before (``в марте 2025 года … в июле того же года``, ``в конце того года``, ``в том же году``):
      the year of the last expression with a year in its paragraph or the one before (``_same_year``), else unknown;
    * the day told before (``в тот же день``, ``на следующий день``): the day of the last time expression to the
      day before it in its paragraph or the one before, or the day after it; else unknown (``anchor="none"``).
    * ranges (``20–22 марта``, ``с 2014 по 2016 год``, ``с 20 марта по 2 апреля 2017 года``): the
      start, its missing year taken from the end; relation ``at``.
    * decades (``в 1990-х``): recognised, but a decade is not a precision of the model: the date is
      unknown with ``anchor="absolute"``.
    * relation: ``до``/``к``/``вплоть до``/``не позднее`` → ``before``; ``с``/``начиная с``/
      ``после``/``не ранее`` → ``after``; else ``at``.
    * ``anchor="document"`` when the date used ``A``; ``"none"`` when ``A`` lacked what was needed:
      the date is then unknown (``PartialDate()``), except a weekday, which keeps
      ``PartialDate(weekday=N)``.

Modules
    ``patterns`` the word tables (``data/timex_words.tsv``, ``data/timex_numbers.tsv``) and the regexes
    built from them; ``arithmetic`` date arithmetic on the anchor; ``candidates`` finding, selecting and
    joining the expressions; ``resolve`` their dates and relations.
"""
from __future__ import annotations

import dataclasses
import datetime
import re

from ..chronology import entry_starts
from ..dates import WEEKDAYS_ACC, find_dates
from ..literals import haystack, may_match
from ..records import PartialDate, Timex
from ..settings import EventSettings
from .arithmetic import UNKNOWN, _count, _distance
from .candidates import _candidate, _join_ranges, _join_weekdays, _select
from .patterns import _KINDS, MEETING_TOLD
from .resolve import _BETWEEN_EVENTS, _relation, _resolve, told_in_past

__all__ = ["UNKNOWN", "find_timexes"]


def find_timexes(text: str, anchor: PartialDate = UNKNOWN) -> list[Timex]:
    """Every time expression in ``text``, in text order, resolved against ``anchor``.

    ``anchor`` is the document date (``Document.published``), of any precision.  See the module
    notes for the spans and the resolution rules.
    """
    hay = haystack(text)  # a kind none of whose words the text holds is not scanned (``literals.may_match``)
    cands = [c for kind, rx in _KINDS if may_match(rx, hay)
             for m in rx.finditer(text) if (c := _candidate(kind, m, text))]
    out: list[Timex] = []
    entries = entry_starts(text)  # a chronology's entries: the days its paragraphs open with
    ends: dict[int, PartialDate] = {}  # the last day of each range of days told (``с 3 по 5 октября``), by its start
    for c in _join_weekdays(_join_ranges(_select(cands), text), text):
        date, how = _told_before(c, out, text) if c.kind == "sameday" else _apposed(c, out, text) \
            or _eve_of_told(c, out, text, anchor, ends) or _quoted_day(c, out, text) \
            or _counted_from_told(c, out, text) \
            or _resolve(c, text, _headed_day(c, out, text, anchor) or _entry_day(c, out, text, anchor, entries)
                        or anchor or UNKNOWN)
        if c.match.groupdict().get("yana"):
            date, how = _same_year(c, date, out, text)
        if (last := _range_end(c, date, text, anchor)) is not None:
            ends[c.start] = last
        out.append(Timex(c.start, c.stop, text[c.start:c.stop], date, how, _relation(c)))
    return _listed_year(out, text)


def _range_end(c, date: PartialDate, text: str, anchor: PartialDate) -> PartialDate | None:
    """The last day of a range of days (``с 3 по 5 октября``, ``10–12 марта``, ``с 30 января по 2 февраля``) whose
    first day is ``date``; None for any other expression."""
    if date.precision != "day":
        return None
    if (last := c.match.groupdict().get("d2")) is not None:
        return PartialDate(date.year, date.month, int(last)) if int(last) > date.day else None
    if c.end is None or c.end.kind not in ("daymonth", "iso", "num"):
        return None
    end, _ = _resolve(c.end, text, anchor or UNKNOWN)
    if end.precision != "day":
        return None
    if end.year is None or (end.year, end.month, end.day) < (date.year, date.month, date.day):
        return None
    return PartialDate(date.year if c.end.kind == "daymonth" and not end.year else end.year, end.month, end.day)


_LISTED = re.compile(r"\s*(?:,|и|или)\s*")
_HEADING_REST = re.compile(r"[\s,.:|•·—–-]*(?:\d{1,2}:\d{2})?[\s,.:|•·—–-]*")
_DAY_NAMED = frozenset({"weekday", "dayrel", "dayadj"})


def _headed_day(c, before: list[Timex], text: str, anchor: PartialDate) -> PartialDate | None:
    """The day a listing's or a chronicle's day heading names (a day alone on its line, maybe with a time: ``4
    декабря``, ``24 ноября, 17:30``), not after the anchor, for a weekday or a day named relative to today (``во
    вторник``, ``вчера``) in the paragraphs below it: the stories under it are told from that day, not from the
    page's date; None when no such heading stands above the expression."""
    if c.kind not in _DAY_NAMED:
        return None
    heading = next((x for x in reversed(before) if x.date.precision == "day" and _alone(x, text)), None)
    if heading is None or "\n" not in text[heading.stop:c.start] or (
            anchor.precision == "day" and heading.date.iso() > anchor.iso()):
        return None
    return heading.date


def _entry_day(c, before: list[Timex], text: str, anchor: PartialDate, entries: frozenset[int]) -> PartialDate | None:
    """The day a chronology's entry opens with (``chronology.py``: ``14 августа. Вильнюс откладывает раунд, намеченный
    на 24 августа``), not after the anchor, for a day named relative to it or without its year in the same paragraph;
    None elsewhere."""
    if c.kind not in _DAY_NAMED and c.kind != "daymonth" or not entries:
        return None
    entry = next((x for x in reversed(before) if x.start in entries), None)
    if entry is None or entry.date.precision != "day" or "\n" in text[entry.stop:c.start] or (
            anchor.precision == "day" and entry.date.iso() > anchor.iso()):
        return None
    return entry.date


def _alone(x: Timex, text: str) -> bool:
    """Does the time expression, a date (not ``2 дня назад``), stand alone on its line (but for a time of day and
    punctuation)?"""
    opened = text.rfind("\n", 0, x.start) + 1
    closed = text.find("\n", x.stop)
    closed = len(text) if closed < 0 else closed
    return bool(_HEADING_REST.fullmatch(text[opened:x.start])) and bool(_HEADING_REST.fullmatch(
        text[x.stop:closed])) and bool(find_dates(x.text))


def _listed_year(out: list[Timex], text: str) -> list[Timex]:
    """Dates listed together with the year told once, after the last (``в марте и июне 2022 года``, ``2 октября и 3
    ноября 2025 года``): each member before it takes that year, not the one the document's date gives it, when it is
    a month or a day joined to the next member by ``и`` or a comma and not later than it."""
    for k in range(len(out) - 2, -1, -1):
        x, nxt = out[k], out[k + 1]
        if x.anchor != "document" or x.date.month is None or x.relation != "at" or nxt.date.month is None \
                or nxt.anchor != "absolute" or not _LISTED.fullmatch(text[x.stop:nxt.start]):
            continue
        date = PartialDate(nxt.date.year, x.date.month, x.date.day)
        if (date.iso() or "~") <= (nxt.date.iso() or ""):
            out[k] = dataclasses.replace(x, date=date, anchor="absolute")
    return out


_PARAGRAPHS = re.compile(r"\n\s*")
MEETING_PARAGRAPHS = 3  # paragraph breaks at most between the day of a meeting and a sentence pointing back to it


def _eve_of_told(c, before: list[Timex], text: str, anchor: PartialDate = UNKNOWN,
                 ends: dict[int, PartialDate] | None = None) -> tuple[PartialDate, str] | None:
    """A bare ``накануне`` after a day told earlier in its sentence or paragraph (``в четверг принял министра,
    вернувшегося из X, где накануне прошли переговоры``; ``В среду министр опроверг … Он сообщил, что накануне
    провел …``), or anywhere after a story's day a few days before the anchor (``_story_day``): the day before that
    day, not before the document's.  Not after a range of days that reaches the anchor's day (``находится с визитом с
    3 по 5 октября`` in news of the 4th: the text's now lies within it; ``накануне`` is the eve of the news's day)."""
    if c.kind != "dayrel" or c.match["dr"].lower() != "накануне" or not before:
        return None
    told = before[-1]
    if told.date.precision != "day" or "\n" in text[told.stop:c.start] and not _meeting_told_again(c, told, text):
        # "с января прошлого года"; a day a period runs from ("запрет, действующий с 16 августа") is no story's day
        told = next((x for x in reversed(before) if x.date.precision == "day" and x.relation == "at"), None)
        if told is None or not _story_day(told, anchor):
            return None
    if _spans_anchor(told.date, (ends or {}).get(told.start), anchor):
        return None
    day = datetime.date.fromisoformat(told.date.iso()) - datetime.timedelta(days=1)
    return PartialDate(day.year, day.month, day.day), told.anchor


def _spans_anchor(first: PartialDate, last: PartialDate | None, anchor: PartialDate) -> bool:
    """Does the range of days from ``first`` to ``last`` hold the anchor's day (the day of the news is one of its
    days)?"""
    return last is not None and anchor.precision == "day" and first.iso() <= anchor.iso() <= last.iso()


STORY_DAYS = EventSettings().news_days  # a story's day at most this many days before the publication


def _story_day(told: Timex, anchor: PartialDate) -> bool:
    """Is the day told last the day of a story of a few days before the anchor (``Во вторник стороны возобновили
    переговоры …`` in Wednesday's news, paragraphs before ``Накануне повстанцы освободили заложников``)?  The text
    tells that day as its now, and ``накануне`` is the eve of it; not a day of the anchor's own (the same either way),
    nor one ahead of it, nor a background date long before."""
    if anchor.precision != "day":
        return False
    days = (datetime.date.fromisoformat(anchor.iso()) - datetime.date.fromisoformat(told.date.iso())).days
    return 0 < days <= STORY_DAYS


_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")


def _meeting_told_again(c, told: Timex, text: str) -> bool:
    """``Встреча состоялась после инцидента: накануне …`` a few paragraphs after the day of the meeting: the eve of
    that day, which the sentence points back to by its noun (``MEETING_STEMS``) before ``накануне``."""
    opened = _SENTENCE_START.search(text, 0, c.start)
    clause = text[opened.start() + 1 if opened else 0:c.start]
    return bool(MEETING_TOLD.search(clause)) and len(_PARAGRAPHS.findall(text, told.stop, c.start)) <= \
        MEETING_PARAGRAPHS


def _same_year(c, date: PartialDate, before: list[Timex], text: str) -> tuple[PartialDate, str]:
    """``в июле того же года``, ``в конце того года``, ``в том же году``: the year of the last time expression told
    before that gives one of its own (``в марте 2025 года … в июле того же года``), in its paragraph or the one
    before; else unknown."""
    told = next((x for x in reversed(before) if x.date.year is not None), None)
    if told is None or len(_PARAGRAPHS.findall(text, told.stop, c.start)) > 1:
        return UNKNOWN, "none"
    if c.kind == "sameyear":
        return PartialDate(told.date.year), told.anchor
    return PartialDate(told.date.year, date.month, date.day if date.month else None), told.anchor


_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


def _quoted_day(c, before: list[Timex], text: str) -> tuple[PartialDate, str] | None:
    """``сегодня``, ``вчера`` inside quotation marks whose words the text dates before it (``в пятницу опубликовал
    серию сообщений: «Сегодня министерство вручило ноту …»``): counted from the day the words were said or posted,
    the last day told before the quotation opens (in its paragraph or the one before), not from the document's."""
    if c.kind != "dayrel" or c.match["dr"].lower() not in _SHIFT:
        return None
    opened = text.rfind("«", 0, c.start)
    if opened < 0 or text.rfind("»", 0, c.start) > opened:
        return None
    told = next((x for x in reversed(before) if x.stop <= opened), None)
    if told is None or told.date.precision != "day" or len(_PARAGRAPHS.findall(text, told.stop, opened)) > 1:
        return None
    day = datetime.date.fromisoformat(told.date.iso()) + datetime.timedelta(days=_SHIFT[c.match["dr"].lower()])
    return PartialDate(day.year, day.month, day.day), told.anchor


def _apposed(c, before: list[Timex], text: str) -> tuple[PartialDate, str] | None:
    """A weekday in apposition to a day counted from the day told before (``12 мая … Днем позже, в пятницу``,
    ``на следующий день, во вторник``): that day, when it is that weekday; else None (the weekday's own reading)."""
    if c.lead is None:
        return None
    lead = c.lead
    date, how = _told_before(lead, before, text) if lead.kind == "sameday" else \
        _counted_from_told(lead, before, text) or (UNKNOWN, "none")
    weekday = WEEKDAYS_ACC.index(c.match["wd"].lower())  # joined after "в"/"во" only: an accusative (``_candidate``)
    if date.precision != "day" or datetime.date.fromisoformat(date.iso()).weekday() != weekday:
        return None
    return date, how


def _counted_from_told(c, before: list[Timex], text: str) -> tuple[PartialDate, str] | None:
    """A distance told in a story of the past (``Переговоры начались 10 ноября. Через два дня стороны подписали …``,
    ``Два дня спустя посла выслали``, ``двумя днями позже``, ``неделей ранее``): counted from the last time told
    before it to the unit's precision (in its paragraph or the one before), not from the document's date, which
    would put what took place after the publication; without one, unknown.  ``через`` counts from the document's date
    when its clause does not tell the past (``через два дня министр посетит Париж``, ``договорились встретиться через
    месяц``: ``told_in_past``)."""
    g = c.match.groupdict()
    if c.kind != "later" and not (c.kind == "ahead" and (
            g["from"].lower() == "спустя" or told_in_past(text, c.start, c.stop))):
        return None
    n, unit = _count(g["n"], g["u"]), g["u"].lower()
    if n is None or _BETWEEN_EVENTS.match(text, c.stop):
        return UNKNOWN, "none"  # "спустя два года после войны": from another event
    need = ("year", "month", "day") if unit.startswith(("год", "лет")) and n == int(n) else ("month", "day") \
        if unit.startswith(("месяц", "год", "полгода")) else ("day",)  # what the distance is counted in
    told = next((x for x in reversed(before) if x.date.precision in need), None)
    if told is None or len(_PARAGRAPHS.findall(text, told.stop, c.start)) > 1:
        return UNKNOWN, "none"
    sign = -1 if (g.get("dir") or "").lower() in ("ранее", "раньше") else 1
    date, how = _distance(n, unit, sign, told.date)
    return date, told.anchor if how != "none" else how


def _told_before(c, before: list[Timex], text: str) -> tuple[PartialDate, str]:
    """``в тот же день``, ``на следующий день``, ``днем ранее``: the day of the last time expression to the day before
    it (in its paragraph or the one before), or the day after or before it; else unknown (never the document's)."""
    told = next((x for x in reversed(before) if x.date.precision == "day"), None)
    if told is None or len(_PARAGRAPHS.findall(text, told.stop, c.start)) > 1:
        return UNKNOWN, "none"
    step = 1 if c.match["next"] else -1 if c.match["prev"] else 0  # "на следующий день", "днем ранее"
    if not step:
        return told.date, told.anchor
    day = datetime.date.fromisoformat(told.date.iso()) + datetime.timedelta(days=step)
    return PartialDate(day.year, day.month, day.day), told.anchor
