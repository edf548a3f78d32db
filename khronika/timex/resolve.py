"""Resolution: the date a candidate stands for against the anchor, read forward when the clause has a
future cue or the expression is a deadline; and its relation (``before``, ``after``, ``at``).
"""
from __future__ import annotations

import datetime
import re

from ..dates import MONTHS, WEEKDAYS_ACC, WEEKDAYS_GEN, _full_year, clause_of, nearest_verb, nearest_words
from ..morph import tense
from ..records import PartialDate
from .arithmetic import (
    UNKNOWN,
    _anchor_day,
    _anchor_ref,
    _count,
    _day_month,
    _distance,
    _month_year,
    _rel_offset,
    _shift_month,
    _upcoming,
    _week,
    _weekday,
    _weekday_of_week,
    _weekend,
    _with_year,
    _yearspec,
)
from .candidates import _Candidate
from .patterns import _AFTER, _BEFORE, _FUTURE, _NOT_PAST, _PAST, _SEASONS


def _nearest(rx: re.Pattern, left: str, right: str, skip=frozenset(), unless: re.Pattern | None = None) -> int | None:
    """Characters between the expression and the nearest match of ``rx`` in its clause, less the words of
    ``skip`` and those ``unless`` matches whole."""
    def kept(m: re.Match) -> bool:
        return m.group(0).lower() not in skip and not (unless is not None and unless.fullmatch(m.group(0)))
    gaps = [len(left) - m.end() for m in rx.finditer(left) if kept(m)]
    gaps += [m.start() for m in rx.finditer(right) if kept(m)]
    return min(gaps, default=None)


def _nearest_tense(text: str, start: int, stop: int) -> str | None:
    """The tense of the finite verb of the clause around ``[start, stop)`` nearest to it (``past``, ``pres``,
    ``futr``), or None."""
    tenses = (tense(word, likely=True) for word in nearest_words(text, start, stop))
    return next((found for found in tenses if found is not None), None)


def told_in_past(text: str, start: int, stop: int) -> bool:
    """Whether the clause around ``[start, stop)`` tells what took place: its nearest finite verb is in the past tense,
    with no infinitive nearer (``через два дня стороны подписали``; ``dates.nearest_verb``)."""
    return nearest_verb(text, start, stop) == "past"


def _clause_verbs_ahead(text: str, start: int, stop: int) -> bool:
    """Whether the nearest finite verb of the clause around ``[start, stop)`` is in the present or
    the future tense (``министры встречаются в среду``, ``в пятницу стороны подпишут``): a weekday
    told so lies ahead; ``заявил в среду`` does not."""
    return _nearest_tense(text, start, stop) in ("pres", "futr")


def _future_context(text: str, start: int, stop: int) -> bool:
    """Whether the clause around ``[start, stop)`` has a future cue (``состоится``, ``будет``)
    nearer to the expression than any past cue (``состоявшейся``, ``прошли``), or is the new date of a postponement
    (``перенесли на январь``, ``отложено до 15 марта``); without a cue, whether an aim (``договорились встретиться в
    июле``) or the future tense is told nearest to it (``dates.nearest_verb``)."""
    left, right = clause_of(text, start, stop)
    if _MOVED_TO.search(left):
        return True
    future = _nearest(_FUTURE, left, right)
    if future is None:
        return nearest_verb(text, start, stop) in ("aim", "futr")
    past = _nearest(_PAST, left, right, _NOT_PAST, _FUTURE)  # "планировалось провести в декабре": a plan's
    return past is None or future < past


# A plan cue in a past form: "планировалась", "намечавшиеся", "ожидалось".
_PAST_FORM = re.compile(r"(?i)(?:[аеиоуыя]л(?:а|о|и)?(?:сь|ся)?|[вд]ш[а-яё]+)$")
# The new date of a postponement: "перенесли на январь", "отложена до 15 марта", "сдвинули заседание на весну".
_MOVED_TO = re.compile(r"(?i)(?<!\w)(?:перен[её]с|перенос|отлож|сдвин|передвин)[а-яё]*(?:\s+[а-яё-]+){0,2}\s*$")
# A plan put off or called off in the sentence: "встреча, намеченная на 12 ноября, отложена".
_CALLED_OFF = re.compile(r"(?i)(?<!\w)(?:перен[её]с|перенос|отлож|отмен|сорва|сорв[её]н)[а-яё]*")
_MUST_PAST = re.compile(r"(?i)(?<!\w)(?:должен|должн[аоы])\s+был[аои]?(?!\w)")  # "должна была пройти"
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")
_SENTENCE_REACH = 300  # characters either side of the expression its sentence is looked for in


