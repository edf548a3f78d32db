"""Who makes an event diplomatic: the check that a state actor takes part in it.

A trigger word has other senses in general news: a football match is a ``встреча``, a patient
``прибыл в больницу``, a club ``подписал контракт``, a director ``встретился со зрителями``.  An
event is kept only when one of its participants is a state actor:

* a country named as an actor: not the place of something (``в Казахстане``, ``из Сингапура``),
  nor the country of a noun that is no state agent (``мэр Москвы``, ``Кубок России``); a country
  named by the adjective of a state agent (``японские пограничники``) is one;
* a person holding an office of a state (``role_positions.tsv``'s national offices, any minister,
  and the titles of ``STATE_TITLES``: посол, генсек, король…), not of a company;
* an organisation listed as an international or state body (``orgs_ru.tsv`` kinds ``org`` and
  ``seat``: ООН, НАТО, Кремль…) or named with a word of ``STATE_BODIES`` (министерство, парламент…).

A diplomatic document is one that names a state office holder or body, two countries by a compound
adjective (``индийско-пакистанские``), a word of ``STATE_NOUNS`` (министр, делегация, дипломат…;
not the title of a private position, ``президент компании``) or a phrase of ``STATE_PHRASES``
(прекращение огня, в узком составе).  There, any country counts, and so does a person of no other
known position (``Лавров`` named without his title); an event with no named participant
(``Переговоры продлились три часа``) is kept unless the document names companies and no country (nor one by its
adjective), as is one whose sentence names a state agent by a common noun (``консультации прошли на уровне послов``).
Elsewhere an event with nobody named is no diplomatic event, and a visit's target country does not make the
visit a state visit (``боксёр прибыл в Саудовскую Аравию``).
An arrest or seizure (``COUNTRY_TYPES``) needs a country among its participants.
An event of a named format of dialogue (``в формате «два плюс два»``) is one anywhere; one of a format named
by a word of level only (``LEVEL_FORMATS``: a ``саммит`` of scientists) with named participants none of them a country
only in a diplomatic document.  In a sport
document (``sport_sentences`` sentences with a word of ``SPORT``) only an event with an office
holder of a state is kept; in a court document (``COURT_SENTENCES`` sentences with a word of ``COURT``: a lawsuit, a
criminal case) only one with an office holder, a state body or a country named as an actor (not ``Арбитражный суд
Москвы``): what the parties to a case, their lawyers and prosecutors do is no diplomacy.
"""
from __future__ import annotations

from dataclasses import dataclass

from ... import gazetteer, morph
from ...format_parties import parties as non_state_parties
from ...ids import country_id, is_country
from ...marks import quote_pairs
from ...records import Document, Event, Participant, Token
from ...settings import DEFAULT, EventSettings
from ..acronyms import is_acronym
from ..roles import head_lemma, is_national
from .presumed import bare_surnames, counterparts, of_trade
from .private import private
from .sentence import Words
from .words import (
    AGENT_NOUNS,
    ARMED_GROUPS,
    CORPORATE,
    COUNTERPART_NOUNS,
    DEPUTY_TITLES,
    JOINT_BODIES,
    LEVEL_FORMATS,
    PARTY_NOUNS,
    PASSIVE_AGENCY,
    PLACE_PREPOSITIONS,
    SESSIONS,
    SHARED_SIDE_NOUNS,
    SHARED_STATE_NOUNS,
    SPORT,
    STATE_BODIES,
    STATE_NOUNS,
    STATE_PHRASES,
    STATE_TITLES,
    TRIGGER_WORDS,
    court_sentence,
    lemmas,
    sport_sentence,
)

# An arrest or seizure is a diplomatic event only with a country among its participants (the state that
# acts, asks for it or whose citizen or ship it is): "торговец оружием был арестован … по запросу США".
COUNTRY_TYPES = frozenset({"COERCE"})
MINUTES = frozenset({"протокол"})  # the minutes of a session, signed at its end (signs_minutes)
COURT_SENTENCES = 2  # sentences speaking of a lawsuit or a criminal case that make a court document


