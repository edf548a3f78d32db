"""The publication date an HTML page states, read from its markup: ``page_date``.

In order of trust:

1. the header's own statement: a ``<meta>`` tag of a publication date in any of the usual schemes
   (``article:published_time``, ``og:published_time``, ``datePublished`` microdata, ``pubdate``, ``DC.date.issued``,
   ``dcterms.created``, ``sailthru.date``, ``parsely-pub-date`` …, never a modification's) or a JSON-LD
   ``"datePublished"`` (also inside an ``@graph``), and an element marked ``itemprop="datePublished"`` or ``pubdate``;
2. an element printed above the article's text that is the page's date: marked as a date by its class
   (``<div class="article__date">``, a byline beside its date), a ``<time datetime>``, a ``data-published``
   attribute, or any short text that is a date stamp (``4 марта 2031 г., 12:30 · Обновлено: 5 марта …``,
   ``heads.stamp``); a date an update label introduces (``Обновлено``, ``Updated``) is no publication date.  Of
   several, the first below the headline (``<h1>``), else the nearest above the text: a listing of other stories
   or the site's header stands higher on the page (a text no class marks as a date counts above the headline only
   on a page without one: ``Понедельник, 30 ноября 2026`` in a site's header is the day of reading);
3. the day the page's canonical address is dated to (``…/2031/03/04/slug/``);
4. such an element right below the text, before any link or heading of another story (a post's
   ``<time>`` under it, ``<p class="date">`` closing the article);
5. htmldate's markup search (``found``), with no reference to the day it runs: its default latest date is today,
   which would leave a page dated after the day of reading undated and make the export depend on the wall clock;
6. the one date every element the page marks as a date gives (a text no class marks does not count here).
"""
from __future__ import annotations

import datetime
import functools
import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .stages.clean.heads import Head

# htmldate's parameters: the markup only (its extensive search turns "© 2021" into 2021-01-01), the original date
# not the latest update's, and no upper bound from the wall clock (see the module notes).
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}

# A <meta> tag of a publication date: its name, property or itemprop, then its content.
_META = re.compile(r"<meta\b[^>]{0,400}>", re.I)
_META_KEY = re.compile(r"""\b(?:name|property|itemprop|http-equiv)\s*=\s*["']([^"']{1,80})["']""", re.I)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*["']([^"']{4,80})["']""", re.I)
_PUBLISHED_KEY = re.compile(r"publish|pub_?date|date_?published|issued|created|^(?:dc\.|dcterms\.)?date$"
                            r"|sailthru\.date|citation_(?:publication_)?date|^date$", re.I)
_NOT_PUBLISHED = re.compile(r"modif|updat|expir|revis|edit|crawl|index", re.I)
_JSON_LD = re.compile(r"<script\b[^>]{0,200}application/ld\+json[^>]{0,100}>(.*?)</script>", re.I | re.S)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
# An element the page marks as its publication date: microdata or the old HTML5 ``pubdate`` attribute.
_MARKED = re.compile(r"""<[a-z]+\b[^>]{0,300}?(?:itemprop\s*=\s*["']datePublished["']|\bpubdate\b)[^>]{0,300}>"""
                     r"([^<]{0,100})", re.I)
_ATTR_DATE = re.compile(r"""\b(?:datetime|content|title|data-(?:published|publish-date|pubdate|date|datetime|time))"""
                        r"""\s*=\s*["']\s*(\d{4}-\d{2}-\d{2})""", re.I)

# An element marked as a date by its class (``<div class="date">3 марта 2031 года, 09:15 (МСК)</div>``, also with its
# text inside a link or a span: ``<div class="article__info-date"><a>14:37 03.03.2031</a>``) or as its byline with the
# date beside the author (``<p class="byline">Анна Осокина · 3 марта 2031 г.</p>``); a ``<time datetime="…">`` or an
# element with a ``data-published``-like attribute; any other text of the page, which counts only as a whole stamp.
_ELEMENT = re.compile(r"<(?:div|span|p|time|li|a|abbr)\b[^>]{0,200}?(?:class|itemprop)\s*=\s*[\"'][^\"']{0,60}?"
                      r"(?:date|time|publish|byline)[^\"']{0,60}[\"'][^>]{0,200}>(?:\s*<(?!/)[^<>]{0,200}>){0,2}"
                      r"(?P<marked>[^<]{6,100})<"
                      r"|<[a-z]+\b[^>]{0,200}?\b(?:datetime|data-(?:published|publish-date|pubdate|date|datetime))"
                      r"\s*=\s*[\"']\s*(?P<attr>\d{4}-\d{2}-\d{2})[^>]{0,200}>"
                      r"|>(?P<plain>[^<]{6,100})<", re.I)
# An element marked as an update's date alone (WordPress's "entry-date published updated" is the publication's too)
_UPDATE_MARK = re.compile(r"""(?:class|itemprop)\s*=\s*["'](?![^"']{0,120}publish)[^"']{0,60}(?:modif|updat)""", re.I)
_OTHER_STORY = re.compile(r"<a\b[^>]{0,300}>\s*[^<\s][^<]{10,}|<h[2-6]\b", re.I)  # a linked headline, a heading
_H1 = re.compile(r"<h1\b", re.I)
_ISO_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?!\d)")  # "2031-03-04T12:30", "20310304"


