"""Absolute Russian date expressions: month names, parsing, finding, year inference, weekdays.

Pure functions over strings.  Nothing here reads the clock or a file's mtime: a year that the text
does not give is inferred only from the text's own dated references, or left unknown.
"""
from __future__ import annotations

import datetime
import functools
import re

from . import lexicon
from .lexicon import Column
from .morph import parses, tense
from .records import PartialDate

# Month stems, their case endings and abbreviations: data/months_ru.tsv.
_MONTH_ROWS = lexicon.table("months_ru.tsv", (Column("month", convert=int), Column("stem"),
                                              Column("endings", convert=lexicon.spaced),
                                              Column("abbreviations", required=False, convert=lexicon.spaced)),
                            key=("month",))
# Abbreviations as printed in datelines and tables ("20 мар", "15 дек."), stored without the dot.
_ABBREVIATIONS = {a: row["month"] for row in _MONTH_ROWS for a in row["abbreviations"] or ()}

MONTHS: dict[str, int] = {
    **{row["stem"] + end.strip("-"): row["month"] for row in _MONTH_ROWS for end in row["endings"]},
    **_ABBREVIATIONS,
}
"""Every case form of the Russian month names, and their abbreviations (without the dot) -> 1..12."""
MONTH_NAMES = frozenset(w for w in MONTHS if w not in _ABBREVIATIONS)  # the full names, every case form


_MONTH = (rf"(?:{lexicon.alternation(MONTH_NAMES)})(?!\w)"
          rf"|(?:{lexicon.alternation(_ABBREVIATIONS)})(?:\.|(?!\w))")

# Month names and abbreviations in Latin letters (data/months_en.tsv), read in page dates only ("20 November 2026",
# "Nov 3, 2027"): ``find_dates`` and ``parse_date``, never the time stage, which imports ``_MONTH``.
_EN_ROWS = lexicon.table("months_en.tsv", (Column("month", convert=int), Column("name"),
                                           Column("abbreviations", required=False, convert=lexicon.spaced)),
                         key=("month",))
_EN_ABBREVIATIONS = {a: row["month"] for row in _EN_ROWS for a in row["abbreviations"] or ()}
_FOREIGN_MONTHS = {**{row["name"]: row["month"] for row in _EN_ROWS}, **_EN_ABBREVIATIONS}
# Month names of other languages, Latin or Cyrillic (data/months_foreign.tsv): top bars and stamps that translated
# pages keep ("Miércoles 23 de junio de 2027", "25 Mei 2027"), read where the English names are.
for _row in lexicon.table("months_foreign.tsv", (Column("language"), Column("month", convert=int),
                                              Column("names", convert=lexicon.spaced)), key=("language", "month")):
    for _name in _row["names"]:
        if _FOREIGN_MONTHS.setdefault(_name, _row["month"]) != _row["month"]:
            raise lexicon.LexiconError("months_foreign.tsv", None, f"{_name!r} names two months")
_ANY_MONTH = (rf"{_MONTH}|(?:{lexicon.alternation(w for w in _FOREIGN_MONTHS if w not in _EN_ABBREVIATIONS)})(?!\w)"
              rf"|(?:{lexicon.alternation(_EN_ABBREVIATIONS)})(?:\.|(?!\w))")
_YEAR = r"(?:1\d{3}|20\d{2})(?!\d)"
_YEAR_WORD = r"(?:\s*(?:года|году|год|гг?(?:\.|(?!\w))))"

_ORDINAL = r"(?:st|nd|rd|th)(?![a-z])"  # "24th November 2026", "November 24th, 2026" (pages in English)

_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")  # months in Roman figures
_ROMAN = "|".join(sorted(_ROMANS, key=len, reverse=True))

