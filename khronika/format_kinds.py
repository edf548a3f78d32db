"""The kinds of standing mechanism (``data/formats.tsv``: «два плюс два», summits, strategic dialogue, …) and the
formats a sentence names (``formats_in``: the gazetteer's mechanisms, the kinds, their general patterns), for
``formats.py``; a kind named alone after a more particular format of that kind is that format (``particular``,
``kinds_told``).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import lexicon
from .format_aliases import ORGANISATION_TYPES
from .format_bodies import group_summit, is_organisation, of_trades
from .format_names import (
    NUMBERED,
    Named,
    gazetteer_in,
    general_in,
    level_of,
    mechanism,
    mechanisms,
    nominative,
    summit_of,
)
from .format_proper import PROPER_FORMAT, PROPER_NOUNS, cut_phrase
from .gazetteer import compound_countries, lookup_country
from .ids import country_id
from .lexicon import Column
from .literals import haystack, may_match
from .morph import fold, lemmas, parses


@dataclass(frozen=True)
class Kind:
    """A kind of standing mechanism (``data/formats.tsv``): its export ``name`` and ``label``, who
    meets in it (``members``), the ``pattern`` that finds it in a sentence and the name the event
    stage gives it (``event``: ``"2+2"``, ``"summit"``…; None when events do not name it) with the
    pattern it uses (``event_pattern``, narrower for summits)."""

    name: str
    label: str
    members: tuple[str, ...]
    pattern: re.Pattern
    event: str | None = None
    event_pattern: re.Pattern | None = None


def _pattern(value: str) -> re.Pattern:
    return re.compile(value, re.I)


def _members(value: str) -> tuple[str, ...]:
    return tuple(m.strip() for m in value.split(";") if m.strip())


_COLUMNS = (Column("kind", choices=frozenset({"mechanism", "general"})), Column("name"),
            Column("event", required=False), Column("members", required=False, convert=_members),
            Column("label"), Column("pattern", convert=_pattern),
            Column("event_pattern", required=False, convert=_pattern))
_ROWS = lexicon.table("formats.tsv", _COLUMNS, key=("name",))
# The kinds of standing mechanisms, in the file's order (a gazetteer, not a list of events).
KINDS: tuple[Kind, ...] = tuple(Kind(r["name"], r["label"], r["members"] or (), r["pattern"], r["event"],
                                     r["event_pattern"] or r["pattern"]) for r in _ROWS if r["kind"] == "mechanism")
# General patterns: ``контакты по линии <кого>``, ``переговоры по вопросам <чего>`` (group 1 is the name).
GENERAL: tuple[re.Pattern, ...] = tuple(r["pattern"] for r in _ROWS if r["kind"] == "general")
# The kinds the event stage names, by the name it gives them (Event.format).
EVENT_FORMATS: dict[str, Kind] = {k.event: k for k in KINDS if k.event}
EVENT_NAMES = frozenset(k.name for k in KINDS)
SUMMIT = next(k.name for k in KINDS if k.event == "summit")  # the kind of a summit of any leaders
SUMMIT_TYPE = "саммит"  # the gazetteer's type of a series of summits (``саммит ЕС``, ``саммит АСЕАН``)
SUMMIT_WORD = re.compile(r"саммит|\bв\s+верхах", re.I)


# A compound adjective of countries right before a summit's word: "португальско-испанский саммит".
_SIDED_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)+)\s+$")


def sided_name(sentence: str, start: int, stop: int) -> str:
    """The name a sentence gives a summit of two countries by their compound adjective (``XII аргентинско-чилийский
    саммит``, ``в рамках ежегодного перуанско-боливийского саммита`` → ``перуанско-боливийский саммит``), in the
    nominative, or ""."""
    m = _SIDED_BEFORE.search(sentence, 0, start)
    if m is None or len(compound_countries(m.group(1))) < 2:
        return ""
    return nominative(m.group(1) + " " + sentence[start:stop])


def written(sentence: str, start: int, stop: int) -> str:
    """The words of a sentence that name a kind, whole (``стратегического диалога``, not its pattern's stem
    ``стратегического диалог``) and with the compound adjective of its sides right before them
    (``армяно-грузинского стратегического диалога``): a name the text used, for the format's aliases and label."""
    stop += len(re.match(r"\w*", sentence[stop:]).group())
    m = _SIDED_BEFORE.search(sentence, 0, start)
    if m is not None and len(compound_countries(m.group(1))) >= 2:
        start = m.start(1)
    return sentence[start:stop]


# Whose summit a summit's words tell, by one region, group or organisation (``саммит лидеров Полинезии``, ``саммита
# глав государств Андского сообщества``), not by a list of countries (``саммит президентов Чили, Перу и Боливии``).
_OF_WHOM = re.compile(r"\w*\s+(?:президентов|лидеров|глав\s+государств(?:\s+и\s+правительств)?|глав\s+правительств)"
                      r"\s+((?-i:[А-ЯЁ])[\w-]+(?:\s+[\w-]+){0,2})", re.I)