_LAST: tuple | None = None  # (what ``Actors.of`` read, the actors it found) of the last document asked about


@dataclass(frozen=True)
class Actors:
    """What the document says of its actors, read once per document."""

    officials: frozenset[str]  # persons holding an office of a state
    other_roles: frozenset[str]  # persons holding only other positions (director, coach…)
    bodies: frozenset[str]  # organisations that are state or international bodies
    corporate: frozenset[str]  # organisations that are no state body, and persons with a title of a company's officer
    diplomatic: bool  # the document names a state actor or a word of STATE_NOUNS
    sport: bool  # a sport document
    states: bool = True  # the document names a country, or one by its adjective
    parties: frozenset[str] = frozenset()  # armed groups and fronts, parties to a conflict and its talks (_parties)
    court: bool = False  # a court document: a lawsuit's or a criminal case's story (words.COURT)
    firms: frozenset[str] = frozenset()  # of ``corporate``, the companies by their name (``театр``, ``авиакомпания``:
    # ``private.private``) and the persons of a company's title (_firms)
    presumed: frozenset[str] = frozenset()  # persons of no position named by a bare surname, in a story naming a state
    # or a state noun (``министр``), whatever companies it names
    counterparts: frozenset[str] = frozenset()  # persons of no position named as a state's counterpart (presumed.py)

    @classmethod
    def of(cls, doc: Document, settings: EventSettings = DEFAULT.events,
           sentence_words: list[Words] | None = None) -> Actors:
        """The document's actors; read again only when what they are read from changed: the events stage and the
        stances stage after it ask of one document (its text, mentions, entities, roles and sentences the very
        same objects, and the same settings), the second answered with the first one's (``_LAST``)."""
        global _LAST
        inputs = (doc.text, doc.mentions, doc.entities, doc.roles, doc.sentences, settings)
        last = _LAST
        if last is not None and all(a is b for a, b in zip(last[0], inputs)):
            return last[1]
        actors = cls._read(doc, settings, sentence_words)
        _LAST = (inputs, actors)  # the inputs held, so that no other document's can be these very objects
        return actors

    @classmethod
    def _read(cls, doc: Document, settings: EventSettings, sentence_words: list[Words] | None) -> Actors:
        # a name in quotation marks ("турфирма «Посольство путешествий»") is a brand, no state body, unless listed
        opened = [(m.entity, m.start > 0 and doc.text[m.start - 1] in "«\"„“") for m in doc.mentions]
        quoted = {x for x, q in opened if q} - {x for x, q in opened if not q}
        # an abbreviation named by words that make a state body ("Правительства Республики X (ПРХ)", acronyms.py) is one
        bodies = {e.id for e in doc.entities if e.type == "organization" and (is_state_body(e.name, e.id in quoted) or (
            is_acronym(e.name) and any(" " in a and is_state_body(a) for a in e.aliases)))}
        companies = {e.id for e in doc.entities if e.type == "organization"} - bodies
        # "президент компании" holds no office of a state
        # "официальный представитель МИД", "пресс-секретарь министерства": any position in a state body is an office
        officials = {r.person for r in doc.roles if (is_state_office(r.position) or r.of in bodies
                                                     or is_state_body(r.position)) and r.of not in companies}
        others = {r.person for r in doc.roles} - officials
        sentence_lemmas = [lemmas(list(s.tokens)) for s in doc.sentences]
        # the title of a position that is no office of a state ("президент компании") is no state noun
        private = [(r.position_start, r.position_stop) for r in doc.roles if r.person in others]
        companies = {e.id for e in doc.entities if e.type == "organization"} - bodies
        company = _offsets((m.start, m.stop) for m in doc.mentions if m.entity in companies)
        private += [(t.start, t.stop) for s in doc.sentences for t, nxt in zip(s.tokens, s.tokens[1:])
                    if company and _of_company(nxt, company)]
        # "делегация обсерватории" after "Обсерватория X подписала …": the company's or institute's, by its head noun
        heads = {morph.lemma(e.name.split()[k]).replace("ё", "е") for e in doc.entities if e.id in companies
                 for k in [_head_word(e.name)] if k is not None}
        private += [(t.start, t.stop) for s in doc.sentences for t, nxt in zip(s.tokens, s.tokens[1:])
                    if nxt.head_id == t.id and nxt.rel == "nmod" and morph.lemma(nxt.text).replace("ё", "е") in heads]
        # a name in quotation marks ("на «Форуме пищевиков»") is no state noun
        private += [(o, c) for o, c, _ in quote_pairs(doc.text) if c - o <= settings.quoted_name_chars]
        private_offsets = _offsets(private)
        words = {x for s, lem in zip(doc.sentences, sentence_lemmas) for t, x in zip(s.tokens, lem)
                 if t.start not in private_offsets}
        words |= {f"{a} {b}" for lem in sentence_lemmas for a, b in zip(lem, lem[1:])}
        compound = any(len(gazetteer.compound_countries(t.text)) > 1 for s in doc.sentences for t in s.tokens
                       if "-" in t.text)  # "индийско-пакистанские консультации"
        # a country named, or by its adjective ("глава греческого правительства")
        states = any(is_country(e.id) for e in doc.entities) or any(
            t.pos == "ADJ" and gazetteer.adjective_country(t.text) is not None for s in doc.sentences for t in s.tokens)
        # "генеральный директор «Северстали»", "гендиректор компании": a title of a company's officer
        corporate = companies | {r.person for r in doc.roles if r.person in others and r.of not in bodies
                                 and r.position.split()[0] in CORPORATE}
        # "делегации", "стороны провели консультации" of companies, in a story that names no state, are no diplomacy
        # "двусторонний" said of institutes or companies: a state word only in a story that names none of them, or
        # names a country by its name (not only "российские и китайские астрономы")
        # by a name, not only "казахстанская ERG", and as an actor: not only a place or an origin ("в Индии",
        # "ученые из Китая") nor within a name ("Академия наук Монголии")
        named = bool(companies) and _names_acting_country(
            doc, sentence_words or [Words.of(doc, s, settings) for s in doc.sentences])
        state_words = STATE_NOUNS - SHARED_STATE_NOUNS if companies and not named else STATE_NOUNS
        said = bool(words & state_words or words & STATE_PHRASES) and (states or not corporate)
        diplomatic = bool(officials or bodies or compound or said)
        sport = sum(sport_sentence(lem) for lem in sentence_lemmas) >= settings.sport_sentences
        court = sum(court_sentence(lem) for lem in sentence_lemmas) >= COURT_SENTENCES
        unknown = {e.id for e in doc.entities if e.type == "person"} - officials - others - corporate
        said_words = (sentence_words or [Words.of(doc, s, settings) for s in doc.sentences]) \
            if unknown and not diplomatic else []
        trade = of_trade(said_words, unknown)
        bare = bare_surnames(doc, officials | others | corporate | trade) \
            if states and doc.dateline_place or words & STATE_NOUNS else set()
        return cls(frozenset(officials), frozenset(others | trade), frozenset(bodies), frozenset(corporate), diplomatic,
                   sport, states, _parties(doc, bodies | quoted, diplomatic), court, _firms(doc, corporate),
                   frozenset(bare), counterparts(said_words, unknown - trade))

    def takes_part(self, event: Event, w: Words, doc: Document) -> bool:
        """Is one of the event's participants a state actor?  In a diplomatic document, any country and
        any person of no other known position count, and an event with nobody named is kept; elsewhere
        a country counts only as an actor of the sentence, a person only as an office holder."""
        if self.sport:
            return any(p.entity in self.officials for p in event.participants)
        if self.court:  # "истец пригрозил …", "переговоры о мировом соглашении": the parties to a case, no states
            return any(p.entity in self.officials or p.entity in self.bodies or is_country(p.entity)
                       and _country_as_actor(w, p.entity, bool(self.corporate)) for p in event.participants)
        if event.type in COUNTRY_TYPES and not any(is_country(p.entity) for p in event.participants):
            return False  # "журналисты арестованы", "водитель задержан": no state acts on another's people
        kinds = {e.id: e.type for e in doc.entities}
        if any(p.entity in self.firms for p in event.participants) and all(
                p.entity in self.corporate and p.entity not in self.parties for p in event.participants):
            return False  # "глава компании на «Саммите сталеваров»", "театр X и театр Y подписали соглашение":
            # companies, theatres and their people only, whatever state words the story has (not only bodies
            # unknown to the gazetteer: "заседание Межправительственной комиссии", "саммит Альянса государств Сахеля")
        # a "саммит" of named participants none of them a country, outside a diplomatic document, is diplomacy by
        # its participants (a scientists' summit is none)
        scientists = event.format in LEVEL_FORMATS and not self.diplomatic and bool(event.participants) and \
            not any(is_country(p.entity) for p in event.participants)
        if event.format is not None and not scientists or (self.diplomatic or not self.corporate) \
                and (event.type == "CONSULT" and morph.lemma(event.trigger.split()[0]) in SESSIONS
                     or event.type == "AGREE" and signs_minutes(w, event.trigger_start)):
            return True  # "раунд консультаций в формате «два плюс два»", a session of a mechanism (bodies.py; not a
            # court's "следующее заседание" in a story of companies that names no state actor), its minutes signed
        if not event.participants:
            # "Стороны договориться не смогли" in a story of retail chains that names no state: the companies
            return self.diplomatic and (self.states or not self.corporate)
        if any(self._state_actor(p, "country" if is_country(p.entity) else kinds.get(p.entity), w, event.mode)
               for p in event.participants):
            return True
        persons = [p.entity for p in event.participants if kinds.get(p.entity) == "person"]
        if sum(x in self.presumed for x in persons) > 1 or any(x in self.counterparts for x in persons) and all(
                x in self.counterparts or x in self.presumed or x in self.officials for x in persons):
            return True  # "Кхаэане и Мавимбела встретились", "с черногорским коллегой Вуйовичем": presumed.py
        # "Консультации прошли на уровне послов": a state agent named by a common noun
        return self.diplomatic and any(x in STATE_NOUNS or x in AGENT_NOUNS for x in w.lem)

    def _state_actor(self, p: Participant, kind: str | None, w: Words, mode: str | None = None) -> bool:
        if kind == "person":
            return p.entity in self.officials or self.diplomatic and p.entity not in self.other_roles
        if kind == "organization":
            return p.entity in self.bodies or p.entity in self.parties
        if kind == "country":
            # the visited country makes no state visit; the target of a passive act ("Венгрия была исключена") acts
            return self.diplomatic or (p.role != "target" or mode != "visit") and _country_as_actor(
                w, p.entity, bool(self.corporate))
        return False