# One alternative per form, most specific first; each has its own group names.
_DATE = re.compile(
    rf"(?<![\w.])(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})"
    rf"(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?(?!\w)"
    rf"|(?<![\w./])(?P<ymd_y>20\d{{2}})(?P<ymd_s>[/.])(?P<ymd_m>\d{{1,2}})(?P=ymd_s)(?P<ymd_d>\d{{1,2}})(?![./]?\d)"
    rf"|(?<![\w.])(?P<rom_d>\d{{1,2}})\.(?P<rom_m>{_ROMAN})\.(?P<rom_y>\d{{4}})(?!\d)"  # "24.XI.2026"
    rf"|(?<![\w.])(?P<num_d>\d{{1,2}})\.(?P<num_m>\d{{1,2}})\.(?P<num_y>\d{{4}}|\d{{2}})(?!\.?\d)"
    # "10. 11. 2026": a space after each dot, the Central European way (the year in full)
    rf"|(?<![\w.])(?P<sp_d>\d{{1,2}})\. (?P<sp_m>\d{{1,2}})\. (?P<sp_y>(?:19|20)\d{{2}})(?!\.?\d)"
    rf"|(?<![\w./-])(?P<sl_d>\d{{1,2}})(?P<sl_s>[/-])(?P<sl_m>\d{{1,2}})(?P=sl_s)(?P<sl_y>(?:19|20)\d{{2}})(?![/\d-])"
    # "30/05/2026", "24-11-2026"
    # "23 de junio de 2027", "11. Juni 2027" (pages of other languages)
    rf"|(?<![\w.])(?P<day>\d{{1,2}})(?:-?го|{_ORDINAL}|\.(?=\s))?\s+(?:de\s+)?(?P<day_m>{_ANY_MONTH})"
    rf"(?:\s+(?:de\s+)?(?P<day_y>{_YEAR}){_YEAR_WORD}?)?"
    rf"|(?<!\w)(?P<md_m>{_ANY_MONTH})\s+(?P<md_d>\d{{1,2}})(?:-?го|{_ORDINAL})?,\s*(?P<md_y>{_YEAR}){_YEAR_WORD}?"
    rf"|(?<!\w)(?P<mon>{_ANY_MONTH})\s+(?P<mon_y>{_YEAR}){_YEAR_WORD}?"
    rf"|(?<!\w)(?P<year>{_YEAR}){_YEAR_WORD}",
    re.IGNORECASE,
)

# Weekday names, Monday first, in the accusative ("в субботу"), the genitive ("до субботы") and the nominative
# ("пятница, 27 ноября"): data/weekdays_ru.tsv.
_WEEKDAY_COLUMNS = (Column("weekday", choices=frozenset("0123456"), convert=int), Column("accusative"),
                    Column("genitive"), Column("nominative"))
_WEEKDAY_ROWS = sorted(lexicon.table("weekdays_ru.tsv", _WEEKDAY_COLUMNS, key=("weekday",)),
                       key=lambda row: row["weekday"])
if len(_WEEKDAY_ROWS) != 7:
    raise lexicon.LexiconError("weekdays_ru.tsv", None, f"{len(_WEEKDAY_ROWS)} weekdays, not 7")
WEEKDAYS_ACC: tuple[str, ...] = tuple(row["accusative"] for row in _WEEKDAY_ROWS)
WEEKDAYS_GEN: tuple[str, ...] = tuple(row["genitive"] for row in _WEEKDAY_ROWS)
WEEKDAYS_NOM: tuple[str, ...] = tuple(row["nominative"] for row in _WEEKDAY_ROWS)
# … and as top bars of pages print them in the page's own language ("Miércoles 23 de junio de 2027"):
# data/weekdays_latin.tsv; read by the page-date rules only.
_LATIN_WEEKDAYS = lexicon.table("weekdays_latin.tsv", (Column("language"), Column("names", convert=lexicon.spaced)),
                                key=("language",))
if _short := [row["language"] for row in _LATIN_WEEKDAYS if len(row["names"]) != 7]:
    raise lexicon.LexiconError("weekdays_latin.tsv", None, f"not seven weekdays: {_short}")
