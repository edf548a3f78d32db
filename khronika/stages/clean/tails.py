"""Closing lines of a page: a closing attribution or date (``Пресс-служба МИД Франции, 03.04.2019``, a date stamp
beside the author's byline, ``14.03.2031 · Текст: Анна Рябцева``, an agency's dateline printed as the last line,
``Кито, 3 марта 2031 (АПИ)``), the signing line a treaty closes on, trailing related-story links.  The heads of a
page (datelines, header dates, stamps) are in ``heads.py``.
"""
from __future__ import annotations

import re

from ...dates import find_dates, parse_date
from ...records import PartialDate
from ...settings import CleanSettings
from . import boiler
from .heads import (
    _AGENCY_NAMES,
    _PLACE_WORD,
    _SEGMENTS,
    _SITE,
    _STAMP_MAX,
    Closing,
    Head,
    dateline,
    header,
    lead_start,
    stamp,
)
from .lines import Line, headline_like, phrase_pattern
from .rows import named_person, signed_name

_BULLET = re.compile(r"^[-–—•*]\s+(?P<body>\S.*)$")
_CLOSING = re.compile(r"^(?:©\s*)?(?P<who>[A-ZА-ЯЁ«\"][^,]{1,80}),\s*(?P<date>[^,]{6,40})$")  # "© Вестник, 2.12.2031"
# "Виннипег, Манитоба, 9 марта 2031 г.", "Вашингтон, округ Колумбия, …": a city, its province or state, the date
_CLOSING_REGION = re.compile(r"^(?P<who>[A-ZА-ЯЁ][\w-]+(?: [A-ZА-ЯЁ][\w-]+)?),\s*(?:[a-zа-яё]+\s+)?[A-ZА-ЯЁ][\w-]+"
                             r"(?: [A-ZА-ЯЁ][\w-]+)?,"
                             r"\s*(?P<date>[^,]{6,40})$")
# The outlet's name printed alone below its closing date line ("Мапуту, 05.12.2031" / "Нотисиаш ди Мапуту"): capitalised
# words, short particles between them, no digit and no final stop
# The office that issued a statement, signing it below its place and date ("Департамент печати и информации",
# "Министерство иностранных дел Гайаны"), two lines at most with the outlet's name
_SIGNED = re.compile(rf"^(?:{phrase_pattern('signed')})[^.!?;:]{{0,80}}$", re.IGNORECASE)
_BELOW = 3
# The issuing office's postal address below its signature ("37, Quai d'Orsay, 75007 Paris", "ул. Пушкина, д. 5, Минск
# 220030"): a house number first, or a postcode before or after a capitalised city, and no sentence's end
_ADDRESS = re.compile(r"^(?![^\n]*[.!?]\s*$)(?:\d{1,4}[a-zа-я]?,?\s+[A-ZА-ЯЁ][^\n]{2,80}"
                      r"|[^\n]{2,80}(?:,\s*\d{4,6}\s+[A-ZА-ЯЁ][\w-]+|[A-ZА-ЯЁ][\w-]+,?\s+\d{4,6}))$")
# A line that marks the end of a press release ("###", "-КОНЕЦ-", "— Конец —", "(ENDS)"): no text of the story
# ("Конец." with its full stop may be the story's last sentence).
_END = re.compile(rf"^(?:#{{3,}}|[-–—(*\s]*(?:{phrase_pattern('end')})[-–—)*\s]*)$", re.IGNORECASE)
_OUTLET_LINE = re.compile(r"^[A-ZА-ЯЁ][\w'’&.-]*(?:\s+(?:[A-ZА-ЯЁ][\w'’&.-]*|[a-zа-яё]{1,3})){0,4}(?<![.!?:;,])$")
# The line a treaty or a joint declaration closes on: "Совершено в г. Аккра 26 ноября 2031 года в двух экземплярах".
_DONE = re.compile(r"^(?:Совершено|Составлено)(?!\w)", re.IGNORECASE)
_DONE_LINES = 6  # the last lines of a text where its signing line stands


