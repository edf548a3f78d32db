"""Dates of history entries, for ``format_history.py``: one of dates listed with one year (``3 марта и 9 мая 2031
года``), the day a meeting put off had been planned for, a meeting to come whose month or season the text gives
without its year (the next one, not a past one), and the first day of a session of days (``opened_on``); a meeting
retold dated only by its document's day takes the day its fused reports tell (``retold_on_their_day``).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict

from . import lexicon
from .dates import MONTH_NAMES, MONTHS, WEEKDAYS_ACC, WEEKDAYS_GEN
from .fusion.span import ended, lasted, span

SEASON = re.compile(r"\W*(?:в\s+)?(?:начале\s+|конце\s+)?(весн|лет|осен)", re.I)  # a season, without its year
SEASON_END = {"весн": 5, "лет": 8, "осен": 11}  # the last month of each (winter spans two years: left as read)
LISTED_REACH = 40  # characters from one listed date to the next whose year it shares


_YEARS_LISTED = re.compile(r"^(?:в\s+)?((?:\d{4}\s*,\s*)*\d{4}\s+и\s+\d{4})\s+г(?:од|г\.)", re.I)


def years_listed(x) -> list[str]:
    """The years a time expression lists in order (``в 2027 и 2029 годах``, ``в 2025, 2027 и 2029 гг.``: one expression
    dated by its first), else []."""
    m = _YEARS_LISTED.match(x.text.strip())
    return re.findall(r"\d{4}", m.group(1)) if m else []


def listed_year(x, timexes: list) -> str:
    """The date of one of dates listed together, the year told once for all (``3 марта и 9 мая 2031 года``:
    the first in 2031 too, not in the year the document dates it to)."""
    date = x.date.iso()
    later = [y for y in timexes if y.start > x.start and y.relation == "at" and y.anchor == "absolute"
             and y.start - x.stop <= LISTED_REACH]
    if x.anchor != "document" or len(date) < 7 or not later:
        return date
    shared = later[0].date.iso()[:4] + date[4:]
    return shared if shared <= later[0].date.iso() + "~" else date


def finest(dates: list[str]) -> list[str]:
    """One date where the others only say less of it (``этого года`` and ``в марте``: ``2031`` and ``2031-03`` are
    March), else the dates as they are."""
    longest = max(dates, key=len, default="")
    return [longest] if len(dates) > 1 and all(longest.startswith(d) for d in dates) else dates


def ahead_of(date: str, published: str | None, timexes: list) -> str | None:
    """The date of a meeting to come: a month or a day the text gives without its year and that was read as past
    (``решено провести в марте`` in February: this March, not last) is in the year after; a date the text
    gives with its year stays (a plan told afterwards: ``саммит, запланированный на июнь 2014 года``)."""
    if published and len(date) == 4 and date == published[:4] and len(published) >= 7:
        seasons = [SEASON_END[m.group(1).lower()] for x in timexes if x.date.iso() == date and x.anchor == "document"
                   and (m := SEASON.match(x.text))]
        if seasons and int(published[5:7]) > seasons[0]:
            return str(int(date) + 1)  # "провести следующую встречу весной", told in November: next spring
    if not published or date >= published[:len(date)] or len(date) < 7:
        return date
    if not any(x.date.iso() == date and x.anchor == "document" for x in timexes):
        return date
    later = str(int(date[:4]) + 1) + date[4:]
    return later if later >= published[:len(date)] else date


def precision(date: str | None) -> str:
    """``year``, ``month``, ``day`` or ``unknown``: how precisely an ISO date (``2031``, ``2031-05``) tells a day."""
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}.get(len(date) if date else None, "unknown")


def nearest_year(x, published: str | None) -> str:
    """The date a meeting put off had been planned for, told without its year (``которую планировалось провести 12
    сентября``): the one of that day nearest to the document's (the plan was near it), not the one a year after."""
    date = x.date.iso()
    if not published or re.search(r"\d{4}", x.text) or len(date) < 7 or date <= published[:len(date)]:
        return date
    before = str(int(date[:4]) - 1) + date[4:]
    return before if _days(published[:10]) - _days(before) < _days(date) - _days(published[:10]) else date


