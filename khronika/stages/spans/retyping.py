"""Rules that give a span its type or take it away: countries tagged as persons, names from the
gazetteer, quoted names after a kind of organisation, built places, and spans that name nothing."""
from __future__ import annotations

import re

from ... import gazetteer
from ...morph import PLACE_PREPOSITIONS
from ...records import Mention
from .context import Context, lemma, part, span
from .lexicon import (
    FACILITY_HEADS,
    FACILITY_WORDS,
    NON_NAME_HEADS,
    ORG_BODY_WORDS,
    PAIRS,
    QUOTES,
    VEHICLE_WORDS,
    WORK_WORDS,
    is_country,
    known_kind,
)


def retype_countries(spans: list[Mention], c: Context) -> list[Mention]:
    """A country or a capital is a place even when tagged as a person (``Эфиопия`` in a list of
    countries, ``Улан-Батор`` in a dateline)."""
    return [part(m, m.start, m.stop, c, "LOC") if m.type == "PER" and (
        is_country(m.text) or gazetteer.lookup_capital(m.text)) else m for m in spans]


# A place adjective of the document: its stem names the place ("Антильские острова" → Антил).
_PLACE_ADJECTIVE = re.compile(r"([А-ЯЁ][а-яё-]+?)ск(?:ий|ая|ое|ие|ого|ой|ом|им|их|ими|ую|ому|ой)$")
# Prepositions before a place in the genitive or another oblique case ("уйти с Антил", "вернулись с Азор").
_FROM_PLACE = PLACE_PREPOSITIONS | frozenset({"с", "со", "от", "к", "ко", "по", "над"})
# The endings of a place named in the plural, after its stem: "на Антилах", "над Фолклендами".
_PLURAL_ENDING = re.compile(r"(?:ах|ях|ам|ям|ами|ями|ов)$")


def places_in_other_cases(spans: list[Mention], c: Context) -> list[Mention]:
    """A one-word person after a preposition whose word is the stem of a place adjective of the
    document, bare (the genitive plural ``с Антил`` beside ``Антильские острова``, ``с Азор`` beside
    ``Азорские острова``) or with a plural ending (``на Антилах``), is that place, not a person;
    ``с Ивановым`` beside ``Ивановская область`` stays a person."""
    stems = {mm.group(1) for m in spans if m.type == "LOC" for word in m.text.split()
             if (mm := _PLACE_ADJECTIVE.match(word))}
    if not stems:
        return spans
    out = []
    for m in spans:
        prev = c.view.previous(m.start)
        if (m.type == "PER" and " " not in m.text.strip() and prev is not None and prev.text.lower() in _FROM_PLACE
                and (m.text in stems or _PLURAL_ENDING.sub("", m.text) in stems)):
            m = part(m, m.start, m.stop, c, "LOC")
        out.append(m)
    return out


def drop_non_names(spans: list[Mention], c: Context) -> list[Mention]:
    """Spans that name nothing: common-noun abbreviations (``СМИ``), a legal form alone (``ПАО``),
    numbers, domain names (``.РФ``), phrases headed by a common noun (``по московскому времени``),
    titles of works after ``статья``/``книга``/``фильм``…, and quoted names of vehicles after ``шаттл``/``корабль``/
    ``телескоп``… (``корабль «Прогресс»``, with every other span of that name in the document)."""
    v = c.view
    vehicles = {w.text for w, quote in zip(v.tokens[1:], v.tokens) if w.text[:1].isupper() and quote.text in QUOTES
                and lemma((v.previous(w.start, skip=QUOTES) or quote).text) in VEHICLE_WORDS}
    for m in (m for m in spans if m.type != "PER"):
        inside = v.words_in(m.start, m.stop)
        if any(lemma(w.text) in VEHICLE_WORDS for w in inside[:-1]):
            vehicles.add(inside[-1].text)
    out = []
    for m in spans:
        words = v.words_in(m.start, m.stop)
        prev = v.previous(m.start, skip=QUOTES)
        quoted = c.text[m.start - 1:m.start] in QUOTES
        if (known_kind(m.text) in ("common", "legal") or not re.search(r"[^\W\d_]", m.text)
                or (words and words[-1].text in vehicles and m.type != "PER")
                or (words and words[-1].text[:1].islower() and lemma(words[-1].text) in NON_NAME_HEADS)
                or (quoted and prev is not None and lemma(prev.text) in WORK_WORDS)
                or _domain(m, c)):
            continue
        out.append(m)
    return out


def _domain(m: Mention, c: Context) -> bool:
    """A domain zone (``в зоне .РФ``, ``сайт кремль.рф``), not the country: a dot right before a
    short span, or a dot standing alone before it."""
    text = c.text
    return text[m.start - 1:m.start] == "." and (len(m.text) <= c.settings.domain_letters
                                                 or not text[m.start - 2:m.start - 1].strip())


