"""Reading a descriptor: its titles, and for each the position and what it is ``of``.

A title belongs to the name only when it agrees with the name in case (``заместитель главы штаба
генерал-лейтенанта Н.`` makes Н. a general and the head of staff, not the deputy); a title in
another case completes the position before it (``заместитель министра иностранных дел``).  Each
part, from a title to the next, is read unit by unit (a unit is a mention or a single word) by the
ordered rules of ``UNIT_RULES``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ... import gazetteer, morph, names_link
from ...ids import country_id
from ...morph import lemmas
from ...records import Mention, Token
from ...settings import DEFAULT, RoleSettings
from ...view import MentionIndex
from .descriptor import adjective
from .lexicon import (
    ENVOYS,
    FORMER,
    GOVERNMENTS,
    HONORIFICS,
    INNER_WORDS,
    MINISTRIES,
    PARTY_WORDS,
    PLACE_OFFICES,
    PORTFOLIO_NOUNS,
    PORTFOLIO_PREPOSITIONS,
    QUOTES,
    RANKS,
    SCOPE_PREPOSITIONS,
    SIDE_BODIES,
    STATE_BODIES,
    SYNONYMS,
    TITLE_ADJECTIVES,
    UNION_NOUNS,
    UNITS,
    WORLD_REGIONS,
    head_lemma,
    in_full,
    is_national,
)
from .places import bare_ministry, place_of_adjective

Unit = tuple[list[Token], Mention | None]


@dataclass
class Parsed:
    """A descriptor read from tokens: position, the entity it is of, and the tokens it spans."""

    position: str
    of: str | None
    of_span: tuple[int, int] | None
    start: int  # first token of the descriptor
    stop: int  # end of the last token
    head: Token
    former: bool = False  # "бывший министр", "экс-президент"


def agrees(a: str | None, b: str | None) -> bool:
    """Same case; the genitive and accusative of animate nouns share their forms, so the tagger's
    choice between them is no evidence."""
    return a == b or {a, b} == {"Gen", "Acc"}


def _modifies_next(tokens: list[Token], i: int, s: RoleSettings) -> bool:
    """Is a title-like participle an adjective of the noun after it (``ведущий исследователь``,
    ``управляющий директор``)?"""
    t = tokens[i]
    nxt = next((x for x in tokens[i + 1:i + 1 + s.participle_reach] if x.pos != "ADJ"), None)
    return (t.pos in ("ADJ", "VERB") and nxt is not None and nxt.pos == "NOUN"
            and nxt.feats.get("Case") == t.feats.get("Case"))


def _completes_earlier_title(tokens: list[Token], i: int, ids: dict[str, int]) -> bool:
    """Does title ``i`` depend on an earlier title as its complement (``полпреда президента``)?  A form of address
    never does, whatever the parse (``министром … доктором Х``: it ends the position)."""
    t = tokens[i]
    if t.rel != "nmod" or head_lemma(t) in HONORIFICS or ids.get(t.head_id, len(tokens)) >= i \
            or not head_lemma(tokens[ids[t.head_id]]):
        return False
    # a rank after the body an earlier title heads is its holder's (``председателя Высшего совета генерала X``), not
    # the title's complement as one right after it is (``адъютанта генерала X``)
    return not (head_lemma(t) in RANKS and any(x.pos in ("NOUN", "PROPN") for x in tokens[ids[t.head_id] + 1:i]))


def _genitive_complement(tokens: list[Token], i: int, first: int | None, named: frozenset[int]) -> bool:
    """Is title ``i`` a genitive completing the words before it, whatever the parse says: right after a title in
    another case, adjectives apart (``заместитель министра иностранных дел``), or a plural after an earlier title
    (``генеральный секретарь кабинета министров``: a plural title is no one person's office), unless it is in the name
    of a body (``named``: ``член Палаты представителей Конгресса США`` is a member of that body)?"""
    t = tokens[i]
    if t.feats.get("Case") not in ("Gen", "Acc") or first is None or i <= first:
        return False
    if t.feats.get("Number") == "Plur":
        return i not in named
    j = i - 1
    while j >= 0 and tokens[j].pos == "ADJ":
        j -= 1
    before = tokens[j] if j >= 0 else None
    return before is not None and bool(head_lemma(before)) and before.feats.get("Case") not in (None, "Gen", "Acc")


def agreeing_heads(tokens: list[Token], case: str | None, s: RoleSettings = DEFAULT.roles,
                   named: frozenset[int] = frozenset()) -> list[int]:
    """Indices of the titles that head a role of the name: titles that agree with it in case (all
    when its case is unknown), less those that depend on an earlier title as its complement
    (``полпреда президента`` is one position, however the cases fall; ``_genitive_complement``)."""
    ids = {t.id: i for i, t in enumerate(tokens)}
    heads = [i for i, t in enumerate(tokens) if head_lemma(t)
             and not _completes_earlier_title(tokens, i, ids) and not _modifies_next(tokens, i, s)]
    heads = [i for i in heads if not _genitive_complement(tokens, i, heads[0], named)]
    if case is None:
        return heads
    return [i for i in heads if agrees(tokens[i].feats.get("Case"), case) or _indeclinable(tokens[i])
            or case == "Nom" and morph.fold(tokens[i].text) == head_lemma(tokens[i])]  # a nominative as written: the
    # tagger may read a capitalised title opening a sentence as a proper noun in another case ("Премьер-министр X …")


def _indeclinable(t: Token) -> bool:
    """``замминистра``, ``замглавы``: a deputy's title made of ``зам`` and a genitive keeps its form in every
    case, whatever the tagger calls it."""
    low = t.text.lower()
    return low.startswith("зам") and not low.startswith("замест") and head_lemma(t) == low


def units(tokens: list[Token], idx: MentionIndex) -> list[Unit]:
    """Tokens grouped into mentions (all their tokens together) and single words."""
    out: list[Unit] = []
    for t in tokens:
        m = idx.inner(t)
        if m is not None and out and out[-1][1] is m:
            out[-1][0].append(t)
        else:
            out.append(([t], m))
    return out


def position_words(head: Token, words: list[Token], idx: MentionIndex) -> str:
    """The position's text: the title's lemma, then the words after it, lower case but for the
    words of names (``спецпосланник по Сирии``); a short title in full (``SYNONYMS``), alone or with the words
    after it (``замминистра иностранных дел`` → ``заместитель министра иностранных дел``)."""
    lemma = head_lemma(head) or head.text.lower()
    kept = [w.text if idx.inner(w) is not None else w.text.lower()
            for w in words if w.text not in QUOTES and w.text != "."]
    while kept and (kept[-1] in INNER_WORDS or names_link.name_honorific(kept[-1], part=True)):
        kept.pop()  # "посол [Японии] в [России]" → "посол"; "премьер-министр Датук Сери [Х]" → "премьер-министр"
    text = " ".join([lemma] + kept)
    text = text.replace(" - ", "-").replace(" ,", ",").strip()
    return in_full(text)




@dataclass
class _Reading:
    """One part of a descriptor (a title and the words up to the next title) as it is read."""

    head: Token
    units: list[Unit]
    scoped: set[int]  # units naming a country that is the scope of a position in a body
    has_country: bool  # does a unit (not a scope) name a country?
    words: list[Token] = field(default_factory=list)  # the words that complete the position
    of: str | None = None
    of_span: tuple[int, int] | None = None
    position: str | None = None  # set by a ministry after "глава"
    body_in_position: bool = False  # the body's words stay in the position (a party organ: of its state)


def _ministry_after_glava(r: _Reading, i: int, unit: list[Token], m: Mention | None, idx: MentionIndex) -> bool:
    """``глава МИД`` is the minister: the ministry gives the position; a ministry whose name says its country to the
    gazetteer (``глава Пентагона``, data/org_countries_ru.tsv) gives that country too."""
    first = unit[0].text.lower()
    ministry = MINISTRIES.get(first) or MINISTRIES.get(morph.lemma(first))
    if r.position is None and ministry and head_lemma(r.head) == "глава":
        r.position = ministry
        own = gazetteer.org_country(unit[0].text) if r.of is None else None
        if own is not None:
            r.of, r.of_span = country_id(own.code), (unit[0].start, unit[0].stop)
        return True
    return False


def _scope(r: _Reading, i: int, unit: list[Token], m: Mention | None, idx: MentionIndex) -> bool:
    """A country after a preposition, before a body, is the scope of the position (``директор по
    Беларуси Фонда Конрада Аденауэра``): it completes the position."""
    if i in r.scoped:
        r.words.extend(unit)
        return True
    return False


def _country(r: _Reading, i: int, unit: list[Token], m: Mention | None, idx: MentionIndex) -> bool:
    """A country, named or by adjective (``российский``), is what the office is of (the first one); an adjective
    after ``по`` names the field (``по сирийскому урегулированию``) and stays in the position."""
    adjective = gazetteer.adjective_country(unit[0].text) if m is None else None
    union = _union(r, i, unit, idx) if m is None and not adjective else None
    if union is not None and r.of is None:
        r.of, r.of_span = union, (unit[0].start, unit[0].stop)
        return True
    if idx.kind(m) != "country" and not adjective:
        return False
    if adjective and i > 0 and r.units[i - 1][0][-1].text.lower() in PORTFOLIO_PREPOSITIONS:
        r.words.extend(unit)  # "спецпредставитель по сирийскому урегулированию": the field, no country of the office
        return True
    if m is not None and _posted_in(r, i):
        return True  # "посол в Алжире": where the envoy serves, not the country of the office
    if r.of is None:
        if adjective:
            r.of, r.of_span = country_id(adjective.code), (unit[0].start, unit[0].stop)
        else:
            r.of, r.of_span = m.entity, (m.start, m.stop)
    return True


def _posted_in(r: _Reading, i: int) -> bool:
    """Does unit ``i`` follow ``в``/``во`` in the part of an envoy's title (``посол в Алжире``, ``посол в Москве``)?"""
    return i > 0 and r.units[i - 1][0][-1].text.lower() in ("в", "во") and head_lemma(r.head) in ENVOYS


def _union(r: _Reading, i: int, unit: list[Token], idx: MentionIndex) -> str | None:
    """``глава европейской дипломатии``: an adjective of a union of states before a noun of ``UNION_NOUNS`` names the
    union, when the document names it (data/side_bodies_ru.tsv)."""
    if i + 1 >= len(r.units) or not lemmas(r.units[i + 1][0][0].text) & UNION_NOUNS:
        return None
    names = next((SIDE_BODIES[w] for w in lemmas(unit[0].text) if w in SIDE_BODIES), None)
    return next((e.id for e in idx.entities.values() if names and e.type == "organization" and
                 {morph.fold(n) for n in (e.name, *e.aliases)} & names), None)


def _body(r: _Reading, i: int, unit: list[Token], m: Mention | None, idx: MentionIndex) -> bool:
    """A body or place, where the part names no country, is what the position is of (``заведующий
    кафедрой востоковедения МГИМО``); followed by a country it belongs to the position (``секретарь
    Совета Безопасности России``)."""
    if idx.kind(m) == "location" and _posted_in(r, i):
        return True  # "японский посол в Москве": where the envoy serves, no place the office is of
    if idx.kind(m) in ("organization", "location") and not r.has_country and r.of is None:
        if idx.kind(m) == "location" and _names_a_unit(r, unit):
            return False  # "директор департамента Азии": the unit's name, no place the office is of
        if _bare_state_body(unit):
            return False  # "Председатель Правительства": the office of a state, whose country the document tells
        if len(unit) == 1 and bare_ministry(unit[0].text) and _party_state(m, idx) is None \
                and head_lemma(r.head) not in RANKS:
            return False  # "представитель МИД": a state's ministry named bare, whose country the document tells (a
            # rank's, "генерал-майор МВД", is where he serves)
        r.of, r.of_span = m.entity, (m.start, m.stop)
        state = _party_state(m, idx)
        if state is not None:  # "генеральный секретарь ЦК КПК": the party organ names the office, of its state
            r.of, r.body_in_position = country_id(state), True
            r.words.extend(unit)
        return True
    return False


def _bare_state_body(unit: list[Token]) -> bool:
    """A state's executive body named bare, by common words only (``Правительства``, ``Администрации Президента``,
    ``Кабинета министров``): words of ``STATE_BODIES`` and titles of a state, one of ``GOVERNMENTS`` or a title among
    them."""
    words = [morph.lemma(t.text) for t in unit]
    return all(w in STATE_BODIES or is_national(w) for w in words) and \
        any(w in GOVERNMENTS or is_national(w) for w in words)


def _party_state(m: Mention, idx: MentionIndex) -> str | None:
    """The country code of a ruling party or one of its organs (``ЦК КПК``, ``Трудовая партия Кореи``), or of a
    ministry named by its short name (``Госдепартамент``, ``Пентагон``: ``MINISTRIES``), whose country the gazetteer
    knows (data/org_countries_ru.tsv), else None."""
    entity = idx.entities.get(m.entity)
    written = [m.text] + ([entity.name, *entity.aliases] if entity is not None else [])
    if not any(lemmas(w) & PARTY_WORDS or w.lower() in MINISTRIES or lemmas(w) & MINISTRIES.keys()
               for text in written for w in text.split()):
        return None
    tails = [" ".join(text.split()[k:]) for text in written for k in range(len(text.split()))]  # "ЦК [партии …]"
    return next((c.code for c in map(gazetteer.org_country, tails) if c is not None), None)


def _names_a_unit(r: _Reading, unit: list[Token]) -> bool:
    """A world region right after a unit of a ministry (``департамента Азии и Океании``)."""
    if not all(lemmas(t.text) & WORLD_REGIONS for t in unit if t.text[:1].isupper()):
        return False
    words = list(r.words)
    while words and (words[-1].text.lower() == "и" or lemmas(words[-1].text) & WORLD_REGIONS):
        words.pop()  # "департамента Азии и Океании": the regions named before this one
    return bool(words) and morph.lemma(words[-1].text) in UNITS


def _word(r: _Reading, i: int, unit: list[Token], m: Mention | None, idx: MentionIndex) -> bool:
    """Any other unit completes the position."""
    r.words.extend(unit)
    return True


# How a unit of a descriptor part is read: the first rule that takes it.
UNIT_RULES = (_ministry_after_glava, _scope, _country, _body, _word)


def _scoped(us: list[Unit], idx: MentionIndex) -> set[int]:
    """The units naming a country after a scope preposition and before an organisation, or after ``по`` and after
    one (``спецпредставитель генсекретаря ООН по Ливии``: the office is the organisation's, the country its
    field)."""
    return {i for i in range(1, len(us)) if idx.kind(us[i][1]) == "country"
            and us[i - 1][0][-1].text.lower() in SCOPE_PREPOSITIONS
            and (any(idx.kind(u[1]) == "organization" for u in us[i + 1:])
                 or us[i - 1][0][-1].text.lower() == "по" and any(idx.kind(u[1]) == "organization" for u in us[:i]))} \
        | {i for i in range(2, len(us)) if _portfolio_field(us, i, idx)}


def _portfolio_field(us: list[Unit], i: int, idx: MentionIndex) -> bool:
    """A place after ``по делам``/``по вопросам`` is the field of a portfolio (``министр по делам Северной
    Ирландии``), no place the office is of."""
    return idx.kind(us[i][1]) in ("country", "location") and us[i - 1][1] is None \
        and bool(lemmas(us[i - 1][0][-1].text) & PORTFOLIO_NOUNS) \
        and us[i - 2][0][-1].text.lower() in PORTFOLIO_PREPOSITIONS


def _read_part(head: Token, part: list[Token], idx: MentionIndex) -> _Reading:
    us = units(part, idx)
    scoped = _scoped(us, idx)
    r = _Reading(head, us, scoped, any(idx.kind(m) == "country" for i, (_, m) in enumerate(us) if i not in scoped))
    for i, (unit, m) in enumerate(us):
        next(rule for rule in UNIT_RULES if rule(r, i, unit, m, idx))
    if r.of_span is not None and not r.body_in_position:  # "Института [Европы]": a place inside the body's name
        r.words = [w for w in r.words if not r.of_span[0] <= w.start < r.of_span[1]]
    return r


def _adjectives_before(tokens: list[Token], i: int) -> list[Token]:
    """The adjectives right before token ``i``: ``японским коллегой``, ``российский президент``."""
    before: list[Token] = []
    for t in reversed(tokens[:i]):
        if not adjective(t):
            break
        before.insert(0, t)
    return before


def _title_adjectives(before: list[Token]) -> list[str]:
    """The adjectives of ``TITLE_ADJECTIVES`` that end the words before a title, as lemmas: "генерального
    секретаря" → "генеральный"."""
    out: list[str] = []
    for t in reversed(before):  # any reading: "временному" is read first as "временной"
        lemma = next((x for x in (morph.lemma(t.text), *lemmas(t.text)) if x in TITLE_ADJECTIVES), None)
        if lemma is None:
            break
        out.insert(0, lemma)
    return out


def _adjective_of(before: list[Token], head: Token, idx: MentionIndex, s: RoleSettings) -> tuple:
    """What an adjective before the first title makes the office of: a country (``российский
    президент``), or for an office of a place a place of the document (``свердловский губернатор``)."""
    token = next((t for t in before if gazetteer.adjective_country(t.text)), None)
    if token is not None:
        return country_id(gazetteer.adjective_country(token.text).code), (token.start, token.stop)
    if head_lemma(head) in PLACE_OFFICES:
        place = next(((t, e) for t in before for e in [place_of_adjective(t, idx, s)] if e), None)
        if place:
            return place[1], (place[0].start, place[0].stop)
    return None, None


def parse_descriptor(tokens: list[Token], idx: MentionIndex, case: str | None = None,
                     s: RoleSettings = DEFAULT.roles) -> list[Parsed]:
    """Split descriptor tokens at each title agreeing with the name and read each part's position
    and ``of``.

    In a part, a country (a mention or an adjective) is what the office is ``of``; a body followed
    by a country belongs to the position (``секретарь Совета Безопасности России``), a body alone
    is the ``of`` (``заведующий кафедрой востоковедения МГИМО``); other words complete the position.
    A part that names nothing it is of inherits the ``of`` of the part before (or of an adjective
    before the first title)."""
    named = frozenset(i for i, t in enumerate(tokens) if idx.kind(m := idx.outer(t)) == "organization"
                      and not _bare_state_body([x for x in tokens if m.start <= x.start < m.stop
                                                and idx.kind(idx.inner(x)) != "country"]))  # "Кабинета Министров КНДР"
    heads = agreeing_heads(tokens, case, s, named)
    if not heads:
        return []
    before = _adjectives_before(tokens, heads[0])
    inherited = _adjective_of(before, tokens[heads[0]], idx, s)
    out: list[Parsed] = []
    for n, i in enumerate(heads):
        head = tokens[i]
        part = tokens[i + 1: heads[n + 1] if n + 1 < len(heads) else len(tokens)]
        r = _read_part(head, part, idx)
        of, of_span = (r.of, r.of_span) if r.of is not None else inherited
        position = r.position or position_words(head, r.words, idx)
        if n == 0 and not r.position:
            position = SYNONYMS.get(titled := " ".join([*_title_adjectives(before), position]), titled)
        former = position.startswith("экс-") or (n == 0 and any(morph.lemma(t.text) in FORMER for t in before))
        out.append(Parsed(position.removeprefix("экс-"), of, of_span, head.start,
                          (part[-1] if part else head).stop, head, former))
        inherited = (of, of_span) if of else inherited
    return out
