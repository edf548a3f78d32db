"""The format of a meeting (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → ``summit``: the kinds of
``data/formats.tsv`` that name an event format) and its round (``четвертый раунд`` → 4, ``первая
встреча в таком формате`` → 1)."""
from __future__ import annotations

import dataclasses
import re

from ...format_rounds import ROMAN, counted_at, ordinal, roman, round_in
from ...formats import KINDS
from ...ids import is_country
from ...literals import haystack, may_match
from ...morph import parses
from ...names_foreign import CASES
from ...records import Document, Event, Token
from ..clean.items import item_at
from .sentence import Words
from .words import CLUBS, DISCUSSED, PRIVATE_PEOPLE, TALKS, sport_sentence

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
    text = _without_what_is_discussed(w, trigger, w.v.text[w.tokens[0].start:w.tokens[-1].stop])
    at = trigger.start - w.tokens[0].start if trigger is not None else -1
    if (after := _first_after(text, at)) is not None:
        return after
    told = round_in(text) or _counted_after(w, trigger)
    if told is None and (m := _BEFORE_QUOTED.search(text)) is not None and (n := ordinal(m[1])) and n > 1:
        return n  # "прошел девятый «2+2»": the ordinal of a format named in quotation marks
    return told if told is not None else _roman_before_name(text)


def _without_what_is_discussed(w: Words, trigger: Token | None, text: str) -> str:
    """The sentence's ``text`` with the object of a verb of discussing blanked out (``Стороны рассмотрели выполнение
    решений 11-й сессии``: the session discussed is an earlier one, not the talks' round)."""
    if trigger is None or trigger.pos != "VERB" or w.lemma(trigger) not in DISCUSSED:
        return text
    first = w.tokens[0].start
    for c in w.children(trigger):
        if c.rel == "obj":
            span = [t for t in w.v.subtree(c, skip=frozenset())]
            a, b = min(t.start for t in span) - first, max(t.stop for t in span) - first
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# "впервые после 19-й сессии", "первое после 38-го заседания": the meeting after the one numbered, to its clause's end
_FIRST_AFTER = re.compile(r"\b(?:впервые|перв(?:ый|ая|ое|ые|ого|ой|ую|ым|ых))\s+(?:[\w-]+\s+){0,3}?после\s+"
                          r"([^,;:()—–]{1,80})", re.I)


def _first_after(text: str, at: int) -> int | None:
    """The round of a meeting told as the first after a numbered one (``соберется … впервые после 7-й сессии``,
    ``заседание, первое после 11-го``): the next.  None where the time after ``после`` is no numbered meeting
    (``впервые после 2019 года``), or the trigger (at ``at`` in ``text``) is that one (``после шестого раунда,
    прошедшего в 2021 году``)."""
    m = _FIRST_AFTER.search(text)
    if m is None or m.start(1) <= at < m.end(1) or (n := round_in(m[1])) is None or not _ORDINAL_FIRST.match(m[1]):
        return None
    return n + 1


_ORDINAL_FIRST = re.compile(r"\d{1,3}-|[а-яё]+(?:ого|его|ой|ей)\s", re.I)  # the ordinal right after "после"


# The nouns of a meeting a count set off after it may number (lemmas).
_MEETING_NOUNS = frozenset({"встреча", "консультация", "консультации", "заседание", "переговоры", "сессия", "раунд",
                            "саммит", "цикл", "совещание", "форум"})
_COUNT_REACH = 10  # tokens from the meeting noun to the count set off after it


def _counted_after(w: Words, trigger: Token | None) -> int | None:
    """A count set off after the meeting noun of the trigger (``провели консультации — девятые по счету``,
    ``заседание комиссии, уже 14-е по счету, прошло …``): that meeting's round, where the ordinal agrees with that noun
    and with no noun in between (not ``провели переговоры и подписали соглашение — третье по счету``)."""
    if trigger is None or trigger.id not in w.position:
        return None
    k = w.position[trigger.id]
    noun = next((j for j in range(k, min(len(w.tokens), k + 4)) if w.lem[j] in _MEETING_NOUNS
                 and w.tokens[j].pos == "NOUN"), None)
    if noun is None:
        return None
    told = counted_at(w.v.text, w.tokens[noun].stop, w.tokens[-1].stop)
    if told is None:
        return None
    n, at = told
    count = next((t for t in w.tokens if t.start == at), None)
    between = [t for t in w.tokens if w.tokens[noun].stop <= t.start < at]
    if count is None or len(between) > _COUNT_REACH or not _agree(count, w.tokens[noun], case=False) \
            or any(t.pos in ("NOUN", "PROPN") and _agree(count, t, case=True) for t in between):
        return None
    return n