_LIST_AFTER = re.compile(r"\s*,\s*(?-i:[А-ЯЁ])|\s+и\s+(?-i:[А-ЯЁ])")  # "… Чили, Перу и Боливии": a list of countries


def of_whom(sentence: str, start: int, stop: int) -> str:
    """The name a sentence gives a summit by whose leaders meet in it, one region, group or organisation (``Саммит
    президентов Полинезии`` → ``саммит президентов Полинезии``, ``саммита глав государств Андского сообщества``: its
    head in the nominative, the rest as written), not a list of countries (``саммит президентов Чили, Перу и
    Боливии``), or ""."""
    m = _OF_WHOM.match(sentence, stop)
    if m is None:
        return ""
    words = list(re.finditer(r"[\w-]+", m.group(1)))
    keep = 1
    for w in (x.group() for x in words[1:]):  # capitalised, or a noun or adjective in the genitive ("Союза реки Мано")
        if not (w[:1].isupper() or len(w) > 3 and any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "gent"
                                                       for p in parses(w))):
            break
        keep += 1
    if _LIST_AFTER.match(sentence, m.start(1) + words[keep - 1].end()):
        return ""
    head = sentence[start:m.start(1)].split()
    return " ".join([nominative(head[0]), *head[1:], *(w.group() for w in words[:keep])])


def _own_words(k: Kind, surface: str) -> str:
    """The words a sentence names a leaders' meeting by where they are a phrase of their own, not the kind's name
    (``встреча на высоком уровне``, ``встречи в верхах`` → their nominative), else ""."""
    words = surface.split()
    if len(words) < 3 or fold(" ".join(words)) in fold(k.name + " " + k.label):
        return ""
    return nominative(" ".join(words))


def particular(named: list[Named], mentioned: list[Named]) -> list[Named]:
    """A sentence that names only a kind (``В последний раз саммит проводился в 2022 году``) after its document named
    one format of that kind more particularly (``трехсторонний саммит Пакистана, Афганистана и Китая``): that one."""
    if not named or not all(not n.fixed and n.name in EVENT_NAMES for n in named):
        return named
    kinds = [k for k in KINDS if k.name in {n.name for n in named}]
    fits = {n.name: n for n in mentioned if n.name not in EVENT_NAMES and not loose(n) and any(
            k.pattern.search(n.surface) and (not n.fixed or fold(k.name) in fold(n.name)) or proper_summit(k.name, n)
            for k in kinds)}
    if len(fits) != 1:
        return named
    return [dataclasses.replace(next(iter(fits.values())), surface="", start=-1, stop=-1, spans=())]


def loose(n: Named) -> bool:
    """A format named by a general phrase of ``data/formats.tsv`` (``консультации по вопросам …``, ``по линии …``):
    often a part of a mechanism's meeting, not taking up the next sentence."""
    return not n.fixed and n.name not in EVENT_NAMES and n.type.startswith("по ")


