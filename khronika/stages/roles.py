"""Roles (occupations) from descriptors before a name, and descriptors standing for a person.

``Министр обороны Японии Такэси Ивая`` → Ивая held ``министр обороны`` of Япония;
``глава МИД России Сергей Лавров`` → ``министр иностранных дел`` of Россия (a ministry after
``глава`` names the minister); ``японским коллегой Фумио Кисидой`` after a person with a role in the
same sentence → that role's position, of Япония; ``заведующий кафедрой востоковедения МГИМО Дмитрий
Стрельцов`` → the position and the organisation.  Then a descriptor used without a name
(``Президент России``, ``глава МИД РФ``, ``японский министр``) becomes a mention of the one person of
the document who holds that role.

The descriptor is read linearly, token by token, leftwards from the name: syntax trees of long
Russian appositions are too unreliable to follow.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .. import gazetteer, names
from ..records import Document, Entity, Mention, Role, Token

# Ministries named by abbreviation after "глава": the minister's position.  A gazetteer of bodies.
MINISTRIES = {
    "мид": "министр иностранных дел", "минобороны": "министр обороны", "мвд": "министр внутренних дел",
    "минфин": "министр финансов", "минфина": "министр финансов", "минюст": "министр юстиции",
    "минюста": "министр юстиции", "минздрав": "министр здравоохранения", "минздрава": "министр здравоохранения",
    "минэнерго": "министр энергетики", "минэкономразвития": "министр экономического развития",
    "минпромторг": "министр промышленности и торговли", "минпромторга": "министр промышленности и торговли",
    "минтранс": "министр транспорта", "минтранса": "министр транспорта", "минкультуры": "министр культуры",
    "минобрнауки": "министр образования и науки", "минсельхоз": "министр сельского хозяйства",
    "минсельхоза": "министр сельского хозяйства", "минприроды": "министр природных ресурсов",
    "минтруд": "министр труда", "минтруда": "министр труда", "мчс": "министр по чрезвычайным ситуациям",
    "минцифры": "министр цифрового развития", "минспорт": "министр спорта", "минспорта": "министр спорта",
    "госдеп": "государственный секретарь", "госдепа": "государственный секретарь",
    "пентагон": "министр обороны", "пентагона": "министр обороны",
}
# Short and colloquial titles and their full forms.
SYNONYMS = {"премьер": "премьер-министр", "генсек": "генеральный секретарь", "госсекретарь": "государственный секретарь",
            "замминистра": "заместитель министра", "глава правительства": "премьер-министр",
            "глава государства": "президент", "глава мид": "министр иностранных дел",
            "глава внешнеполитического ведомства": "министр иностранных дел",
            "глава оборонного ведомства": "министр обороны", "глава военного ведомства": "министр обороны"}
HONORIFICS = frozenset({"господин", "госпожа", "г-н", "г-жа", "мистер", "миссис", "мисс"})
# Offices of a state: when the text names no country, the country named just before in the
# sentence is taken (``в Японии … на родине Премьер-министра Синдзо Абэ``).
NATIONAL = frozenset({"президент", "премьер-министр", "министр", "канцлер", "король", "королева",
                      "государственный секретарь", "вице-президент", "вице-премьер"})
# Words a descriptor can be made of; anything else ends it.
DESCRIPTOR_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
COLLEAGUE = "коллега"


def head_lemma(token: Token) -> str | None:
    """The title a token names, or ``коллега`` (a role borrowed from the person it is colleague of)."""
    lemma = names.title_lemma(token.text)
    if lemma:
        return lemma
    return COLLEAGUE if names.lemma(token.text) == COLLEAGUE else None


@dataclass
class Parsed:
    """A descriptor read from tokens: position, the entity it is of, and the tokens it spans."""

    position: str
    of: str | None
    of_span: tuple[int, int] | None
    start: int  # first token of the descriptor
    stop: int  # end of the last token
    head: Token


class Index:
    """Mentions and entities of a document looked up by token."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_start = {m.start: m for m in doc.mentions}
        self.covering: dict[int, Mention] = {}
        for m in doc.mentions:
            for t in (t for s in doc.sentences for t in s.tokens if m.start <= t.start and t.stop <= m.stop):
                self.covering[t.start] = m
        self.entities = {e.id: e for e in doc.entities}

    def mention(self, token: Token) -> Mention | None:
        return self.covering.get(token.start)

    def kind(self, mention: Mention | None) -> str | None:
        e = self.entities.get(mention.entity) if mention and mention.entity else None
        return e.type if e else None


def _position_words(head: Token, words: list[Token]) -> str:
    lemma = head_lemma(head) or head.text.lower()
    text = " ".join([lemma] + [w.text.lower() for w in words]).strip()
    return SYNONYMS.get(text, text)


def _units(tokens: list[Token], idx: Index) -> list[tuple[list[Token], Mention | None]]:
    """Tokens grouped into mentions (all their tokens together) and single words."""
    out: list[tuple[list[Token], Mention | None]] = []
    for t in tokens:
        m = idx.mention(t)
        if m is not None and out and out[-1][1] is m:
            out[-1][0].append(t)
        else:
            out.append(([t], m))
    return out