PAGE_WEEKDAYS = frozenset(WEEKDAYS_NOM) | {name for row in _LATIN_WEEKDAYS for name in row["names"]}
_WEEKDAY = re.compile(rf"(?<!\w)во?\s+({'|'.join(WEEKDAYS_ACC)})(?!\w)", re.IGNORECASE)



def cue_pattern(words) -> str:
    """A regular expression for cue words as data lists them: ``планир*`` is every word that begins
    so, and ``е`` matches ``ё`` too."""
    alts = [re.escape(w.rstrip("*")).replace("е", "[её]") + (r"\w*" if w.endswith("*") else "")
            for w in sorted(words, key=lambda w: (-len(w), w))]
    return rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)"


# Words that put a date near them in the future ("состоится", "планируется", "визит запланирован на
# июнь 2019 года"), the one list of khronika.dates and khronika.timex: data/function_words.tsv.
FUTURE_CUE = re.compile(cue_pattern(lexicon.words("function_words.tsv")["FUTURE_CUES"]), re.IGNORECASE)
# Just before a date, also a deadline: "до декабря 2018 года", "к марту", "в течение мая".
_FUTURE = re.compile(rf"(?<!\w)(?:до|к|ко|течение)(?!\w)|{FUTURE_CUE.pattern}", re.IGNORECASE)
_FUTURE_WINDOW = 4  # words looked at before a date
# An aim told by an infinitive just before the date: "договорились встретиться в декабре", "решили провести в мае".
_INFINITIVE_END = re.compile(r"(?:ть|ться|ти|тись)$")


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS[word] if word in MONTHS else _FOREIGN_MONTHS[word]


def _full_year(digits: str) -> int:
    """Two-digit years: 00-69 are 2000s, 70-99 are 1900s."""
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year < 70 else 1900)
    return year


def _build(m: re.Match) -> PartialDate | None:
    """The date one ``_DATE`` match names, or ``None`` when it is not a calendar date (31.02)."""
    g = m.groupdict()
    if g["iso_y"]:
        year, month, day = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
    elif g["ymd_y"]:  # "2026/11/24", "2026.11.24"
        year, month, day = int(g["ymd_y"]), int(g["ymd_m"]), int(g["ymd_d"])
    elif g["rom_d"]:
        year, month, day = int(g["rom_y"]), _ROMANS.index(g["rom_m"].upper()) + 1, int(g["rom_d"])
    elif g["num_d"]:
        year, month, day = _full_year(g["num_y"]), int(g["num_m"]), int(g["num_d"])
    elif g["sp_d"]:
        year, month, day = int(g["sp_y"]), int(g["sp_m"]), int(g["sp_d"])
    elif g["sl_d"]:
        year, month, day = int(g["sl_y"]), int(g["sl_m"]), int(g["sl_d"])
    elif g["day"]:
        year, month, day = int(g["day_y"]) if g["day_y"] else None, _month(g["day_m"]), int(g["day"])
    elif g["md_m"]:  # "апрель 19-го, 2016" (pages translated from English)
        year, month, day = int(g["md_y"]), _month(g["md_m"]), int(g["md_d"])
    elif g["mon"]:
        year, month, day = int(g["mon_y"]), _month(g["mon"]), None
    else:
        year, month, day = int(g["year"]), None, None
    if day is not None:
        try:
            datetime.date(year or 2000, month, day)  # 2000 is a leap year: "29 февраля" is valid
        except ValueError:
            return None
    return PartialDate(year, month, day)


def find_dates(text: str) -> list[tuple[int, int, PartialDate]]:
    """All absolute date expressions in ``text`` as ``(start, stop, date)``, in text order.

    Forms: ``20 марта 2017 года``, ``20 марта`` (no year), ``апрель 19-го, 2016``, ``марте 2017``, ``15.12.16``,
    ``15.12.2016``, ``2017-03-20`` (time allowed), ``2017/03/20``, ``20/03/2017``, ``20-03-2017``, ``20.III.2017``
    and bare years followed by ``год``/``г.`` (``в 2014 году``, ``2014 года``).  A preposition before the date is
    not part of the span.
    """
    if not _DIGIT.search(text):  # every form holds a figure: a text without one is not scanned
        return []
    return list(_line_dates(text) if len(text) <= LINE_CHARS else _dates_in(text))


