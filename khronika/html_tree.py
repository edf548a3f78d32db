"""One parse of a raw HTML page for the readers that look past the text extraction (``lead.py``: the lead it leaves
out; ``captions.py``: a gallery's captions): the page's lxml tree, parsed once per page and shared.  The readers only
read it (``xpath``, ``getnext``, ``text_content``): none may change it.
"""
from __future__ import annotations

from functools import lru_cache

PAGES_CACHED = 4  # a page's readers ask for its tree one after another: the last few pages are enough


@lru_cache(maxsize=PAGES_CACHED)
def page_tree(html: str):
    """The page's lxml root element, or None where lxml cannot parse it (an empty page, a page of no element)."""
    import lxml.html  # installed with trafilatura: only for HTML

    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
