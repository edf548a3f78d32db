"""A digest's headline that joins several of its stories (``Главное за неделю: X вернул посла, саммит в Y отложен,
Z в Пекине``), or its contents told in a sentence (``В этом выпуске: X выслала дипломата, Y и Z подписали …``): each
story is told in an item below it, so the headline tells no act of its own."""
from __future__ import annotations

import re

from ...marks import quote_pairs
from ...records import Document, Sentence
from .words import CONTENTS_LABELS

# a numbered item of a digest opening a line: "1. …", "2) …", "3️⃣ …"
_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)](?:\s|$)|\d\ufe0f?\u20e3)", re.MULTILINE)
ITEMS = 3  # the fewest numbered items that make a digest
PARTS = 2  # the fewest stories a joined headline names
HEADLINE_WORDS = 25  # the most words of a headline


def joined_headlines(doc: Document) -> frozenset[int]:
    """The indexes of the sentences that are headlines joining several stories of a digest: before its first numbered
    item, no final stop (unless a contents label opens it, ``CONTENTS_LABELS``), and parts parted by commas (after a
    label and its colon), each of two words or more."""
    items = [m.start() for m in _ITEM.finditer(doc.text)]
    if len(items) < ITEMS:
        return frozenset()
    quoted = [(a, b) for a, b, _ in quote_pairs(doc.text)]
    return frozenset(k for k, s in enumerate(doc.sentences) if s.stop <= items[0] and _joins(doc, s, quoted))


def _joins(doc: Document, s: Sentence, quoted: list[tuple[int, int]]) -> bool:
    text = doc.text[s.start:s.stop].rstrip()
    words = [t for t in s.tokens if t.pos != "PUNCT"]
    label = text.find(":")
    contents = label > 0 and " ".join(text[:label].lower().split()) in CONTENTS_LABELS and "\n" not in text.strip()
    if not contents and (not text or text[-1] in ".!?…" or len(words) > HEADLINE_WORDS or "\n" in text.strip()):
        return False
    commas = [t for t in s.tokens if t.text == "," and t.start - s.start > label
              and not any(a <= t.start < b for a, b in quoted)]
    bounds = [s.start + label + 1] + [t.start for t in commas] + [s.stop]
    parts = [[t for t in words if a <= t.start < b] for a, b in zip(bounds, bounds[1:])]
    return len(parts) >= PARTS and all(len(p) >= 2 for p in parts)
