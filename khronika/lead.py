"""The lead of an HTML article that the text extraction leaves out.

Many sites print a lead, a summary or a subtitle between the headline and the article's body in an element of its
own (``<div class="entry-summary"><p>…</p></div>``, ``<p class="lead">``, ``<div class="article__announce-text">``,
``<h2 class="subtitle">``, a bare ``<h2>`` right below the ``<h1>``).  The extraction often drops it, or moves it
after the body, and the article's first news (``В X состоялись переговоры …``) is lost.  ``with_lead`` puts it back
where a reader sees it: after the headline line when the text opens with it, else first.

A lead is the first element below the page's first ``<h1>`` whose class has a part (split at ``-`` and ``_``) among
``LEAD_CLASSES`` (``data/clean_words.tsv``), or an ``<h2>`` that is the ``<h1>``'s next element, that stands before
the extracted body on the page and reads as prose (``MIN_WORDS`` words at least, a sentence's final stop: a subtitle
set as a second headline, without one, is left out), and that the text does not already hold right below the headline.
"""
from __future__ import annotations

import re

from . import lexicon
from .html_tree import page_tree

LEAD_CLASSES = lexicon.words("clean_words.tsv")["LEAD_CLASSES"]
MIN_WORDS = 4  # a lead is prose: "Фото" or a rubric's name is none
BODY_CHARS = 300  # an element with this much text is the body (or holds it): a lead stands above it
_PARTS = re.compile(r"[-_\s]+")
_SPACES = re.compile(r"\s+")
# A lead is prose and ends as a sentence does; a subtitle printed as a second headline has no full stop ("Посол
# вызван в МИД"), and tells the headline's news again in a form the event stage reads as a news of its own.
_PROSE_END = re.compile(r"[.!?…][»\"”)]*\Z")


def _is_lead_class(value: str | None) -> bool:
    return bool(value) and any(part.lower() in LEAD_CLASSES for part in _PARTS.split(value))


def _plain(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def find_lead(html: str) -> tuple[str, str] | None:
    """The page's headline and the text of the lead element below it (module notes), else None."""
    root = page_tree(html)
    if root is None:
        return None
    heads = root.xpath("//h1")
    if not heads:
        return None
    h1 = heads[0]
    nxt = h1.getnext()
    if nxt is not None and nxt.tag == "h2" and not nxt.get("class"):
        found = nxt  # a bare subtitle right under the headline
    else:  # below the headline, or below the header block that holds it
        found = _below(h1)
        if found is None and h1.getparent() is not None:
            found = _below(h1.getparent())
    if found is None:
        return None
    text = _plain(found.text_content())
    return (_plain(h1.text_content()), text) if len(text.split()) >= MIN_WORDS and _PROSE_END.search(text) else None


def _below(element) -> object | None:
    """The first element after ``element`` at its level whose class marks a lead, before the body (an element of
    ``BODY_CHARS`` characters or more of text: a "related stories" block below the body may be called a teaser)."""
    for e in element.itersiblings():
        if not isinstance(e.tag, str):
            continue
        if _is_lead_class(e.get("class")):
            return e
        if len(_plain(e.text_content())) >= BODY_CHARS:
            return None
    return None


def with_lead(html: str, text: str) -> str:
    """``text`` (the extracted body, a blank line between paragraphs) with the page's lead (``find_lead``) put back
    after the headline's line where the text has one, else first; moved there when the extraction put it elsewhere.
    The text as is when there is no lead or it already stands there."""
    found = find_lead(html)
    if not found:
        return text
    headline, lead = found
    paragraphs = text.split("\n\n")
    plain = [_plain(p) for p in paragraphs]
    at = plain.index(headline) + 1 if headline in plain else 0
    if at < len(plain) and plain[at].startswith(lead):
        return text  # read where it stands
    kept = [p for k, p in enumerate(paragraphs) if plain[k] != lead]
    at -= sum(1 for k in range(at) if plain[k] == lead)
    return "\n\n".join(kept[:at] + [lead] + kept[at:])
