"""Actors: who the words of a document name as someone that can speak or hold a position, on top of
the document view (``khronika/view.py``).  Read by the quote stage and by the stance stage.

An actor is a mention of a person, an organisation or a country, a capital standing for its
government, a country adjective outside any mention (``Турецкая сторона``), or a surname the tagger
missed (``Макрон`` after ``Эмманюэль Макрон``: the one person of the document with that surname).
``side`` is the country an entity stands for; ``gender`` the gender of a person (``genders``).

A news outlet (``outlet``: listed as ``media`` in ``data/orgs_ru.tsv``, named like a web site
``NEWSru.com``, named after ``газета``/``телеканал``…, or the document's own source) is the source of a
report, never a speaker nor a party.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from ... import gazetteer, lexicon, morph
from ...ids import country_id, is_country
from ...morph import fold, lemmas
from ...records import Document, Mention, Token
from ...view import view
from ..body_keys import bare_body, ministry_key
from ..roles.lexicon import SIDE_BODIES
from ..spans import known_kind
from .cues import COUNTRY_BODIES, OUTLET_NOUNS, PRESS_OFFICES, SPOKESMEN
from .genders import Genders

# "представитель Кремля": the spokesman of the office the building stands for (data/seats_ru.tsv)
SEAT_OFFICES = {fold(row["seat"]): row["office"] for row in lexicon.table(
    "seats_ru.tsv", (lexicon.Column("seat"), lexicon.Column("office")), key=("seat",))}


# A name written as a web address: "NEWSru.com", "Lenta.ru", "Gazeta.ua".
WEB_NAME = re.compile(r"\w\.(ru|com|ua|by|kz|net|info|org|de|uk|fr|pl|ру|рф)$", re.I)
DOMAIN = re.compile(r"(?<=\w)\.[a-zа-я]{2,4}$")  # the top-level domain of a site's name: "Edition.mv", "News.am"

# The kinds of actor, the most telling first.
KINDS = ("person", "organization", "country", "adjective")


@dataclass(frozen=True)
class Actor:
    """Something that can speak or hold a position, found in the text."""

    entity: str
    kind: str  # person | organization | country | adjective
    start: int
    stop: int


# How far after a body's mention the rest of a compound name may run (``… и европейских дел X``), in characters.
NAME_TAIL = 60
# Sentences back a bare head noun (``Организация``) may look for the organisation it names.
HEAD_REACH = 3


def _heads(name: str, words: frozenset[str]) -> bool:
    """A name of several words whose head noun (its first noun, after adjectives) is one of ``words``."""
    parts = name.split()
    if len(parts) < 2:
        return False
    for w in parts:
        options = morph.parses(w)
        if options and options[0].tag.POS == "NOUN":
            return bool(lemmas(w) & words)
    return False


def best(actors: list[Actor]) -> Actor | None:
    """The first actor of the most telling kind."""
    for kind in KINDS:
        found = [a for a in actors if a.kind == kind]
        if found:
            return found[0]
    return None


class Actors:
    """The actors of one document: what tokens name, the side of an entity, the gender of a person."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.view = view(doc)
        self.mentions = self.view.mentions(doc)
        self.entities = self.mentions.entities
        self.roles = doc.roles
        self.genders = Genders(doc, self.view, self.entities)
        self._surnames: dict[str, set[str]] | None = None
        self._outlets: dict[str, bool] = {}
        self._named_bodies: dict[str, str | None] = {}  # named_body's, read on every side() of a body
        self._name_ends: dict[str, str | None] = {}  # name_ends', read for every holder a stance gives a body
        self._latest_first = sorted(doc.mentions, key=lambda m: m.start, reverse=True)  # named_by_head's order
        self._latest_keys = [-m.start for m in self._latest_first]  # (ascending: where those before a word begin)

    def actors(self, tokens: list[Token]) -> list[Actor]:
        """The speakers/parties the tokens name, in text order: mentions of persons, organisations,
        countries and capitals (as governments), and country adjectives outside mentions."""
        out: list[Actor] = []
        seen: set[tuple[int, int]] = set()
        for t in tokens:
            m = self.mentions.outer(t)
            if m is not None:
                if (m.start, m.stop) in seen:
                    continue
                seen.add((m.start, m.stop))
                a = self.of_mention(m)
                if a is not None:
                    out.append(a)
                continue
            c = gazetteer.adjective_country(t.text) if t.pos in ("ADJ", "NOUN", "PROPN") else None
            if c is not None:
                out.append(Actor(country_id(c.code), "adjective", t.start, t.stop))
                continue
            body = self.side_body(t)
            if body is not None:
                out.append(Actor(body, "organization", t.start, t.stop))
                continue
            person = self.surname(t)
            if person is not None:
                out.append(Actor(person, "person", t.start, t.stop))
                continue
            country = self.this_country(t)
            if country is not None:
                out.append(Actor(country, "country", t.start, t.stop))
                continue
            named = self.named_by_head(t)
            if named is not None:
                out.append(Actor(named, "organization", t.start, t.stop))
        return out

    def named_by_head(self, t: Token) -> str | None:
        """A subject that is the head noun of an organisation's name the text gave before (``Организация осудила``
        after ``Организация американских государств``, ``Альянс заявил`` after ``Северо-Атлантический альянс``): that
        organisation, the last so named within ``HEAD_REACH`` sentences; not a noun with a name of its own after it."""
        if t.pos not in ("NOUN", "PROPN") or not t.rel.startswith("nsubj") or t.feats.get("Number") == "Plur":
            return None
        nxt = self.view.after(t.stop)
        if nxt is not None and (nxt.text in "«\"" or nxt.text[:1].isupper() or nxt.feats.get("Case") == "Gen"):
            return None
        here, words = self.view.sentence_index(t.start), lemmas(t.text)
        for k in range(bisect.bisect_right(self._latest_keys, -t.start), len(self._latest_first)):
            m = self._latest_first[k]  # (those starting before the word, the latest first: each earlier one is as far)
            if here - self.view.sentence_index(m.start) > HEAD_REACH:
                break
            e = self.entities.get(m.entity or "")
            if e is None or e.type != "organization" or not _heads(m.text, words):
                continue
            return e.id
        return None

    def this_country(self, t: Token) -> str | None:
        """``страны`` after a body of a state (``сенат страны``, ``власти этой страны``, ``правительство страны``):
        the first country of the last sentence before it that names one (its subject, more often than not)."""
        if "страна" not in lemmas(t.text) or t.feats.get("Number") == "Plur" or t.feats.get("Case") != "Gen":
            return None
        prev = [x for x in self.view.before(t.start, 2) if fold(x.text) not in ("этой", "этого", "данной")]
        if not prev or not lemmas(prev[0].text) & COUNTRY_BODIES:
            return None
        named = [c for x in self.view.tokens_in(0, prev[0].start) if (c := self._country_named(x)) is not None]
        if not named:
            return None
        here = self.view.sentence_index(named[-1][0])  # the first country of the last sentence that names one
        return next(c for at, c in named if self.view.sentence_index(at) == here)

    def _country_named(self, x: Token) -> tuple[int, str] | None:
        """The country a token names: in a mention of it or of its body, or in an adjective outside mentions."""
        m = self.mentions.outer(x)
        e = self.entities.get(m.entity) if m is not None and m.entity else None
        if e is not None and (e.type == "country" or e.type == "organization" and e.country):
            return x.start, e.id if e.type == "country" else e.country  # "Глава МИД Египта": Egypt
        c = gazetteer.adjective_country(x.text) if m is None and x.pos == "ADJ" else None
        return (x.start, country_id(c.code)) if c is not None else None

    def side_body(self, t: Token) -> str | None:
        """The union of states an adjective before ``сторона`` names (``на европейской стороне``: the European
        Union), when the document names it (data/side_bodies_ru.tsv)."""
        names = next((SIDE_BODIES[w] for w in lemmas(t.text) if w in SIDE_BODIES), None) if t.pos == "ADJ" else None
        head = self.view.head(t) if names else None
        if head is None or "сторона" not in lemmas(head.text):
            return None
        return next((e.id for e in self.entities.values() if e.type == "organization" and
                     {fold(n) for n in (e.name, *e.aliases)} & names), None)

    def surname(self, t: Token) -> str | None:
        """The person a capitalised word outside any mention names, when it is the surname of exactly
        one person of the document (the tagger missed ``Макрон`` after ``Эмманюэлем Макроном``)."""
        if t.pos != "PROPN" or not t.text[:1].isupper():
            return None
        return self.of_surname(lemmas(t.text))

    def of_surname(self, forms) -> str | None:
        """The one person of the document whose surname is one of ``forms`` (folded), else None."""
        if self._surnames is None:
            table: dict[str, set[str]] = defaultdict(set)
            for e in self.entities.values():
                if e.type == "person" and len(e.name.split()) > 1:
                    table[fold(e.name.split()[-1])].add(e.id)
            self._surnames = table
        found = {e for form in forms for e in self._surnames.get(form, ())}
        return found.pop() if len(found) == 1 else None

    def of_mention(self, m: Mention) -> Actor | None:
        e = self.entities.get(m.entity) if m.entity else None
        if e is None:
            return None
        if e.type in ("person", "organization", "country"):
            return Actor(e.id, e.type, m.start, m.stop)
        if e.type == "location":
            c = gazetteer.lookup_capital(e.name) or gazetteer.lookup_capital(m.text) or \
                gazetteer.org_country(e.name)  # a seat: "в Кремле заявили", "на Смоленской площади подчеркнули"
            if c is not None:
                return Actor(country_id(c.code), "country", m.start, m.stop)
            # "Чилийская сторона" first in a sentence, the capitalised adjective taken for a place: the adjective
            c = gazetteer.adjective_country(m.text) if " " not in m.text.strip() else None
            if c is not None:
                return Actor(country_id(c.code), "adjective", m.start, m.stop)
        return None

    def outlet(self, entity: str | None) -> bool:
        """A news outlet: listed as one, named like a web site, or named after an outlet noun
        (``газета «Труд»``) in one of its mentions."""
        e = self.entities.get(entity) if entity else None
        if e is None or e.type not in ("organization", "person"):
            return False
        names = (e.name,) + tuple(e.aliases)
        site = fold(self.doc.source or "")
        if site and {site, DOMAIN.sub("", site)} & {fold(n) for n in names}:
            # the outlet that publishes the text ("/Новинар/" of the dateline, however the tagger typed it; "Edition"
            # of a site "Edition.mv")
            return True
        if e.type != "organization":
            return False
        if entity not in self._outlets:
            found = any(known_kind(n) == "media" or WEB_NAME.search(n.strip()) for n in names)
            for m in self.doc.mentions:
                if found:
                    break
                if m.entity == entity:
                    found = known_kind(m.text) == "media" or WEB_NAME.search(m.text.strip()) is not None or \
                        bool(lemmas(m.text.split()[-1]) & OUTLET_NOUNS)  # "Telegram-канал" named by its noun
                    before = [t for t in self.view.sentence_tokens(m.start) if t.stop <= m.start and t.pos != "PUNCT"]
                    if before:  # "газета «Труд»"; "РИА Новости" with "РИА" left out of the mention
                        found = found or bool(lemmas(before[-1].text) & OUTLET_NOUNS) or \
                            known_kind(self.doc.text[before[-1].start:m.stop]) == "media"
            self._outlets[entity] = found
        return self._outlets[entity]

    def role_person(self, t: Token) -> str | None:
        """The person whose role's words the token is (``премьер-министр`` of ``премьер-министр Индии
        Нарендра Моди``)."""
        for r in self.roles:
            if r.position_start <= t.start < r.position_stop and r.person_start >= t.start:
                return r.person
        return None

    def office_holder(self, title: str | None, body: str) -> str | None:
        """The one person the document gives an office with this title of the body or of its country
        (``официальный представитель МИД Перу Ана Гомес`` for ``официальный представитель МИД``; one of the
        titles of a spokesman stands for any other: ``спикер МИД``)."""
        if not title:
            return None
        titles = SPOKESMEN if title in SPOKESMEN else {title}  # "спикер ведомства" of its "официальный представитель"
        held = [r for r in self.roles if self.is_person(r.person) and not r.former
                and (titles & set(r.position.split()) or title in SPOKESMEN and  # "руководитель пресс-службы"
                     PRESS_OFFICES & {morph.lemma(w) for w in r.position.split()})]
        e = self.entities.get(body)
        names = {fold(n) for n in ((e.name,) + tuple(e.aliases) if e is not None else ())}
        # the body itself first ("представитель МИД" of the ministry's, not the president's), then its side
        side = self.side(body)
        heads = {n.split()[0] for n in names if n}  # "официальный представитель МИД" of Казахстан: "МИД Казахстана"
        offices = {SEAT_OFFICES[n] for n in names if n in SEAT_OFFICES}  # "представитель Кремля": the president's
        own = {r.person for r in held if r.of == body or any(n in fold(r.position) for n in names)
               or (side is not None and self.side(r.of) == side
                   and (heads & set(fold(r.position).split())
                        or offices & {morph.lemma(w) for w in r.position.split()}))}
        found = own or {r.person for r in held if side is not None and self.side(r.of) == side and not offices
                        and title in r.position.split()}  # a spokesman of another body of the side is not his
        return found.pop() if len(found) == 1 else None

    def unnamed(self, t: Token) -> bool:
        """An animate common noun outside any mention: ``представитель``, ``лидер``."""
        return t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and self.mentions.outer(t) is None

    def side(self, entity: str | None) -> str | None:
        """The country an entity stands for: itself, its role's ``of`` (a country first) or its
        ``country``; None when unknown."""
        if entity is None:
            return None
        e = self.entities.get(entity)
        if e is None:
            return entity if is_country(entity) else None
        if e.type == "country":
            return e.id
        ofs = [r.of for r in self.roles if r.person == entity and r.of]
        for of in ofs:
            oe = self.entities.get(of)
            if (oe is not None and oe.type == "country") or is_country(of):
                return of
        for of in ofs:
            oe = self.entities.get(of)
            if oe is not None and oe.country:
                return oe.country
        return self.named_body(entity) or e.country

    def named_body(self, entity: str) -> str | None:
        """A body named bare (``МИД``, ``Министерство иностранных дел``), whatever country it was given by default: the
        country of the one body of the same name the document names with one (``МИД X … на сайте МИД``), else None;
        None when a mention of its own names its country (``Перуанский МИД``)."""
        if entity not in self._named_bodies:
            self._named_bodies[entity] = self._named_body(entity)
        return self._named_bodies[entity]

    def _named_body(self, entity: str) -> str | None:
        e = self.entities.get(entity)
        if e is None or e.type != "organization" or not bare_body(e.name):
            return None
        ends = self.name_ends(entity)
        if ends is not None:
            return ends
        if any(m.entity == entity and not bare_body(self.doc.text[m.start:m.stop]) for m in self.doc.mentions):
            return None  # "Перуанский МИД … В МИД подчеркнули": one of its mentions names its country
        named = self.namesakes(e.name, bare=False)  # (not the entity itself, whose name is bare)
        return named.pop() if len(named) == 1 else None

    def name_ends(self, entity: str) -> str | None:
        """The one country that ends the rest of a compound name the tagger cut a body's mention before (``Министерство
        иностранных дел и европейских дел X``, ``…, по делам Содружества и развития X``): after one of its mentions,
        only nouns and adjectives in the genitive or dative, ``и``, ``по`` and commas up to a country in the
        genitive."""
        if entity not in self._name_ends:
            self._name_ends[entity] = self._name_end(entity)
        return self._name_ends[entity]

    def _name_end(self, entity: str) -> str | None:
        found = set()
        for m in self.doc.mentions:
            if m.entity != entity:
                continue
            for t in self.view.tokens_in(m.stop, min(len(self.doc.text), m.stop + NAME_TAIL)):
                outer = self.mentions.outer(t)
                if outer is not None and t.feats.get("Case") == "Gen" and \
                        (country := self.entities.get(outer.entity)) is not None and country.type == "country":
                    found.add(country.id)
                    break
                if not (t.pos in ("NOUN", "ADJ", "PROPN") and t.feats.get("Case") in ("Gen", "Dat") or t.text == ","
                        or fold(t.text) in ("и", "по")):
                    break  # (not ", посол России …": a name's rest is in the genitive, "по делам …" in the dative)
        return found.pop() if len(found) == 1 else None

    def namesakes(self, name: str, bare: bool = True) -> set[str]:
        """The countries of the bodies the document names by a body's name, alone or with more after it (``МИД`` →
        ``МИД X``, ``Министерство иностранных дел X``); with ``bare`` False, of those named with more only."""
        key = ministry_key(name).lower()
        return {o.country for o in self.entities.values() if o.type == "organization" and o.country and
                (bare or not bare_body(o.name)) and ministry_key(o.name).lower().startswith(key)}

    def gender(self, person: str) -> str | None:
        """Masc/Fem, or None if unsure (``genders.Genders.gender``)."""
        return self.genders.gender(person)

    def agreed_gender(self, person: str) -> str | None:
        """The gender of the past-tense verbs the person is the subject of (``genders.Genders.agreed``)."""
        return self.genders.agreed(person)

    def is_person(self, entity: str | None) -> bool:
        e = self.entities.get(entity) if entity else None
        return e is not None and e.type == "person"

    def person_named(self, a: int, b: int) -> str | None:
        """The person a label names: a PER mention exactly there, or a name written as one of a
        person's names elsewhere (the tagger does not always see ``И.Петров`` twice)."""
        mention = next((x for x in self.doc.mentions if x.stop == b and x.type == "PER" and (
            x.start == a or a < x.start and _INITIALS.fullmatch(self.doc.text[a:x.start]))), None)
        if mention is not None:  # "К.-Ж.Токаев", the tagger's name without its first initial
            return mention.entity if self.is_person(mention.entity) else None
        key = _squeeze(self.doc.text[a:b])
        for e in self.entities.values():
            if e.type == "person" and key in {_squeeze(n) for n in (e.name,) + tuple(e.aliases)}:
                return e.id
        label = self.doc.text[a:b].strip()  # "КОРНЕЕВА:" of a radio transcript: the one person of that surname
        return self.of_surname({fold(label)}) if label.isupper() and label.isalpha() else None


_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.[\s-]?)+")  # initials before a name: "К.-", "А. "


def _squeeze(name: str) -> str:
    return re.sub(r"[\s.]+", "", fold(name))