def signed_on(lines: list[Line]) -> PartialDate | None:
    """The full date of the line a treaty or declaration closes on (``Совершено в г. X 26 ноября 2031 года …``)."""
    tail = [line.text.strip() for line in lines if line.text.strip()][-_DONE_LINES:]
    for s in reversed(tail):
        if _DONE.match(s):
            found = [d for _, _, d in find_dates(s) if d.precision == "day" and d.year]
            return found[0] if found else None
    return None


def closing(s: str) -> Closing | None:
    """``Org, <date>``: the org is the source; a lone place name ("Минск, 30 мая 2019 г.", also with its province:
    "Виннипег, Манитоба, 9 марта 2031 г.") is a place."""
    m = _CLOSING.match(s)
    if m is None and (r := _CLOSING_REGION.match(s)) and _PLACE_WORD.fullmatch(r["who"]):
        m = r
    date = parse_date(m["date"]) if m else None
    if date is None or date.precision != "day" or len(m["who"].split()) > 8:
        return None
    who = m["who"].strip()
    if named_person(who):  # "Анна Рябцева, 4 марта 2031": the author's signature and the date, no source
        return Closing(None, None, date)
    if _PLACE_WORD.fullmatch(who) and who.lower() not in _AGENCY_NAMES:  # "Коммерсантъ, 14 ноября" is a source
        return Closing(None, who, date)
    return Closing(who, None, date)


