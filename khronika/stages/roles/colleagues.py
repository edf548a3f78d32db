"""The side of an official who meets his colleagues of a named country: ``министр иностранных дел X провёл переговоры
с японским коллегой Y``, ``министры A и B встретились с немецкими коллегами``, ``X обсудил с коллегой из Кении …``.
The colleagues are of that country, so the official, named in the sentence and not the colleague himself, is of the
document's other side: the country it names most after theirs.  So is a state official who meets, in one sentence, an
official of one of the document's two sides (``Президент X принял министра иностранных дел Кении Y``), or a delegation
of one (``кенийскую делегацию принял вице-президент X``)."""
from __future__ import annotations

from ... import gazetteer, morph
from ...ids import country_id
from ...records import Document, Role, Token
from ...settings import RoleSettings
from ...view import MentionIndex
from .about import country_counts, held_by_other, kin, main_countries, of_nearest, surname_blind
from .lexicon import COLLEAGUE, DELEGATION, MEETING_WORDS, of_a_state
from .places import sentence_at


def _colleagues_countries(tokens: list[Token], k: int, idx: MentionIndex) -> frozenset[str]:
    """The countries of the colleagues at token ``k`` (``коллегой``, ``коллегами``), told by the adjectives before it
    (``японским коллегой``, ``со своим японским коллегой``, ``с греческим и кипрским коллегами``) or by ``из`` and the
    country after it (``коллегой из Кении``); else none."""
    if morph.lemma(tokens[k].text) != COLLEAGUE:
        return frozenset()
    found, j = set(), k - 1
    while j >= 0 and (a := gazetteer.adjective_country(tokens[j].text)) is not None:
        found.add(country_id(a.code))
        j -= 2 if j > 0 and tokens[j - 1].text.lower() in ("и", ",") else 1
    if found:
        return frozenset(found)
    if k + 2 < len(tokens) and tokens[k + 1].text.lower() == "из":
        m = idx.inner(tokens[k + 2])
        return frozenset({m.entity}) if m is not None and idx.kind(m) == "country" else frozenset()
    return frozenset()


def _colleagues_names(tokens: list[Token], k: int, idx: MentionIndex) -> set[str]:
    """The persons named right after the colleagues' word at ``k`` (``коллегами X и Y``): the colleagues
    themselves."""
    out: set[str] = set()
    j = k + 1
    while j < len(tokens):
        m = idx.inner(tokens[j])
        if m is not None and idx.kind(m) == "person" and m.entity:
            out.add(m.entity)
            j = next((i for i in range(j, len(tokens)) if tokens[i].start >= m.stop), len(tokens))
        elif tokens[j].text.lower() in ("и", ",") and out:
            j += 1
        else:
            break
    return out


def _other_side(counts: dict[str, int], main: list[str], theirs: frozenset[str]) -> str | None:
    """The document's side facing ``theirs``: of its main countries, the one it names most after ``theirs``, when it
    names it more often than any other (``Австралия`` thrice, ``Китай`` twice: Australia); else None."""
    rest = sorted((c for c in main if c not in theirs), key=lambda c: counts[c], reverse=True)
    if not rest or len(rest) > 1 and counts[rest[0]] == counts[rest[1]]:
        return None
    return rest[0]