# The cleaning asks of each line of a page several times (heads, stamps, listings): the answers for the lines
# asked of most recently are kept (a pure function of the text), not those of whole texts.
LINES_CACHED, LINE_CHARS = 512, 2000


def _dates_in(text: str) -> tuple[tuple[int, int, PartialDate], ...]:
    """``find_dates`` of a text that holds a figure."""
    found, end, match = [], 0, _DATE.match
    for start in _STARTS.finditer(text):  # ``_DATE.finditer``'s matches, tried only where one can begin
        if start.start() >= end and (m := match(text, start.start())):
            end = m.end()
            if date := _build(m):
                found.append((m.start(), end, date))
    return tuple(found)


_line_dates = functools.lru_cache(maxsize=LINES_CACHED)(_dates_in)


_DIGIT = re.compile(r"\d")  # what each alternative of ``_DATE`` holds (``\d`` as it reads it)
# Where a ``_DATE`` match can begin: after no word character (each alternative's look-behind asks so much
# at least), at a figure, or at a word (a month's name: one whole word of word characters, ``MONTHS`` and
# ``_FOREIGN_MONTHS`` checked below) that a figure follows after an optional dot and white space.  Trying
# ``_DATE`` at these places only, left to right from each match's end, finds what its scan finds, at a
# fifth of the cost (the scan tries nine alternatives at every character).
_STARTS = re.compile(r"(?<!\w)(?=\d|\w+\.?\s+\d)")
if _odd := [w for w in (*MONTHS, *_FOREIGN_MONTHS) if not re.fullmatch(r"\w+", w)]:
    raise lexicon.LexiconError("months_ru.tsv", None, f"month names not one word: {_odd}")


# A date in a page's address: "/2031/03/04/", "/20310304/" (a path segment of its own), "/2031-03-04/".
_URL_DATE = re.compile(r"/(?P<y>20\d{2})(?:/(?P<m>\d{2})/(?P<d>\d{2})|(?P<m2>\d{2})(?P<d2>\d{2})"
                       r"|-(?P<m3>\d{2})-(?P<d3>\d{2}))(?=[/?#]|$)")


def url_date(url: str) -> PartialDate | None:
    """The day a page's address dates it to (``https://site/ru/2031/03/04/slug/``, ``https://site/20310304/slug``),
    else ``None``: the first such path segment, a calendar date."""
    m = _URL_DATE.search(url.split("://", 1)[-1].partition("?")[0])
    if m is None:
        return None
    year, month, day = int(m["y"]), int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def parse_date(text: str) -> PartialDate | None:
    """The date that ``text`` as a whole expresses (``"в марте 2017 года"``), else ``None``."""
    s = re.sub(r"^во?\s+", "", text.strip(), flags=re.IGNORECASE)
    m = _DATE.match(s)
    if m is None or s[m.end():].strip(" .,;"):
        return None
    return _build(m)


def _in_future_context(text: str, start: int) -> bool:
    """Whether one of the few words before ``start`` (same sentence) makes the date a future one."""
    sentence = re.split(r"[.!?\n]", text[max(0, start - 80):start])[-1]
    words = re.findall(r"\w+", sentence)[-_FUTURE_WINDOW:]
    return bool(_FUTURE.search(" ".join(words))) or any(_infinitive(w) for w in words)


def _told_ahead(text: str, start: int, stop: int) -> bool:
    """Whether the clause of the date at ``[start, stop)`` tells what lies ahead by its nearest verb (``шесть стран
    присоединятся к режиму с 1 января 2031 года``: the future tense or an aim), not a past the story reports."""
    return nearest_verb(text, start, stop) in ("futr", "aim")