def _sentence(text: str, start: int, stop: int) -> str:
    """The sentence around ``[start, stop)``: from the last break before it to the first after it, within
    ``_SENTENCE_REACH`` characters either side."""
    left = _SENTENCE_BREAK.split(text[max(0, start - _SENTENCE_REACH):start])[-1]
    return left + text[start:stop] + _SENTENCE_BREAK.split(text[stop:stop + _SENTENCE_REACH])[0]


def plan_told_past(text: str, start: int, stop: int) -> bool:
    """Whether the date is a plan told in the past (the nearest future cue of its clause in a past form:
    ``первоначально намечавшиеся на 12 ноября``, ``встреча планировалась на 20 октября``) or a plan of a sentence
    that tells it put off or called off (``встреча, намеченная на 12 ноября, отложена``): it may lie before the
    report or after it."""
    left, right = clause_of(text, start, stop)
    if _MUST_PAST.search(left) or _MUST_PAST.search(right):
        return True  # "должна была пройти в начале июня": a plan of the past
    cues = [(len(left) - m.end(), m.group(0)) for m in _FUTURE.finditer(left)]
    cues += [(m.start(), m.group(0)) for m in _FUTURE.finditer(right)]
    return bool(cues) and (_PAST_FORM.search(min(cues)[1]) is not None
                           or _CALLED_OFF.search(_sentence(text, start, stop)) is not None)


def _either_way(c: _Candidate, text: str, anchor: PartialDate) -> bool:
    """Whether the expression may be read either way (``plan_told_past``), asked only where the anchor has the
    month both readings need."""
    return bool(anchor.year and anchor.month) and plan_told_past(text, c.start, c.stop)


def _nearer(anchor: PartialDate, *found: tuple[PartialDate, str]) -> tuple[PartialDate, str]:
    """Of the readings of one expression, the one nearest to the anchor (a known date before an unknown); the
    anchor has its month (``_either_way``)."""
    ref = _anchor_ref(anchor)
    def gap(item: tuple[PartialDate, str]) -> float:
        d = item[0]
        if not d.year:
            return float("inf")
        return abs((datetime.date(d.year, d.month or 6, d.day or 15) - ref).days)
    return min(found, key=gap)


def _year_of_month(month: int, anchor: PartialDate, future: bool, either: bool) -> tuple[int | None, str]:
    """The year of a month named without one; ``either`` way (``plan_told_past``): the reading nearer the anchor."""
    if not either:
        return _month_year(month, anchor, future)
    readings = [_month_year(month, anchor, ahead) for ahead in (True, False)]
    return min(readings, key=lambda r: abs(r[0] * 12 + month - anchor.year * 12 - anchor.month))


