"""The countries a document is about, told by how often it names them, and the completions that read an office's
country from them: ``main_country`` (the one country it is about) and ``main_countries`` (each it names
``main_country_mentions`` times), ``with_main_country`` (an office of the country the document is about) and
``with_counterpart`` (an office of the other of its two sides); ``of_nearest`` gives a role a country, evidenced by
the mention of it nearest the holder."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ... import gazetteer, names
from ...ids import country_id
from ...records import Document, Mention, Role
from ...settings import DEFAULT, RoleSettings
from ...view import MentionIndex
from .holders import held_by_other
from .lexicon import counterparts, of_a_state
from .places import sentence_at

SLAVIC_STATES = frozenset(map(country_id, ("RU", "UA", "BY")))
# States whose own officials bear surnames of those endings as often as not (the South and West Slavic ``-ич``,
# ``-ов``, ``-ский``: ``Вуйович``, ``Радев``, ``Ковальский``; the Russified ``-ов``, ``-ев`` of Central Asia, the
# Caucasus and Moldova: ``Жумабаев``, ``Гасанов``): a surname tells nothing of whether its bearer is theirs.
MIXED_STATES = frozenset(map(country_id, ("RS", "ME", "HR", "BA", "BG", "MK", "PL", "CZ", "SK", "SI", "KZ", "UZ",
                                          "TJ", "KG", "TM", "AZ", "MD")))


def country_counts(doc: Document, idx: MentionIndex) -> dict[str, int]:
    """How many times the document names each country, in the order it first names them."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if idx.kind(m) == "country":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return counts


def main_countries(doc: Document, idx: MentionIndex, s: RoleSettings) -> list[str]:
    """The countries the document names ``main_country_mentions`` times or more, in the order it first names them."""
    counts = country_counts(doc, idx)
    return [c for c in counts if counts[c] >= s.main_country_mentions]


def of_nearest(r: Role, country: str, doc: Document) -> Role:
    """The role, of ``country``, evidenced by the mention of it nearest its holder."""
    near = min((m for m in doc.mentions if m.entity == country), key=lambda m: abs(m.start - r.person_start))
    return dataclasses.replace(r, of=country, of_start=near.start, of_stop=near.stop)


