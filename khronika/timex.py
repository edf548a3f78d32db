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
      ``вчера``, ``накануне`` = the day before ``A``, ``три года назад``, ``через неделю``):
      arithmetic on ``A``.  Weeks ago/ahead give the month of the day reached (a week count is too
      rough for a day).
    * weekdays: ``в субботу`` → the latest such day on or before ``A`` (future cue: the first on or
      after); ``в прошлую/минувшую субботу`` → the latest such day strictly before ``A``; ``в эту``
      → that day in ``A``'s Monday–Sunday week, ``в следующую`` → in the week after,
      ``в ближайшую`` → the first on or after ``A``.
    * weeks and weekends (``на прошлой неделе``, ``в минувшие выходные``): week precision is not
      in the model, so the month when the whole week (weekend) lies in one month, else the year
      when it lies in one year, else unknown.
    * modifiers (``в начале``, ``в конце``, ``в середине``, ``во второй половине``, ``в первом
      квартале``) keep the precision of what they modify: ``в середине июня текущего года`` →
      ``2017-06``.  Bare ``года``/``месяца``/``недели`` after such a modifier mean the current
      one (``до конца года``).
    * ranges (``20–22 марта``, ``с 2014 по 2016 год``, ``с 20 марта по 2 апреля 2017 года``): the
      start, its missing year taken from the end; relation ``at``.
    * decades (``в 1990-х``): recognised, but a decade is not a precision of the model: the date is
      unknown with ``anchor="absolute"``.
    * relation: ``до``/``к``/``вплоть до``/``не позднее`` → ``before``; ``с``/``начиная с``/
      ``после``/``не ранее`` → ``after``; else ``at``.
    * ``anchor="document"`` when the date used ``A``; ``"none"`` when ``A`` lacked what was needed:
      the date is then unknown (``PartialDate()``), except a weekday, which keeps
      ``PartialDate(weekday=N)``.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from .dates import _ABBREVIATIONS, _MONTH, FUTURE_CUE, MONTHS, _full_year
from .records import PartialDate, Timex

UNKNOWN = PartialDate()
_FUTURE_SLACK = datetime.timedelta(days=31)  # how far after the anchor a past-reported date may be


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH_FULL = rf"(?:{_alt(w for w in MONTHS if w not in _ABBREVIATIONS)})(?!\w)"
_Y4 = r"(?:1[89]|20)\d{2}"
_YWORD = r"(?:(?:годах|годами|годам|годов|годы|году|года|годом|год)(?!\w)|гг?\.|гг?(?!\w))"
_REL_STEMS = {
    "позапрошл": -2, "прошл": -1, "минувш": -1, "прошедш": -1, "предыдущ": -1,
    "эт": 0, "текущ": 0, "нынешн": 0, "сего": 0, "уходящ": 0,
    "следующ": 1, "будущ": 1, "наступающ": 1, "предстоящ": 1, "ближайш": 1,
}
_REL = rf"(?:эт(?:от|ого|ом|им|ой|ую|у|а|о|и)(?!\w)|(?:{_alt(s for s in _REL_STEMS if s != 'эт')})\w*)"
_YEARSPEC = (rf"(?:(?P<y>{_Y4})(?!\d)(?:\s*{_YWORD})?"
             rf"|(?P<yrel>{_REL})\s+(?:года|году|год)(?!\w)"
             rf"|(?<!\w)(?P<yabbr>[ст])\.\s?г\.)")
_NUMBERS = {"один": 1, "одну": 1, "одни": 1, "два": 2, "две": 2, "пару": 2, "три": 3, "четыре": 4,
            "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
            "полтора": 1.5, "полторы": 1.5}
_COUNT = rf"(?:\d{{1,3}}|{_alt(_NUMBERS)})"
_UNIT = r"(?:полгода|дн(?:я|ей)|день|сутки|суток|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет)"
_WEEKDAYS_ACC = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
_WEEKDAYS_GEN = ("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья")
_SEASONS = {"зим": 1, "весн": 3, "лет": 6, "осен": 9}  # the month that stands for the season