def page_date(html: str, text: str, found: str | None, url_day: str | None) -> str | None:
    """The ISO day an HTML page was published (module notes), else None; ``text``: the article's extracted text,
    ``found``: htmldate's date, ``url_day``: the day of the page's canonical address."""
    header = header_date(html)
    if header:
        return header
    start, end = _text_bounds(html, text)
    dated = _dated_elements(html)
    h1 = _H1.search(html, 0, start)
    above = [(at, iso) for at, iso, plain in dated if at < start and not (plain and h1 and at < h1.start())]
    below_title = [iso for at, iso in above if h1 and at > h1.start()]
    if below_title or above:
        return below_title[0] if below_title else above[-1][1]
    if url_day:
        return url_day
    after = next(((at, iso) for at, iso, _ in dated if at >= end), None)
    if after and not _OTHER_STORY.search(html, end, after[0]):
        return after[1]
    if found:
        return found
    marked = {iso for _, iso, plain in dated if not plain}
    return marked.pop() if len(marked) == 1 else None


def header_date(html: str) -> str | None:
    """The publication day the page's header states: a ``<meta>`` tag of a publication date, a JSON-LD
    ``datePublished`` or an element marked ``itemprop="datePublished"`` / ``pubdate`` (module notes), else None.
    Where the tags and JSON-LD disagree (a site's template printing a wrong year in one tag), the day most of them
    state; of as many, the first."""
    said = []
    for tag in _META.findall(html):
        key, content = _META_KEY.search(tag), _META_CONTENT.search(tag)
        if key and content and _PUBLISHED_KEY.search(key.group(1)) and not _NOT_PUBLISHED.search(key.group(1)):
            said.append(_day(content.group(1)))
    for script in _JSON_LD.findall(html):
        said.append(next(filter(None, map(_day, _LD_DATE.findall(script))), None) or _ld_date(script))
    said = [day for day in said if day]
    if said:
        return max(said, key=said.count)
    for m in _MARKED.finditer(html):  # an element marked so may be another story's, lower on the page: no vote
        attr = _ATTR_DATE.search(m.group(0))
        day = _day(attr.group(1)) if attr else _stamp_day(m.group(1))
        if day:
            return day
    return None


def _ld_date(script: str) -> str | None:
    """``datePublished`` of a JSON-LD block written with escapes or spacing the plain search misses."""
    try:
        data = json.loads(script)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str) and (day := _day(item["datePublished"])):
                return day
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _day(value: str) -> str | None:
    """The ISO day of a machine-readable date (``2031-03-04T12:30:00+03:00``, ``2031-03-04``, ``20310304``, an RSS
    date) or of a printed one with its year, else None."""
    from .dates import find_dates

    value = value.strip()
    m = _ISO_DAY.match(value)
    if m:
        try:  # a day its month has ("2031-02-31" is none)
            return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    dates = find_dates(value)
    return dates[0][2].iso() if dates and dates[0][2].precision == "day" and dates[0][2].year else None


def _stamp_day(s: str) -> str | None:
    """The publication day of a text that is a date stamp alone (``heads.stamp``: dates, times and their labels;
    an update's date is none), else None."""
    return _head_day(_stamp_head(s))


def _stamp_head(s: str) -> Head | None:
    """``heads.stamp`` of ``s`` with its spacing made single: a ``Head`` when ``s`` is a date stamp alone, else None."""
    return _stamp()(" ".join(s.split()))


def _head_day(head: Head | None) -> str | None:
    """The ISO publication day of a stamp's ``Head`` (to the day, with its year), else None."""
    return head.date.iso() if head and head.date and head.date.precision == "day" and head.date.year else None


@functools.cache
def _stamp():
    from .stages.clean.heads import stamp

    return stamp


def _dated_elements(html: str) -> list[tuple[int, str, bool]]:
    """``(offset, ISO day, plain)`` of each element of the page that dates it (``_ELEMENT``), in page order; plain:
    a text no class marks, which counts only as a whole stamp.  An element marked as an update's is left out."""
    from .dates import find_dates

    out = []
    for m in _ELEMENT.finditer(html):
        if m["attr"]:
            day = None if _UPDATE_MARK.search(m.group(0)) else _day(m["attr"])
        elif m["marked"]:
            attr = _ATTR_DATE.search(m.group(0))  # "<span class="date" data-published="2031-03-04">4 марта, 12:30"
            head = _stamp_head(m["marked"])
            day = None if _UPDATE_MARK.search(m.group(0)) else _day(attr.group(1)) if attr else _head_day(head)
            if day is None and not _update_alone(head):  # a byline beside its date
                dates = find_dates(m["marked"])
                day = dates[0][2].iso() if dates and dates[0][2].precision == "day" else None
        else:
            day = _stamp_day(m["plain"]) if any(c.isdigit() for c in m["plain"]) else None
        if day:
            out.append((m.start(), day, bool(m["plain"])))
    return out


def _update_alone(head: Head | None) -> bool:
    """Whether a stamp's ``Head`` (None: no stamp) gives an update's date alone (``Обновлено 6 марта 2031, 09:10``)."""
    return head is not None and head.date is None and head.updated is not None


def _text_bounds(html: str, text: str) -> tuple[int, int]:
    """Where on the page the article's text begins and ends: the first words of its first paragraph (a line of 60
    characters or more; a counter or a headline above it may stand elsewhere on the page) and the last words of its
    last one (40 characters or more); the end of the page for either that is not found."""
    lines = text.split("\n")
    first = next((line for line in lines if len(line) >= 60), "")
    last = next((line for line in reversed(lines) if len(line) >= 40), "")
    start = _find_words(html, re.findall(r"\w+", first)[:4])
    end = _find_words(html, re.findall(r"\w+", last)[-4:], start if start < len(html) else 0, last=True)
    return start, end


def _find_words(html: str, words: list[str], pos: int = 0, last: bool = False) -> int:
    """Where ``words`` stand on the page, one after another (their start, or with ``last`` their end), from ``pos``;
    the end of the page when they are too few or not found."""
    if len(words) < 2:
        return len(html)
    m = re.compile(r"\W+".join(map(re.escape, words))).search(html, pos)
    return (m.end() if last else m.start()) if m else len(html)
