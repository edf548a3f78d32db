"""The format of a meeting (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → ``summit``: the kinds of
``data/formats.tsv`` that name an event format) and its round (``четвертый раунд`` → 4, ``первая
встреча в таком формате`` → 1)."""
from __future__ import annotations

import dataclasses
import re

from ...format_rounds import ROMAN, ordinal, roman, round_in
from ...formats import KINDS
from ...ids import is_country
from ...literals import haystack, may_match
from ...morph import parses
from ...records import Event, Token
from ..clean.items import item_at
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


# A meeting told as the next of a series (``следующий раунд``, ``ближайшее заседание``, ``провести очередную сессию``).
# Not the previous one: a report may tell two earlier rounds in one sentence, one event, which a round would fuse with
# another report's of either.
_IN_SERIES = re.compile(r"\b(следующ|ближайш|очередн)\w*[\s,]+(?:[\w-]+[\s,]+)?"
                        r"(?:раунд|встреч|заседани|сесси|консультаци|переговор|саммит|тур\b|цикл)", re.I)


def in_series(event: Event, w: Words, events: list[Event], items) -> Event:
    """A meeting to come of no round of its own told as the next of a series (``Стороны договорились провести
    следующий раунд в …``): the round after the latest round held the document (its item of a digest) numbered, of a
    side in common; ``очередной`` only after a verb of holding to come (a meeting held ``очередной`` is the one
    reported).  Unchanged where the document numbered no round held."""
    if event.type != "CONSULT" or event.round is not None or event.factuality != "planned" or not w.tokens:
        return event
    m = _IN_SERIES.search(w.v.text, w.tokens[0].start, w.tokens[-1].stop)
    if m is None or (m[1].lower() == "очередн"
                     and not _ANOTHER_AHEAD.search(w.v.text, max(0, m.start() - 30), m.start())):
        return event
    mine = {p.entity for p in event.participants if is_country(p.entity)}
    item = item_at(items, event.start)
    held = [e.round for e in events if e.type == "CONSULT" and e.round and e.factuality == "occurred"
            and item_at(items, e.start) == item
            and (not mine or mine & {p.entity for p in e.participants if is_country(p.entity)})]
    return dataclasses.replace(event, round=max(held) + 1) if held else event


# "провести очередной раунд": a verb of holding to come just before "очередной"
_ANOTHER_AHEAD = re.compile(r"(?:провести|проведут|проведет|проведёт|созвать|созовут|пройдет|пройдёт|состоится|"
                            r"намечен\w*|запланирован\w*)\s+$", re.I)