def _firms(doc: Document, corporate: set[str]) -> frozenset[str]:
    """Of the ``corporate`` actors, those surely private: a person (of a company's title), an organisation named with
    a word of a private body (``Малый театр``, ``авиакомпания X``: ``private.private``); not a name in quotation marks
    only (``«Московский формат»`` is a format's), nor a body the gazetteer does not know (``Совместный комитет``)."""
    kinds = {e.id: e for e in doc.entities}
    return frozenset(x for x in corporate if (e := kinds.get(x)) is not None and (
        e.type == "person" or any(private(morph.lemma(word).replace("ё", "е")) for n in (e.name, *e.aliases)
                                  for word in n.replace("-", " ").split() if word.isalpha())))


def signs_minutes(w: Words, start: int) -> bool:
    """A signing whose object is the minutes of a session (``подписали протокол третьего заседания комиссии``,
    ``протокол сессии подписан``): the act of the session, whose sides are the body's."""
    signed = [t for t in w.tokens if t.start == start and t.id in w.position]
    return any(o.rel in ("obj", "nsubj:pass") and o.id in w.position and w.lem[w.position[o.id]] in MINUTES and any(
        g.rel == "nmod" and g.id in w.position and w.lem[w.position[g.id]] in SESSIONS for g in w.children(o))
        for t in signed for o in w.children(t))