def _resolve(c: _Candidate, text: str, anchor: PartialDate) -> tuple[PartialDate, str]:
    g = c.match.groupdict()
    kind = c.kind
    end = c.end.match.groupdict() if c.end else {}
    # A deadline ("до пятницы", "к 25 апреля") looks forward, as does a clause with a future cue.
    future = c.prep in _BEFORE or (kind not in ("iso", "num", "year", "yearrange")
                                   and _future_context(text, c.start, c.stop))
    if kind in ("iso", "num"):
        return PartialDate(_full_year(g["y"]), int(g["m"]), int(g["d"])), "absolute"
    if kind == "daymonth":
        month, day = MONTHS[g["m"].lower().rstrip(".")], int(g["d"])
        spec = _yearspec(g) or (_yearspec(end) if c.end and c.end.kind in ("daymonth", "month") else None) \
            or (("abs", _full_year(end["y"])) if c.end and c.end.kind in ("iso", "num") else None)
        if spec:
            return _with_year(spec, anchor, month, day)
        if _either_way(c, text, anchor):
            return _nearer(anchor, _day_month(month, day, anchor, True), _day_month(month, day, anchor, False))
        return _day_month(month, day, anchor, future)
    if kind == "month":
        month = MONTHS[g["m"].lower()]
        spec = _yearspec(g) or (_yearspec(end) if c.end and c.end.kind in ("daymonth", "month") else None)
        if spec:
            return _with_year(spec, anchor, month)
        year, how = _year_of_month(month, anchor, future, _either_way(c, text, anchor))
        return (PartialDate(year, month), how) if year else (UNKNOWN, how)
    if kind in ("year", "yearrange"):
        return PartialDate(int(g["y"])), "absolute"
    if kind == "decade":
        return UNKNOWN, "absolute"
    if kind == "sameyear":
        return UNKNOWN, "none"  # the year told before: ``find_timexes``
    if kind == "yearrel":
        return _with_year(_yearspec(g), anchor)
    if kind == "monthrel":
        if not (anchor.year and anchor.month):
            return UNKNOWN, "none"
        return PartialDate(*_shift_month(anchor.year, anchor.month, _rel_offset(g["mrel"]))), "document"
    if kind == "week":
        return _week(_rel_offset(g["wkrel"]), anchor)
    if kind == "weekend":
        if _upcoming(g["werel"]):
            return _weekend(None, anchor, True)
        return _weekend(_rel_offset(g["werel"]), anchor, future)
    if kind == "unit":
        unit = g["unit"].lower()
        if unit.startswith("год"):
            return _with_year(("rel", 0), anchor)
        if unit == "месяца":
            return (PartialDate(anchor.year, anchor.month), "document") if anchor.year and anchor.month \
                else (UNKNOWN, "none")
        return _week(0, anchor)
    if kind == "season":
        spec = _yearspec(g)
        if spec:
            return _with_year(spec, anchor)
        if g["srel"]:
            return _with_year(("rel", _rel_offset(g["srel"])), anchor)
        month = next(n for stem, n in _SEASONS.items() if g["s"].lower().startswith(stem))
        year, how = _year_of_month(month, anchor, future, _either_way(c, text, anchor))
        return (PartialDate(year), how) if year else (UNKNOWN, how)
    if kind == "weekday":
        wd = g["wd"].lower()
        n = WEEKDAYS_ACC.index(wd) if wd in WEEKDAYS_ACC else WEEKDAYS_GEN.index(wd)
        if (week := _rel_offset(g.get("wkon") or g.get("wkof"))) is not None:
            return _weekday_of_week(n, week, anchor)  # "в среду прошлой недели": that week's
        if _upcoming(g["wrel"]):
            return _weekday(n, None, anchor, True)
        ahead = future or (g["wrel"] is None and _clause_verbs_ahead(text, c.start, c.stop))
        return _weekday(n, _rel_offset(g["wrel"]), anchor, ahead)
    if kind == "dayrel":
        a = _anchor_day(anchor)
        if a is None:
            return UNKNOWN, "none"
        shift = {"позавчера": -2, "вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1,
                 "послезавтра": 2}[g["dr"].lower()]
        d = a + datetime.timedelta(days=shift)
        return PartialDate(d.year, d.month, d.day), "document"
    if kind == "dayadj":  # "вчерашняя встреча": the day "вчера" names
        a = _anchor_day(anchor)
        if a is None:
            return UNKNOWN, "none"
        d = a + datetime.timedelta(days=_ADJECTIVE_DAYS[g["da"].lower()])
        return PartialDate(d.year, d.month, d.day), "document"
    if kind == "ahead" and _BETWEEN_EVENTS.match(text, c.stop):
        return UNKNOWN, "none"  # "через два дня после того, как …": from another event, not from the document
    if kind in ("ago", "ahead"):
        return _distance(_count(g["n"], g["u"]), g["u"], -1 if kind == "ago" else 1, anchor)
    if kind in ("sameday", "later"):
        return UNKNOWN, "none"  # told by the expression before it (``khronika.timex.find_timexes``)
    raise AssertionError(kind)


_ADJECTIVE_DAYS = {"позавчерашн": -2, "вчерашн": -1, "сегодняшн": 0, "завтрашн": 1, "послезавтрашн": 2}
_BETWEEN_EVENTS = re.compile(r"\s+после(?!\w)", re.IGNORECASE)  # "через неделю после переговоров"


def _relation(c: _Candidate) -> str:
    if c.end is not None or c.kind == "yearrange" or c.match.groupdict().get("d2"):
        return "at"
    if c.prep in _BEFORE:
        return "before"
    if c.prep in _AFTER:
        return "after"
    return "at"