def known_names(spans: list[Mention], c: Context) -> list[Mention]:
    """Types from the gazetteer ``orgs_ru.tsv``: international organisations are ORG (``ЕС``,
    ``Евросоюзом``, ``Европейского союза``), facilities LOC (``МКС``), a seat of power ORG
    (``Кремль`` as the Russian presidency) except after a place preposition (``в Белом доме``)."""
    out = []
    for m in spans:
        kind = known_kind(m.text)
        type_ = {"org": "ORG", "media": "ORG", "facility": "LOC"}.get(kind or "", m.type)
        if kind == "seat":
            prev = c.view.previous(m.start, skip=QUOTES)
            type_ = m.type if prev and prev.text.lower() in PLACE_PREPOSITIONS else "ORG"
        out.append(m if type_ == m.type else part(m, m.start, m.stop, c, type_))
    return out


def quoted_after_kind(spans: list[Mention], c: Context) -> list[Mention]:
    """A capitalised name in quotes right after a word naming a kind of organisation is an
    organisation (``партии «Путь Грузии»``), whatever the tagger saw inside the quotes."""
    tokens = c.view.tokens
    out = list(spans)
    for i, q in enumerate(tokens[1:-1], 1):
        closer = PAIRS.get(q.text, q.text)
        if q.text not in "«„“\"" or lemma(tokens[i - 1].text) not in ORG_BODY_WORDS:
            continue
        close = next((j for j in range(i + 1, min(i + 1 + c.settings.quote_window, len(tokens)))
                      if tokens[j].text == closer), None)
        if close is None or close == i + 1 or not tokens[i + 1].text[:1].isupper():
            continue
        a, b = tokens[i + 1].start, tokens[close - 1].stop
        if "\n" in c.text[a:b] or any(m.start == a and m.stop == b and m.type == "ORG" for m in out):
            continue
        out = [m for m in out if not (a <= m.start and m.stop <= b)] + [span(c, a, b, "ORG")]
    return out


def facilities_are_places(spans: list[Mention], c: Context) -> list[Mention]:
    """A built place is a location, not an organisation nor a person: a name right after ``аэропорт``,
    ``бизнес-центр``, ``магазин``… (``в аэропорту «Внуково»``), or headed by ``дворец``/``дом``
    (``во Дворце спорта``, ``в Доме кино``); a person's name after such a word or ``дворец`` unless in the genitive
    of an owner (``во дворце Паласио Насьональ``, not ``во дворце Ивана Петрова``)."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type in ("ORG", "PER") else []
        prev = c.view.previous(m.start, skip=QUOTES) if words else None
        head = next((w for w in words if w.pos in ("NOUN", "PROPN")), None)
        if m.type == "PER":  # "во дворце Паласио Насьональ", "в отеле Хилтон": the name, not an owner's genitive
            named = prev is not None and lemma(prev.text) in FACILITY_WORDS | FACILITY_HEADS - {"дом"} \
                and words[0].feats.get("Case") != "Gen"
        else:
            named = (prev is not None and lemma(prev.text) in FACILITY_WORDS) or (
                head is not None and head.text[:1].isupper() and len(words) > 1 and lemma(head.text) in FACILITY_HEADS)
        if named:
            m = part(m, m.start, m.stop, c, "LOC")
        out.append(m)
    return out


# Two capitalised parts joined by "и" (the first of one or two words, "Сент-Китс", "Сан-Томе"): the shape of a
# country named by two parts (Тринидад и Тобаго, Антигуа и Барбуда, Босния и Герцеговина) in any case.
_PAIRED = re.compile(r"(?<![\w-])[А-ЯЁ][\w-]*(?:[ \u00a0][А-ЯЁ][\w-]*)?[ \u00a0]и[ \u00a0][А-ЯЁ][\w-]*")


def paired_countries(spans: list[Mention], c: Context) -> list[Mention]:
    """A country named by two parts joined by ``и`` (``посла Тринидада и Тобаго``, ``Антигуа и Барбуды``) is one
    place, whatever the tagger made of its parts: a span inside it goes (the second part is no person, the first
    no place of its own), a span that runs on past it starts after it (``Невиса Роберт Грант`` → the person), one
    that opens before it and ends inside it stops before it; a span holding the whole name stays (``посольство
    Тринидада и Тобаго``)."""
    for found in _PAIRED.finditer(c.text):
        a, b = found.span()
        if not gazetteer.lookup_country(found.group()):  # a capitalised word before a one-word first part
            head, _, rest = found.group().partition(found.group()[len(found.group().split()[0])])
            if not gazetteer.lookup_country(rest):
                continue
            a += len(head) + 1
        if any(m.start <= a and b <= m.stop and m.type == "LOC" for m in spans):
            continue
        out = []
        for m in spans:
            if m.stop <= a or b <= m.start or (m.start <= a and b <= m.stop and m.type != "LOC"):
                out.append(m)
            elif a <= m.start and b < m.stop:
                rest = len(c.text[b:m.stop]) - len(c.text[b:m.stop].lstrip())
                out.append(part(m, b + rest, m.stop, c))
            elif m.start < a and m.stop <= b and c.text[m.start:a].strip():
                out.append(part(m, m.start, m.start + len(c.text[m.start:a].rstrip()), c))
        spans = out + [span(c, a, b, "LOC")]
    return spans