def formats_in(sentence: str) -> list[Named]:
    """Each format a sentence names: the gazetteer's mechanisms, the kinds of ``data/formats.tsv`` (not
    inside a mechanism's name: "саммит НАТО" is the NATO summit), their general patterns (``по линии
    …``) and the general patterns of ``data/format_patterns.tsv`` where no mechanism or kind names the words."""
    out = [with_outsider(n, sentence) for n in gazetteer_in(sentence)]
    taken = [p for n in out for p in n.places()]
    hay = haystack(sentence)
    for k in KINDS:
        if not may_match(k.pattern, hay):  # none of the words its every match holds (``literals``)
            continue
        if k.event == "summit" and out:  # "страны ШОС провели саммит": that organisation's summit
            continue
        if k.event == "summit" and k.pattern.search(sentence) and (summit := summit_of(sentence)):
            out.append(summit)
            continue
        spans = [m.span() for m in k.pattern.finditer(sentence)
                 if not any(a <= m.start() and m.end() <= b for a, b in taken)
                 and not (k.event == "summit" and of_trades(sentence, *m.span()))]  # "саммит судостроителей"
        if spans:
            level = level_of(k.label)
            out.append(Named(k.name, k.name, k.label, tuple(k.members), level, surface=written(sentence, *spans[0]),
                             start=spans[0][0], stop=spans[0][1], spans=tuple(spans),
                             alias=sided_name(sentence, *spans[0]) or of_whom(sentence, *spans[0])
                             or _own_words(k, sentence[slice(*spans[0])]) if k.event == "summit" else ""))
    kinds = [n for n in out if not n.fixed]
    for general in GENERAL:
        for m in general.finditer(sentence) if may_match(general, hay) else ():
            phrase = cut_phrase(re.sub(r"\s+", " ", m.group(1).strip().lower()))
            if not any(k.pattern.search(phrase) for k in KINDS if k.name in {n.name for n in kinds}) \
                    and not any(a <= m.start(1) < b for a, b in taken):
                out.append(Named(phrase, phrase.split()[0] + " " + phrase.split()[1], m.group(0).strip(),
                                 level=level_of(m.group(0)), surface=m.group(0).strip(), start=m.start(), stop=m.end()))
    named_before = bool(out)
    mechanism_before = any(not (x.fixed and x.type in ORGANISATION_TYPES) for x in out)
    for n in map(known_proper, general_in(sentence)):
        if is_organisation(n.name):  # "член Европейской комиссии": an organisation's body, not a dialogue
            continue
        if n.fixed and n.name in {x.name for x in out}:
            continue  # "в «веймарском формате» … «веймарской тройки»": the gazetteer's, named once
        if n.alone and (mechanism_before if n.type in NUMBERED else named_before):
            # "переговоры на уровне министров в формате «2+2»": the level of that format; "четвертая министерская
            # встреча нормандской четверки": a meeting of that format (not "… АСЕАН и ЭКОВАС": the organisations)
            continue
        crossed = [x for x in out if x.start < n.stop and n.start < x.stop]
        if all(_within(x, n) for x in crossed) and n.name not in {x.name for x in out}:
            out = [x for x in out if x not in crossed] + [n]  # "трехсторонний саммит": more than a summit
    if any(n.type == PROPER_FORMAT for n in out):  # "Следующий саммит в Карловарском формате": that format's summit
        out = [n for n in out if n.fixed or n.name != SUMMIT]
    if any(not n.fixed and n.type in NUMBERED for n in out):
        # "пятая министерская встреча АСЕАН и ЭКОВАС": a body meeting in numbered sessions, the organisation its side;
        # "Министерский совет ЛАГ провел сессию": that organisation's council, named with it
        orgs = [n for n in out if n.fixed and n.type in ORGANISATION_TYPES]
        out = [of_organisation(n, orgs, sentence) for n in out if not (n.fixed and n.type in ORGANISATION_TYPES)]
        out += summit_beside(orgs, out, sentence)
    return out


# A country told right after an organisation's summit: "саммит Евросоюза и Японии", "саммит АСЕАН – Индия".
_OUTSIDER = re.compile(r"(?:\s+и\s+|\s*[–—-]\s*)((?-i:[А-ЯЁ])[\w-]+(?:\s+(?-i:[А-ЯЁ])[\w-]+)?)", re.I)


def with_outsider(n: Named, sentence: str) -> Named:
    """The summit of an organisation told together with a country outside it (``саммит Евросоюза и Японии``,
    ``саммит АСЕАН – Индия``): a summit of the two, of the kind of any leaders' summit (its sides the organisation
    and the country, read as the parties told together), not the organisation's own summit; the gazetteer's
    summits of that pair where it names them (``саммит ЕС и России``: ``саммит Россия – ЕС``)."""
    if not n.fixed or n.type != SUMMIT_TYPE or len(n.orgs) != 1 or n.stop <= 0:
        return n
    m = _OUTSIDER.match(sentence, n.stop)
    words = m.group(1).split() if m else []
    country = next((c for c in (lookup_country(" ".join(words[:k])) for k in (2, 1) if len(words) >= k) if c), None)
    if country is None or country.code in n.countries:
        return n
    stop = m.end(1) if lookup_country(" ".join(words)) else m.start(1) + len(words[0])
    pair = next((r for r in mechanisms() if r["orgs"] == n.orgs and r["type"] == SUMMIT_TYPE
                 and (r["members"] or ()) == (country.code,)), None)
    if pair is not None:  # "саммит ЕС и России": the gazetteer's "саммит Россия – ЕС"
        return dataclasses.replace(n, name=pair["name"], label=pair["label"], level=pair["level"],
                                   countries=pair["members"], surface=sentence[n.start:stop], stop=stop,
                                   spans=((n.start, stop),), alias=pair["aliases"][0])
    kind = next(k for k in KINDS if k.name == SUMMIT)
    return Named(SUMMIT_TYPE, kind.name, sentence[n.start:stop], tuple(kind.members), level_of(kind.label),
                 surface=sentence[n.start:stop], start=n.start, stop=stop, spans=((n.start, stop),))


# Bodies of an organisation whose name does not say which (``министерский совет``): named with the organisation.
ORGANISATION_BODIES = frozenset({"совет организации"})