# One regex per kind of core expression; prepositions and modifiers before it are added later.
_KINDS: list[tuple[str, re.Pattern]] = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in [
    ("iso", r"(?<![\w.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])"),
    ("num", r"(?<![\w.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\.?\d)"
            r"(?:\s*(?:года|год|г\.|г(?!\w)))?"),
    ("daymonth", rf"(?<![\w.,:/+])(?P<d>\d{{1,2}})(?:-?го)?"
                 rf"(?:(?:\s*[-–—]\s*|\s+(?:по|и|или)\s+)(?P<d2>\d{{1,2}})(?:-?го)?)?"
                 rf"\s+(?P<m>{_MONTH})(?:\s+{_YEARSPEC})?"),
    ("month", rf"(?<!\w)(?P<m>{_MONTH_FULL})(?:\s*[-–—]\s*(?P<m2>{_MONTH_FULL}))?(?:\s+{_YEARSPEC})?"),
    ("yearrange", rf"(?<![\w.,])(?P<y>{_Y4})(?:\s*[-–—]\s*|\s+(?:по|и|или|до)\s+)(?P<y2>{_Y4}|\d\d)"
                  rf"\s*{_YWORD}"),
    ("year", rf"(?<![\w.,])(?P<y>{_Y4})(?:\s*{_YWORD}|-(?:м|го|й|ом|му)(?!\w)"
             r"(?:\s+(?:году|года|год)(?!\w))?)"),
    ("decade", r"(?<![\w.,])(?P<dec>(?:1[89]|20)\d0|\d0)-?(?:х|е|ых|ые|ым|ми)(?!\w)"
               r"(?:\s+(?:годах|годы|годов|годам|гг\.?)(?!\w))?"),
    ("yearrel", rf"(?<!\w)(?:(?P<yrel>{_REL})\s+(?:года|году|год)(?!\w)|(?P<yabbr>[ст])\.\s?г\.)"),
    ("monthrel", rf"(?<!\w)(?P<mrel>{_REL})\s+месяц(?:е|а|у)?(?!\w)"),
    ("week", rf"(?<!\w)(?P<wkrel>{_REL})\s+недел(?:е|ю|и|я)(?!\w)"),
    ("weekend", rf"(?<!\w)(?:(?P<werel>{_REL})\s+)?(?P<we>выходные|выходных)(?!\w)"),
    ("unit", r"(?<!\w)(?P<unit>года|году|месяца|недели)(?!\w)"),
    ("season", rf"(?<!\w)(?:(?P<srel>{_REL})\s+)?"
               r"(?P<s>зимой|весной|летом|осенью|зим[аыуе]|весн[аыуе]|лет[оа]|осен[ьи])(?!\w)"
               rf"(?:\s+{_YEARSPEC})?"),
    ("weekday", rf"(?<!\w)(?:(?P<wrel>{_REL})\s+)?(?P<wd>{_alt(_WEEKDAYS_ACC + _WEEKDAYS_GEN)})(?!\w)"
                r"(?:\s+(?:утром|днём|днем|вечером|ночью))?"),
    ("dayrel", r"(?<!\w)(?P<dr>позавчера|вчера|сегодня|послезавтра|завтра|накануне)(?!\w)"
               r"(?:\s+(?:утром|днём|днем|вечером|ночью))?"),
    ("ago", rf"(?<!\w)(?:(?P<n>{_COUNT})\s+)?(?P<u>{_UNIT})\s+(?:тому\s+)?назад(?!\w)"),
    ("ahead", rf"(?<!\w)через\s+(?:(?P<n>{_COUNT})\s+)?(?P<u>{_UNIT})(?!\w)"),
]]
_PRIORITY = {kind: k for k, (kind, _) in enumerate(_KINDS)}

_BEFORE = {"до", "к", "ко", "вплоть до", "не позднее", "не позже"}
_AFTER = {"с", "со", "начиная с", "начиная со", "после", "не ранее"}
_AT = {"в", "во", "за", "от", "на"}
_PREPS = _BEFORE | _AFTER | _AT
_MODS = (r"начал[еаоу]|конц[еау]|середин[еыуа]|(?:перв|втор)(?:ой|ую|ая)\s+половин[еыуа]"
         r"|(?:перв|втор|трет|четв[её]рт)\w*\s+квартал[еау]?|течение|ходе|протяжении")
_PREP_RX = _alt(p.replace(" ", "\\s+") for p in _PREPS)
_PREFIX = re.compile(rf"(?:(?<!\w)(?P<prep>{_PREP_RX})\s+)?"
                     rf"(?:(?<!\w)(?P<mod>{_MODS})\s+)?\Z", re.IGNORECASE)
