"""Cleaning: boilerplate removal and the document's title, source, date and dateline place.

``clean(raw)`` reads a plain text the way a reader would.  It drops the lines that are not the
article (share and comment widgets, headline blocks of other stories, trailing related links,
photo captions printed twice, a closing attribution line) and records each dropped region as a
``Span`` in raw offsets.  Every other line is kept verbatim and in order; whitespace-only lines
become empty and runs of them shrink to one.

Metadata comes only from evidence in the text: a dateline (``ПЕКИН, 15 дек. /Синьхуа/.``), a header
date (``(12 апреля 2018 года, Берлин)``), a closing attribution (``Пресс-служба МИД Франции,
03.04.2019``) or a ``<Site> в Telegram`` line.  A dateline without a year gets one only from the
text's own dated references (``dates.infer_year``); otherwise the document stays undated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .. import gazetteer, lexicon
from ..dates import find_dates, infer_year, parse_date
from ..morph import fold
from ..records import UNKNOWN_DATE, Document, PartialDate, Span
from ..settings import DEFAULT, CleanSettings, Settings

# Boilerplate words and phrases: data/clean_words.tsv and data/clean_phrases.tsv.
_WORDS = lexicon.words("clean_words.tsv")
_PHRASE_KINDS = frozenset({"heading", "subscribe", "credit"})
_PHRASES = lexicon.table("clean_phrases.tsv", (lexicon.Column("kind", choices=_PHRASE_KINDS), lexicon.Column("phrase")),
                         key=("kind", "phrase"))


def _phrases(kind: str) -> frozenset[str]:
    return frozenset(row["phrase"] for row in _PHRASES if row["kind"] == kind)


_NETWORKS = f"(?:{lexicon.alternation(_WORDS['NETWORKS'])})"
# Site names are capitalised words ("Вестник.Ru", "РИА Новости"); "Мы в Telegram" names no site.
_SOCIAL = re.compile(rf"^(?P<site>[A-ZА-ЯЁ0-9][\w.\-]*(?: [A-ZА-ЯЁ0-9][\w.\-]*){{0,2}}) в {_NETWORKS}[.!]?$")
_NOT_SITES = _WORDS["NOT_SITES"]

# Lines dropped wherever they stand (matched against the stripped line).
_LINE_RULES = (
    ("social", _SOCIAL),
    ("subscribe", re.compile(rf"^(?:{lexicon.alternation(_phrases('subscribe'))})\b.{{0,200}}$", re.IGNORECASE)),
    ("comments", re.compile(r"^(?:(?:новые |все )?комментарии|обсуждение)\s*(?:\(\d+\)|\d+|\+)?$"
                            r"|^\d+\s+комментари(?:й|я|ев)$", re.IGNORECASE)),
    ("navigation", re.compile(r"^(?:все|ещё|еще) (?:новости|материалы|статьи|публикации)(?: [^.!?]{0,40})?$",
                              re.IGNORECASE)),
    ("related", re.compile(r"^(?:читайте|смотрите) также\s*[:\-–—]\s*\S.{0,250}$", re.IGNORECASE)),
    ("credit", re.compile(rf"^(?:{lexicon.alternation(_phrases('credit'))})\s*:.{{1,100}}$", re.IGNORECASE)),
)

# Headings of blocks of other stories' headlines (folded, no final colon).
_HEADINGS = _phrases("heading")

_BULLET = re.compile(r"^[-–—•*]\s+(?P<body>\S.*)$")

# "Пресс-служба МИД Франции, 03.04.19" alone on the last line.
_CLOSING = re.compile(r"^(?P<who>[A-ZА-ЯЁ«\"][^,]{1,80}),\s*(?P<date>[^,]{6,40})$")
_PLACE_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁа-яёA-Za-z][а-яёa-z]+)*")

# "ПЕКИН, 15 дек. /Синьхуа/.", "ПАРИЖ. 5 апреля. ИНТЕРФАКС -", "НЬЮ-ЙОРК, 3 мая (Reuters) -".
_CAPS_PLACE = re.compile(r"^(?P<place>[A-ZА-ЯЁ]{2,}(?:[- ][A-ZА-ЯЁ]{2,}){0,3})\s*[,.]\s*")
_AGENCY_TAIL = re.compile(r"[\s.,]*(?:/(?P<slash>[^/\n]{1,60})/|\((?P<paren>[^)\n]{1,60})\)"
                          r"|[-–—]+\s*(?P<dash>[^.,\n]{1,40})|(?P<caps>[A-ZА-ЯЁ][A-ZА-ЯЁ -]{1,30}?)\s+[-–—])")
AGENCIES = gazetteer.listed("media")  # the news outlets of data/orgs_ru.tsv
_AGENCY = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, AGENCIES), key=len, reverse=True))})(?!\w)",
                     re.IGNORECASE)
_AGENCY_NAMES = {name.lower(): name for name in AGENCIES}

# "(12 апреля 2018 года, Берлин)", "Нижний Новгород, 12 апреля 2018 г.", "12.04.2018 14:35".
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_HEADER_PLACE = re.compile(rf"{_PLACE_WORD.pattern}(?: {_PLACE_WORD.pattern}){{0,2}}")  # "Нижний Новгород"
_PARTICLES = _WORDS["PLACE_PARTICLES"]  # Ростов-на-Дону, Рио-де-Жанейро


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What cleaning found: the body ``text`` and metadata, each ``None`` when the text gives none."""

    text: str
    removed: tuple[Span, ...] = ()
    title: str | None = None
    source: str | None = None
    published: PartialDate = UNKNOWN_DATE
    published_from: str = "none"  # "dateline", "text" (closing line) or "none"
    dateline_place: str | None = None


