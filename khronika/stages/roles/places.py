"""What an office is of, when the descriptor does not say: a place a relational adjective names
(``свердловский губернатор``), the country the sentence is placed in (``в Японии … премьер-министра
Х``), the body or place a generic noun stands for (``глава партии``, ``мэр города``), the same
person's fuller role (the country the document is about, or the other of its two sides: ``about``).
"""
from __future__ import annotations

import dataclasses
import re
from os.path import commonprefix

from ... import gazetteer, morph
from ...ids import country_id, is_country
from ...records import Document, Mention, Role, Token
from ...settings import DEFAULT, RoleSettings
from ...view import MentionIndex
from .holders import held_by_other
from .lexicon import (
    BODY_NOUNS,
    ENVOYS,
    MINISTRIES,
    MISSIONS,
    PLACE_NOUNS,
    QUOTES,
    REPRESENTING,
    STATE_SYNONYMS,
    UNITS,
    of_a_state,
)

ADJECTIVE_SUFFIX = re.compile(r"(?:ск|цк|н)?(?:ий|ый|ой|ая|ое|ие|ые)$")


def place_of_adjective(token: Token, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> str | None:
    """The place of the document a relational adjective stands for (``свердловский губернатор`` →
    Свердловская область, ``подмосковный`` → Подмосковье): a location whose name opens with the
    adjective's stem, give or take its last ``place_slack`` letters (``московский`` → Москва)."""
    if token.pos != "ADJ":
        return None
    stem = ADJECTIVE_SUFFIX.sub("", morph.fold(morph.lemma(token.text)))
    if len(stem) < s.place_stem:
        return None
    for e in idx.entities.values():
        name = morph.fold(e.name)
        if e.type == "location" and (name.startswith(stem) or len(commonprefix([stem, name]))
                                     >= max(s.place_stem, len(stem) - s.place_slack)):
            return e.id
    return None


def country_before(tokens: list[Token], first: Token, idx: MentionIndex) -> tuple:
    """The country where the sentence places what it tells before the descriptor (``в Японии … на
    родине Премьер-министра Х``): the nearest country after ``в``/``во``/``на``, with no person
    and no quotation mark in between (``«…в Сирии», — говорит министр Х`` is no Syrian minister); not the country
    an envoy or a mission is posted in (``посол Чили в Перу вернется …, заявил премьер-министр Х``: a place of the
    envoy's, not of the sentence). ``(entity, (start, stop))``, or ``(None, None)``."""
    before = [t for t in tokens if t.stop <= first.start]
    by_id = {t.id: t for t in tokens}
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        m = idx.inner(t)
        if (m is not None and idx.kind(m) == "person") or t.text in QUOTES:
            break
        if m is not None and idx.kind(m) == "country" and t.start == m.start and k > 0 \
                and before[k - 1].text.lower() in ("в", "во", "на") and not _posted(before, k, by_id, idx):
            return m.entity, (m.start, m.stop)
    return None, None


def _posted(before: list[Token], k: int, by_id: dict, idx: MentionIndex) -> bool:
    """Is the place word ``before[k]`` (after ``в``) the post of an envoy or a mission (``посол … в Перу``,
    ``посольства Чили в Перу``): does it hang, by the parse, on a word of ``ENVOYS`` or ``MISSIONS``, or follow one
    and the sending country's name (``Посол Чили в Перу``, where the parser hangs ``в Перу`` on the verb)?"""
    if _envoy(by_id.get(before[k].head_id)):
        return True
    j = k - 2
    m = idx.inner(before[j]) if j >= 0 else None
    if m is not None and idx.kind(m) == "country":
        while j >= 0 and before[j].start >= m.start:
            j -= 1
    return j >= 0 and j < k - 2 and _envoy(before[j])


def _envoy(t: Token | None) -> bool:
    """Is the word an envoy's or a mission's (``поверенный`` read by its text: the dictionary makes it a verb's)?"""
    return t is not None and bool({morph.fold(morph.lemma(t.text)), morph.fold(t.lemma or ""), morph.fold(t.text)}
                                  & (ENVOYS | MISSIONS))


def complete_of(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A role read without its country (``Министр обороны Т. Ивая``) takes the ``of`` of the same
    person's role in the document with the same or a more specific position."""
    out = []
    for r in roles:
        if r.of is None:
            full = next((o for o in roles if o.person == r.person and o.of and o.position.startswith(r.position)), None)
            if full is not None:
                r = _of(r, full.of, full.of_start, full.of_stop)
        out.append(r)
    return out


def with_named_body(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A position held in a body or place named only by a generic noun (``шеф концерна``, ``глава
    партии``, ``мэр города``) is of the organisation, or the place, the text named last before it
    (a definite description)."""
    kinds = {"organization": BODY_NOUNS, "place": PLACE_NOUNS}
    named = {kind: sorted((m for m in doc.mentions if (idx.kind(m) == "organization") == (kind == "organization")
                           and idx.kind(m) in ("organization", "location", "country")), key=lambda m: m.start)
             for kind in kinds}
    out = []
    for r in roles:
        words = r.position.split()
        kind = next((k for k, nouns in kinds.items() if len(words) > 1
                     and any(morph.lemma(w) in nouns for w in words[1:])), None)
        if r.of is None and kind:
            before = [m for m in named[kind] if m.stop <= r.position_start]
            if before:
                r = _of(r, before[-1].entity, before[-1].start, before[-1].stop)
        out.append(r)
    return out


def with_own_ministry(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A minister without a country (``сообщила министр иностранных дел Х``) heads the ministry of his field
    (``same_field``) the text named before him (``Министерство иностранных дел Кении приняло решение …``): he is of
    its country; so is the head of a unit of a ministry (``директор департамента Азии``) of a ministry named before
    him, at most ``own_ministry_chars`` before.  A minister's title names his field, not a ministry of the text: he
    takes one only while the ministries of his field named before him are of one country (where the text names those
    of two, ``МИД Перу вызвал посла Чили, а МИД Чили ответил …, заявил министр иностранных дел Х``, the one named last
    is no more his than the other), unless his own sentence names those of one country only; a ministry's or a unit's
    bare noun (``глава МИД``, ``представитель министерства``) points back to the ministry named last."""
    if all(r.of is not None for r in roles):
        return roles  # nothing to complete: no ministry looked for
    named = sorted(((m, got) for m in doc.mentions if idx.kind(m) in ("organization", "country")
                    and (name := _with_ministry(doc.text, m)) and (got := ministry_of(name)) is not None),
                   key=lambda x: x[0].start)
    out = []
    for r in roles:
        unit = any(morph.lemma(w) in UNITS for w in r.position.split())  # "директор департамента Азии"
        bare = unit or bare_ministry(doc.text[r.position_start:r.position_stop])  # "глава МИД": the one named last
        if r.of is not None:
            out.append(r)
            continue
        before = [(m, c) for m, (position, c) in named if m.stop <= r.position_start
                  and (unit or same_field(position, r.position))]
        sentence = sentence_at(doc, r.position_start)
        own = [(m, c) for m, c in before if sentence is not None and m.start >= sentence.start]
        if own and (kept := [(m, c) for m, c in own if not _relative(doc.text, m, r.position_start)]) != own:
            before, own = [x for x in before if x in kept or x not in own], kept  # "ноту, которую МИД X вручил"
        if bare and before or own and len({c for _, c in own}) == 1 or not own and len({c for _, c in before}) == 1:
            m, c = (own or before)[-1]
            if r.position_start - m.stop <= s.own_ministry_chars and not held_by_other(r, roles, c):
                r = _of(r, c, m.start, m.stop)
        out.append(r)
    return out


_RELATIVE = re.compile(r"\bкотор(?:ый|ая|ое|ые|ого|ой|ую|ому|ым|ом|ых|ыми)\b", re.IGNORECASE)


def _relative(text: str, m: Mention, stop: int) -> bool:
    """Does the ministry's mention stand in a relative clause (``который …``) that closes with a comma before the
    office at ``stop`` (``отклоняет ноту, которую МИД Перу вручил накануне, заявил министр …``)?  Its ministry is the
    clause's actor, not the office holder's own."""
    opened = max(text.rfind(",", 0, m.start), text.rfind("\n", 0, m.start))
    return bool(_RELATIVE.search(text, opened + 1, m.start)) and "," in text[m.stop:stop]


def in_full(roles: list[Role]) -> list[Role]:
    """A colloquial title of a country's office (``STATE_SYNONYMS``: ``глава дипломатии``) in full once a completion
    gave it its country (the title read with one is put in full as read: ``attach._state_synonym``)."""
    return [dataclasses.replace(r, position=STATE_SYNONYMS[r.position])
            if r.position in STATE_SYNONYMS and is_country(r.of) else r for r in roles]


def with_bare_ministry(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """The last resort for an office in a ministry named bare (``официальный представитель МИД``) whose country
    nothing in the document told: it is of that ministry, as the text names it."""
    out = []
    for r in roles:
        if r.of is None and bare_ministry(r.position.partition(" ")[2]):
            m = next((m for m in doc.mentions if r.position_start <= m.start < r.position_stop
                      and idx.kind(m) == "organization" and bare_ministry(m.text)), None)
            if m is not None:
                r = _of(r, m.entity, m.start, m.stop)
        out.append(r)
    return out


def bare_ministry(descriptor: str) -> bool:
    """Does a descriptor name a ministry by its noun or short name alone (``глава МИД``, ``глава министерства``), a
    definite description of the ministry named before, not the minister's title?"""
    return any(w.lower() in MINISTRIES or morph.lemma(w) == "министерство" for w in re.findall(r"\w+", descriptor))


def same_field(ministrys: str, position: str) -> bool:
    """Is a ministry's minister (``ministry_of``) of the position's field: the same words, or the one's all among the
    other's (``министр Европы и иностранных дел`` and ``министр иностранных дел``, ``министр иностранных дел и по
    делам эмигрантов``)?"""
    a, b = set(ministrys.lower().split()), set(position.lower().split())
    return a == b or len(a) > 1 and len(b) > 1 and (a <= b or b <= a)


_MINISTRY_BEFORE = re.compile(r"(?i)(?<!\w)(?:министерств\w*|мид)(?:\s+[а-яё]+){0,3}\s+$")


def _with_ministry(text: str, m) -> str:
    """The mention's text, or, for a country the tagger left outside a ministry's name (``в министерстве иностранных
    дел Чили``, ``чилийский МИД``), that name with the country."""
    if m.type != "LOC":
        before = re.search(r"([а-яё]+)\s+$", text[max(0, m.start - 30):m.start])  # "сообщил эстонский МИД"
        return f"{before.group(1)} {m.text}" if before and " " not in m.text and \
            gazetteer.adjective_country(before.group(1)) else m.text
    found = _MINISTRY_BEFORE.search(text[max(0, m.start - 60):m.start])
    return found.group().strip() + " " + m.text if found else ""


def ministry_of(name: str) -> tuple[str, str] | None:
    """The minister's position and the country of a ministry named with its country: ``Министерство иностранных дел
    Кении`` → ("министр иностранных дел", Kenya), ``МИД Перу`` and ``перуанский МИД`` → the same of Peru; None for any
    other name."""
    words = name.split()
    adjective = gazetteer.adjective_country(words[0]) if len(words) == 2 else None
    if adjective is not None:  # "эстонский МИД"
        position = gazetteer.ministries().get(words[1].lower())
        return (position, country_id(adjective.code)) if position else None
    country, k = None, len(words)
    while k > 1 and country is None:
        k -= 1
        country = gazetteer.lookup_country(" ".join(words[k:]))
    if country is None:
        return None
    first = words[0].lower()
    if morph.lemma(first) == "министерство" and k > 1:
        return "министр " + " ".join(words[1:k]).lower(), country_id(country.code)
    position = gazetteer.ministries().get(first)
    return (position, country_id(country.code)) if position and k == 1 else None


def with_own_country(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A title after ``свой`` (``Парагвай отозвал своего посла``) is of the country that is the subject of its
    sentence."""
    out = []
    for r in roles:
        if r.of is not None:
            out.append(r)
            continue
        tokens = next((list(x.tokens) for x in doc.sentences if x.start <= r.position_start < x.stop), [])
        k = next((k for k, t in enumerate(tokens) if t.start == r.position_start), 0)
        if k > 0 and morph.lemma(tokens[k - 1].text) == "свой":
            subject = next((m for t in tokens[:k - 1] if t.rel.startswith("nsubj") and (m := idx.inner(t)) is not None
                            and idx.kind(m) == "country"), None)
            if subject is not None:
                r = _of(r, subject.entity, subject.start, subject.stop)
        out.append(r)
    return out


def with_represented(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country whose title is the subject of a verb of representing (``Бразилию
    представлял министр X``, ``Американскую сторону представляли министр финансов X и …``, ``Делегацию Кении
    возглавил министр Y``) is of the one country the verb's object names; a title after an elided verb is of the side
    named before its dash (``Российскую делегацию возглавлял X, украинскую — Y``)."""
    out = []
    for r in roles:
        if r.of is None and any(of_a_state(w) for w in (r.position, *map(morph.lemma, r.position.split()))):
            # a state office or one of a state office ("заместитель министра"); "Россию в жюри представляет блогер X"
            sentence = sentence_at(doc, r.position_start)
            tokens = list(sentence.tokens) if sentence is not None else []
            by_id = {t.id: t for t in tokens}
            own = next((t for t in tokens if r.position_start <= t.start < r.position_stop and t.rel != "amod"), None)
            verb, steps = own, 0  # up from the title as a subject, or as a conjunct or apposition of one
            while verb is not None and steps < 4 and morph.lemma(verb.text) not in REPRESENTING and \
                    (verb.rel in ("conj", "appos", "amod") or verb.rel.startswith("nsubj")):
                verb, steps = by_id.get(verb.head_id), steps + 1
            if verb is not None and verb is not own and morph.lemma(verb.text) in REPRESENTING:
                obj = next((t for t in tokens if t.head_id == verb.id and t.rel == "obj"), None)
                found = _countries(obj, tokens, idx) if obj is not None else []
                k = tokens.index(obj) if obj is not None else 0
                if not found and k > 0 and tokens[k - 1].pos == "ADJ":  # "Перуанскую делегацию" parsed apart
                    found = _countries(tokens[k - 1], [tokens[k - 1]], idx)
                elided = _elided_side(tokens, tokens.index(own), idx)
                if elided is not None:  # "…, индонезийскую — министр Y": the side elided
                    found = [c for t in elided for c in _countries(t, [t], idx)]
                if len(found) == 1:
                    r = _of(r, found[0][0], found[0][1], found[0][2])
        out.append(r)
    return out


def _elided_side(tokens: list[Token], k: int, idx: MentionIndex) -> list[Token] | None:
    """The words naming the side of a clause whose verb is elided before the title at ``k``: between the comma and
    the dash of the title's clause (``…, индонезийскую — министр Y``, ``…, индонезийскую — глава МИД X и министр
    Y``), of the clause before too where the title's own holds only the holder's other titles (``…, делегацию Того —
    государственный министр, министр иностранных дел Y``: no verb and no person); None when no dash opens it."""
    while True:
        j = next((j for j in range(k - 1, -1, -1) if tokens[j].text in ",;"), -1)
        d = next((d for d in range(k - 1, j, -1) if tokens[d].text in "—–-"), None)
        if d is not None:
            return tokens[j + 1:d]
        if j < 0 or any(t.pos in ("VERB", "AUX") or (m := idx.inner(t)) is not None and idx.kind(m) == "person"
                        for t in tokens[j + 1:k]):
            return None
        k = j


def with_own_mission(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """An envoy still without a country in a sentence that names the mission of one country (``Посольство России в X
    направило ноту …, сообщил посол Y``, ``российское посольство``) is of that country (not of the one the mission is
    in, after ``в``)."""
    out = []
    for r in roles:
        if r.of is None and morph.lemma(r.position.split()[0]) in ENVOYS:
            sentence = sentence_at(doc, r.position_start)
            tokens = list(sentence.tokens) if sentence is not None else []
            found = {c: (a, b) for t in tokens if morph.lemma(t.text) in MISSIONS
                     for x in tokens if x.head_id == t.id and (x.rel == "amod" or x.rel == "nmod" and not any(
                         y.head_id == x.id and y.rel == "case" for y in tokens))
                     for c, a, b in _country_word(x, idx)}
            if len(found) == 1:
                (c, (a, b)), = found.items()
                r = _of(r, c, a, b)
        out.append(r)
    return out


def _country_word(t: Token, idx: MentionIndex) -> list[tuple[str, int, int]]:
    """The country one word names, by name (inside a body's name too: ``Посольство Чили``) or adjective."""
    m = idx.inner(t)
    if m is not None and idx.kind(m) == "country":
        return [(m.entity, m.start, m.stop)]
    return _countries(t, [t], idx)


def _countries(head: Token, tokens: list[Token], idx: MentionIndex) -> list[tuple[str, int, int]]:
    """The countries a phrase names, by name or adjective (``американскую сторону``, ``делегацию Кении``), each once."""
    ids, out, todo = {head.id}, [], [head]
    while todo:
        t = todo.pop()
        kids = [x for x in tokens if x.head_id == t.id and x.id not in ids]
        ids |= {x.id for x in kids}
        todo += kids
    for t in (x for x in tokens if x.id in ids):
        m = idx.outer(t)
        c = m.entity if m is not None and idx.kind(m) == "country" else None
        if c is None and t.pos != "PUNCT" and (a := gazetteer.adjective_country(t.text)) is not None:
            c = country_id(a.code)
        if c is not None and c not in [x for x, _, _ in out]:
            out.append((c, t.start, t.stop))
    return out


def sentence_at(doc: Document, offset: int):
    """The sentence that holds the offset, if any."""
    return next((x for x in doc.sentences if x.start <= offset < x.stop), None)


def _of(r: Role, of: str | None, start: int | None, stop: int | None) -> Role:
    return dataclasses.replace(r, of=of, of_start=start, of_stop=stop)