_POINT_MODS = re.compile(r"начал|конц|середин|половин|квартал", re.IGNORECASE)

# Which prepositions a kind takes into its span (others are left outside it).
_DATE_PREPS = _BEFORE | _AFTER | {"в", "во", "за", "от"}
_KIND_PREPS = {
    "weekday": {"в", "во", "на", "с", "со", "до", "после"},
    "week": _DATE_PREPS | {"на"},
    "weekend": {"в", "во", "на", "за"},
    "dayrel": {"до", "с", "со", "после", "к"},
    "ago": set(),
    "ahead": set(),
}
_NO_MODS = {"weekday", "weekend", "dayrel", "ago", "ahead", "iso", "num"}

_FUTURE = FUTURE_CUE  # "состоится", "будет", "планируется" (data/function_words.tsv, shared with khronika.dates)
# Past tense near a date outweighs a farther future cue: "будет полезно ... о состоявшейся встрече
# 18 марта".  Past participles (-вш-, -дш-) and finite past forms, less a few nouns in -ал, -ла.
_PAST = re.compile(r"(?i)(?<!\w)(?:[а-яё]+[вд]ш(?:ий|ая|ее|ие|его|ей|ем|им|их|ую|ими|ийся|аяся|ееся|иеся|егося"
                   r"|ейся|ихся|уюся)|был[аои]?|[а-яё]{2,}[аеиоуыя]л(?:а|о|и)?(?:сь|ся)?)(?!\w)")
_NOT_PAST = {"генерал", "сигнал", "канал", "капитал", "материал", "финал", "идеал", "персонал", "журнал",
             "совет", "начало", "дело", "число", "село", "тело", "стола", "земли", "числа", "дела",
             "начала", "сигнала", "канала", "капитала", "журнала", "генерала", "финала", "персонала"}
# "накануне визита" is "on the eve of the visit", not "the day before": a genitive noun follows.
_EVE_OF = re.compile(r"\s+(?:[а-яё]+(?:ого|его|ых|их|ов|ев|ей|ия|ии|ья|ьи|ы|а|я|и)"
                     r"|Нового|Рождества|Пасхи|Дня|Олимпиады|Игр|Евровидения)(?!\w)")
_PAST_VERB = re.compile(r"\s+[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)(?!\w)")
_NOMINATIVE_A = {"глава", "сторона", "россия", "страна", "партия", "компания", "полиция", "армия",
                 "делегация", "комиссия", "администрация", "пресс-служба", "служба"}


@dataclass
class _Candidate:
    kind: str
    start: int  # the span, with preposition and modifier
    stop: int
    core: int  # where the core expression starts
    match: re.Match
    prep: str | None
    mod: str | None
    end: _Candidate | None = None  # the end of a range joined to this one


# ---------------------------------------------------------------------------------------------
# Dates and the anchor


def _anchor_day(anchor: PartialDate) -> datetime.date | None:
    if anchor.year and anchor.month and anchor.day:
        return datetime.date(anchor.year, anchor.month, anchor.day)
    return None


def _anchor_ref(anchor: PartialDate) -> datetime.date | None:
    """The anchor as a day: its day, or the last day of its month when only the month is known."""
    if anchor.year and anchor.month:
        return datetime.date(anchor.year, anchor.month,
                             anchor.day or calendar.monthrange(anchor.year, anchor.month)[1])
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + offset
    return k // 12, k % 12 + 1


def _span_date(first: datetime.date, last: datetime.date) -> PartialDate:
    """The most precise PartialDate holding both days: month, year or unknown."""
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    if first.year == last.year:
        return PartialDate(first.year)
    return UNKNOWN


def _day_month(month: int, day: int, anchor: PartialDate, future: bool) -> tuple[PartialDate, str]:
    """``20 марта`` without a year, against the anchor (see the module notes)."""
    if not anchor.year:
        return UNKNOWN, "none"
    ref = _anchor_ref(anchor)
    if ref is None:
        return (PartialDate(anchor.year, month, day), "document") if _valid(anchor.year, month, day) \
            else (UNKNOWN, "none")
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, month, day)]
    dates = [datetime.date(y, month, day) for y in years]
    if future:
        fit = [d for d in dates if d >= ref]
        best = min(fit) if fit else None
    else:
        fit = [d for d in dates if d <= ref + _FUTURE_SLACK]
        best = max(fit) if fit else None
    if best is None:
        return UNKNOWN, "none"
    return PartialDate(best.year, best.month, best.day), "document"


