"""Names of standing mechanisms of dialogue in a sentence, for ``formats.py``.

* The gazetteer (``data/format_mechanisms.tsv``): named mechanisms (the Normandy format, G7, the
  NATO–Russia Council, …) with their type, level and fixed members, each alias matched by the
  lemmas of its words, so in any grammatical case; an alias word written in capitals
  (``ШОС``, ``ЕС``) matches only as written.
* General patterns (``data/format_patterns.tsv``): ``в формате «…»``, ``трёхсторонние
  консультации``, ``контактная группа по …``, ``межправительственная комиссия по …``, ``рабочая
  группа по …``, ``консультации на уровне …``; the name's head words put in the nominative.
* The level (``data/format_levels.tsv``); the round told in words is ``format_rounds.py``'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import gazetteer, lexicon, morph
from .format_canon import SHORT, SHORT_FORMS, SHORT_NAMES, consultations_name, nominative
from .format_proper import (
    GROUP_MEMBERS,
    PROPER_FORMAT,
    by_topic,
    complement,
    group_meeting,
    inside_name,
    proper_bare,
    proper_format,
    topic,
)
from .gazetteer import compound_countries, lookup_country
from .lexicon import Column
from .literals import Index, haystack

_WORD = re.compile(r"\w+")


def _listed(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(";") if v.strip())


def _pattern(value: str) -> re.Pattern:
    return re.compile(value, re.I)


LEVELS = frozenset({"leaders", "ministers", "deputies", "experts", "ambassadors", "parliaments", "mixed"})
_MECHANISMS = lexicon.table("format_mechanisms.tsv", (
    Column("name"), Column("type"), Column("level", choices=LEVELS),
    Column("members", required=False, convert=_listed), Column("orgs", required=False, convert=_listed),
    Column("aliases", convert=_listed), Column("label"),
    Column("party", required=False, choices=frozenset({"yes"})),
    Column("context", required=False, convert=_pattern),
    Column("summit", required=False, choices=frozenset({"yes"}))), key=("name",))
_PATTERNS = lexicon.table("format_patterns.tsv", (
    Column("type"), Column("level", required=False, choices=LEVELS), Column("pattern", convert=_pattern),
    Column("alone", required=False, choices=frozenset({"yes", "document", "mechanism"})),
    Column("one", required=False, choices=frozenset({"yes"})),
    Column("needs", required=False, choices=frozenset({"series", "sessions", "sides", "party"})),
    Column("complement", required=False, choices=frozenset({"yes", "topic"})),
    Column("formats_only", required=False, choices=frozenset({"yes"}))))
_PATTERN_INDEX = Index([row["pattern"] for row in _PATTERNS])  # by the words their matches hold (``literals``)
ONE_PER_SIDES = frozenset(r["type"] for r in _PATTERNS if r["one"])  # kinds of which two countries have one
# kinds named by their sides ("саммит «Перу — Арабский мир»"): the name holds the sides, the partners are its sides
SIDES_IN_NAME = frozenset({"саммит партнеров"})
# Kinds that are formats only where the document gives them two sides (and, "series", meetings in sequence), or
# ("sessions") only where it numbers their sessions, whatever their sides (a council of an organisation).
NEEDS: dict[str, str] = {r["type"]: r["needs"] for r in _PATTERNS if r["needs"]}
# Kinds that name a format only where the document names no other ("document"): a body told by its session alone
# (``заседание … консультативного совета``), where another format is named, is a part or a retelling of that one.
DOCUMENT_ALONE = frozenset(r["type"] for r in _PATTERNS if r["alone"] in ("document", "mechanism"))
# … of those, kinds that yield only to a mechanism ("mechanism"): one of the gazetteer, a kind or a general pattern that
# needs no series; a body of a series only named (``Президентского совета``, ``совместной комиссии``) is none yet
MECHANISM_ALONE = frozenset(r["type"] for r in _PATTERNS if r["alone"] == "mechanism")
# Kinds that meet in numbered sessions ("series", "sessions"): an organisation named beside them is a side.
NUMBERED = frozenset(t for t, needs in NEEDS.items() if needs in ("series", "sessions"))
_LEVELS = lexicon.table("format_levels.tsv", (Column("level", choices=LEVELS), Column("pattern", convert=_pattern)))
_MODIFIERS = tuple(r["stem"] for r in lexicon.table("format_modifiers.tsv", (Column("stem"),)))
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


@dataclass(frozen=True)
class Named:
    """A mechanism a sentence names: ``name`` (canonical for the gazetteer, the phrase for a general
    pattern), ``type``, ``label``, who meets (``members``: positions), ``level``, fixed member states
    (``countries``, ISO codes) and organisations (``orgs``); ``fixed``: one format whatever the sides;
    ``surface``: the words of the sentence that name it, at ``start``–``stop`` (-1: a meeting of it told without
    its name, ``Девятое заседание комиссии``); ``alone``: a general
    pattern that names a format only where nothing else in the sentence does; ``party``: a group that meets others
    as one party (``евротройка``), a format with each set of others it meets; ``alias``: the names the text uses
    for it, in the nominative and separated by "; " (the gazetteer's alias its words matched, a short name in
    brackets after it: ``Совет сотрудничества (ССВУ)``); ``formats_only``: a general pattern the event stage does
    not read as a body's session (``data/format_patterns.tsv``); ``tentative``: a body its document tells meeting
    between two sides but not as one of a series (``format_standing.standing``), a format only where another
    document tells it so (``format_identity.identities``)."""

    name: str
    type: str
    label: str
    members: tuple[str, ...] = ()
    level: str | None = None
    countries: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    fixed: bool = False
    surface: str = ""
    start: int = 0
    stop: int = 0
    alone: bool = False
    spans: tuple[tuple[int, int], ...] = ()
    party: bool = False
    alias: str = ""
    formats_only: bool = False
    tentative: bool = False

    def places(self) -> tuple[tuple[int, int], ...]:
        """Every span of the sentence that names it (its first one where no others were kept)."""
        return self.spans or ((self.start, self.stop),)


def _word_key(word: str) -> frozenset[str] | str:
    """What a word of an alias matches: its text (an abbreviation in capitals) or its lemmas."""
    w = word.replace("ё", "е").replace("Ё", "Е")
    if len(w) >= 2 and w.isupper():
        return w
    return morph.lemmas(w)


def _written_otherwise(alias: str, orgs: tuple[str, ...]) -> list[str]:
    """An alias that names its organisation (``саммит БИМСТЕК``) and the same alias with each other name of it
    (``саммит BIMSTEC``, ``саммит Инициативы Бенгальского залива …``): a body of an organisation is told by any of its
    names, its abbreviation in Latin or Cyrillic letters or its full name."""
    out = [alias]
    for org in orgs:
        told = re.compile(rf"(?<![\w-]){re.escape(org)}(?![\w-])")
        if told.search(alias):
            out += [told.sub(other, alias) for other in gazetteer.org_names(org) if other != org]
    return out


@cache
def _aliases() -> dict[str, list[tuple[tuple, lexicon.Row, str]]]:
    """Aliases (their word keys, row and text) indexed by each lemma (or capitals) of their first word; an alias
    naming an organisation of its row, also with the organisation's other names (``_written_otherwise``)."""
    index: dict[str, list[tuple[tuple, lexicon.Row, str]]] = {}
    for row in _MECHANISMS:
        for alias in dict.fromkeys(a for told in row["aliases"] for a in _written_otherwise(told, row["orgs"] or ())):
            keys = tuple(_word_key(w) for w in _WORD.findall(alias))
            if not keys:
                continue
            for first in [keys[0]] if isinstance(keys[0], str) else keys[0]:
                index.setdefault(first, []).append((keys, row, alias))
    return index