_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def clause_of(text: str, start: int, stop: int) -> tuple[str, str]:
    """The words of the clause before and after ``[start, stop)`` (up to punctuation, 120 characters)."""
    left = re.split(r"[,;:.!?\n()«»\"]", text[max(0, start - 120):start])[-1]
    right = re.split(r"[,;:.!?\n()«»\"]", text[stop:stop + 120])[0]
    return left, right


def nearest_words(text: str, start: int, stop: int) -> list[str]:
    """The words of the clause around ``[start, stop)`` (``clause_of``), nearest to it first."""
    left, right = clause_of(text, start, stop)
    words = [(len(left) - m.end(), m.group()) for m in _WORD.finditer(left)]
    words += [(m.start(), m.group()) for m in _WORD.finditer(right)]
    return [word for _, word in sorted(words)]


def nearest_verb(text: str, start: int, stop: int) -> str | None:
    """What the word of the clause around ``[start, stop)`` nearest to it that is an infinitive or a finite verb tells:
    ``aim`` for an infinitive (``договорились встретиться через месяц``, which lies ahead), else its tense (``past``,
    ``pres``, ``futr``); None without either."""
    for word in nearest_words(text, start, stop):
        if _infinitive(word):
            return "aim"
        if (found := tense(word, likely=True)) is not None:
            return str(found)
    return None


def _infinitive(word: str) -> bool:
    """Is the word an infinitive (the dictionary's first reading): an aim, which lies ahead?"""
    if not _INFINITIVE_END.search(word.lower()):
        return False
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "INFN"


_HISTORY = re.compile(cue_pattern(lexicon.words("function_words.tsv")["HISTORY_CUES"]), re.IGNORECASE)


def _milestone(text: str, start: int) -> bool:
    """Whether the sentence of the date at ``start`` tells a milestone of a history (``Последний саммит
    состоялся в декабре 2019 года``)."""
    left = re.split(r"[.!?\n]", text[max(0, start - 200):start])[-1]
    right = re.split(r"[.!?\n]", text[start:start + 200])[0]
    return bool(_HISTORY.search(left + right))


_FAR_MONTHS = 10  # a reference this many months before a dateline of its year says little of the dateline's year


def infer_year(month: int, day: int | None, text: str) -> int | None:
    """The year of a dateline ``day month`` that printed no year, from the text's own evidence.

    The evidence is the latest date the text refers to with an explicit year and at least a month
    (``в ноябре 2015 года``, ``12 мая 2011 года``; a range from its first day, ``23–29 ноября 2015 года``), outside
    a future context (``до``, ``к``,
    ``планируется``...).  A story is written on or after the past it reports, so the dateline falls
    in that year when it is not before the reference (a month-only reference counts as its first
    day), otherwise in the next year.  Bare years (``в 2014 году``) say too little about where in
    the year the story stands and are not used, nor are the milestones of a history (``Последний саммит
    состоялся в декабре 2019 года``: how long ago is unknown).  ``None`` when there is no such reference,
    or when the text names a year more than a year after the year found (what lies ahead is planned in the
    story's own time), or when the dateline lies ten months or more after the reference within its year
    (``Переговоры прервали в январе 2030 года`` under ``23 ноября``: the story may be of the next year as well).
    """
    found = find_dates(text)
    references = [(d.year, d.month, _range_start(text, start) or d.day or 1, bool(d.day and _STAMP.match(text, end)))
                  for start, end, d in found
                  if d.year and d.month and not _in_future_context(text, start) and not _milestone(text, start)
                  and not _told_ahead(text, start, end)]
    if not references:
        return None
    year, ref_month, ref_day, stamp = max(references)
    if (month, day or 1) < (ref_month, ref_day) and not (stamp and day and _stamp_after(year, month, day,
                                                                                         ref_month, ref_day)):
        year += 1
    elif month - ref_month >= _FAR_MONTHS:  # a November dateline, a January reference: a year more may lie between
        return None
    later = [d.year for _, _, d in found if d.year and d.year > year + 1]
    return None if later else year  # "провести следующую встречу в 2031 году": the story is not of 2020