def _days(iso: str) -> int:
    """Days of a date ``YYYY-MM[-DD]`` counted roughly (a month of 31 days): enough to tell which is nearer."""
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return parts[0] * 372 + parts[1] * 31 + parts[2]


def year_before(date: str | None, earlier: str | None, clause: str) -> str | None:
    """A month a clause tells without its year after a date told with one (``заморозили диалог в марте 2031 года, а
    вернулись к нему в сентябре``): the first such month after that date, not the month of the document's year."""
    if not date or not earlier or len(date) != 7 or len(earlier) < 4 or re.search(r"\b\d{4}\b", clause):
        return date
    same = earlier[:4] + date[4:]
    return same if same > earlier[:7] else date


# Two days running of one month joined by "и" (``проходило 7 и 8 октября``): a session of both days.
_PAIR = re.compile(rf"\b(\d{{1,2}})\s+и\s+(\d{{1,2}})\s+({lexicon.alternation(MONTH_NAMES)})(?!\w)", re.I)


def told_days(date: str | None, text: str) -> tuple[str | None, str | None]:
    """The first day and the last (``None``: that day alone) of the session dated to ``date`` by its own words: a range
    (``16–17 мая``), two weekdays running, a session of days that ended (``fusion.span``), or two days running joined
    by "и" (``прошло 7 и 8 октября``)."""
    first, last = span(date, text)
    if last or first != date or not date or len(date) != 10:
        return first, last
    day, month = int(date[8:]), int(date[5:7])
    for m in _PAIR.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if MONTHS[m.group(3).lower()] == month and b == a + 1 and day in (a, b):
            return f"{date[:8]}{a:02d}", f"{date[:8]}{b:02d}"
    return date, None


_WEEKDAY = "(" + "|".join(WEEKDAYS_ACC) + ")"
_BEGUN = r"(?:начал|начавш|открыл|открывш|стартовал)\w*"
BEGUN = re.compile(rf"\b{_BEGUN}", re.I)  # a session begun: its first day
# A session's first day told on its own (``Переговоры начались в понедельник``, ``Сессию, открывшуюся во вторник, …``,
# ``в понедельник начались консультации``).
_OPENED = re.compile(rf"\b{_BEGUN}\s+(?:[\w-]+\s+){{0,2}}?в(?:о)?\s+{_WEEKDAY}(?!\w)"
                     rf"|\bв(?:о)?\s+{_WEEKDAY}\s+(?:[\w-]+\s+){{0,2}}?{_BEGUN}", re.I)
# … or as the day since which it went on (``Переговоры, продолжавшиеся с понедельника, …``, ``шли со вторника``,
# ``Заседание, которое проходило с понедельника``, ``велись с понедельника``, ``комиссия работала со среды``)
_WENT_ON = (r"(?:продолжа|продолжил|длил|длящ|дливш|шли\b|шл[аои]\b|ш[её]л\b|шедш|проходи|проходя|"
            r"вел(?:ись|ось|ась|ся)\b|работал|заседал)\w*")
_SINCE_DAY = re.compile(rf"\b{_WENT_ON}\s+(?:[\w-]+\s+){{0,2}}?с(?:о)?\s+({'|'.join(WEEKDAYS_GEN)})(?!\w)"
                        rf"|\bс(?:о)?\s+({'|'.join(WEEKDAYS_GEN)})\s+(?:[\w-]+\s+){{0,2}}?{_WENT_ON}", re.I)
_DAY_TOLD = re.compile(rf"\bв(?:о)?\s+{_WEEKDAY}(?!\w)|\b\d{{1,2}}\s+(?:{lexicon.alternation(MONTH_NAMES)})(?!\w)",
                       re.I)
SESSION_DAYS = 6  # the most days back a session's first day is looked for