def of_organisation(n: Named, orgs: list[Named], sentence: str) -> Named:
    """A body of ``ORGANISATION_BODIES`` named right before the organisation it belongs to (``Министерский совет
    Лиги арабских государств``): named with it, by its abbreviation where the gazetteer has one (``Министерский
    совет ЛАГ``), else by its words as written."""
    if n.fixed or n.type not in ORGANISATION_BODIES:
        return n
    org = next((o for o in orgs if o.start >= n.stop and not sentence[n.stop:o.start].strip()), None)
    if org is None:
        return n
    row = mechanism(org.name)
    short = sorted((a for a in (org.name, *(row["aliases"] if row else ())) if len(a) >= 2 and a.isupper()), key=len)
    return dataclasses.replace(n, name=n.name[:1].upper() + n.name[1:] + " " + (short[0] if short else org.surface))


def summit_beside(orgs: list[Named], named: list[Named], sentence: str) -> list[Named]:
    """The one organisation named beside a body meeting in numbered sessions where the sentence tells a summit in
    another clause (``… провел сессию, на которой одобрил программу саммита глав государств организации, который
    пройдет …``): that organisation's summits, named there (its span: the summit's word)."""
    if len(orgs) != 1 or any(n.name == SUMMIT for n in named):
        return []
    bodies = [n for n in named if not n.fixed and n.type in NUMBERED]
    m = next((m for m in SUMMIT_WORD.finditer(sentence) if all(
        "," in sentence[b.stop:m.start()] for b in bodies if b.stop <= m.start())
        and not any(b.start <= m.start() < b.stop for b in bodies)), None)
    if m is None:
        return []
    stop = m.end() + len(re.match(r"\w*", sentence[m.end():]).group())  # the whole word: "саммита"
    return [dataclasses.replace(orgs[0], start=m.start(), stop=stop, spans=((m.start(), stop),))]


def _within(kind: Named, general: Named) -> bool:
    """A kind's words (``саммит``) inside a general pattern's longer ones (``трехсторонний саммит``), not only
    quoted by it (``в формате «два плюс два»`` is the kind)."""
    return not kind.fixed and general.type != "формат" and general.start <= kind.start and kind.stop <= general.stop \
        and general.stop - general.start > kind.stop - kind.start


def kinds_told(mentions: list[tuple]) -> list[tuple]:
    """A kind a document names alone anywhere, its title included (``Саммит Перу, Чили и Боливии отложен``), where
    the document names one format of that kind more particularly with those sides or none (``трехсторонний саммит
    Перу, Чили и Боливии``, ``Трехсторонние встречи проходят с 2013 года``): that format."""
    out = []
    for n, sides, entries in mentions:
        kinds = [k for k in KINDS if k.name == n["name"] and not n["fixed"]]
        fits = {m["name"]: (m, s) for m, s, _ in mentions if kinds and m["name"] not in EVENT_NAMES
                and not m["type"].startswith("по ") and (set(sides) <= set(s) | _members(m) or not s)
                and any(k.pattern.search(m["surface"]) and (not m["fixed"] or fold(k.name) in fold(m["name"]))
                        or group_summit(k.name == SUMMIT, m, sides) or proper_summit(k.name, m) for k in kinds)}
        if len(fits) == 1:
            m, s = next(iter(fits.values()))
            n, sides = dict(m, surface="", start=-1, stop=-1, spans=[]), sorted(set(s) | set(sides))
        out.append((n, sides, entries))
    return out


def _members(m: dict) -> set[str]:
    """A gazetteer group's member states (a mention of it in a sentence naming some of them has those sides alone)."""
    return {country_id(c) for c in m["countries"]} if m["fixed"] else set()


def proper_summit(kind: str, n) -> bool:
    """A summit told alone (``Саммит пройдет в мае``) in a document naming a format of a proper name (``Карловарский
    формат``, the mention as a ``Named`` or its dict): that format's meeting of leaders."""
    return kind == SUMMIT and (n.type if isinstance(n, Named) else n["type"]) == PROPER_FORMAT


def known_proper(n: Named) -> Named:
    """A format of a proper name the gazetteer knows by another of its names (``«веймарской тройки»``: the
    ``Веймарский треугольник``, one of whose aliases is its adjective and a noun of a format): that mechanism, at the
    words that name it; any other as it is."""
    if n.type != PROPER_FORMAT:
        return n
    adjective = lemmas(n.name.split()[0])
    rows = {r["name"] for r in mechanisms() for a in r["aliases"] if len(a.split()) == 2 and PROPER_NOUNS.match(
        a.split()[1]) and adjective & lemmas(a.split()[0])}  # "Люблинский треугольник": "Люблинский формат" too
    known = gazetteer_in(next(iter(rows))) if len(rows) == 1 else ()
    if len(known) != 1:
        return n
    return dataclasses.replace(known[0], surface=n.surface, start=n.start, stop=n.stop, spans=((n.start, n.stop),))