_STAMP = re.compile(r"\s*(?:,\s*|в\s+)?\d{1,2}:\d{2}\b")  # a time after a date: a page's or post's stamp


def _stamp_after(year: int, month: int, day: int, ref_month: int, ref_day: int) -> bool:
    """A stamp (a day with its time, ``_STAMP``) at most ``REFERENCE_SLACK_DAYS`` after the dateline's day of that year:
    the page's own time (``Страница обновлена: 02.05.2031 09:30`` over a heading ``30 апреля``), not a past it
    reports (``Соглашение от 10 мая 2018 года`` under ``9 мая`` is of a later year's story)."""
    try:
        gap = (datetime.date(year, ref_month, ref_day) - datetime.date(year, month, day)).days
    except ValueError:
        return False
    return 0 < gap <= REFERENCE_SLACK_DAYS


_RANGE_START = re.compile(r"(?<!\d)(\d{1,2})\s*[–—-]\s*$")


def _range_start(text: str, start: int) -> int | None:
    """The first day of a range whose last day opens the date at ``start`` (``на неделю 23–29 ноября 2031 года``)."""
    m = _RANGE_START.search(text, max(0, start - 8), start)
    return int(m.group(1)) if m else None


def weekday_of(text: str) -> int | None:
    """The weekday of the first ``в субботу``-like phrase in ``text`` (0 = Monday), else ``None``."""
    m = _WEEKDAY.search(text)
    return WEEKDAYS_ACC.index(m.group(1).lower()) if m else None


_FOOT_TIME = re.compile(r"(?<!\w)(?:в\s+)?\d{1,2}:\d{2}(?!\d)")
_FOOT_LEFT = re.compile(r"[^\W\d_]{2,}")  # a word: what a line of counters and a stamp does not hold ("14,2K" does)


def foot_day(text: str) -> str | None:
    """``MM-DD`` of a year-less stamp with its time on the last line of a post (``👁 5,1K · 3 мар в 08:15``, a
    messenger's views counter and the time of posting): the day a page without a dateline was posted; else None.
    The line holds that one date, its time and counters or signs only, no word (``stamp_day``)."""
    return stamp_day(text.rstrip().rsplit("\n", 1)[-1])


def stamp_day(line: str) -> str | None:
    """``MM-DD`` of a line that is a year-less stamp with its time, and counters or signs, no word (``24 нояб. в
    10:05 · 🌐``, ``👁 5,1K · 3 мар в 08:15``); else None."""
    last = line.strip()
    found = find_dates(last)
    if len(found) != 1 or found[0][2].year is not None or not found[0][2].day or not found[0][2].month:
        return None
    start, stop, date = found[0]
    rest = last[:start] + " " + last[stop:]
    if not _FOOT_TIME.search(rest) or _FOOT_LEFT.search(_FOOT_TIME.sub(" ", rest)):
        return None
    return f"{date.month:02d}-{date.day:02d}"


REFERENCE_SLACK_DAYS = 7  # a year-less day this many days after the reference date still takes its year


def year_before(month: int, day: int, reference: datetime.date,
                slack_days: int = REFERENCE_SLACK_DAYS) -> PartialDate | None:
    """A year-less ``day month`` (a dateline ``СИДНЕЙ, 6 ноября. /ТАСС/.``, a post's stamp ``12 окт``) in the year
    that puts it on or before ``reference`` (a date the caller states, never the clock), or at most ``slack_days``
    after it (a report of the day after the latest one of its batch): ``28 декабря`` read against 5 January 2032
    is 28 December 2031, ``8 января`` is 8 January 2032.  ``None`` when the day is no calendar day (29 February
    of no leap year near the reference)."""
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        if (date - reference).days <= slack_days:
            return PartialDate(year, month, day)
    return None
