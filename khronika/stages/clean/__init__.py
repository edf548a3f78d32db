"""Cleaning: boilerplate removal and the document's title, source, date and dateline place.

``clean(raw)`` reads a plain text the way a reader would.  It drops the lines that are not the
article (share and comment widgets, menus, headline blocks of other stories, trailing related links,
photo captions printed twice, photo credits, bylines, tag lists, date stamps, a closing attribution
line: ``boiler.py``; a listing page's dated teasers: ``listing.py``) and records each dropped region as a
``Span`` in raw offsets.  Every other line is kept verbatim and in order (less a bracketed marker printed
before every line); whitespace-only lines become empty and runs of them shrink to one.

Metadata comes only from evidence in the text (``heads.py``, closing lines ``tails.py``): a dateline (``ПЕКИН, 15 дек.
/Синьхуа/.``; a lead opening with its city alone, ``Ташкент. Президент …``, places the page and dates nothing), a
header date (``(12 апреля 2018 года, Берлин)``), a date stamp (``Опубликовано: 02.12.2025, 17:53``) among the first
lines, a closing attribution (``Пресс-служба МИД Франции,
03.04.2019``), the signing line a treaty closes on (``Совершено в г. X 26 ноября 2031 года``) or a ``<Site> в
Telegram`` line.  A dateline without a year takes the year of a stamp
of the same page, else one inferred from the text's own dated references (``dates.infer_year``);
otherwise the document stays undated.  A page dated only relative to the day of reading (``Вчера, 18:30``) takes
the day of reading its footer prints, less the days it says (``reading.py``); the only stamp of a page, an update's
(``Обновлено 24.11.2031``), dates the version read.  A digest's items are found in the cleaned text (``items.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...dates import foot_day, infer_year, stamp_day
from ...records import UNKNOWN_DATE, Document, PartialDate, Span
from ...settings import DEFAULT, CleanSettings, Settings
from . import boiler, listing, reading, rows
from .heads import AGENCIES, Head, dateline, header, labelled, stamp, titled, yearless_day
from .items import digest_items
from .lines import Line, headline_like, sentence_like, split
from .place_lines import place_line
from .tails import Closing, mark_tail, signed_on, signed_stamp

__all__ = ["AGENCIES", "CleanResult", "CleanStage", "clean"]


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
    items: tuple[tuple[int, int], ...] = ()  # a digest's items (items.py)
    day_month: tuple[int, int] | None = None  # (month, day) of a year-less dateline or stamp (left undated, or its
    # year inferred from the text): what an ingest's reference date gives a year


def _spans(lines: list[Line], reasons: dict[int, str], cut: list[tuple[int, int]]) -> tuple[Span, ...]:
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
    inside = [(s.start, s.stop) for s in spans]
    cut = [(a, b) for a, b in cut if not any(start <= a and b <= stop for start, stop in inside)]
    return tuple(sorted(spans + [Span(start, stop, "prefix") for start, stop in cut], key=lambda s: s.start))


def _join(kept: list[Line]) -> str:
    body = "\n".join(line.text if line.text.strip() else "" for line in kept)
    return re.sub(r"\n{3,}", "\n\n", body).strip()


def _title(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> str | None:
    """The first line (below date lines and the outlet's name) when it reads as a headline, or a caption printed twice
    at the top."""
    for i, line in enumerate(lines):
        s = line.text.strip()
        reason = reasons.get(i)
        if not s or reason not in (None, "caption"):
            continue
        if reason != "caption" and (header(s) or labelled(s)):  # a date line above the headline (a breadcrumb too)
            continue
        if reason != "caption" and rows.outlet_name(s):  # the site's name above the headline ("Интерфакс")
            continue
        if reason == "caption" or (headline_like(s, settings) and not dateline(s)):
            return s
        return None
    return None


def _heads(lines: list[Line], reasons: dict[int, str], settings: CleanSettings,
           at: set[int] | None = None) -> list[Head]:
    """Datelines, header dates and stamps among the first lines (the lines of stamps and header dates added to
    ``at``); a stamp line is marked ``stamp``.  Short lines that are no sentence (menu leftovers, a title) do not count
    against ``top_lines``.  A full date above the site's navigation gives way to one below it (``_below_navigation``).
    """
    heads, counted, seen, opened = [], 0, 0, False  # opened: a paragraph (a sentence) seen
    above_nav = 0  # how many heads stand above the site's navigation (a menu, a breadcrumb)
    for i, line in enumerate(lines):
        s = line.text.strip()
        if s and not opened and (reasons.get(i) in ("ui", "menu") or _home_row(s)):
            above_nav = len(heads)
        if s and reasons.get(i) in ("ui", "menu", "counter") and (head := _row_date(s)):  # "Главная » Политика »
            # 12.07.2030", "🕒 12.07.2030  👁 512"
            heads.append(head)
        elif s and not opened and reasons.get(i) in ("credit", "byline") and (head := signed_stamp(s, settings)):
            heads.append(head)  # "17.09.2031, 09:12 · Текст: Анна Рябцева · Фото: AP" above the text, a credit's line
        if not s or i in reasons:
            continue
        # "28.11.2031, 10:00 · Текст: Анна Рябцева" above the text: a stamp beside its byline, dropped whole
        head = (dateline(s) or header(s) or stamp(s) or (None if opened else signed_stamp(s, settings))
                or labelled(s) or titled(s) or (None if opened else place_line(s)))
        if head:
            heads.append(head)
            if at is not None and head.kind in ("stamp", "header"):
                at.add(i)
            if head.kind == "stamp":
                reasons[i] = "stamp"
        seen += 1
        opened = opened or sentence_like(s)
        counted += sentence_like(s) or len(s.split()) > settings.menu_max_words
        if counted >= settings.top_lines or seen >= settings.scan_lines:
            break
    return _below_navigation(heads, above_nav)


def _full(head: Head) -> bool:
    """Does the head give a full date (day and year)?"""
    return head.date is not None and bool(head.date.day and head.date.year)


def _below_navigation(heads: list[Head], above_nav: int) -> list[Head]:
    """The heads without the full dates above the site's navigation when one below it gives the page's own: a site's
    header prints the day of reading (``Понедельник, 30 ноября 2026`` / ``Главная / Новости`` / headline /
    ``04.03.2026 12:30``)."""
    if above_nav and any(map(_full, heads[above_nav:])):
        return [h for h in heads[:above_nav] if not _full(h)] + heads[above_nav:]
    return heads


def _home_row(s: str) -> bool:
    """A row that opens with the site's home page (``Главная / Новости``): a breadcrumb, whatever rule dropped it."""
    items = rows.row_items(s)
    return len(items) >= 2 and boiler.is_ui(items[0])


def _row_date(s: str) -> Head | None:
    """The one date to the day and year among the items of a row of page controls or menu items (``Главная »
    Политика » 12.07.2030``, ``12.07.2030   👁 1,2K   Поделиться``): the page's date stamp."""
    dated = [h.date for h in map(stamp, rows.row_items(s)) if h is not None and h.date is not None]
    return Head(None, None, dated[0], "stamp") if len(dated) == 1 and dated[0].year else None


def _with_year(date: PartialDate, year: int | None) -> PartialDate:
    return PartialDate(year, date.month, date.day) if year else UNKNOWN_DATE


def _published(heads: list[Head], text: str) -> PartialDate:
    """The date of the dateline, else of the first head with a day.  Without a year it takes the
    year of a head's full date (the year before or after when the months lie far apart), else the
    text's evidence (or none)."""
    dated = [h for h in heads if h.date and h.date.day]
    if not dated:
        return UNKNOWN_DATE
    first = next((h for h in dated if h.kind == "dateline"), dated[0]).date
    if first.year:
        return first
    full = next((h.date for h in dated if h.date.year), None)
    if full:
        gap = first.month - full.month  # a December dateline on a January page, or the reverse
        return _with_year(first, full.year - (gap > 6) + (gap < -6))
    return _with_year(first, infer_year(first.month, first.day, text))


def _day_month(heads: list[Head], text: str, raw_lines: list[str]) -> tuple[int, int] | None:
    """``(month, day)`` of a page left undated (or dated by a year the text's references gave): of its year-less
    dateline (else of its year-less heads with a day, when they tell one day: a ticker's items tell several), else of
    a year-less dateline the cleaned text opens with (``yearless_day``), else of a year-less stamp closing a post
    (``foot_day``) or of a line of its own among the first or last lines (``stamp_day``: ``24 нояб. в 10:05 · 🌐``);
    what an ingest's reference date gives a year (``khronika.reference``)."""
    dated = [h.date for h in heads if h.date and h.date.day and h.date.month and not h.date.year]
    lines = [h.date for h in heads if h.kind == "dateline" and h.date and h.date.day and not h.date.year]
    if lines:
        return lines[0].month, lines[0].day
    if dated:  # stamps of several days at the top: a list of items each of its own day (a ticker), no page's day
        days = {(d.month, d.day) for d in dated}
        return (dated[0].month, dated[0].day) if len(days) == 1 else None
    stamps = set(filter(None, map(stamp_day, _stamp_ends(raw_lines))))  # of one day, or a ticker's items
    day = yearless_day(text) or foot_day(text) or (stamps.pop() if len(stamps) == 1 else None)
    return (int(day[:2]), int(day[3:])) if day else None


def _stamp_ends(lines: list[str]) -> list[str]:
    """The first and last lines of a page that are not blank, where a post's stamp of its own line stands."""
    kept = [s for s in lines if s.strip()]
    return kept[:_STAMP_LINES] + kept[-_STAMP_LINES:]


_STAMP_LINES = 4  # a stamp of its own line among the first or last lines of a page (``24 нояб. в 10:05 · 🌐``)


def _year_inferred(heads: list[Head]) -> bool:
    """Whether the page's date took its year from the text's references (``infer_year``): no head of it has one."""
    return not any(h.date and h.date.day and h.date.year for h in heads)


def clean(raw: str, settings: CleanSettings = DEFAULT.clean) -> CleanResult:
    """Clean ``raw`` and read its metadata; see the module docstring for the rules."""
    lines, cut = boiler.strip_prefix(split(raw), settings)
    reasons: dict[int, str] = {}
    site = boiler.mark_lines(lines, reasons, settings)
    rows.mark_rows(lines, reasons, settings, boiler.is_ui)
    rows.mark_label_bylines(lines, reasons)
    rows.mark_dangling_bylines(lines, reasons)
    boiler.mark_photo_labels(lines, reasons, settings)
    boiler.mark_menus(lines, reasons, settings)
    boiler.mark_feeds(lines, reasons, settings)
    listing.mark_listing(lines, reasons)
    boiler.mark_heading_blocks(lines, reasons, settings)
    boiler.mark_comments(lines, reasons, settings)
    boiler.mark_captions(lines, reasons, settings)
    closing: Closing | None = mark_tail(lines, reasons, settings)
    boiler.mark_tail_headlines(lines, reasons, settings)
    at: set[int] = set()
    heads = _heads(lines, reasons, settings, at)
    rows.mark_stamp_bylines(lines, reasons, at)
    rows.mark_author_box(lines, reasons)
    rows.mark_closing_byline(lines, reasons, lambda s: stamp(s) is not None)
    rows.mark_heading_byline(lines, reasons)
    text = _join([line for i, line in enumerate(lines) if i not in reasons])

    published, published_from = UNKNOWN_DATE, "none"
    if heads and (date := _published(heads, text)).precision == "day":
        published, published_from = date, "dateline"
    elif (day := reading.read_day(lines, settings)) is not None:  # "Вчера, 18:30" … "Страница сформирована <date>"
        published, published_from = day, "text"
    elif closing:
        published, published_from = closing.date, "text"
    elif (signed := signed_on(lines)) is not None:  # "Совершено в г. X 26 ноября 2031 года …"
        published, published_from = signed, "text"
    elif (updated := next((h.updated for h in heads if h.updated and h.updated.year), None)) is not None:
        published, published_from = updated, "dateline"  # only an update's stamp, "Обновлено 24.11.2031": its day
    line = next((h for kind in ("dateline", "header") for h in heads if h.kind == kind), None)
    city = next((h.place for h in heads if h.kind == "place"), None)  # "Ташкент. Президент …" under a stamp
    return CleanResult(
        text=text,
        removed=_spans(lines, reasons, cut),
        title=_title(lines, reasons, settings),
        source=(line and line.agency) or (closing and closing.org) or site
        or next((h.site for h in heads if h.site), None)
        or next((h.agency for h in heads if h.kind == "place" and h.agency), None),  # "ЛИЛОНГВЕ, (MANA) –"
        published=published,
        published_from=published_from,
        dateline_place=(line and line.place) or (closing and closing.place) or city,
        items=digest_items(text),
        day_month=_day_month(heads, text, [line.text for line in lines]) if published.precision == "unknown" or (
            published_from == "dateline" and _year_inferred(heads)) else None,
    )


class CleanStage:
    """Pipeline stage: ``raw`` -> cleaned ``text`` and metadata.  Metadata the reader already set
    (a title, a source, a published date from HTML or JSON Lines) wins over what the text gives."""

    name = "clean"
    requires = frozenset({"raw"})
    provides = frozenset({"text", "removed", "title", "source", "published", "published_from", "dateline_place",
                          "items", "day_month"})

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
                           published_from=published_from, dateline_place=result.dateline_place,
                           items=result.items, day_month=result.day_month)
