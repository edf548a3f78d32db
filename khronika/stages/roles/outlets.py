"""The country of the outlet whose report a document is, told by the outlet itself: its name in the page's metadata
or credit (``lexicon.OUTLET_COUNTRIES``: ``Лима, 3 марта (Андина)``, a site's ``Infobae``), or the wording of its
masthead (``L'ESSOR — ежедневная газета Мали``, ``Ангольское агентство печати``, ``Le Figaro (Франция)``).  A home
outlet leaves its own side's officials unmarked, as a home dateline does (``with_outlet_country``)."""
from __future__ import annotations

import dataclasses
import re

from ... import gazetteer, morph
from ...ids import country_id
from ...records import Document, Role
from ...settings import DEFAULT, RoleSettings
from ...view import MentionIndex
from ..body_keys import own_country, own_ministries
from .about import country_counts, home_offices
from .lexicon import OUTLET_COUNTRIES, SYNONYMS

HEAD_CHARS = 300  # the page's head, where a masthead or a dateline's credit stands
# The nouns of an outlet, after a country's adjective or before its genitive ("ежедневная газета Мали").
OUTLET_NOUNS = frozenset({"газета", "агентство", "телеканал", "издание", "радио", "еженедельник", "ежедневник",
                          "телерадиокомпания", "вестник", "журнал", "портал"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PARTS = re.compile(r"\s[—–|•·-]\s")  # a masthead line's parts: "ANGOP — Ангольское агентство печати"
_SITE = re.compile(r"(?i)(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*?)(?:\.[a-z]{2,6})+")  # "example.com.ar"
_BRACKETED = re.compile(r"[(/]\s*([^()/\n]{2,40}?)\s*[)/]")  # "(Андина)", "/ТАСС/", "(Франция)"


def outlet_country(doc: Document) -> str | None:
    """The country id of the outlet whose report the document is (see the module docstring), or None: read from
    ``Document.source``, else from the page's first ``HEAD_CHARS`` characters, a known outlet's name bracketed
    (``(Андина)``) or a whole line's part (``ANGOP — …``), else an outlet noun with a country's adjective before it
    or genitive after it on a line of its own, else a country's name bracketed after a name on the first line."""
    own = source_country(doc.source or "")
    if own is not None:
        return own
    head = doc.text[:HEAD_CHARS]
    for part in [*_BRACKETED.findall(head), *(p for line in head.splitlines()[:3] for p in _PARTS.split(line))]:
        own = OUTLET_COUNTRIES.get(morph.fold(part.strip()))
        if own is not None:
            return own
    for line in head.splitlines()[:3]:
        if len(line.split()) <= 10 and (found := _masthead_country(line)) is not None:
            return found
    first = head.splitlines()[0] if head else ""
    for part in _PARTS.split(first):  # "Le Figaro (Франция)", a masthead's part of a few words, not a title's
        bracketed = re.fullmatch(r"\s*(\S+(?:\s+\S+){0,3})\s*\(([^()]+)\)\s*", part)
        if bracketed and (country := gazetteer.lookup_country(bracketed.group(2).strip())) is not None:
            return country_id(country.code)
    return None


def source_country(source: str) -> str | None:
    """The country of the outlet the page's metadata names: a known outlet's name, a site's address by the name it
    holds (``example.com``, ``www.example.com.ar`` → ``example``), or an outlet noun's country (``Национальное
    информационное агентство Казахстана``); None for any other."""
    own = OUTLET_COUNTRIES.get(morph.fold(source))
    site = _SITE.fullmatch(source.strip())
    for label in site.group(1).lower().split(".") if site and own is None else ():
        own = own or OUTLET_COUNTRIES.get(label)
    return own or (_masthead_country(source) if source else None)


def _masthead_country(line: str) -> str | None:
    """The country of a masthead line's outlet noun: ``ежедневная газета Мали``, ``Ангольское агентство печати``,
    ``Национальное информационное агентство Узбекистана``; None on a line with none."""
    words = _WORD.findall(line)
    for k, w in enumerate(words):
        if morph.lemma(w.lower()) not in OUTLET_NOUNS:
            continue
        before = [gazetteer.adjective_country(x) for x in words[max(0, k - 2):k]]
        after = [gazetteer.lookup_country(x) for x in words[k + 1:k + 4] if x[:1].isupper()]
        found = next((c for c in [*before, *after] if c is not None), None)
        if found is not None:
            return country_id(found.code)
    return None


def with_outlet_country(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country in a home outlet's report (``outlet_country``) is of the outlet's
    country, as under a home dateline (``sides.with_dateline_country``, whose tests it keeps): when the document
    names that country, at least ``main_country_mentions`` times with the masthead counting as one, the holder may
    be of it by his surname (``about.kin``), no other person holds the office of it and none holds it unmarked too
    (``под председательством Президента X и Президента Y``: the outlet tells neither's side) and the text gives
    the office no other country's adjective (``сербский президент`` in a Hungarian agency's report: the unmarked
    president may be the Serbian one); never in a correspondent's
    report (an outlet's datelined in another country: ``Вашингтон, 3 марта. /ТАСС/``; a byline of a correspondent
    posted abroad: ``корреспондент в Европе``)."""
    if not any(r.of is None for r in roles) or (side := outlet_country(doc)) is None \
            or _POSTED.search(doc.raw[:HEAD_CHARS] if doc.raw else doc.text[:HEAD_CHARS]):
        return roles
    place = gazetteer.country_or_capital(doc.dateline_place or "")
    counts = country_counts(doc, idx)
    if place is not None and country_id(place.code) != side or not counts.get(side) \
            or 1 + counts[side] < s.main_country_mentions:
        return roles
    holders: dict[str, set[str]] = {}
    for r in roles:
        if r.of is None:
            holders.setdefault(r.position, set()).add(r.person)
    return home_offices(roles, doc, idx, side,
                        lambda r: len(holders[r.position]) == 1 and not _of_another(r.position, side, doc.text))


# A byline of a correspondent posted abroad ("Анна Осокина, корреспондент в Европе", "собкор в Лиме"): the report is
# written from there, as under a correspondent's dateline.
_POSTED = re.compile(r"(?i)\b(?:корреспондент\w*|собкор\w*|спецкор\w*)\s+(?:в|во|из)\s+[А-ЯЁ]")


def _of_another(position: str, side: str, text: str) -> bool:
    """Does the text name the office with the adjective of another country than ``side`` (``сербский президент``,
    ``сербского президента``), or by a short title of it (``сербского госсекретаря`` of a ``государственный
    секретарь``)?"""
    firsts = {position.split()[0]} | {short.split()[0] for short, full in SYNONYMS.items() if full == position}
    words = "|".join(re.escape(first.removesuffix("ь").removesuffix("й")) for first in sorted(firsts))
    for m in re.finditer(rf"([^\W\d_]+)\s+(?:{words})\w{{0,3}}\b", text, re.IGNORECASE):
        country = gazetteer.adjective_country(m.group(1))
        if country is not None and country_id(country.code) != side:
            return True
    return False


def with_own_ministry_country(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country in a foreign report that names its own ministry bare (``МИД``,
    ``вызван в министерство``: ``body_keys.own_country``) is of that country, as under a home outlet
    (``with_outlet_country``): the report leaves its own side's officials unmarked."""
    if not any(r.of is None for r in roles):
        return roles
    side = own_country(doc, DEFAULT.entities.home_country)
    return home_offices(roles, doc, idx, side) if side else roles


def in_own_ministry(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """An office in a ministry a foreign report names bare (``представитель МИД``) is in the report's own ministry
    of that kind (``body_keys.own_ministries``: ``Министерство иностранных дел Перу``)."""
    own = own_ministries(doc, DEFAULT.entities.home_country) if any(r.of for r in roles) else {}
    return [dataclasses.replace(r, of=own[r.of]) if r.of in own else r for r in roles] if own else roles