class _Line(NamedTuple):
    start: int  # raw offsets of the line, without its line break
    stop: int
    text: str


class _Head(NamedTuple):
    """A dateline or header date; ``date`` may lack its year."""

    place: str | None
    agency: str | None
    date: PartialDate


class _Closing(NamedTuple):
    org: str | None
    place: str | None
    date: PartialDate


def _split(raw: str) -> list[_Line]:
    lines, pos = [], 0
    for chunk in raw.split("\n"):
        body = chunk.removesuffix("\r")
        lines.append(_Line(pos, pos + len(body), body))
        pos += len(chunk) + 1
    return lines


def _headline_like(s: str, settings: CleanSettings) -> bool:
    """A short line that does not end as a sentence or an introduction does."""
    s = s.strip()
    return 0 < len(s) <= settings.max_headline and s[-1] not in ".:;,…" and any(c.isalpha() for c in s)


def _is_heading(s: str) -> bool:
    return fold(s.strip().rstrip(":")) in _HEADINGS


def _mark_lines(lines: list[_Line], reasons: dict[int, str]) -> str | None:
    """Drop single boilerplate lines; return the site named by a ``<Site> в Telegram`` line."""
    site = None
    for i, line in enumerate(lines):
        s = line.text.strip()
        for reason, rule in _LINE_RULES:
            m = rule.match(s)
            if m:
                reasons[i] = reason
                if reason == "social" and site is None and m["site"].lower() not in _NOT_SITES:
                    site = m["site"]
                break
    return site


