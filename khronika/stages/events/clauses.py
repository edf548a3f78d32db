"""Dated clauses of one sentence: which clause's time expression a trigger stands under (two acts of two days told
in one sentence are two events), and the record an act told again by its own words' date has joined."""
from __future__ import annotations

import re

from ...records import Document, Event, Timex, Token
from .sentence import Words

__all__ = ["across_semicolon", "dated_again", "dated_clause"]


def dated_clause(w: Words, doc: Document, trigger: Token) -> int:
    """Which of the sentence's dated clauses holds the trigger: a clause that opens with a time expression after a
    comma or a semicolon (``Во вторник X выслал …, в пятницу Y ответил тем же``; ``во вторник провел …, а в среду его
    принял …``; ``… принял министра, вернувшегося из X, где накануне прошел раунд переговоров``) tells an act of
    another day than a time expression before it; each clause's act is one of its own
    (0: the sentence's first)."""
    told = [x for x in doc.timexes if w.tokens and w.tokens[0].start <= x.start < w.tokens[-1].stop
            and x.date.precision != "unknown" and x.relation == "at"]
    return sum(1 for k, x in enumerate(told) if x.start < trigger.start and _opens_clause(doc.text, x)
               and any(y.date != x.date for y in told[:k]))


def across_semicolon(w: Words, doc: Document, x: Timex, trigger: Token) -> bool:
    """Does a semicolon stand between the time expression and the trigger, with a verb of its own in the
    expression's part (``в третий раз собрался комитет; предыдущее его заседание прошло в мае 2026 года``)?  That part
    is a clause of its own, telling another occasion."""
    lo, hi = sorted((x.start, trigger.start))
    cut = doc.text.find(";", lo, hi)
    if cut < 0:
        return False
    if x.start > trigger.start:
        stop = doc.text.find(";", x.stop)
        part = (cut, stop if 0 <= stop else len(doc.text))
    else:
        part = (doc.text.rfind(";", 0, x.start) + 1, cut)
    return any(part[0] <= t.start < part[1] and t.pos in ("VERB", "AUX") and t.id != trigger.id for t in w.tokens)


# "…, где накануне прошел раунд переговоров": a clause of a place opening with another day is another act's too
_OPENS_CLAUSE = re.compile(r"[,;]\s*(?:(?:а|и|но|затем|потом|тогда как|где)\s+)?$", re.IGNORECASE)


def _opens_clause(text: str, x: Timex) -> bool:
    return bool(_OPENS_CLAUSE.search(text[max(0, x.start - 16):x.start]))


def dated_again(events: list[Event], told: Event) -> set[str]:
    """The record an event told again by its own words' date has just joined (``Event.more``), when it has that date:
    told first with none of its own (a headline: ``X заявила протест Y``), it is dated by the body's words (``X в
    пятницу заявила протест …``), no longer by its document (a story's day does not move it)."""
    return {e.id for e in events if e.date == told.date and told.date.precision != "unknown"
            and any(m.start == told.start for m in e.more)}