def opened_on(date: str | None, text: str, evidence: str) -> str | None:
    """The first day of the session dated to ``date`` (a day: the one its report tells, often its last,
    ``завершились во вторник``), as a sentence after that report tells it: the weekday it began on
    (``Переговоры начались в понедельник``) or went on since (``продолжавшиеся с понедельника``), or its length
    where the report tells the day it ended (``в четверг завершили …``, then ``Переговоры продолжались три дня``; a
    report dated only by its document is left to that day); None where the sentence tells neither, or a day not
    before ``date`` within a week."""
    if not date or len(date) != 10:
        return None
    day = _dt.date.fromisoformat(date)
    if m := _OPENED.search(text):
        return _weekday_back(day, WEEKDAYS_ACC.index((m.group(1) or m.group(2)).lower()))
    if m := _SINCE_DAY.search(text):
        return _weekday_back(day, WEEKDAYS_GEN.index((m.group(1) or m.group(2)).lower()))
    if lasted(text) and ended(evidence) and _DAY_TOLD.search(evidence):  # "в четверг завершили": not the document's day
        first, _ = span(date, f"{evidence} {text}")
        return first if first and first < date else None
    return None


def _weekday_back(day: _dt.date, weekday: int) -> str | None:
    """The last ``weekday`` (0: Monday) before ``day`` within ``SESSION_DAYS``, as ISO, else None (the same day or
    further back: not the first day of that session)."""
    back = (day.weekday() - weekday) % 7
    return (day - _dt.timedelta(days=back)).isoformat() if 1 <= back <= SESSION_DAYS else None


# A month told of the year named just before it: "в мае 2031 года в Лиме, а позднее в ноябре того же года в Кито",
# "после 2027 года: … в мае того года".
_SAME_YEAR = re.compile(rf"\b({lexicon.alternation(MONTH_NAMES)})\s+того\s+(?:же\s+)?года\b", re.I)
def same_year(clause: str, before: str | None) -> str | None:
    """The month a clause tells "того же года", in the year of the date told before it (``before``), or None."""
    m = _SAME_YEAR.search(clause)
    if not m or not before or not before[:4].isdigit():
        return None
    return f"{before[:4]}-{MONTHS[m.group(1).lower()]:02d}"


# A chronology's line opening with a month in the nominative: "Март 2031 года, Лима — …".
_LINE_MONTH = re.compile(rf"^\W*({lexicon.alternation(MONTH_NAMES)})\s+(\d{{4}})\s+(?:года|г\.)", re.I)


def line_month(text: str, date: str | None) -> str | None:
    """The month of a chronology's line (``Март 2031 года, Лима — третий раунд``) where ``date`` is its year alone
    (a month in the nominative read as the year only), else ``date``."""
    m = _LINE_MONTH.match(text)
    if not m or date != m.group(2):
        return date
    return f"{date}-{MONTHS[m.group(1).lower()]:02d}"


def retold_on_their_day(seen: list[tuple], reports: list[dict], group: dict[str, str]) -> None:
    """A meeting a document retells dated only by its own day (a broadcast's transcript, a weekly review), or undated
    in a document of no date, takes the day the reports of that meeting fused with it tell in their own words, where
    they tell one."""
    own: dict[str, set[str]] = defaultdict(set)
    for e in reports:
        if e["date_from"] == "text" and e["date"] and len(e["date"]) == 10:
            own[group[e["id"]]].add(e["date"])
    by_id = {e["id"]: e for e in reports}
    for _, _, _, entries in seen:
        for h in entries:
            told = [by_id[v] for v in h["events"] if v in by_id]
            days = own.get(group.get(told[0]["id"], ""), set()) if len(told) == 1 else set()
            if h["status"] in ("meeting", "round") and len(days) == 1 and h["date"] == told[0]["date"] \
                    and (told[0]["date_from"] == "document" or h["date"] is None) and h["date"] not in days:
                # an undated report of a document of no year ("25–26 ноября состоялась …"): its first day by its words
                h["date"], h["date_precision"] = told_days(next(iter(days)), h.get("evidence") or "")[0], "day"