def _mark_heading_blocks(lines: list[_Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop a heading such as "Другие новости" with the run of short headline lines after it."""
    for i, line in enumerate(lines):
        if i in reasons or not _is_heading(line.text):
            continue
        end = i
        for k in range(i + 1, len(lines)):
            s = lines[k].text.strip()
            if not s:
                continue
            if k not in reasons and not _headline_like(s, settings):
                break
            end = k
        for k in range(i, end + 1):
            if lines[k].text.strip():
                reasons[k] = "headlines"


def _mark_captions(lines: list[_Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop both copies of a short line printed twice in a row (a photo caption)."""
    previous = None
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s or i in reasons:
            continue
        if previous is not None and lines[previous].text.strip() == s and _headline_like(s, settings):
            reasons[previous] = reasons[i] = "caption"
        previous = i


def _closing(s: str) -> _Closing | None:
    """``Org, <date>``: the org is the source; a lone place name ("Минск, 30 мая 2019 г.") is a place."""
    m = _CLOSING.match(s)
    date = parse_date(m["date"]) if m else None
    if date is None or date.precision != "day" or len(m["who"].split()) > 8:
        return None
    who = m["who"].strip()
    if _PLACE_WORD.fullmatch(who):
        return _Closing(None, who, date)
    return _Closing(who, None, date)


def _mark_tail(lines: list[_Line], reasons: dict[int, str], settings: CleanSettings) -> _Closing | None:
    """Drop trailing related-story links and a closing attribution line; return the attribution."""
    links, closing, stop = [], None, ""
    for i in reversed(range(len(lines))):
        s = lines[i].text.strip()
        if not s or i in reasons:
            continue
        bullet = _BULLET.match(s)
        if bullet and _headline_like(bullet["body"], settings) and not bullet["body"][0].islower():
            links.append(i)
        elif closing is None and (found := _closing(s)):
            closing = found
            reasons[i] = "attribution"
        else:
            stop = s
            break
    if not stop.endswith(":"):  # a list the text introduces ("договорились о следующем:") stays
        reasons.update((i, "related") for i in links)
    return closing


def _spans(lines: list[_Line], reasons: dict[int, str]) -> tuple[Span, ...]:
    """Removed lines as raw spans; neighbours with the same reason (blank lines between) merge."""
    spans: list[Span] = []
    last = -1
    for i in sorted(reasons):
        between_blank = all(not lines[k].text.strip() for k in range(last + 1, i))
        if spans and spans[-1].reason == reasons[i] and between_blank:
            spans[-1] = Span(spans[-1].start, lines[i].stop, reasons[i])
        else:
            spans.append(Span(lines[i].start, lines[i].stop, reasons[i]))
        last = i
    return tuple(spans)


def _join(kept: list[_Line]) -> str:
    body = "\n".join(line.text if line.text.strip() else "" for line in kept)
    return re.sub(r"\n{3,}", "\n\n", body).strip()


def _title_case(place: str) -> str:
    """``НЬЮ-ЙОРК`` -> ``Нью-Йорк``, ``РОСТОВ-НА-ДОНУ`` -> ``Ростов-на-Дону``; mixed case is kept."""
    if not place.isupper():
        return place
    parts = re.split(r"([- ])", place.lower())
    return "".join(p if i and p in _PARTICLES else p.capitalize() for i, p in enumerate(parts))


def _agency(tail: str) -> str | None:
    """The agency named right after a dateline's date: ``/БелТА/``, ``(Reuters)``, ``– РИА Новости``."""
    m = _AGENCY_TAIL.match(tail)
    if m is None:
        return None
    said = next(g for g in m.groups() if g).strip()
    known = _AGENCY.search(said)
    if known:
        return _AGENCY_NAMES[known.group().lower()]
    if (m["slash"] or m["paren"]) and said[:1].isupper() and len(said.split()) <= 4:
        return said
    return None  # after a dash an unknown name may be the lead sentence itself


def _dateline(s: str) -> _Head | None:
    """``PLACE, day month[ year]`` at the start of a line, with the agency that may follow."""
    m = _CAPS_PLACE.match(s)
    if m is None:
        return None
    rest = s[m.end():]
    found = find_dates(rest)
    if not found or found[0][0] != 0 or found[0][2].day is None:
        return None
    _, stop, date = found[0]
    return _Head(_title_case(m["place"]), _agency(rest[stop:]), date)


def _header(s: str) -> _Head | None:
    """A line that is only a date with a day, maybe a time and place names, maybe in parentheses."""
    inner = s[1:-1] if s.startswith("(") and s.endswith(")") else s
    found = find_dates(inner)
    if len(found) != 1 or found[0][2].day is None:
        return None
    start, stop, date = found[0]
    rest = _TIME.sub(" ", inner[:start] + "," + inner[stop:])
    words = [w.strip(" .—–-|") for w in rest.split(",") if w.strip(" .—–-|")]
    if not all(_HEADER_PLACE.fullmatch(w) for w in words):  # "Берлин", "Берлин, Германия" or nothing
        return None
    return _Head(words[0] if words else None, None, date)


def _title(lines: list[_Line], reasons: dict[int, str], settings: CleanSettings) -> str | None:
    """The first line when it reads as a headline, or a caption printed twice at the very top."""
    for i, line in enumerate(lines):
        s = line.text.strip()
        reason = reasons.get(i)
        if not s or reason not in (None, "caption"):
            continue
        if reason == "caption" or (_headline_like(s, settings) and not _dateline(s) and not _header(s)):
            return s
        return None
    return None


def _with_year(date: PartialDate, text: str) -> PartialDate:
    if date.year:
        return date
    year = infer_year(date.month, date.day, text)
    return PartialDate(year, date.month, date.day) if year else UNKNOWN_DATE


def clean(raw: str, settings: CleanSettings = DEFAULT.clean) -> CleanResult:
    """Clean ``raw`` and read its metadata; see the module docstring for the rules."""
    lines = _split(raw)
    reasons: dict[int, str] = {}
    site = _mark_lines(lines, reasons)
    _mark_heading_blocks(lines, reasons, settings)
    _mark_captions(lines, reasons, settings)
    closing = _mark_tail(lines, reasons, settings)
    kept = [line for i, line in enumerate(lines) if i not in reasons]
    text = _join(kept)

    head = None
    for s in [line.text.strip() for line in kept if line.text.strip()][:settings.top_lines]:
        head = _dateline(s) or _header(s)
        if head:
            break
    published, published_from = UNKNOWN_DATE, "none"
    if head and (date := _with_year(head.date, text)).precision == "day":
        published, published_from = date, "dateline"
    elif closing:
        published, published_from = closing.date, "text"
    return CleanResult(
        text=text,
        removed=_spans(lines, reasons),
        title=_title(lines, reasons, settings),
        source=(head and head.agency) or (closing and closing.org) or site,
        published=published,
        published_from=published_from,
        dateline_place=(head and head.place) or (closing and closing.place),
    )


class CleanStage:
    """Pipeline stage: ``raw`` -> cleaned ``text`` and metadata.  Metadata the reader already set
    (a title, a source, a published date from HTML or JSON Lines) wins over what the text gives."""

    name = "clean"
    requires = frozenset({"raw"})
    provides = frozenset({"text", "removed", "title", "source", "published", "published_from", "dateline_place"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings.clean

    def __call__(self, doc: Document) -> Document:
        result = clean(doc.raw, self.settings)
        if doc.published.precision != "unknown":
            published, published_from = doc.published, "metadata"
        else:
            published, published_from = result.published, result.published_from
        return doc.replace(text=result.text, removed=result.removed, title=doc.title or result.title,
                           source=doc.source or result.source, published=published,
                           published_from=published_from, dateline_place=result.dateline_place)
