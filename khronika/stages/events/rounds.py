"""The format of a meeting (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → ``summit``: the kinds of
``data/formats.tsv`` that name an event format) and its round (``четвертый раунд`` → 4, ``первая
встреча в таком формате`` → 1)."""
from __future__ import annotations

import re

from ...format_rounds import ROMAN, ordinal, roman, round_in
from ...formats import KINDS
from ...literals import haystack, may_match
from ...morph import parses
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
    return told if told is not None else _roman_before_name(text)


def _roman_before_name(text: str) -> int | None:
    """``провели XIX Межрегиональный совет``: a Roman numeral before a capitalised name numbers the sitting it names,
    as official texts do; not one after a name (``Карл III Виндзор``), unless a preposition makes that a place."""
    for m in _ROMAN_NAME.finditer(text):
        if not _after_name(text[:m.start()]) and (n := roman(m[1])) and n > 1:
            return n
    return None


def _after_name(before: str) -> bool:
    """Does a given name end ``before`` (``королем Карлом``), not a place after its preposition or adjective
    (``в Арике``, ``в приморской Арике``)?"""
    name = _NAME_BEFORE.search(before)
    if name is None or not any("Name" in p.tag for p in parses(name[2])):
        return False
    word = (name[1] or "").lower()
    return word not in _PLACE_PREPOSITIONS and not (word and parses(word) and "ADJF" in parses(word)[0].tag)


_BEFORE_QUOTED = re.compile(r"(?<!\w)([а-яё]+)\s+«", re.IGNORECASE)
_DIGIT_ORDINAL = re.compile(r"(?<![\d.])(\d{1,3})-(?:й|я|е|го|му|м|ю|ое|ая|ой|ый|ого)(?!\w)")  # "47-го саммита"
_ROMAN_NAME = re.compile(r"(?<![\w-])(" + ROMAN + r")\s+[А-ЯЁ][а-яё]{2,}")
# "Карл III", "Лев XIV": the numeral of a name (not "в Арике XIX …": a place, after its preposition)
_NAME_BEFORE = re.compile(r"(?:(\w+)\s+)?([А-ЯЁA-Z][\w-]*)\s+$")
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "у", "под", "над"})
