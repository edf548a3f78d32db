"""Where and when a page says it was published: datelines, header dates, date stamps, closing lines.

* a dateline opens the lead: ``ПЕКИН, 15 дек. /Синьхуа/.``, ``МОСКВА, 2 дек — РИА Новости.``,
  ``Москва, 2 декабря — РИА Новости`` (a place in mixed case only before a known agency);
* a header date is a line of a date and place names: ``(12 апреля 2018 года, Берлин)``;
* a date stamp is a line of dates, times, labels, sites and agencies only: ``17:53 02.12.2025``,
  ``• 14 февраля 2030 в 09:41``, ``Опубликовано: 2 декабря 2025, 17:53 Обновлено: …``; a date labelled
  as an update (``Обновлено:``) is never the publication date;
* a place line opens the lead with a city alone, the date given by a stamp of the page: ``Ташкент. Президент …``,
  ``Тбилиси. Report.az`` (``place_lines.py``);
* a closing line ends the text: ``Пресс-служба МИД Франции, 03.04.2019`` or a date stamp, maybe beside the
  author's byline (``14.03.2031 · Текст: Анна Рябцева``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ... import gazetteer, lexicon
from ...dates import MONTHS, PAGE_WEEKDAYS, WEEKDAYS_NOM, find_dates, parse_date
from ...records import PartialDate
from . import boiler
from .lines import WORDS, phrases
from .rows import labelled_name, named_person

# a one-letter particle stands between hyphens only ("Порт-о-Пренс", "Эгер-у-Тисы")
_PLACE_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁа-яёA-Za-z][а-яёa-z]+|-[уоao](?=-))*")

# "ПЕКИН, 15 дек. /Синьхуа/.", "ПАРИЖ. 5 апреля. ИНТЕРФАКС -", "НЬЮ-ЙОРК, 3 мая (Reuters) -".
# a region or country in brackets after the place is skipped ("ЖЕНЕВА (Швейцария), 2 декабря. /ТАСС/."), and one
# after a comma, as agencies of the Americas write it ("КИНГСТАУН, Сент-Винсент и Гренадины, 7 июля (CMC) —")
_REGION = (r"(?:\s*\([^()\n]{2,40}\)"
           r"|,[ \t]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:[ \t]+(?:и[ \t]+)?[А-ЯЁ][а-яё]+){0,3}(?=,))?")
_CAPS_PLACE = re.compile(rf"^(?P<place>[A-ZА-ЯЁ]{{2,}}(?:[- ][A-ZА-ЯЁ]{{2,}}|-[УО](?=-)){{0,4}}){_REGION}\s*[,.]\s*")
# "Москва, 2 декабря — РИА Новости", "Москва. 3 апреля. INTERFAX.RU -": a mixed-case place, trusted only
# before a known agency, or with a date to the year that a dash or an agency in brackets ends before a sentence or
# at the end of its line ("Кито, 3 февр. 2031 (АЭН)")
# ("Доха, 17 октября 2029 г. – Пятое заседание …", "Эр-Рияд, 4 марта 2031 года (SPA). Министерство …"; not
# "Москва, 2 декабря 2025 — холодный день").
_MIXED_PLACE = re.compile(rf"^(?P<place>[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+|-[уо](?=-)){{0,3}}){_REGION}\s*[,.]\s*")
# "Братислава 17 июня (ТАСР) – Главы …": a place with no comma before the date, trusted only before an agency in
# brackets or slashes and a dash
_BARE_PLACE = re.compile(r"^(?P<place>[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁа-яё][а-яё]+){0,3})\s+(?=\d)")
_AGENCY_TAIL = re.compile(r"[\s.,]*(?:/(?P<slash>[^/\n]{1,60})/|\((?P<paren>[^)\n]{1,60})\)"
                          r"|[-–—]+\s*(?P<dash>[^.,\n]{1,40})|(?P<caps>[A-ZА-ЯЁ][\w. -]{1,30}?)\s+[-–—]"
                          r"|[.,]\s*«?(?P<plain>[A-ZА-ЯЁ][\w.-]{1,30}?)»?\.?(?=\s))")  # "Баку, 9 июня, АПА." (known)
# "Абу-Даби, 21 ноября 2029 года (WAM). Министерство …": an agency unknown to us, in brackets or slashes after a
# date to the year, then a sentence.
_BRACKETED_LEAD = re.compile(r"[.,]?\s*(?:[-–—]+\s*)?[A-ZА-ЯЁ«\"]")
# "Лима, 3 марта 2031 года. Правительство Перу …": a full date to the year, a full stop, the lead
_STOP_LEAD = re.compile(r"\.[ \t]+(?=[A-ZА-ЯЁ«\"])")
_DASH_LEAD = re.compile(r"[\s.,]*[-–—]\s+(?=[A-ZА-ЯЁ«\"])")  # "Доха, 17 октября 2029 г. – Пятое заседание …"
AGENCIES = gazetteer.listed("media")  # the news outlets of data/orgs_ru.tsv
_AGENCY = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, AGENCIES), key=len, reverse=True))})(?!\w)",
                     re.IGNORECASE)
_AGENCY_NAMES = {name.lower(): name for name in AGENCIES}

# "(12 апреля 2018 года, Берлин)", "Нижний Новгород, 12 апреля 2018 г.", "12.04.2018 14:35".
# a time maybe with its zone: "14:10 GMT+2", "(GMT-5)", a mail header's "07:00:00 +0300", "в 17:32 по московскому
# времени"; also the French and Portuguese "21h04"
_TIME = re.compile(r"(?<!\d)\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})(?!\d)"
                   # a zone: "19:05 МСК", "10:00 (GMT+3)", "18:40 CEST", "18:40 WIB" (western Indonesia)
                   r"(?:\s*\(?(?:GMT|UTC|МСК|MSK|[A-Z]{2,4}T|WIB|WITA|WIT)(?:\s*[+−-]\s*\d{1,2}(?::\d{2})?)?\)?"
                   r"|\s*[+−-]\d{2}:?\d{2}(?!\d)"
                   r"|\s+по\s+[а-яё]+(?:ому|ему)\s+времени)?")
_HEADER_PLACE = re.compile(rf"{_PLACE_WORD.pattern}(?: {_PLACE_WORD.pattern}){{0,2}}")  # "Нижний Новгород"
_PARTICLES = WORDS["PLACE_PARTICLES"]  # Ростов-на-Дону, Рио-де-Жанейро


def _label(phrase: str) -> str:
    """A label phrase as a pattern, ``е`` standing for ``ё`` too."""
    return re.escape(phrase).replace("е", "[её]")


def _labels(*kinds: str) -> str:
    """The phrases of ``kinds`` as one alternation, the longer first across the kinds (``дата обновления`` before
    ``дата``: an update's label is not read as a publication's and a leftover word)."""
    every = {p for kind in kinds for p in phrases(kind)}
    return "|".join(_label(p) for p in sorted(every, key=lambda p: (-len(p), p)))


# The labels of both kinds, the longer first where one holds the other ("Дата изменения" is an update's, "Дата" a
# publication's): the last one before a date says whose date it is, by the name of its group (kind and a number).
_DATE_LABEL = re.compile(r"(?<!\w)(?:" + "|".join(
    rf"(?P<{k}{n}>{_label(p)})"
    for n, (p, k) in enumerate(sorted(((p, k) for k in ("published", "updated") for p in phrases(k)),
                                      key=lambda pk: (-len(pk[0]), pk)))) + r")(?!\w)", re.IGNORECASE)
_STAMP_WORDS = re.compile(rf"(?<!\w)(?:{_labels('published', 'updated', 'stamp')})(?!\w)", re.IGNORECASE)
# A label glued to what follows it on scraped pages ("Посмотреть оригиналмарт 3-го, 2015").
_GLUED = re.compile(rf"(?<!\w)({_labels('published', 'updated', 'stamp')})"
                    rf"(?=(?:{lexicon.alternation(MONTHS)})(?!\w)\s*\d)", re.IGNORECASE)
_SITE = re.compile(r"(?<![\w.])(?:[a-z0-9][a-z0-9-]*\.)+(?:[a-z]{2,6}|рф)(?![\w.])", re.IGNORECASE)
_STAMP_FILLER = re.compile(r"(?<!\w)(?:в|г|года?)(?!\w)|[\s,.;:|/•·()\[\]—–-]+", re.IGNORECASE)
_STAMP_MAX = 160  # a longer line is no stamp
_MERIDIEM = re.compile(r"(?<!\w)([ap])\.\s?m\.(?!\w)", re.IGNORECASE)
# A post's icons, each maybe with its count: views, reactions, reposts, a clock before the time ("👁 3,1K", "❤ 120",
# "🔁 14", "🕒"); a count never runs on into a date ("🕒 04.03.2031" keeps its date)
_ICON_COUNT = re.compile(r"(?:[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?\s*)+"
                         r"(?:\d{1,6}(?:[.,\s]\d{1,3})?[KkКкMМ]?(?![\d.:/-]))?")
# A document's registration number beside its date on a letterhead ("27 ноября 2031 года   2231-27-11-2031"): a
# number of three figures or more, then groups of figures, no date of its own (not an ISO date: "2031-11-27 21:15").
_REGISTRATION = re.compile(r"(?<![\w./-])(?!(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w./-]))"
                           r"(?:№\s*)?\d{3,}(?:[-/]\d{1,4}){2,}(?![\w./-])")
# The imprint of a print edition: "Газета «Вестник» №215 от 02.12.2025, стр. 6".
_IMPRINT = re.compile(r"(?<!\w)(?:газета|журнал|приложение)\s+«[^»\n]{1,40}»|(?<!\w)(?:№|N)\s*\d+(?:/\d+)?(?!\w)"
                      r"|(?<!\w)от(?!\w)|(?<!\w)(?:стр|с)\.\s*\d+(?!\w)", re.IGNORECASE)


class Head(NamedTuple):
    """A dateline, header date or date stamp; ``date`` may lack its year (``None``: no date to use)."""

    place: str | None
    agency: str | None
    date: PartialDate | None
    kind: str  # "dateline", "header", "stamp" or "place"
    site: str | None = None
    updated: PartialDate | None = None  # a stamp's date of an update (``Обновлено 24.11.2031``)


class Closing(NamedTuple):
    org: str | None
    place: str | None
    date: PartialDate


def _title_case(place: str) -> str:
    """``НЬЮ-ЙОРК`` -> ``Нью-Йорк``, ``РОСТОВ-НА-ДОНУ`` -> ``Ростов-на-Дону``; mixed case is kept."""
    if not place.isupper():
        return place
    parts = re.split(r"([- ])", place.lower())
    return "".join(p if i and p in _PARTICLES else p.capitalize() for i, p in enumerate(parts))


def _agency(tail: str) -> tuple[str | None, bool, int]:
    """The agency named right after a dateline's date (``/БелТА/``, ``(Reuters)``, ``– РИА Новости``),
    whether it is a known outlet and where it ends in ``tail`` (0: no agency)."""
    m = _AGENCY_TAIL.match(tail)
    if m is None:
        return None, False, 0
    said = next(g for g in m.groups() if g).strip()
    known = _AGENCY.search(said)
    if known:
        return _AGENCY_NAMES[known.group().lower()], True, m.end()
    if (m["slash"] or m["paren"]) and (said[:1].isupper() or _FIGURED_OUTLET.match(said)) and len(said.split()) <= 4:
        return said, False, m.end()
    return None, False, 0  # after a dash an unknown name may be the lead sentence itself


# an outlet whose name opens with figures, glued to letters or before a capitalised word ("(7tv)", "(20 Minutes)");
# not a time nor a count ("(12:30)", "(2 фото)")
_FIGURED_OUTLET = re.compile(r"\d+(?:[A-Za-zА-ЯЁа-яё]|\s+[A-ZА-ЯЁ])")


def dateline(s: str) -> Head | None:
    """``PLACE, day month[ year]`` at the start of a line, with the agency that may follow."""
    found = _dateline(s)
    return found[0] if found else None


def lead_start(s: str) -> int:
    """Where the lead begins after the dateline that opens ``s`` (``МОСКВА, 20 октября. /Интерфакс/ - Министр``
    → the offset of ``Министр``); 0 without a dateline."""
    found = _dateline(s)
    return found[1] if found else 0


# A date of another calendar with the Gregorian one in brackets after it: "16 хедар 2024 года (25 ноября 2031 года)".
_OTHER_CALENDAR = re.compile(r"\d{1,2}\s+[А-ЯЁа-яёA-Za-z'-]{3,15}(?:\s+\d{4})?(?:\s*(?:года?|г\.))?\s*"
                             r"\((?P<date>[^()\n]{8,30})\)")
_CLOCK_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d{2}(?:[ \t]*\((?:МСК|мск|GMT[+-]?\d*)\))?(?!\d)")
_LEAD_GAP = re.compile(r"[\s.,:]*(?:[-–—]+\s*)?")


def _dateline(s: str, loose: bool = False) -> tuple[Head, int] | None:
    """``loose``: also a year-less date with an outlet unknown to us in brackets before a dash or a sentence (``Кито,
    12 марта (АПИ) — …``, ``Кито, 12 марта (АПИ). Министр …``), or after a city of the gazetteer before a dash, a full
    stop or an outlet in slashes and the lead (``Лима, 3 марта — Министр …``, ``Лима, 3 марта. Министр …``, ``Лима,
    3 марта /АНДИНА/. Министр …``): the day such a report is of, which fusion may match and an ingest's reference
    date gives a year (``reference.py``), but no year to date the page by."""
    for rule in (_CAPS_PLACE, _MIXED_PLACE, _BARE_PLACE):
        m = rule.match(s)
        if m is None:
            continue
        rest = s[m.end():]
        found = find_dates(rest)
        other = _other_calendar(rest)
        if other is not None:
            found = [other]  # "16 хедар 2024 года (25 ноября 2031 года)": the Gregorian date in brackets
        if not found or found[0][0] != 0 or found[0][2].day is None:
            continue
        _, stop, date = found[0]
        if (clock := _CLOCK_AFTER.match(rest, stop)) is not None:
            stop = clock.end()  # "Тумбес, 3 марта 2031, 09:15 — ИА REGNUM."
        agency, known, tail = _agency(rest[stop:])
        end = m.end() + stop + tail
        ends = date.year and (_DASH_LEAD.match(rest, stop) or (
            agency and (_BRACKETED_LEAD.match(s, end) or not s[end:].strip(" .,")))
            or not agency and _STOP_LEAD.match(rest, stop) and m["place"].lower() not in WEEKDAYS_NOM) \
            or loose and agency and s[m.end() + stop:].lstrip()[:1] == "(" \
            and (_DASH_LEAD.match(s, end) or _BRACKETED_LEAD.match(s, end)) \
            or loose and not date.year and gazetteer.place_name(m["place"]) is not None and (  # a city we know
                _DASH_LEAD.match(rest, stop) or _STOP_LEAD.match(rest, stop)
                or agency and _BRACKETED_LEAD.match(s, end))
        if rule is _MIXED_PLACE and not known and other is None and not ends \
                or rule is _BARE_PLACE and not (agency and rest[stop:].lstrip()[:1] in ("(", "/")
                                                and _DASH_LEAD.match(s, end)):
            continue
        return Head(_title_case(m["place"]), agency, date, "dateline"), end + _LEAD_GAP.match(s, end).end() - end
    return None


def _other_calendar(rest: str) -> tuple[int, int, PartialDate] | None:
    """A date of another calendar with the Gregorian date to the day and year in brackets after it, at the start of
    ``rest``: (0, its end, the Gregorian date)."""
    m = _OTHER_CALENDAR.match(rest)
    date = parse_date(m["date"]) if m else None
    return (0, m.end(), date) if date is not None and date.year and date.day else None


def yearless_day(text: str, lines: int = 8) -> str | None:
    """``MM-DD`` of a dateline without a year among the first ``lines`` lines of a cleaned text (``МОСКВА,
    3 апреля. /ТАСС/.`` → ``04-03``): what fusion may match against the date of another report; else None."""
    for line in text.split("\n", lines)[:lines]:
        loose = _dateline(line.strip(), loose=True)
        head = dateline(line.strip()) or header(line.strip()) or (loose[0] if loose else None)
        if head is not None and head.date is not None:
            date = head.date
            return f"{date.month:02d}-{date.day:02d}" if date.year is None and date.month and date.day else None
    return None


def header(s: str) -> Head | None:
    """A line that is only a date with a day, maybe a time and place names, maybe in parentheses."""
    inner = s[1:-1] if s.startswith("(") and s.endswith(")") else s
    found = find_dates(inner)
    if len(found) != 1 or found[0][2].day is None:
        return None
    start, stop, date = found[0]
    rest = _TIME.sub(" ", inner[:start] + "," + inner[stop:])
    parts = (w.strip(" .—–-|") for w in rest.split(","))
    words = [w for w in parts if w and w.lower() not in PAGE_WEEKDAYS]  # "пятница, 27 ноября", "Selasa, 25 Mei 2027"
    if not all(_HEADER_PLACE.fullmatch(w) and not _STAMP_WORDS.search(w) for w in words):  # "Берлин" or nothing
        return None
    if any(named_person(w) for w in words):  # "24.11.2031 17:32 | Анна Рябцева", "Анна Рябцева, 4 марта 2031": a
        # byline beside the page's date, no place: a stamp, dropped with its line
        return Head(None, None, date, "stamp") if len(words) == 1 else None
    outlets = [_AGENCY_NAMES[w.lower()] for w in words if w.lower() in _AGENCY_NAMES]  # "Коммерсантъ, 14 ноября"
    after = _TIME.sub(" ", inner[stop:])  # "25/10/2027 – 18:20 – Политика": a section's label after the date
    places = [w for w in words if w.lower() not in _AGENCY_NAMES
              and (w not in after or w in inner[:start] or gazetteer.place_name(w) is not None)]
    return Head(places[0] if places else None, outlets[0] if outlets else None, date, "header")


_SEGMENTS = re.compile(r"\s+[|/•·›»>]\s+")  # "Мир › 18 ноября 2026, 19:05": a breadcrumb
# "Итоги недели. Выпуск от 14 мая 2029 года": a title; "ТВ-9. Программа «Время». Выпуск от …": a channel, a show
# "ТВ-9 — Вечерние новости — 25.11.2031 — субтитры": labels apart by dashes
_TITLED = re.compile(r"\s+[|/•·›»>—–]\s+|(?<=[а-яёa-zА-ЯЁA-Z»\"])\.\s+")
_LABEL_WORDS = 3  # the most words of a label beside the date on a labelled line
_MASTHEAD_WORDS = 6  # … of the first of a masthead's labels ("Вестник морского права · Еженедельник · 2 мая 2031")
_ISSUE = re.compile(r"(?:Том|Выпуск|Вып\.|Номер|Vol\.|No\.|№)\s*№?\s*\d+[\s\d,.№()-]*(?:№\s*\d+)?\s*$", re.IGNORECASE)
_REMARK = re.compile(r"\s*\([^()\n]{1,40}\)")


def labelled(s: str) -> Head | None:
    """A line of a few short labels and one date to the year, told apart by ``|``, ``/``, ``•``, a breadcrumb's
    ``›`` or a title's full stop (``NewsMaker / Экономика / 8 марта 2029, 11:02``, ``Еженедельный обзор | 9 июля
    2029``, ``Вести.Ru › Мир › 3 марта 2031, 10:40``, ``Итоги недели. Выпуск от 14 мая 2029 года, 20:00``): a header
    date (the line stays, as a header date's does)."""
    if len(s) > _STAMP_MAX:
        return None
    parts = _TITLED.split(s)
    heads = [stamp(p) or header(p) for p in parts]  # "Дакар, четверг 7 января 2031": a place, a weekday, the date
    dated = [h.date for h in heads if h is not None and h.date is not None and h.date.year]
    labels = [p for p, h in zip(parts, heads, strict=True) if h is None or h.date is None]  # "Kun.uz": a label
    if len(parts) < 2 or len(dated) != 1 or len(labels) != len(parts) - 1:
        return None
    labels = [_REMARK.sub("", p) for p in labels]  # "субтитры (перевод с сербского)": a remark in brackets aside
    if any((len(p.split()) > (_MASTHEAD_WORDS if k == 0 and len(parts) > 2 else _LABEL_WORDS)
            or p.rstrip()[-1:] in ".!?:") and not labelled_name(p.strip()) and not _other_day(p)
           and not _ISSUE.match(p) for k, p in enumerate(labels)):  # "Автор: Кваме Асанте", "Среда, 13 тахшас 2024",
        return None  # "Том 12, № 7": labels too; so is a masthead's title of a few words more before two labels or more
    # "Мартина Феррейра · 21 de octubre de 2027 · 5 минут чтения": an author's row beside the date, dropped with it
    byline = any(named_person(p.strip()) or boiler.is_counter(p) for p in labels)
    return Head(None, None, dated[0], "stamp" if byline else "header")


# A title that ends with its place and full date: "Брифинг официального представителя МИД …, Москва, 3 марта 2031
# года", "Выступление министра на пленарном заседании, Нью-Йорк, 24 сентября 2031 г.".
_TITLE_PLACE_DATE = re.compile(rf"^.{{10,240}}?,\s*(?P<place>{_HEADER_PLACE.pattern}),\s*(?P<date>[^,]{{8,30}})$")
# A title that ends with its full date after a dash or in brackets: "Президенты открыли мост — 25.11.2031",
# "Заявление МИД (25 ноября 2031 года)".
_TITLE_DATE = re.compile(r"^.{10,240}?(?:\s[—–-]\s*|\s\()(?P<date>[^—–()]{8,30}?)\)?$")


# The title of a record of what was said or broadcast, closing on its full date: "Стенограмма пресс-конференции
# официального представителя МИД 3 марта 2031 года", "Онлайн-трансляция: главное за день 14 мая 2031 года", also
# a short one dated by "от" ("Стенограмма передачи от 14 мая 2031 года").
_RECORD = re.compile(rf"^(?:{_labels('record')})(?!\w)(?:.{{10,240}}?|\s+\w+\s+от)\s(?P<date>\d{{1,2}}\s+\S+\s+\d{{4}}"
                     r"(?:\s*(?:года|г\.?))?)$", re.IGNORECASE)


# A day of another calendar, maybe after its weekday, that no Gregorian date reads ("Среда, 13 тахшас 2024").
_OTHER_DAY = re.compile(r"^\s*(?:[А-ЯЁа-яё]+,?\s+)?\d{1,2}\s+[А-ЯЁа-яёA-Za-z'-]{3,15}\s+\d{4}(?:\s*(?:года?|г\.))?\s*$")


def _other_day(s: str) -> bool:
    """Whether ``s`` is only a day of another calendar, maybe after its weekday, printed beside the Gregorian one."""
    m = _OTHER_DAY.match(s)
    first = s.split()[0].strip(",").lower() if m else ""
    return m is not None and not find_dates(s) and (first in WEEKDAYS_NOM or first[:1].isdigit())


def titled(s: str) -> Head | None:
    """A title line closing on ``, Place, day month year``, or on its full date after a dash or in brackets, or the
    title of a record (a stenogram, a briefing, a broadcast) closing on its full date: its place and date head the
    page."""
    s = s.rstrip(" .")
    m = _TITLE_PLACE_DATE.match(s) or _TITLE_DATE.match(s) or _RECORD.match(s)
    date = parse_date(m["date"]) if m else None
    if date is None or date.precision != "day" or not date.year:
        return None
    return Head(m.groupdict().get("place"), None, date, "header")


def stamp(s: str) -> Head | None:
    """A line of dates, times, labels, sites and agencies only (a post's icons and their counts aside: ``👁 3,1K
    04.03.2031 09:15``), with a date or a site; its date is the first one with a day that no update label introduces
    (``None`` when every date is an update's)."""
    if len(s) > _STAMP_MAX:
        return None
    t = _REGISTRATION.sub(" ", _GLUED.sub(r"\1 ", re.sub(r"(?<=[a-z])(?=[А-ЯЁ])", " ", _ICON_COUNT.sub(" ", s))))
    t = _MERIDIEM.sub(r"\1m", t)  # "07:15 a. m." of Spanish pages, "9:05 p.m."
    found = find_dates(t)
    if not found and not _SITE.search(t):
        return None  # neither a date nor a site: what is left of the line does not matter
    rest, last, date, updated = [], 0, None, None
    for start, stop, found_date in found:
        before = t[last:start]
        rest.append(before)
        if not found_date.day:
            pass
        elif _updated_label(before):
            updated = updated or found_date
        elif date is None:
            date = found_date
        last = stop
    rest.append(t[last:])
    leftover = " ".join(rest)
    site = _SITE.search(leftover)
    for rule in (_TIME, _STAMP_WORDS, _SITE, _AGENCY, _IMPRINT, _STAMP_FILLER):  # labels before agencies: "Выпуск от"
        leftover = rule.sub(" ", leftover)
    if leftover.strip() or not (any(d.day for _, _, d in found) or site and not found):
        return None  # "2014 год" is a heading; "ria.ru Посмотреть оригинал" a site line without a date
    return Head(None, None, date, "stamp", site.group().lower() if site else None, updated)


def _updated_label(before: str) -> bool:
    """Whether the last date label of ``before`` (the text before a date) is an update's (``Обновлено:``, ``Дата
    изменения:``), not a publication's (``Опубликовано:``, ``Дата:``)."""
    found = list(_DATE_LABEL.finditer(before))
    return bool(found) and found[-1].lastgroup.startswith("updated")