def _names_acting_country(doc: Document, sentence_words: list[Words]) -> bool:
    """Does some sentence name a country by its name as an actor (``_country_as_actor``)?"""
    countries = {m.entity for m in doc.mentions if is_country(m.entity)}
    return any(_country_as_actor(w, c, conjuncts=True) for w in sentence_words if countries
               for c in _countries_named(w, countries))


def _countries_named(w: Words, countries: set[str]) -> set[str]:
    """The ``countries`` the sentence names by a mention."""
    return {m.entity for t in w.tokens if (m := w.mention(t)) is not None and m.entity in countries}


def _parties(doc: Document, skipped: set[str], diplomatic: bool = True) -> frozenset[str]:
    """The organisations that are parties to a conflict and its talks, no state bodies: named with a word of
    ``ARMED_GROUPS`` (``Национальный фронт освобождения``, its abbreviation linked to it), or, in a ``diplomatic``
    document, an abbreviation that is the genitive of a noun of ``PARTY_NOUNS`` (``делегация ФНО``, ``формирования
    ФНО``; in a story of companies that names no state actor ``делегация ABC`` is a company's), or one the formats read
    as a party no state (``format_parties.parties``: named right after ``движения``, ``группировки``, with its short
    name in brackets after it).  Not a name in quotation marks (a brand) nor a state body (``skipped``)."""
    orgs = {e.id: e for e in doc.entities if e.type == "organization" and e.id not in skipped}
    found = {x for x, e in orgs.items() if any(
        morph.lemma(w).replace("ё", "е") in ARMED_GROUPS for n in (e.name, *e.aliases) if " " in n
        for w in n.replace("-", " ").split())}
    if diplomatic:
        found |= {x for x in non_state_parties(doc.mentions, doc.text) if x in orgs}
    short = {m.start: m.entity for m in doc.mentions
             if diplomatic and m.entity in orgs and is_acronym(orgs[m.entity].name)}
    for sentence in doc.sentences:
        by_id = {t.id: t for t in sentence.tokens}
        for t in sentence.tokens:
            head = by_id.get(t.head_id) if t.head_id else None
            if t.start in short and t.rel == "nmod" and head is not None and morph.lemma(head.text) in PARTY_NOUNS:
                found.add(short[t.start])
    return frozenset(found)