def _month_year(month: int, anchor: PartialDate, future: bool) -> tuple[int | None, str]:
    """The year of a month named without one (``в ноябре``), and the anchor kind."""
    if not anchor.year:
        return None, "none"
    if not anchor.month:
        return anchor.year, "document"
    if future:
        return (anchor.year if month >= anchor.month else anchor.year + 1), "document"
    return (anchor.year if month <= anchor.month else anchor.year - 1), "document"


def _rel_offset(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    for stem in sorted(_REL_STEMS, key=len, reverse=True):
        if w.startswith(stem):
            return _REL_STEMS[stem]
    return None


def _upcoming(word: str | None) -> bool:
    """``ближайшую``/``предстоящие``: the next one from the anchor on, not the next week's."""
    return bool(word) and word.lower().startswith(("ближайш", "предстоящ"))


def _yearspec(g: dict) -> tuple[str, int] | None:
    """``("abs", 2017)``, ``("rel", -1)`` or ``None`` from a match's year groups."""
    if g.get("y"):
        return "abs", _full_year(g["y"])
    if g.get("yrel"):
        return "rel", _rel_offset(g["yrel"])
    if g.get("yabbr"):
        return "rel", 0
    return None


def _with_year(spec: tuple[str, int], anchor: PartialDate, month: int | None = None,
               day: int | None = None) -> tuple[PartialDate, str]:
    kind, value = spec
    if kind == "abs":
        year, how = value, "absolute"
    elif anchor.year:
        year, how = anchor.year + value, "document"
    else:
        return UNKNOWN, "none"
    if day is not None and not _valid(year, month, day):
        return UNKNOWN, "none"
    return PartialDate(year, month, day), how


def _weekday(wd: int, rel: int | None, anchor: PartialDate, future: bool) -> tuple[PartialDate, str]:
    a = _anchor_day(anchor)
    if a is None:
        return PartialDate(weekday=wd), "none"
    if rel is None and future:  # the first such day on or after the anchor
        d = a + datetime.timedelta(days=(wd - a.weekday()) % 7)
    elif rel is None:  # the latest such day on or before the anchor
        d = a - datetime.timedelta(days=(a.weekday() - wd) % 7)
    elif rel < 0:  # "в прошлую/минувшую субботу": the latest such day before the anchor
        d = a - datetime.timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
    else:  # "в эту субботу": in the anchor's week; "в следующую": in the week after it
        monday = a - datetime.timedelta(days=a.weekday())
        d = monday + datetime.timedelta(days=7 * min(1, rel) + wd)
    return PartialDate(d.year, d.month, d.day), "document"


def _week(rel: int, anchor: PartialDate) -> tuple[PartialDate, str]:
    a = _anchor_day(anchor)
    if a is None:
        return UNKNOWN, "none"
    monday = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=7 * rel)
    return _span_date(monday, monday + datetime.timedelta(days=6)), "document"


def _weekend(rel: int | None, anchor: PartialDate, future: bool) -> tuple[PartialDate, str]:
    a = _anchor_day(anchor)
    if a is None:
        return UNKNOWN, "none"
    if rel is None:
        if future:  # the first weekend whose Sunday is not before the anchor
            saturday = a + datetime.timedelta(days=(5 - a.weekday()) % 7) if a.weekday() != 6 \
                else a - datetime.timedelta(days=1)
        else:  # the latest weekend whose Saturday is not after the anchor
            saturday = a - datetime.timedelta(days=(a.weekday() - 5) % 7)
    else:
        monday = a - datetime.timedelta(days=a.weekday())
        saturday = monday + datetime.timedelta(days=5 + 7 * max(-1, min(1, rel)))
    return _span_date(saturday, saturday + datetime.timedelta(days=1)), "document"


