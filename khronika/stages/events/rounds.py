"""The format of a meeting (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → ``summit``: the kinds of
``data/formats.tsv`` that name an event format) and its round (``четвертый раунд`` → 4, ``первая
встреча в таком формате`` → 1)."""
from __future__ import annotations

import re

from ...formats import KINDS
from .sentence import Words
from .words import ORDINALS

# The format named before: "в таком формате", "этот формат был приостановлен", "предложил его возобновить".
SAME_FORMAT = re.compile(r"(?:таком|этом|том же|данном|этот|такой|тот же) формат\w*|\bего возобнов", re.I)
# The nouns an ordinal numbers as a round of talks.
ROUND_NOUNS = ("раунд", "встреча", "консультация", "заседание", "сессия")
# An ordinal in digits: "20-й", "15-е", "3-го".
DIGIT_ORDINAL = re.compile(r"^(\d{1,3})-(?:й|я|е|го|м|ом|ю|ой|ый|ий)$")


def format_of(text: str) -> str | None:
    """The event format (``Event.format``) a sentence names: the first kind of the lexicon that has one."""
    return next((k.event for k in KINDS if k.event and k.event_pattern.search(text)), None)


def sentence_format(text: str, last_format: str | None) -> str | None:
    """The format a sentence names, or takes up from the sentences before it (``в таком формате``)."""
    return format_of(text) or (last_format if SAME_FORMAT.search(text) else None)


def round_of(w: Words) -> int | None:
    """``четвертый раунд``, ``20-й раунд``, ``первая встреча в таком формате`` → the ordinal; but ``первая встреча
    … после …`` counts since an event, not from the start."""
    lem = w.lem
    for i, x in enumerate(lem):
        digits = DIGIT_ORDINAL.match(w.tokens[i].text)
        if (x in ORDINALS or digits) and i + 1 < len(lem) and lem[i + 1] in ROUND_NOUNS:
            if any(y in ("после", "впервые") for y in lem[i + 2: i + 2 + w.settings.round_since_after]):
                return None
            return int(digits.group(1)) if digits else ORDINALS[x]
    return None