@lru_cache(maxsize=1 << 16)
def _alias_keys(word: str) -> tuple[str, ...]:
    """The keys of ``_aliases`` a word of a sentence may start an alias under (as written, or a lemma), in order."""
    w = word.replace("ё", "е").replace("Ё", "Е")
    return tuple(sorted(({w} | morph.lemmas(w)) & _aliases().keys()))


def _fits(key, word: str) -> bool:
    w = word.replace("ё", "е").replace("Ё", "Е")
    return w == key if isinstance(key, str) else bool(key & morph.lemmas(w))


def gazetteer_in(sentence: str) -> list[Named]:
    """The gazetteer's mechanisms a sentence names, each once (its longest alias)."""
    return list(_gazetteer_in(sentence))


@lru_cache(maxsize=4096)  # the events, formats and fusion read the same sentences
def _gazetteer_in(sentence: str) -> tuple[Named, ...]:
    words = list(_WORD.finditer(sentence))
    index = _aliases()
    best: dict[str, tuple[int, int, str]] = {}
    every: dict[str, set[tuple[int, int]]] = {}
    for i, m in enumerate(words):
        for key in _alias_keys(m.group()):
            for keys, row, alias in index[key]:
                k = len(keys)
                if i + k <= len(words) and all(_fits(x, words[i + j].group()) for j, x in enumerate(keys)) \
                        and not inside_name(sentence, alias, words, i, k):
                    span = (words[i].start(), words[i + k - 1].end())
                    every.setdefault(row["name"], set()).add(span)
                    if row["name"] not in best or span[1] - span[0] > best[row["name"]][1] - best[row["name"]][0]:
                        best[row["name"]] = (*span, alias)
    rows = _by_name()
    out = []
    bodies = {o for name in best for o in rows[name]["orgs"] or ()}
    for name, (start, stop, alias) in sorted(best.items(), key=lambda x: x[1]):
        if any(a <= start and stop <= b and (a, b) != (start, stop) for a, b, _ in best.values()):
            continue  # "Совет НАТО" inside "Совета НАТО-Россия"
        if name in bodies:
            continue  # "Генсек ОДКБ сообщил, что сессия Совета коллективной безопасности ОДКБ пройдёт …": the council's
        r = rows[name]
        mine = every[name]
        spans = sorted(x for x in mine if not any(a <= x[0] and x[1] <= b and (a, b) != x for a, b in mine))
        out.append(Named(name, r["type"], r["label"], (), r["level"], r["members"] or (), r["orgs"] or (), True,
                         sentence[start:stop], start, stop, spans=tuple(spans), party=r["party"] == "yes",
                         alias=alias))
    return tuple(out)