def mark_tail(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> Closing | None:
    """Drop trailing related-story links and a closing attribution or date line; return what it says.  The outlet's
    name printed alone below that line goes with it."""
    links, found, stop, below = [], None, "", []
    for i in reversed(range(len(lines))):
        s = lines[i].text.strip()
        if not s or i in reasons:
            if s and found is None and reasons[i] in ("credit", "byline", "counter"):  # "03.03.2031 · Фото: AP" went
                # as a credit, a post's "👁 3,1K  04.03.2031 09:15" as a counter
                found = (closing(s) if s.startswith("©") else None) or _closing_stamp(s, settings)  # "© X, <date>"
            continue
        bullet = _BULLET.match(s)
        if bullet and headline_like(bullet["body"], settings) and not bullet["body"][0].islower():
            links.append(i)
        elif found is None and (found := closing(s) or _closing_stamp(s, settings) or _closing_header(s)
                                          or _closing_dateline(s) or _noted_stamp(s, settings)):
            reasons[i] = "attribution"
            reasons.update((k, "attribution") for k in below)
        elif found is None and (_note(s, settings) or _CONTACTS.match(s)):  # "Перевод с английского"
            reasons[i] = "attribution"  # or "Материал подготовлен редакцией X" or contacts below the date
        elif found is None and not links and len(below) < _BELOW and (not below and _OUTLET_LINE.match(s)
                                                                       or _SIGNED.match(s) or _ADDRESS.match(s)):
            below.append(i)  # "Folha Paulista" below the date; "Отдел печати / Министерство иностранных дел X"
        elif found is None and not below and not links and _END.match(s):  # "-КОНЕЦ-" below the closing date
            reasons[i] = "attribution"
        elif found is None and _SITE.fullmatch(s):  # the site's address signing the page, below its date stamp
            reasons[i] = "attribution"
        else:
            stop = s
            break
    stop = lines[below[0]].text.strip() if below and found is None else stop
    if not stop.endswith(":"):  # a list the text introduces ("договорились о следующем:") stays
        reasons.update((i, "related") for i in links)
    return found


# ... and an outlet's disclaimer, also naming the outlet ("… не отражают позицию редакции Мирового обозрения.")
_TRANSLATED = re.compile(rf"(?:{phrase_pattern('translated')})(?:(?<=редакции)(?:\s+[^\s.]+){{1,2}})?\.?\s*$",
                         re.IGNORECASE)
_PREPARED = re.compile(rf"^\(?(?:{phrase_pattern('prepared')})\s+\S[^,]*$", re.IGNORECASE)
# "Источник: Quito Herald, Эквадор", "Оригинал публикации: …", "Ссылка на источник": a closing note on the source
_CONTACTS = re.compile(rf"^(?:{phrase_pattern('contacts')})\s*[:—–-]\s*\S.*$", re.IGNORECASE)  # "Контакты для СМИ: …"
_SOURCE_NOTE = re.compile(rf"^(?:{phrase_pattern('source')})(?:\s*[:—–-]\s*\S.*)?$", re.IGNORECASE)


def _note(s: str, settings: CleanSettings) -> bool:
    """A closing note of a translation, alone or after the outlet's name (``Перевод с английского``, ``Daily Monitor.
    Перевод с английского``), or on who prepared the text or from what (``Материал подготовлен редакцией X``,
    ``(Подготовлено по материалам агентства Рейтер; перевод редакции)``, ``По материалам агентств``: a line without a
    comma, since ``По материалам следствия, …`` is a sentence), or on its source (``Источник: …``, ``Оригинал
    публикации: …``): no text of the story."""
    return len(s) <= settings.max_byline and bool(_TRANSLATED.search(s) or _PREPARED.match(s) or _SOURCE_NOTE.match(s))


def _noted_stamp(s: str, settings: CleanSettings) -> Closing | None:
    """A closing note and a date stamp on one line (``Перевод с польского. Опубликовано: 26.11.2031, 19:40``): the
    stamp's date."""
    parts = re.split(r"(?<=[.;])\s+", s, maxsplit=1)
    if len(parts) != 2:
        return None
    note, rest = parts
    return _closing_stamp(rest, settings) if _note(note, settings) else None


def _closing_stamp(s: str, settings: CleanSettings) -> Closing | None:
    """A closing line of a date stamp, alone or beside the author's byline or a photo credit (``14.03.2031 · Текст:
    Анна Рябцева``, ``Ольга Рябцева, BBC | 3 марта 2031``, ``03.03.2031 · Фото: AP``): the page's date."""
    head = signed_stamp(s, settings)
    return Closing(None, None, head.date) if head else None


def signed_stamp(s: str, settings: CleanSettings) -> Head | None:
    """A date stamp to the day, alone or beside the author's byline, a photo credit, the section or a counter
    (``17.09.2031, 09:12 · Текст: Анна Рябцева · Фото: AP``, ``Опубликовано: 11.03.2031 | Автор: Анна Рябцева |
    Рубрика: Политика``: ``boiler.is_field``), as a ``stamp`` head; else None."""
    head = stamp(s)
    if head is None and len(s) <= _STAMP_MAX:
        parts = _credits_whole(_SEGMENTS.split(s), settings)
        heads = [stamp(p) for p in parts]
        others = [p for p, h in zip(parts, heads, strict=True) if h is None]
        if len(others) < len(parts) and all(boiler.is_field(p, settings) or signed_name(p) for p in others):
            head = next((h for h in heads if h is not None and h.date is not None), None)
    return head if head and head.date and head.date.precision == "day" else None


def _credits_whole(parts: list[str], settings: CleanSettings) -> list[str]:
    """The segments of a stamp line with a credit's source after a slash joined to it again (``Фото: Марта Нуньес`` and
    ``EFE`` as ``Фото: Марта Нуньес / EFE``)."""
    out: list[str] = []
    for p in parts:
        if out and boiler.is_signature(out[-1], settings) and len(p.split()) <= 3 and stamp(p) is None \
                and not boiler.is_field(p, settings):
            out[-1] = f"{out[-1]} / {p}"
        else:
            out.append(p)
    return out


def _closing_header(s: str) -> Closing | None:
    """A closing line of a place and a full date (``Кабул | 25.11.2031``, ``(Лима, 3 марта 2031 года)``): where
    and when the text was written."""
    head = header(s)
    if head is None or head.place is None or head.date is None or head.date.precision != "day" or not head.date.year:
        return None
    return Closing(head.agency, head.place, head.date)


def _closing_dateline(s: str) -> Closing | None:
    """A closing line that is an agency's dateline alone, with its year (``Кито, 3 марта 2031 (АПИ)``, ``КИТО, 3 марта
    2031 г. /АПИ/``): where and when the text was written, printed below it as some agencies do."""
    head = dateline(s)
    if head is None or head.date is None or head.date.precision != "day" or not head.date.year \
            or s[lead_start(s):].strip(" .\t"):
        return None
    return Closing(head.agency, head.place, head.date)