def _count(word: str | None, unit: str) -> float | None:
    if unit.lower() == "полгода":
        return None if word else 0.5
    if word is None:
        # "год назад", "неделю назад", "месяц назад", "день назад"; plural units need a number
        return 1 if unit.lower() in {"день", "сутки", "неделю", "месяц", "год"} else None
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _distance(n: float, unit: str, sign: int, anchor: PartialDate) -> tuple[PartialDate, str]:
    u = unit.lower()
    if u == "полгода" or u.startswith("месяц") or (u.startswith("год") and n != int(n)):
        months = int(round(n * (12 if u.startswith("год") or u == "полгода" else 1)))
        if not (anchor.year and anchor.month):
            return UNKNOWN, "none"
        return PartialDate(*_shift_month(anchor.year, anchor.month, sign * months)), "document"
    if u.startswith("год") or u == "лет":
        return (PartialDate(anchor.year + sign * int(n)), "document") if anchor.year else (UNKNOWN, "none")
    a = _anchor_day(anchor)
    if a is None or n != int(n):
        return UNKNOWN, "none"
    if u.startswith("недел"):
        d = a + datetime.timedelta(days=sign * 7 * int(n))
        return PartialDate(d.year, d.month), "document"
    d = a + datetime.timedelta(days=sign * int(n))
    return PartialDate(d.year, d.month, d.day), "document"


# ---------------------------------------------------------------------------------------------
# Candidates


def _is_lower(word: str) -> bool:
    return word.islower() or word.isupper()


def _nearest(rx: re.Pattern, left: str, right: str, skip=frozenset()) -> int | None:
    """Characters between the expression and the nearest match of ``rx`` in its clause."""
    gaps = [len(left) - m.end() for m in rx.finditer(left) if m.group(0).lower() not in skip]
    gaps += [m.start() for m in rx.finditer(right) if m.group(0).lower() not in skip]
    return min(gaps, default=None)


def _future_context(text: str, start: int, stop: int) -> bool:
    """Whether the clause around ``[start, stop)`` has a future cue (``состоится``, ``будет``)
    nearer to the expression than any past cue (``состоявшейся``, ``прошли``)."""
    left = re.split(r"[,;:.!?\n()«»\"]", text[max(0, start - 120):start])[-1]
    right = re.split(r"[,;:.!?\n()«»\"]", text[stop:stop + 120])[0]
    future = _nearest(_FUTURE, left, right)
    if future is None:
        return False
    past = _nearest(_PAST, left, right, _NOT_PAST)
    return past is None or future < past


def _eve_of(text: str, stop: int) -> bool:
    """``накануне визита``: a genitive noun after ``накануне``."""
    after = text[stop:stop + 40]
    m = _EVE_OF.match(after)
    if not m or _PAST_VERB.match(after):
        return False
    return m.group(0).strip().lower() not in _NOMINATIVE_A