def _head_word(name: str) -> int | None:
    """The position of the first noun of an organisation's name (``Специальная астрофизическая обсерватория`` → 2),
    its head, or ``None``."""
    words = name.split()
    return next((k for k, x in enumerate(words) if x.isalpha() and not x.isupper()
                 and any(p.tag.POS == "NOUN" for p in morph.parses(x.lower())[:1])), None)


def _of_company(t: Token, company: set[int]) -> bool:
    """Does the token (or the quotation mark before a name) begin the mention of an organisation that is
    no state body (``Президент «Северстали»``; ``company``: the offsets within such mentions)?"""
    return (t.stop if t.text in "«\"„“" else t.start) in company


def _first_conjunct(w: Words, t: Token) -> Token:
    """The first of the words joined with ``t`` (``Чили`` of ``Чили и Исландии``), whose relation they share."""
    seen = {t.id}
    while t.rel == "conj" and (h := w.head(t)) is not None and h.id not in seen:
        seen.add(h.id)
        t = h
    return t


def _offsets(spans) -> set[int]:
    """Every offset within ``spans`` (``(start, stop)``), so that a token is looked up once, not in each."""
    return {i for a, b in spans for i in range(a, b)}


def is_state_office(position: str) -> bool:
    """An office of a state: a national one (``президент``, any ``министр …``) or one of ``STATE_TITLES``, also a
    deputy's or one of a lower rank named by it (``DEPUTY_TITLES``: ``заместитель министра``, ``государственный
    министр``, ``первый заместитель председателя правительства``)."""
    words = position.split()
    if is_national(position) or bool(words) and words[0] in STATE_TITLES:
        return True
    return len(words) > 1 and words[0] in DEPUTY_TITLES and is_state_office(
        " ".join([morph.lemma(words[1])] + words[2:]))


