"""A listing page's teasers: a tag's, a rubric's or a topic's page lists other stories, each a block with its headline
as a link and a short summary below it (``<div class="teaser"><a href="…"><h3>X и Y провели переговоры</h3></a>
<p>Стороны договорились …</p></div>``), often under day headings (``<h2>4 декабря</h2>``).

The text extraction reads such a page poorly: it leaves out the headlines (link text, as it would a menu's) and often
all teasers but the first few, so that the stories the page tells are lost.  ``with_teasers`` gives the page's text
as a reader sees it: each heading between the teasers, then each teaser's headline and summary, a paragraph each.

A teaser is the smallest block holding one link of ``MIN_WORDS`` words or more (a headline, not "Подробнее") and,
outside it, a paragraph of prose.  A page is a listing when ``MIN_TEASERS`` teasers or more stand in one container
and the extracted text holds nothing but what they and the headings say (an article's body is no teaser, whatever
"related stories" block with summaries it closes on).
"""
from __future__ import annotations

import re

from . import lexicon
from .dates import parse_date
from .html_tree import page_tree

MIN_TEASERS = 3  # a listing shows at least this many stories
MIN_WORDS = 4  # a headline has words enough to tell a story
STAMP_WORDS = 4  # the most words of a line of the extracted text that no teaser holds on a listing (a stamp, a label)
_BLOCKS = ("div", "article", "li", "section")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_SKIPPED = frozenset({"aside", "nav", "footer", "header", "script", "style", "form"})
_SPACES = re.compile(r"\s+")


def _plain(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _headline(link) -> str | None:
    """A link's text of ``MIN_WORDS`` words or more: a headline (its address may be stripped by the scraper, ``<a
    class="card__title">``, or be a script's)."""
    text = _plain(link.text_content())
    return text if len(text.split()) >= MIN_WORDS else None


def _summary(block, link) -> list[str]:
    """The prose paragraphs of ``block`` outside its headline's link."""
    inside = set(link.iter())
    return [text for p in block.iter("p") if p not in inside and len((text := _plain(p.text_content())).split()) >= 2]


def _skipped(element) -> bool:
    return any(a.tag in _SKIPPED for a in element.iterancestors()) or element.tag in _SKIPPED


def _teasers(root) -> dict:
    """The page's teaser blocks, each with its headline and summary (module notes)."""
    found: dict = {}
    for link in root.iter("a"):
        headline = _headline(link)
        if headline is None or _skipped(link):
            continue
        for block in link.iterancestors(*_BLOCKS):
            if summary := _summary(block, link):
                links = [a for a in block.iter("a") if _headline(a) is not None]
                if len(links) == 1:
                    found[block] = (headline, summary)
                break
    return found


def listing(html: str) -> list[str] | None:
    """The paragraphs of a listing page as a reader sees it (module notes), else None."""
    found = _listing(html)
    return found[0] if found else None


def _listing(html: str) -> tuple[list[str], list[str]] | None:
    """A listing page's paragraphs and the whole text of each of its teasers (the lines beside the headline and summary
    too: an aggregator's sources ``ТАСС · ещё 5 источников``, a time), else None."""
    root = page_tree(html)
    if root is None:
        return None
    teasers = _teasers(root)
    if len(teasers) < MIN_TEASERS:
        return None
    by_parent: dict = {}
    for block in teasers:  # the container whose teasers these are: the one holding most of them
        for above in block.iterancestors():
            by_parent.setdefault(above, []).append(block)
    container = next((c for c in root.iter() if len(by_parent.get(c, ())) == len(teasers)), None)
    if container is None:
        return None
    out: list[str] = []
    h1 = root.xpath("//h1")
    if h1 and not _skipped(h1[0]) and h1[0] not in set(container.iter()):
        out.append(_plain(h1[0].text_content()))
    inside: set = set()
    for element in container.iter():
        if not isinstance(element.tag, str) or element in inside or _skipped(element):
            continue
        if element in teasers:
            headline, summary = teasers[element]
            out += [headline, *summary]
            inside |= set(element.iter())
        elif (element.tag in _HEADINGS or _day_heading(element)) and (text := _plain(element.text_content())):
            out.append(text)
    return out, [_plain(block.text_content()) for block in teasers]


_DAY_TAGS = frozenset({*_BLOCKS, "p", "span", "time", "strong", "b"})
_RELATIVE_DAYS = lexicon.words("clean_words.tsv")["RELATIVE_DAYS"]  # "Вчера" as a day heading


def _day_heading(element) -> bool:
    """A block between the teasers that holds a day alone (``<div class="day">23 июня</div>``, ``<span>Вчера</span>``):
    the day the stories below it were told, a heading as an ``<h2>`` is."""
    text = _plain(element.text_content())
    if element.tag not in _DAY_TAGS or not text or len(text) > 40 or any(
            isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
        return False
    date = parse_date(text.split(",")[0])  # "24 ноября, 17:30"
    return date is not None and date.day is not None or text.lower() in _RELATIVE_DAYS


def with_teasers(html: str, text: str) -> str:
    """``text`` (the extracted body, a blank line between paragraphs) read again as a listing's teasers when the page
    is a listing (module notes); as is on any other page."""
    found = _listing(html)
    if not found:
        return text
    paragraphs, blocks = found
    rebuilt = "\n\n".join(paragraphs)
    if not text.strip():
        return rebuilt  # the extraction found nothing to read: the teasers are all the page tells
    plain = _plain(rebuilt)
    beside = [p for p in text.split("\n\n") if p.strip() and _plain(p) not in plain
              and not any(_plain(p) in block for block in blocks)]  # a teaser's source line is the teaser's
    if any(len(p.split()) > STAMP_WORDS for p in beside):
        return text  # the extraction read more than the teasers: an article, not a listing
    # a listing's own stamp or label the teasers do not hold ("Обновлено 02.07.2027") stays, above them
    rebuilt = "\n\n".join([*beside, rebuilt]) if beside else rebuilt
    return rebuilt if len(rebuilt) > len(text) else text
