"""Time expressions: ``Document.timexes`` from the cleaned text, resolved against the publication
date; and ``event_date``, the date of an event from the timexes of its evidence sentence.

See ``khronika.timex`` for what is found and how it is resolved.
"""
from __future__ import annotations

import re

from ..records import Document, PartialDate, Timex
from ..timex import find_timexes

_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_CLAUSE_MARK = re.compile(r"[,;:()—–]")
# A boundary between two predicates: "..., а в пятницу улетел", "...; ...".
_PREDICATE_BREAK = re.compile(r";|[,—–]\s*(?:а|но|и|однако|зато|тогда\s+как|причём|причем|после\s+чего)(?!\w)",
                              re.IGNORECASE)


class TimeStage:
    name = "time"
    requires = frozenset({"text", "published"})
    provides = frozenset({"timexes"})

    def __call__(self, doc: Document) -> Document:
        return doc.replace(timexes=tuple(find_timexes(doc.text, doc.published)))


def _sentence_bounds(doc: Document, start: int, stop: int) -> tuple[int, int]:
    """The sentence that holds ``start``: from ``doc.sentences`` when annotated, else the text
    between sentence ends around ``[start, stop)``."""
    for s in doc.sentences:
        if s.start <= start < s.stop:
            return s.start, max(s.stop, stop)
    text = doc.text
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, stop)
    return left, (right.start() + 1 if right else len(text))


def _clause(text: str, lo: int, hi: int, pos: int) -> int:
    """Which clause of ``text[lo:hi]`` (counted by commas, semicolons, brackets and dashes)
    ``pos`` falls in."""
    return len(_CLAUSE_MARK.findall(text, lo, min(max(pos, lo), hi)))


def event_date(doc: Document, start: int, stop: int) -> tuple[PartialDate, str]:
    """The date of an event found at ``[start, stop)`` (its trigger or its evidence sentence) and
    the text of the timex it came from; ``(PartialDate(), "none")`` when the sentence has none.

    The candidates are ``doc.timexes`` inside the sentence that holds ``start``.  The one chosen
    is, in order: in the same clause as ``start`` (commas are clause hints); not across a break
    between predicates (``;``, or a comma or dash before ``а``/``но``/``и``/``однако``...); nearest
    to ``[start, stop)`` (0 when it overlaps it); with a known date; first in the text.  When the
    span is the whole sentence every timex is in it: the first dated one wins.
    """
    lo, hi = _sentence_bounds(doc, start, stop)
    inside = [t for t in doc.timexes if lo <= t.start and t.stop <= hi]
    if not inside:
        return PartialDate(), "none"
    whole = start <= lo and stop >= hi - 1
    here = _clause(doc.text, lo, hi, start)

    def rank(t: Timex):
        gap = 0 if (t.start < stop and t.stop > start) else min(abs(t.start - stop), abs(start - t.stop))
        same = whole or _clause(doc.text, lo, hi, t.start) == here
        a, b = sorted((t.stop, start)) if t.start < start else sorted((stop, t.start))
        broken = not whole and bool(_PREDICATE_BREAK.search(doc.text, a, b))
        return (not same, broken, 0 if whole else gap, t.date.precision == "unknown", t.start)

    best = min(inside, key=rank)
    return best.date, best.text