def _candidate(kind: str, m: re.Match, text: str) -> _Candidate | None:
    g = m.groupdict()
    window_start = max(0, m.start() - 60)
    p = _PREFIX.search(text, window_start, m.start())
    prep = p.group("prep") if p else None
    mod = p.group("mod") if p else None
    start = p.start() if p else m.start()
    if mod and kind in _NO_MODS:
        prep, mod, start = None, None, m.start()
    allowed = _KIND_PREPS.get(kind, _DATE_PREPS)
    if prep and re.sub(r"\s+", " ", prep.lower()) not in allowed:
        prep = None
        start = p.start("mod") if mod else m.start()
    prep_norm = re.sub(r"\s+", " ", prep.lower()) if prep else None
    has_year = bool(g.get("y") or g.get("yrel") or g.get("yabbr"))

    if kind == "month":
        if not _is_lower(g["m"]) or not (prep or mod or has_year):
            return None
    elif kind == "unit":
        if not (mod and _POINT_MODS.search(mod)):
            return None
    elif kind == "season":
        instrumental = g["s"].lower().endswith(("ой", "ом", "ью"))
        if not (instrumental or has_year or g["srel"] or mod or prep):
            return None
    elif kind == "weekday":
        wd = g["wd"].lower()
        if not _is_lower(g["wd"]) or prep_norm is None:
            return None
        if (wd in _WEEKDAYS_ACC) != (prep_norm in {"в", "во", "на"}):
            return None
    elif kind == "weekend":
        if prep_norm is None:
            return None
    elif kind == "decade":
        if len(g["dec"]) == 2 and not (prep or m.group(0).lower().endswith(("годах", "годы", "годов", "годам"))):
            return None
    elif kind == "dayrel":
        if g["dr"].lower() == "накануне" and _eve_of(text, m.end("dr")):
            return None
    elif kind in ("ago", "ahead"):
        if _count(g["n"], g["u"]) is None:
            return None
    elif kind == "num":
        day, month = int(g["d"]), int(g["m"])
        if len(g["y"]) == 2 and (len(g["d"]) != 2 or len(g["m"]) != 2):
            return None
        if not _valid(_full_year(g["y"]), month, day):
            return None
    elif kind == "iso":
        if not _valid(int(g["y"]), int(g["m"]), int(g["d"])):
            return None
    elif kind == "daymonth":
        if not _valid(2000, MONTHS[g["m"].lower().rstrip(".")], int(g["d"])):
            return None
    return _Candidate(kind, start, m.end(), m.start(), m, prep_norm, mod)


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then earliest, then by kind order."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.stop - c.start), c.start, _PRIORITY[c.kind])):
        if all(c.stop <= o.start or c.start >= o.stop for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


_RANGE_LINK = re.compile(r"\s*(?:[-–—]|по)\s*", re.IGNORECASE)
_RANGE_KINDS = {"iso", "num", "daymonth", "month", "year", "yearrel", "season", "weekday"}


def _join_ranges(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """``с X по Y``, ``с X до Y``, ``X – Y`` → one candidate spanning both, X's date."""
    out: list[_Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.end is None and prev.kind in _RANGE_KINDS and c.kind in _RANGE_KINDS:
            between = text[prev.stop:c.start]
            opened = prev.prep in {"с", "со", "от"}
            dash = (re.fullmatch(r"\s*[-–—]\s*", between) and c.prep is None
                    and prev.prep in {None, "в", "во", "с", "со", "от"})
            by = opened and (_RANGE_LINK.fullmatch(between) and c.prep is None
                             or between.isspace() and c.prep == "до")
            if dash or by:
                prev.end = c
                prev.stop = c.stop
                continue
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------------
# Resolution


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
        return _day_month(month, day, anchor, future)
    if kind == "month":
        month = MONTHS[g["m"].lower()]
        spec = _yearspec(g) or (_yearspec(end) if c.end and c.end.kind in ("daymonth", "month") else None)
        if spec:
            return _with_year(spec, anchor, month)
        year, how = _month_year(month, anchor, future)
        return (PartialDate(year, month), how) if year else (UNKNOWN, how)
    if kind in ("year", "yearrange"):
        return PartialDate(int(g["y"])), "absolute"
    if kind == "decade":
        return UNKNOWN, "absolute"
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
        year, how = _month_year(month, anchor, future)
        return (PartialDate(year), how) if year else (UNKNOWN, how)
    if kind == "weekday":
        wd = g["wd"].lower()
        n = _WEEKDAYS_ACC.index(wd) if wd in _WEEKDAYS_ACC else _WEEKDAYS_GEN.index(wd)
        if _upcoming(g["wrel"]):
            return _weekday(n, None, anchor, True)
        return _weekday(n, _rel_offset(g["wrel"]), anchor, future)
    if kind == "dayrel":
        a = _anchor_day(anchor)
        if a is None:
            return UNKNOWN, "none"
        shift = {"позавчера": -2, "вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1,
                 "послезавтра": 2}[g["dr"].lower()]
        d = a + datetime.timedelta(days=shift)
        return PartialDate(d.year, d.month, d.day), "document"
    if kind in ("ago", "ahead"):
        return _distance(_count(g["n"], g["u"]), g["u"], -1 if kind == "ago" else 1, anchor)
    raise AssertionError(kind)


def _relation(c: _Candidate) -> str:
    if c.end is not None or c.kind == "yearrange" or c.match.groupdict().get("d2"):
        return "at"
    if c.prep in _BEFORE:
        return "before"
    if c.prep in _AFTER:
        return "after"
    return "at"


def find_timexes(text: str, anchor: PartialDate = UNKNOWN) -> list[Timex]:
    """Every time expression in ``text``, in text order, resolved against ``anchor``.

    ``anchor`` is the document date (``Document.published``), of any precision.  See the module
    notes for the spans and the resolution rules.
    """
    cands = [c for kind, rx in _KINDS for m in rx.finditer(text) if (c := _candidate(kind, m, text))]
    out = []
    for c in _join_ranges(_select(cands), text):
        date, how = _resolve(c, text, anchor or UNKNOWN)
        out.append(Timex(c.start, c.stop, text[c.start:c.stop], date, how, _relation(c)))
    return out