def is_state_body(name: str, quoted: bool = False) -> bool:
    """A state or international body: listed (``ООН``, ``Кремль``), a national body of a known country
    (``gazetteer.org_country``: ``Совет Федерации``, ``Бундестаг``) or named with a word of ``STATE_BODIES``
    (not a name always written in quotation marks, ``quoted``: ``«Посольство путешествий»`` is a brand)."""
    from ..spans import known_kind

    if known_kind(name) in ("org", "seat") or gazetteer.org_country(name) is not None:
        return True
    return not quoted and any(morph.lemma(x).replace("ё", "е") in STATE_BODIES for x in name.replace("-", " ").split())


def _country_as_actor(w: Words, entity: str, companies: bool = False, conjuncts: bool = False) -> bool:
    """Is the country named in the sentence as an actor?  Named by an adjective (no mention of its own
    in the sentence) it is; a mention is when it is no place (``в``, ``из``…) and not the country of
    a noun that is no state agent (``жители Москвы``).  In a story of companies (``companies``) a side named
    by its country's adjective (``казахстанская сторона отклонила оценку``) is a company's.  ``conjuncts``: a
    country joined to another reads as the first one (``вулканологи Чили и Исландии``)."""
    mentioned = [t for t in w.tokens if (m := w.mention(t)) is not None and m.entity == entity]
    if not mentioned:
        return _adjective_of_agent(w, entity, COUNTERPART_NOUNS | SHARED_SIDE_NOUNS if companies else COUNTERPART_NOUNS)
    return any(_acts(w, t, {x.id for x in mentioned}, conjuncts) for t in mentioned)


def _adjective_of_agent(w: Words, entity: str, peers: frozenset[str] = COUNTERPART_NOUNS) -> bool:
    """A country named by its adjective acts when the adjective is a state agent's (``японские пограничники``,
    ``китайские власти``), not a private person's (``китайские коллеги`` of scientists, ``российские ученые``, nouns of
    ``peers``); an adjective the sentence's words do not show (a compound, a demonym) is taken to."""
    said = [t for t in w.tokens if t.pos == "ADJ" and (c := gazetteer.adjective_country(t.text)) is not None
            and country_id(c.code) == entity]
    return not said or any(_agent(w, h) and w.lem[h] not in peers
                           for t in said if (h := w.head_index(t)) is not None)


def _agent(w: Words, head: int | None) -> bool:
    """Is the word at ``head`` a state agent's noun, an event's or a state title?"""
    if head is None:
        return False
    noun = w.lem[head]
    return noun in AGENT_NOUNS or noun in STATE_NOUNS or noun in TRIGGER_WORDS or noun in PASSIVE_AGENCY \
        or noun in JOINT_BODIES or head_lemma(w.tokens[head]) in STATE_TITLES


def _acts(w: Words, t: Token, ids: set[str], conjuncts: bool = False) -> bool:
    if t.head_id in ids:
        return False  # a word inside the name; its root decides
    preps = w.prepositions(t)
    if any(x in PLACE_PREPOSITIONS for x in preps):
        return False
    if conjuncts and not preps:  # "вулканологи Чили и Исландии": the second as the first is
        t = _first_conjunct(w, t)
        if any(x in PLACE_PREPOSITIONS for x in w.prepositions(t)):
            return False  # "в Чили и Перу"
    head = w.head_index(t)
    if t.rel == "nmod" and head is not None:
        return _agent(w, head)  # "по запросу США": the state that asked acts
    return True


__all__ = ["Actors", "SPORT", "is_state_body", "is_state_office"]
