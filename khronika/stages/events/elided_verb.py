"""A time before a dash that stands for the verb (``…, а 3 апреля — телефонный разговор``, ``В мае — визит в
Пекин``): the time dates the noun after the dash, however the parser hangs it (often on the verb of the next clause)."""
from __future__ import annotations

from ...marks import DASHES
from ...records import Document, PartialDate, Timex, Token
from .sentence import Words

_OPENERS = frozenset({",", ";", "а", "и", "но"})  # what may come right before the time: the clause's opening


def before_its_dash(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """The time right before a dash that right precedes the trigger's words (only its modifiers between), the time
    opening its clause (the sentence's start, a comma or ``а``/``и`` before it)."""
    first = trig[0]
    if first.id not in w.position:
        return None
    k, ids = w.position[first.id], {t.id for t in trig}
    while k > 0 and w.tokens[k - 1].pos == "ADJ" and w.tokens[k - 1].head_id in ids:
        k -= 1  # "— телефонный разговор": the trigger's own adjectives
    if k < 2 or w.tokens[k - 1].text not in DASHES:
        return None
    dash = w.tokens[k - 1]
    for x in here:
        if x.date.precision == "unknown" or not 0 <= dash.start - x.stop <= 1:
            continue
        prev = next((t for t in reversed(w.tokens) if t.stop <= x.start), None)
        if prev is None or prev.text.lower() in _OPENERS:
            return x.date
    return None