@cache
def _by_name() -> dict:
    return {r["name"]: r for r in _MECHANISMS}


def mechanism(name: str):
    """The gazetteer's row of the mechanism ``name`` (``data/format_mechanisms.tsv``), or None."""
    return _by_name().get(name)


def mechanisms() -> tuple:
    return tuple(_MECHANISMS)


def summit_of(sentence: str) -> Named | None:
    """The summit of an organisation a sentence names apart from the word for summit ("28 стран НАТО
    проводят встречи в верхах"): the gazetteer's row named "саммит <org>" of an organisation named in it."""
    words = {w.replace("ё", "е") for w in _WORD.findall(sentence)}
    for row in _MECHANISMS:
        orgs = row["orgs"] or ()
        if len(orgs) == 1 and row["name"] == f"саммит {orgs[0]}" and words & {
                orgs[0], *(n for n in gazetteer.org_names(orgs[0]) if n.isupper() and " " not in n)}:
            return Named(row["name"], row["type"], row["label"], (), row["level"], row["members"] or (), orgs, True,
                         orgs[0])
    return None


# names quoted or written as they are: no adjective before
_AS_WRITTEN = frozenset({"формат", "именной формат", "саммит организации", "саммит партнеров", "именованный процесс"})


def general_in(sentence: str) -> list[Named]:
    """Mechanisms the general patterns name (``контактная группа по …``, ``трёхсторонние консультации``)."""
    return list(_general_in(sentence))