def parse_descriptor(tokens: list[Token], idx: Index) -> list[Parsed]:
    """Split descriptor tokens at each title word and read each part's position and ``of``.

    In a part, a country (a mention or an adjective) is what the office is ``of``; a body followed
    by a country belongs to the position (``секретарь Совета Безопасности России``), a body alone
    is the ``of`` (``заведующий кафедрой востоковедения МГИМО``); other words complete the position."""
    heads = [i for i, t in enumerate(tokens) if head_lemma(t)]
    if not heads:
        return []
    adj = next((c for c in (gazetteer.adjective_country(t.text) for t in tokens[: heads[0]]) if c), None)
    inherited = (f"e:iso-{adj.code}", None) if adj else (None, None)
    out: list[Parsed] = []
    for n, i in enumerate(heads):
        head = tokens[i]
        part = tokens[i + 1: heads[n + 1] if n + 1 < len(heads) else len(tokens)]
        units = _units(part, idx)
        countries = [u for u in units if idx.kind(u[1]) == "country"]
        words: list[Token] = []
        of, of_span, position = None, None, None
        for unit, m in units:
            kind = idx.kind(m)
            first = unit[0].text.lower()
            if names.title_lemma(head.text) == "глава" and first in MINISTRIES and position is None:
                position = MINISTRIES[first]
            elif kind == "country" or (m is None and gazetteer.adjective_country(unit[0].text)):
                if of is None:
                    if kind == "country":
                        of, of_span = m.entity, (m.start, m.stop)
                    else:
                        of, of_span = f"e:iso-{gazetteer.adjective_country(unit[0].text).code}", None
            elif kind in ("organization", "location") and not countries and of is None:
                of, of_span = m.entity, (m.start, m.stop)
            else:
                words.extend(unit)
        if of is None:
            of, of_span = inherited
        out.append(Parsed(position or _position_words(head, words), of, of_span, head.start,
                          (part[-1] if part else head).stop, head))
        inherited = (of, of_span) if of else inherited
    return out


def descriptor_before(tokens: list[Token], k: int, idx: Index) -> list[Token]:
    """The tokens of a descriptor that ends just before token ``k`` (a name)."""
    j = k
    while j > 0:
        t = tokens[j - 1]
        m = idx.mention(t)
        if m is not None and m.type == "PER":
            break
        if t.pos not in DESCRIPTOR_POS and not (t.text == "-" and j - 1 > 0):
            break
        j -= 1
    span = tokens[j:k]
    first = next((i for i, t in enumerate(span) if head_lemma(t)), None)
    return [] if first is None else span[max(0, first - 2):] if _adjectives(span[max(0, first - 2):first]) else span[first:]


def _adjectives(tokens: list[Token]) -> bool:
    return bool(tokens) and all(t.pos == "ADJ" for t in tokens)


class RoleStage:
    name = "roles"
    requires = frozenset({"mentions", "entities", "tokens", "syntax"})
    provides = frozenset({"roles"})

    def __call__(self, doc: Document) -> Document:
        idx = Index(doc)
        roles: list[Role] = []
        for sentence in doc.sentences:
            roles.extend(self._sentence_roles(sentence, idx))
        roles = complete_of(roles)
        known = {e.id for e in doc.entities}
        added = [country_entity(r.of) for r in roles if r.of and r.of not in known and r.of.startswith("e:iso-")]
        entities = doc.entities + tuple({e.id: e for e in added if e}.values())
        return doc.replace(roles=tuple(roles), entities=tuple(sorted(entities, key=lambda e: e.id)))

    def _sentence_roles(self, sentence, idx: Index) -> list[Role]:
        tokens = list(sentence.tokens)
        out: list[Role] = []
        for k, t in enumerate(tokens):
            m = idx.by_start.get(t.start)
            if m is None or m.type != "PER" or not m.entity or idx.kind(m) != "person":
                continue
            desc = descriptor_before(tokens, k, idx)
            if not desc:
                continue
            parsed = parse_descriptor(desc, idx)
            for p in parsed:
                lemma = head_lemma(p.head)
                if lemma in HONORIFICS or p.head.feats.get("Number") == "Plur":
                    continue
                if lemma == COLLEAGUE:
                    p = self._colleague(p, out)
                    if p is None:
                        continue
                if p.of is None and p.position in NATIONAL:
                    p = dataclasses.replace(p, **dict(zip(("of", "of_span"), _country_before(tokens, desc[0], idx))))
                out.append(Role(person=m.entity, position=p.position, person_start=m.start, person_stop=m.stop,
                                position_start=p.start, position_stop=p.stop, start=sentence.start,
                                stop=sentence.stop, of=p.of, of_start=p.of_span[0] if p.of_span else None,
                                of_stop=p.of_span[1] if p.of_span else None))
        return out

    @staticmethod
    def _colleague(p: Parsed, earlier: list[Role]) -> Parsed | None:
        """``японским коллегой X`` after a person with a role: X holds the same position."""
        if not earlier or p.of is None or earlier[-1].of == p.of:
            return None
        return dataclasses.replace(p, position=earlier[-1].position)


def _country_before(tokens: list[Token], first: Token, idx: Index) -> tuple:
    for t in reversed([t for t in tokens if t.stop <= first.start]):
        m = idx.mention(t)
        if m is not None and idx.kind(m) == "person":
            break
        if m is not None and idx.kind(m) == "country":
            return m.entity, (m.start, m.stop)
    return None, None


def country_entity(entity_id: str) -> Entity | None:
    """The country entity an ``e:iso-XX`` id stands for (a country named only by an adjective)."""
    c = gazetteer.country_by_code(entity_id[len("e:iso-"):])
    return Entity(entity_id, "country", c.name, code=c.code) if c else None


def complete_of(roles: list[Role]) -> list[Role]:
    """A role read without its country (``Министр обороны Т. Ивая``) takes the ``of`` of the same
    person's role in the document with the same or a more specific position."""
    out = []
    for r in roles:
        if r.of is None:
            full = next((o for o in roles if o.person == r.person and o.of and o.position.startswith(r.position)), None)
            if full is not None:
                r = dataclasses.replace(r, of=full.of)
        out.append(r)
    return out
