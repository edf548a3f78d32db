"""Lines of a raw text and the word lists of cleaning, shared by the boilerplate and the date rules."""
from __future__ import annotations

import re
from typing import NamedTuple

from ... import lexicon
from ...settings import CleanSettings

# Boilerplate words and phrases: data/clean_words.tsv and data/clean_phrases.tsv.
WORDS = lexicon.words("clean_words.tsv")
_PHRASE_KINDS = frozenset({"heading", "heading_opening", "subscribe", "credit", "related", "byline", "tags", "ui",
                           "published", "reading", "updated", "stamp", "notice", "comments", "record",
                           "translated", "caption", "prepared", "author", "source", "contacts", "signed", "end"})
_PHRASES = lexicon.table("clean_phrases.tsv", (lexicon.Column("kind", choices=_PHRASE_KINDS), lexicon.Column("phrase")),
                         key=("kind", "phrase"))


def phrases(kind: str) -> frozenset[str]:
    return frozenset(row["phrase"] for row in _PHRASES if row["kind"] == kind)


def phrase_pattern(kind: str) -> str:
    """The phrases of ``kind`` as one alternative, longest first, whole words, ``е`` matching ``ё``."""
    alts = sorted(phrases(kind), key=lambda a: (-len(a), a))  # the longest first, in one order in every process
    body = "|".join(re.escape(a).replace("е", "[её]") for a in alts)
    return rf"(?<!\w)(?:{body})(?!\w)" if all(a[-1].isalnum() for a in alts) else rf"(?<!\w)(?:{body})"


class Line(NamedTuple):
    start: int  # raw offsets of the line, without its line break (and without a stripped prefix)
    stop: int
    text: str


def split(raw: str) -> list[Line]:
    lines, pos = [], 0
    for chunk in raw.split("\n"):
        body = chunk.removesuffix("\r")
        lines.append(Line(pos, pos + len(body), body))
        pos += len(chunk) + 1
    return lines


def headline_like(s: str, settings: CleanSettings) -> bool:
    """A short line that does not end as a sentence or an introduction does."""
    s = s.strip()
    return 0 < len(s) <= settings.max_headline and s[-1] not in ".:;,…" and any(c.isalpha() for c in s)


def sentence_like(s: str) -> bool:
    """A line that ends as a sentence does (a period, "!", "?", "…", maybe inside closing quotes)."""
    return bool(re.search(r"[.!?…][»\"”)]*\s*$", s))