@lru_cache(maxsize=4096)  # the events and the formats read the same sentences
def _general_in(sentence: str) -> tuple[Named, ...]:
    out = []
    for row in map(_PATTERNS.__getitem__, _PATTERN_INDEX.candidates(haystack(sentence))):  # those that may match
        for m in row["pattern"].finditer(sentence):
            g = "name" if m.group("name") is not None else "bare"  # "bare": a name unquoted (``proper_format``)
            head = m.group(g)
            if g == "bare" and not proper_bare(sentence, m.start(g)):
                continue
            if "sides" in m.re.groupindex and m.group("sides"):  # "комиссий Киргизии и Таджикистана по": no countries
                head = sentence[m.start("name"):m.start("sides")] + sentence[m.end("sides"):m.end("name")]
            at = m.start(g) if row["type"] in _AS_WRITTEN else modified_from(sentence, m.start(g))
            head = sentence[at:m.start(g)] + head  # "Постоянного совместного комитета": the whole name
            head = re.sub(r"\s+", " ", head).strip()
            stop = m.end()
            words = [w for w in head.split() if not ("-" in w and compound_countries(w))]
            alias = ""
            if row["type"] == "формат":
                name = f"формат «{head.lower()}»"
            elif row["type"] == PROPER_FORMAT:  # "в «Люблинском треугольнике»": "Люблинский формат"
                name, alias = proper_format(head)
            elif row["type"] == "именованный процесс":  # "инициативы «Тумба»", "переговоры «Тумба»": one process
                name = "процесс «" + re.split(r"[«\"„“]", head, maxsplit=1)[1].rstrip("»\"“”") + "»"
            elif row["type"] == "саммит организации":  # "саммит Альянса государств Анд": the name as written
                name = "саммит " + head.split(None, 1)[1]
            elif row["type"] == "встречи специальных представителей" and not re.match(
                    r"(?:переговор|механизм|консультаци)", head, re.I):  # "Спецпредставители X и Y провели …"
                name = "встреча специальных представителей"  # "встречу спецпредставители договорились …" too
            elif row["type"] in ("саммит партнеров", "механизм сотрудничества"):  # "саммита «Перу — Арабский мир»":
                # "саммит Арабский мир – Перу"; "механизма сотрудничества Дунай–Карпаты": its two names as written
                lead = 1 if row["type"] == "саммит партнеров" else 2
                parts = re.split(r"\s[-–—]\s" if lead == 1 else r"\s*[-–—]\s*",
                                 head.split(None, lead)[lead].strip("«»\"„“”"))
                name = ("саммит " if lead == 1 else "механизм сотрудничества ") + " – ".join(
                    sorted(p.strip() for p in parts))
                partners = tuple(sorted({c.code for p in parts if (c := lookup_country(p.strip()))}))
            elif row["complement"] == "yes":  # "Совета экономического партнерства высокого уровня Перу …"
                by = words[-1].lower() == "по"
                tail = complement(sentence, m.end())
                if by and not tail or not tail and len(words) < 2:
                    continue
                name = nominative(" ".join(words[:-1] if by else words)) + (" по" if by else "") \
                    + (" " + tail[0] if tail else "")
                stop = tail[1] if tail else stop
            elif row["complement"] == "topic":  # "переговоров о разграничении шельфа Северного моря"
                tail = topic(sentence, m.end())
                if not tail:
                    continue
                name, stop = nominative(words[0]) + " " + " ".join(words[1:]).lower() + " " + tail[0], tail[1]
            elif words and words[-1].lower() == "по":
                tail = by_topic(sentence, m.end())
                if not tail:
                    continue
                name, stop = nominative(" ".join(words[:-1])) + " по " + tail[0], tail[1]
            elif row["type"] == "встречи группы государств" and GROUP_MEMBERS.match(words[0]):  # "Министры … стран"
                name = group_meeting(words)
            else:
                name = nominative(" ".join(words)) if len(words) < 3 or row["type"] != "консультации на уровне" \
                    else nominative(" ".join(words[:1])) + " " + " ".join(words[1:]).lower()
            level = row["level"] or level_of(sentence[m.start():stop]) or level_of(sentence)
            name = SHORT.sub(lambda m: SHORT_FORMS[m.group(0).lower()[:8]], name)  # "спецпредставителей"
            name = SHORT_NAMES.get(name, name)
            if row["type"] == "консультации на уровне":
                name = consultations_name(name)
            at = at if "told" in m.re.groupindex else min(at, m.start())  # "в пятый раз провели …": not its name
            label = name if alias else sentence[at:stop].strip()  # a proper name: its name, not the words' case
            out.append(Named(name.replace("ё", "е"), row["type"], label, (), level,
                             countries=partners if row["type"] in SIDES_IN_NAME else (),
                             surface=sentence[at:stop].strip(), start=at, stop=stop,
                             alone=row["alone"] == "yes", formats_only=row["formats_only"] == "yes", alias=alias))
    # a body told by its session is left to another pattern reading its words too ("межправительственной комиссии по")
    return tuple(n for n in out if n.type not in DOCUMENT_ALONE
                 or not any(o.type not in DOCUMENT_ALONE and o.start < n.stop and n.start < o.stop for o in out))


def _agreeing(word: str, other: str) -> bool:
    """Do two words share a case and number (an adjective and the name it stands before)?"""
    forms = {(p.tag.case, p.tag.number) for p in morph.parses(other) if p.tag.case}
    return any((p.tag.case, p.tag.number) in forms for p in morph.parses(word) if p.tag.POS in ("ADJF", "PRTF"))


def modified_from(sentence: str, start: int) -> int:
    """Where a body's name starts that a general pattern matched from ``start``: before the adjectives of
    ``data/format_modifiers.tsv`` right before it that agree with its first word (``Постоянного совместного
    комитета``, ``Большой смешанной комиссии``)."""
    first = _WORD.match(sentence, start)
    while first and (m := _WORD_BEFORE.search(sentence, 0, start)):
        word = m.group(1)
        low = word.lower().replace("ё", "е")
        if not low.startswith(_MODIFIERS) or not _agreeing(word, first.group()):
            break
        start = m.start(1)
    return start


def level_of(text: str) -> str | None:
    """The level the words tell: ``на уровне заместителей министров`` → deputies."""
    return next((r["level"] for r in _LEVELS if r["pattern"].search(text)), None)