def with_colleagues_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country whose holder is named in a sentence that names colleagues of a country
    the document names ``main_country_mentions`` times, the holder not among those colleagues, is of the document's
    other side (``_other_side``), unless another person holds that office of it (``about.held_by_other``)."""
    if not any(r.of is None for r in roles):
        return roles
    counts = country_counts(doc, idx)
    main = main_countries(doc, idx, s)
    if len(main) < 2:
        return roles
    met: list[tuple[int, int, frozenset[str], set[str]]] = []  # (sentence start, stop, colleagues' countries, names)
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        for k in range(len(tokens)):
            if (countries := _colleagues_countries(tokens, k, idx)) & set(main):
                met.append((sentence.start, sentence.stop, countries, _colleagues_names(tokens, k, idx)))
    if not met:
        return roles
    out = []
    for r in roles:
        hit = next((x for x in met if x[0] <= r.person_start < x[1] and r.person not in x[3]), None)
        if r.of is None and hit is not None and of_a_state(r.position):
            own = _other_side(counts, main, hit[2])
            if own is not None and not held_by_other(r, roles, own):
                r = of_nearest(r, own, doc)
        out.append(r)
    return out


_MEETING_STEPS = 5  # head steps from each of two persons to the word of meeting that joins them


def _up(t: Token, by_id: dict[str, Token]) -> list[Token]:
    """The token and its heads, ``_MEETING_STEPS`` at most."""
    chain = [t]
    while len(chain) <= _MEETING_STEPS and (t := by_id.get(t.head_id)) is not None:
        chain.append(t)
    return chain


def _meet(host: Token, guest: Token, by_id: dict[str, Token], guests: set[str]) -> bool:
    """Are two persons joined by a word of meeting: the first head they share is one (``X принял Y``, ``Y был принят
    X``), or one on the way up from the guest is (``X провел встречу с Y``), the host's way not passing through the
    guest (``Y и X приняли …``: one side)?"""
    mine, theirs = _up(host, by_id), _up(guest, by_id)
    ids = [t.id for t in theirs]
    common = next((t for t in mine if t.id in ids), None)
    if common is None or any(t.id in guests for t in mine[:mine.index(common) + 1]):
        return False
    return any(morph.lemma(t.text) in MEETING_WORDS for t in theirs[:ids.index(common.id) + 1])


def with_met_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country whose holder meets, in one sentence, a person the document gives an
    office of one of its two sides (the only two countries it names ``main_country_mentions`` times each:
    ``Президент X принял министра иностранных дел Кении Y``, ``X провел встречу с послом Кении Y``; or named in it by
    a name alone, his office told before: ``_known_met``) or a delegation of one (``_delegations_met``: ``кенийскую
    делегацию принял X``, ``X встретился с делегацией Кении``) is of the other side, when the holder's surname is
    Slavic just when that side is a Slavic state and no other person holds the office of it
    (``about.held_by_other``)."""
    two = main_countries(doc, idx, s)
    if len(two) != 2 or not any(r.of is None for r in roles):
        return roles
    out = []
    for r in roles:
        sentence = sentence_at(doc, r.person_start)
        if r.of is not None or sentence is None or not of_a_state(r.position):
            out.append(r)
            continue
        tokens = list(sentence.tokens)
        by_id = {t.id: t for t in tokens}
        host = _first_token(r, tokens)
        sides = {x.of for x in roles if x.of in two and x.person != r.person and sentence.start <= x.person_start
                 < sentence.stop and host is not None and _meet(host, _first_token(x, tokens), by_id, _ids(x, tokens))}
        sides |= set(_delegations_met(host, tokens, by_id, idx)) & set(two) if host is not None else set()
        sides |= _known_met(r, host, tokens, by_id, idx, roles, set(two)) if host is not None and not sides else set()
        if len(sides) == 1:
            own = next(c for c in two if c not in sides)
            if kin(r, idx, own, blind=surname_blind(doc, own)) and not held_by_other(r, roles, own):
                r = of_nearest(r, own, doc)
        out.append(r)
    return out


def _first_token(r: Role, tokens: list[Token]) -> Token | None:
    """The first token of the role holder's name."""
    return next((t for t in tokens if t.start >= r.person_start), None)


def _ids(r: Role, tokens: list[Token]) -> set[str]:
    """The ids of the tokens of the role holder's name."""
    return {t.id for t in tokens if r.person_start <= t.start < r.person_stop}


def _delegations_met(host: Token, tokens: list[Token], by_id: dict[str, Token], idx: MentionIndex) -> list[str]:
    """The countries of the delegations the host meets in the sentence (``_meet``), each told by a word right under
    the delegation's word: an adjective (``иранскую делегацию принял X``) or a country's name (``делегацию Кении``,
    ``делегацию из Кении``)."""
    out = []
    for t in tokens:
        if morph.lemma(t.text) != DELEGATION or not _meet(host, t, by_id, set()):
            continue
        for kid in (x for x in tokens if x.head_id == t.id):
            m = idx.inner(kid)
            if m is not None and idx.kind(m) == "country":
                out.append(m.entity)
            elif kid.pos == "ADJ" and (a := gazetteer.adjective_country(kid.text)) is not None:
                out.append(country_id(a.code))
    return out


TOGETHER = frozenset({"вместе", "совместно", "наряду"})  # "вместе с X": of the holder's side, not met by him


def _known_met(r: Role, host: Token, tokens: list[Token], by_id: dict[str, Token], idx: MentionIndex,
               roles: list[Role], two: set[str]) -> set[str]:
    """The sides of the persons the host meets in the sentence, named there without their office (``Министр X,
    принимавший Дюбуа, …``; not one beside him: ``вместе с Y принимать гостей``), of the offices the document gives
    them elsewhere."""
    out: set[str] = set()
    for k, t in enumerate(tokens):
        m = idx.inner(t)
        if m is None or m.start != t.start or idx.kind(m) != "person" or m.entity in (None, r.person) \
                or k > 1 and tokens[k - 1].text.lower() == "с" and tokens[k - 2].text.lower() in TOGETHER:
            continue  # "вместе с Y принимать гостей": a host beside him
        theirs = {x.of for x in roles if x.person == m.entity and x.of in two}
        if len(theirs) == 1 and _meet(host, t, by_id, {x.id for x in tokens if m.start <= x.start < m.stop}):
            out |= theirs
    return out
