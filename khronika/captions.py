"""The captions of a photo gallery, which the text extraction leaves out.

A gallery page (``Неделя дипломатии в кадре``) tells its news in the captions of its photos
(``<figcaption>2/5. Бразилиа, 3 марта. Заместитель министра … на переговорах с делегацией Чили.``), and
the extraction keeps only the headline and a line of lead.  ``with_captions`` puts the captions back after the text,
one paragraph each without its photo credit, in the page's order, where they are the page's content: two captions or
more that read as prose (``MIN_WORDS`` words at least, a sentence's stop: before a credit, ``… Чили. Фото:
Reuters``) and hold more text than the extracted text does.  An article's captions (a photo or two beside a long body:
``Сергей Лавров. Фото: ТАСС``) stay out, as the extraction left them.
"""
from __future__ import annotations

import functools
import re

from .html_tree import page_tree

MIN_WORDS = 6  # a caption that tells news is prose: "Фото: ТАСС" or a name alone is none
MIN_CAPTIONS = 2  # a gallery shows several photos
_SPACES = re.compile(r"\s+")
_SENTENCE = re.compile(r"\w[.!?…][»\"”)]*(\s|\Z)")  # a sentence's stop, inside (before a credit) or at the end


def gallery_captions(html: str) -> list[str]:
    """The captions of the page's photos that read as prose, in their order."""
    root = page_tree(html)
    if root is None:
        return []
    found = [_credit().sub("", _SPACES.sub(" ", e.text_content()).strip()) for e in root.xpath("//figcaption")]
    return [c for c in found if len(c.split()) >= MIN_WORDS and _SENTENCE.search(c)]


@functools.cache
def _credit() -> re.Pattern:
    """The photo credit a caption ends with (``… переговоров. Фото: пресс-служба МИД/EPA``, ``… © Reuters``; the
    credits of ``data/clean_phrases.tsv``), which the text leaves out as the cleaning does its credit lines."""
    from .stages.clean.lines import phrase_pattern

    return re.compile(rf"(?<=[.!?…])\s+(?:{phrase_pattern('credit')}\s*:|©).*\Z", re.IGNORECASE)


def with_captions(html: str, text: str) -> str:
    """``text`` with the gallery's captions after it (module notes); as is on any other page."""
    plain = _SPACES.sub(" ", text)
    captions = [c for c in gallery_captions(html) if c not in plain]
    if len(captions) < MIN_CAPTIONS or sum(len(c) for c in captions) <= len(text):
        return text
    return "\n\n".join([text.rstrip()] + captions)