def main_country(doc: Document, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> str | None:
    """The country the document is about: the one that has at least ``main_country_mentions`` of
    the document's country mentions, at least ``main_country_share`` of them, and
    ``main_country_lead`` times as many as the next; None when no country does."""
    counts = country_counts(doc, idx)
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    main, n = max(counts.items(), key=lambda kv: kv[1])
    if (n < s.main_country_mentions or n < s.main_country_share * sum(ranked)
            or (len(ranked) > 1 and n < s.main_country_lead * ranked[1])):
        return None
    return main


def with_main_country(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country (``премьер-министр Марко Феррари`` in an article
    about Italy) is taken to be of the country the document is about (``main_country``).  Where that
    country is Russia, Ukraine or Belarus, only for a person with a Slavic surname (``министр обороны
    Йенс Ларсен`` in an article about Russia and NATO is no Russian minister), and elsewhere
    only for one without (``Президента Сидорова`` in a text about Mongolia); never an office the document gives
    another person of that country (``held_by_other``).  Its offsets are those of the mention of that country
    nearest to the role."""
    main = main_country(doc, idx, s)
    if main is None:
        return roles
    mentions = [m for m in doc.mentions if idx.kind(m) == "country" and m.entity == main]
    out = []
    for r in roles:
        # "Благодарю Президента Сидорова" in a text about Mongolia
        if r.of is None and of_a_state(r.position) and kin(r, idx, main, blind=surname_blind(doc, main)) \
                and not held_by_other(r, roles, main):
            near = min(mentions, key=lambda m: abs(m.start - r.person_start))
            r = dataclasses.replace(r, of=main, of_start=near.start, of_stop=near.stop)
        out.append(r)
    return out


def native(r: Role, idx: MentionIndex) -> bool:
    """Does the role's holder bear a Slavic surname?"""
    person = idx.entity(r.person)
    return person is not None and names.slavic_surname(person.name.split()[-1])


def kin(r: Role, idx: MentionIndex, country: str, home: bool = False, slavic_named: bool = True,
        blind: bool = False) -> bool:
    """May the role's holder be of ``country`` by his surname: a Slavic one just when the country is Russia, Ukraine
    or Belarus; either kind where ``country`` is the one the document is datelined in (``home``) and a state of
    ``MIXED_STATES`` (``Белград … премьер-министр Драган Вуйович``: Serbia's), or any other state when the document
    names none of Russia, Ukraine and Belarus (not ``slavic_named``): the ending then marks no visitor from them, and
    many a foreign surname has it (``Дакар … премьер-министр Усман Сонко``, ``министр обороны Сьяфри Сямсуддин``).  A
    side read from counts or a sentence (the main country, an acting country, a counterpart, the side met) keeps the
    surname test: in a text on Serbia and Croatia a Serbian minister is no Croatian one for being named after Croatia
    or less often than it; but where ``country`` is the only state of ``MIXED_STATES`` and ``SLAVIC_STATES`` the
    document names (``blind``, ``surname_blind``: ``Казахстан`` and ``Япония``, ``Таджикистан`` and ``Индия``), the
    ending tells nothing of which side its bearer is on, and either kind may be of it."""
    if blind:
        return True
    if home and (country in MIXED_STATES or not slavic_named and country not in SLAVIC_STATES):
        return True
    return native(r, idx) == (country in SLAVIC_STATES)


def surname_blind(doc: Document, country: str) -> bool:
    """Is ``country`` a state of ``MIXED_STATES`` and the only state of it and of ``SLAVIC_STATES`` the document names,
    by name or capital (a Slavic ending then marks no other side's official)?"""
    if country not in MIXED_STATES:
        return False
    return not any(c != country and c in MIXED_STATES | SLAVIC_STATES
                   for m in doc.mentions for c in (m.entity, capital_of(m)))


def names_slavic_state(doc: Document) -> bool:
    """Does the document name Russia, Ukraine or Belarus, or their capitals (``переговоры в Москве``)?"""
    return any(m.entity in SLAVIC_STATES or capital_of(m) in SLAVIC_STATES for m in doc.mentions)


def capital_of(m: Mention) -> str | None:
    """The country a mention names, itself or by its capital (``Тегеране``: Iran)."""
    place = gazetteer.country_or_capital(m.normal or m.text)
    return country_id(place.code) if place is not None else None


def home_offices(roles: list[Role], doc: Document, idx: MentionIndex, side: str,
                 fits: Callable[[Role], bool] = lambda r: True) -> list[Role]:
    """Each state office still without a country whose holder may be of ``side`` as its home side (``kin`` with
    ``home``), of which no other person holds the office (``held_by_other``) and which passes the caller's ``fits``,
    made of ``side``: what a home dateline and a home outlet tell alike (``sides.with_dateline_country``,
    ``outlets.with_outlet_country``)."""
    out, slavic = [], names_slavic_state(doc)
    for r in roles:
        if r.of is None and of_a_state(r.position) and idx.entity(r.person) is not None and fits(r) \
                and not held_by_other(r, roles, side) and kin(r, idx, side, home=True, slavic_named=slavic):
            r = of_nearest(r, side, doc)
        out.append(r)
    return out


def with_counterpart(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country whose counterpart the text gives with one, in a sentence that names
    both (``заседание провели премьер-министр А и премьер-министр Бельгии Б``, ``канцлер А и премьер-министр Италии
    Б``: a counterpart's position, ``lexicon.counterparts``, another person, of a country), or anywhere in it for a
    position one person holds at a time (``lexicon.one_holder``), is of the other of the document's two sides: the
    only two countries it names ``main_country_mentions`` times each, one the counterpart's (``Правительства …``)."""
    two = main_countries(doc, idx, s)
    if len(two) != 2:
        return roles
    out = []
    for r in roles:
        if r.of is None and of_a_state(r.position):
            beside = {x.of for x in roles if x.person != r.person and counterparts(x.position, r.position) and x.of
                      is not None and _beside(doc, r.person, x.person_start)}
            theirs = beside or {x.of for x in roles if x.of is not None and held_by_other(r, roles, x.of)}
            if len(theirs) == 1 and (side := next(iter(theirs))) in two:
                own = two[1 - two.index(side)]
                if not beside and not kin(r, idx, own, blind=surname_blind(doc, own)):
                    out.append(r)  # "министр Сидоров" beside a Russian minister of that office and a foreign one
                    continue
                r = of_nearest(r, own, doc)
        out.append(r)
    return out


def _beside(doc: Document, person: str, offset: int) -> bool:
    """The person is named in the sentence of the offset."""
    sentence = sentence_at(doc, offset)
    return sentence is not None and any(m.entity == person and sentence.start <= m.start < sentence.stop
                                        for m in doc.mentions)
