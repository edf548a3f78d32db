"""The format of a meeting (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → ``summit``: the kinds of
``data/formats.tsv`` that name an event format) and its round (``четвертый раунд`` → 4, ``первая
встреча в таком формате`` → 1)."""
from __future__ import annotations

import re

from ...format_rounds import ordinal, round_in
from ...formats import KINDS
from ...literals import haystack, may_match
from ...records import Token
from .sentence import Words

# The format named before: "в таком формате", "этот формат был приостановлен", "предложил его возобновить".
SAME_FORMAT = re.compile(r"(?:таком|этом|том же|данном|этот|такой|тот же) формат\w*|\bего возобнов", re.I)


def format_of(text: str) -> str | None:
    """The event format (``Event.format``) a sentence names: the first kind of the lexicon that has one."""
    hay = haystack(text)
    return next((k.event for k in KINDS
                 if k.event and may_match(k.event_pattern, hay) and k.event_pattern.search(text)), None)


def sentence_format(text: str, last_format: str | None) -> str | None:
    """The format a sentence names, or takes up from the sentences before it (``в таком формате``)."""
    return format_of(text) or (last_format if SAME_FORMAT.search(text) else None)


def round_of(w: Words, trigger: Token | None = None) -> int | None:
    """The round the trigger's sentence tells (``четвертый раунд``, ``двадцать вторая встреча``, ``в третий раз``;
    not ``первая встреча … после …``): ``format_rounds.round_in``, as formats read it; an ordinal in digits just
    before the trigger noun first, where the sentence tells two meetings (``31-ю сессию, где одобрили программу
    9-го саммита``)."""
    if not w.tokens:
        return None
    if trigger is not None and trigger.pos == "NOUN":
        k = w.tokens.index(trigger)
        own = _DIGIT_ORDINAL.search(w.v.text[w.tokens[max(0, k - 2)].start:trigger.start])
        if own is not None and int(own[1]) > 1:
            return int(own[1])
    text = w.v.text[w.tokens[0].start:w.tokens[-1].stop]
    told = round_in(text)
    if told is None and (m := _BEFORE_QUOTED.search(text)) is not None and (n := ordinal(m[1])) and n > 1:
        return n  # "прошел девятый «2+2»": the ordinal of a format named in quotation marks
    return told


_BEFORE_QUOTED = re.compile(r"(?<!\w)([а-яё]+)\s+«", re.IGNORECASE)
_DIGIT_ORDINAL = re.compile(r"(?<![\d.])(\d{1,3})-(?:й|я|е|го|му|м|ю|ое|ая|ой|ый|ого)(?!\w)")  # "47-го саммита"