def _agree(count: Token, noun: Token, case: bool) -> bool:
    """Can the ordinal agree with the noun: one of its forms (the tagger reads a lone ordinal as a noun, so the forms
    are the dictionary's) of the noun's number (and gender, in the singular; and case, if asked)?  An ordinal in digits
    (``14-е``) agrees with a meeting noun and with no other."""
    number, gender = _NUMBER.get(noun.feats.get("Number")), _GENDER.get(noun.feats.get("Gender"))
    forms = [p.tag for p in parses(count.text.lower()) if p.tag.POS == "ADJF"]
    if not forms:
        return not case
    return number is not None and any(
        number in t and (number == "plur" or gender is None or gender in t)
        and (not case or CASES.get(noun.feats.get("Case"), "") in t) for t in forms)


_NUMBER = {"Sing": "sing", "Plur": "plur"}
_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


# A round carried to the meeting told just before, from a sentence with no meeting of its own (``Церемонию открытия
# восьмой сессии провел министр …``, ``Нынешний раунд стал десятым …``); not a round of another meeting: an earlier
# one, one to come, or the decisions of one (``выполнение решений пятого заседания``, ``подготовка девятого раунда``).
_OTHER_MEETING = re.compile(r"\b(?:предыдущ|прошл|прежн|минувш|предшествующ|последн|следующ|очередн|ближайш|будущ|"
                            r"предстоящ|решени|выполнени|реализаци|подготовк|договор[её]нност)\w*", re.I)
_CARRIED_NOUN = re.compile(r"раунд|сесси|заседани|встреч|консультаци|переговор|цикл|саммит|совещани", re.I)


def carry_round(events: list[Event], w: Words, doc: Document, meeting_at: int) -> None:
    """The round a sentence with no meeting of its own and no time of its own tells (``round_of``), of the meeting the
    document reported just before it (sentence ``meeting_at``) where that one has none: set on that meeting's
    record."""
    if w.dated or not w.tokens or meeting_at < 0:
        return
    text = w.v.text[w.tokens[0].start:w.tokens[-1].stop]
    if _OTHER_MEETING.search(text) or not _CARRIED_NOUN.search(text) or sport_sentence(w.lem) \
            or any(x in PRIVATE_PEOPLE for x in w.lem):
        return  # "пятого тура чемпионата", "компания закрыла третий раунд финансирования": no round of talks
    last = next((k for k in range(len(events) - 1, -1, -1) if events[k].type == "CONSULT"), None)
    if last is None or events[last].round is not None or events[last].factuality != "occurred":
        return
    at = doc.sentences[meeting_at].start
    if events[last].start != at and not any(m.start == at for m in events[last].more):
        return
    if _of_another_body(w):
        return  # "второй сессии парламента": a sitting of a body that holds no talks
    if (n := round_of(w)) is not None and n > 1:
        events[last] = dataclasses.replace(events[last], round=n)


# What a meeting noun of talks is of: talks, a club or assembly of states, a mechanism (``сессии межправкомиссии``).
_OF_TALKS = TALKS | CLUBS | {"комитет", "механизм", "формат", "межправкомиссия", "процесс"}


def _of_another_body(w: Words) -> bool:
    """Is a meeting noun of the sentence told of a body that is none of talks (``сессии парламента``, ``заседания
    суда``): a common noun after it in the genitive that ``_OF_TALKS`` lacks?"""
    return any(w.lem[k] in _MEETING_NOUNS and any(
        c.rel == "nmod" and c.pos == "NOUN" and c.id in w.position and w.lem[w.position[c.id]] not in _OF_TALKS
        and c.feats.get("Case") == "Gen" for c in w.children(t)) for k, t in enumerate(w.tokens))


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
    of_talks = _ROUND in m[0].lower()  # the next round of talks: not after an organisation's numbered session
    held = [e.round for e in events if e.type == "CONSULT" and e.round and e.factuality == "occurred"
            and item_at(items, e.start) == item and not (of_talks and _SESSION.match(e.trigger))
            and (not mine or mine & {p.entity for p in e.participants if is_country(p.entity)})]
    return dataclasses.replace(event, round=max(held) + 1) if held else event


_ROUND = "раунд"  # the next round of talks follows their rounds, not an organisation's session the document named
_SESSION = re.compile(r"(?:сесси|саммит|ассамбле)", re.I)  # "на полях 80-й сессии Генассамблеи ООН"

# "провести очередной раунд": a verb of holding to come just before "очередной"
_ANOTHER_AHEAD = re.compile(r"(?:провести|проведут|проведет|проведёт|созвать|созовут|пройдет|пройдёт|состоится|"
                            r"намечен\w*|запланирован\w*)\s+$", re.I)
