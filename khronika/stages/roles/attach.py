"""Attaching descriptors to names: the roles of each named person of a sentence.

Descriptors may come in a row, separated by commas (``лидер партии, депутат парламента Х``, ``Х,
известный юрист, член палаты``); reading outwards stops at an office of another country, which
belongs to somebody else (``премьер-министр Италии, канцлер ФРГ и глава МИД Германии Х``).  A title
in the instrumental after ``стать``, ``назначить``… is a role of the verb's subject or object
(``predicative_roles``).  Each part read becomes a role through the ordered ``PART_RULES``.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from ... import morph, names
from ...ids import is_country
from ...records import Mention, Role, Sentence, Token
from ...settings import DEFAULT, RoleSettings
from ...view import DocView, MentionIndex
from .descriptor import (
    continues,
    descriptors_after,
    descriptors_before,
    holder_after,
    holders_descriptor,
    split_at_owner,
)
from .lexicon import (
    COLLEAGUE,
    HONORIFICS,
    OBJECT_PREDICATIVE,
    PREDICATIVE,
    STATE_SYNONYMS,
    head_lemma,
    of_a_state,
)
from .parse import Parsed, parse_descriptor
from .places import country_before

Part = tuple[Parsed, list[Token]]  # a part read and the descriptor tokens it came from


# The endings of an instrumental, a man's (``-ом``, ``-ем``, ``-ым``, ``-им``) or a woman's (``-ой``, ``-ей``, ``-ою``).
_INSTRUMENTAL = re.compile(r"(?:[оеёыи]м|[оеё]ю|[оеё]й)$")


def name_case(tokens: list[Token]) -> str | None:
    """The case of a name; None when no word of it is a name the dictionary knows and the tagger
    calls it nominative or genitive (it reads foreign names in oblique cases as nominative, and foreign women's
    names in -а as men's genitives) or tags its words in different cases."""
    case = names.span_case([t.feats.get("Case") for t in tokens] or [None], [t.text for t in tokens])
    unknown = not any(names.known_name(t.text) for t in tokens)
    if unknown and case in ("Nom", "Gen", "Acc"):
        return None  # "министр Мака Ботчоришвили": a foreign woman's name read as a man's genitive
    if unknown and case == "Ins" and not any(_INSTRUMENTAL.search(t.text.lower()) for t in tokens):
        return None  # "Министр … Эдвальд Кречке": no word ends as an instrumental does, the tag is a guess
    if len({t.feats.get("Case") for t in tokens}) > 1:
        return None  # a foreign name's words tagged in different cases ("Кэндзи" Gen, "Ямада" Nom; "Ван" Gen, "И" Nom)
    if case in ("Gen", "Acc") and len(tokens) == 2 and tokens[0].text[-1:].lower() in ("а", "я") and \
            tokens[1].text[-1:].lower() in names.CONSONANTS and not names.slavic_surname(tokens[1].text):
        return None  # "Карла Мартсон": a man's genitive would decline the surname too; a woman's name, in any case
    return case


def _own_country(p: Parsed) -> str | None:
    """The country a descriptor part names itself (not one it inherits from the part before)."""
    own = p.of_span is not None and p.start <= p.of_span[0] < p.stop
    return p.of if own and is_country(p.of) else None


def one_person(parts: list[Part], text: str) -> list[Part]:
    """The descriptor parts, nearest to the name first, that describe the one person: reading
    outwards stops at an office of another country (``премьер-министр Италии, канцлер ФРГ Х``) or
    at a part joined by ``и`` when both parts name their country (``канцлер ФРГ и глава МИД
    Германии Х`` are two people; ``писатель и журналист Х`` and ``бывший глава компании и
    совладелец фонда Х`` are one)."""
    kept: list[Part] = []
    countries: set[str] = set()
    for p, desc in parts:
        country = _own_country(p)
        if kept:
            near = kept[-1][0]
            joined = text[min(p.start, near.start):max(p.start, near.start)].rstrip()  # the farther part
            if country and (countries - {country} or (joined.endswith(" и") and _own_country(near))):
                break
        kept.append((p, desc))
        countries |= {country} if country else set()
    return kept


def _grouped(parts: list[Part]) -> list[tuple[list[Token], list[Parsed]]]:
    """Parts regrouped by the descriptor they came from, in text order within each."""
    out: dict[int, tuple[list[Token], list[Parsed]]] = {}
    for p, desc in parts:
        out.setdefault(id(desc), (desc, []))[1].append(p)
    return [(desc, sorted(ps, key=lambda p: p.start)) for desc, ps in out.values()]


@dataclasses.dataclass
class Site:
    """Where parts are read: the sentence and its tokens, the mentions, and the roles of the sentence
    read so far (a colleague's position is borrowed from them)."""

    sentence: Sentence
    tokens: list[Token]
    idx: MentionIndex
    earlier: list[Role]


def _is_a_role(p: Parsed, desc: list[Token], site: Site) -> Parsed | None:
    """An honorific (``господин``) or a plural title (``министры``) is nobody's role."""
    return None if head_lemma(p.head) in HONORIFICS or p.head.feats.get("Number") == "Plur" else p


def _colleague(p: Parsed, desc: list[Token], site: Site) -> Parsed | None:
    """``японским коллегой X`` after a person with a role of another country: X holds the same
    position; a colleague of nobody known is no role."""
    if head_lemma(p.head) != COLLEAGUE:
        return p
    if not site.earlier or p.of is None or site.earlier[-1].of == p.of:
        return None
    return dataclasses.replace(p, position=site.earlier[-1].position)


def _national_country(p: Parsed, desc: list[Token], site: Site) -> Parsed | None:
    """An office of a state without a country is of the country the sentence is placed in."""
    if p.of is None and of_a_state(p.position):
        of, of_span = country_before(site.tokens, desc[0], site.idx)
        return dataclasses.replace(p, of=of, of_span=of_span)
    return p


def _state_synonym(p: Parsed, desc: list[Token], site: Site) -> Parsed | None:
    """A colloquial title of a country's office in full (``STATE_SYNONYMS``): ``глава хорватской дипломатии`` is the
    foreign minister; ``глава европейской дипломатии`` keeps its words.  (Descriptors without a name keep theirs.)"""
    full = STATE_SYNONYMS.get(p.position) if is_country(p.of) else None
    return dataclasses.replace(p, position=full) if full else p


# A part read becomes a role through these, in order; one that returns None drops it.
PART_RULES: tuple[Callable[[Parsed, list[Token], Site], Parsed | None], ...] = (
    _is_a_role, _colleague, _national_country, _state_synonym)


def roles_of(parsed: list[Parsed], m: Mention, desc: list[Token], site: Site) -> list[Role]:
    """The roles of the person named by ``m`` that the parts of descriptor ``desc`` state."""
    out: list[Role] = []
    for p in parsed:
        here = Site(site.sentence, site.tokens, site.idx, site.earlier + out)
        for rule in PART_RULES:
            p = rule(p, desc, here)
            if p is None:
                break
        else:
            out.append(Role(person=m.entity, position=p.position, person_start=m.start, person_stop=m.stop,
                            position_start=p.start, position_stop=p.stop, start=site.sentence.start,
                            stop=site.sentence.stop, of=p.of, of_start=p.of_span[0] if p.of_span else None,
                            of_stop=p.of_span[1] if p.of_span else None, former=p.former))
    return out


def descriptor_roles(sentence: Sentence, text: str, idx: MentionIndex, s: RoleSettings = DEFAULT.roles,
                     before: Sequence[Role] = ()) -> list[Role]:
    """The roles the descriptors before and after each named person of the sentence state; ``before``: the roles
    read in the sentences before, a colleague's position borrowed from (``_known_before``)."""
    tokens = list(sentence.tokens)
    out: list[Role] = []
    for k, t in enumerate(tokens):
        m = idx.at(t.start)
        if m is None or m.type != "PER" or not m.entity or idx.kind(m) != "person":
            continue
        known = _known_before(tokens[:k], idx, before)
        inside = [x for x in tokens if m.start <= x.start and x.stop <= m.stop]
        case = name_case([x for x in inside if x.pos == "PROPN"])
        end = next((i for i in range(k, len(tokens)) if tokens[i].start >= m.stop), len(tokens))
        nominative = None if case == "Nom" and _declined(m) or _appositive(case, m, inside) \
            else _untrusted_nominative(case, inside, tokens, k)
        preceding, before_case = _before_the_name(tokens, k, end, m, idx, s, nominative)
        for chain, nearest_last, c in ((preceding, True, before_case),
                                       (descriptors_after(tokens, end, idx, s), False, case)):
            parts = [(p, desc) for desc in chain
                     for p in (reversed if nearest_last else list)(parse_descriptor(desc, idx, c, s))]
            for desc, kept in _grouped(one_person(parts, text)):
                out.extend(roles_of(kept, m, desc, Site(sentence, tokens, idx, known + out)))
    return out


def _declined(m: Mention) -> bool:
    """Did the entity stage read the name in an oblique case (its nominative is not as written: ``министра … Альберто
    Клаверена`` → ``Альберто Клаверен``), whatever case the tagger gave its words?"""
    return m.normal is not None and _letters(m.normal) != _letters(m.text)


def _appositive(case: str | None, m: Mention, inside: list[Token]) -> bool:
    """A name the tagger reads in the genitive that the entity stage read as written, a nominative, and that the
    parser makes an apposition (``приняла премьер-министр Мальты Джорджа Бьянкини``: a woman's name in -а read as a
    man's genitive, her surname written so in every case): its case is the title's, not a genitive owner's."""
    return case in ("Gen", "Acc") and not _declined(m) and any(t.rel == "appos" for t in inside)


def _letters(text: str) -> str:
    return "".join(ch for ch in morph.fold(text) if ch.isalpha())


def _untrusted_nominative(case: str | None, inside: list[Token], tokens: list[Token], k: int) -> str | None:
    """The name's case for the descriptor before it: None for a nominative the tagger gives a name that is no subject
    right after a title in an oblique case but the genitive (``вручил ноту послу КНДР Ким Чольсу``: a foreign name
    read as nominative, whatever its ending), else ``case``."""
    if case != "Nom" or any(t.rel.startswith("nsubj") for t in inside):
        return case
    title = next((t for t in reversed(tokens[:k]) if head_lemma(t) and t.pos != "PROPN"), None)
    near = title is not None and all(t.pos in ("PROPN", "NOUN", "ADJ") for t in tokens[tokens.index(title) + 1:k])
    return None if near and title.feats.get("Case") not in (None, "Nom", "Gen") else case  # not a genitive: "муж
    # актрисы X" (X no actress), "член Палаты представителей X" (a word of the body's name)


def _before_the_name(tokens: list[Token], k: int, end: int, m: Mention, idx: MentionIndex, s: RoleSettings,
                     case: str | None) -> tuple[list[list[Token]], str | None]:
    """The descriptors before the name from token ``k`` (ending before ``end``) and the case they are read in.  A
    title with a person in the genitive before the holder (``пресс-секретарь президента Чили Хосе Переса Ана
    Роблес``) is the holder's, read in the case of its first title when the holder's is unknown; the genitive
    person holds only the title nearest before him (``президента Чили``)."""
    holders, owners, owner = holders_descriptor(tokens, k, idx, s)
    if holders and _in_the_genitive(owner, owners, tokens, idx):
        first = next(t for t in holders if head_lemma(t))
        c = case or first.feats.get("Case")
        parsed = parse_descriptor(holders, idx, c, s)
        if not parsed or any(p.head in owners for p in parsed):  # the genitive person's title read as the holder's
            return [], case
        return [holders], c
    before = descriptors_before(tokens, k, idx, s)
    if before and holder_after(tokens, end, m, idx, s) is not None:
        holds, owners = split_at_owner(before[0])
        if holds and _in_the_genitive(m, owners, tokens, idx):
            return ([owners] if owners else []), case
    return before, case


def _in_the_genitive(owner: Mention, owners: list[Token], tokens: list[Token], idx: MentionIndex) -> bool:
    """Is the person between a title and a holder its genitive: a title of his own in the genitive before him
    (``президента Чили``), else his name in the genitive (``пресс-секретарь Эрдогана``; not ``премьер-министр Ирландии
    Шон Келли`` before another name)?"""
    return bool(owners) or name_case([t for t in tokens if owner.start <= t.start and t.stop <= owner.stop
                                      and t.pos == "PROPN"]) in ("Gen", "Acc")


def _known_before(tokens: list[Token], idx: MentionIndex, before: Sequence[Role]) -> list[Role]:
    """The roles, read in earlier sentences, of the one person the sentence names before a token (``Маига встретился
    со своим малийским коллегой X`` after ``министр финансов Нигера Исса Маига``); none when it names
    two persons with such roles or none."""
    named = {m.entity for t in tokens if (m := idx.at(t.start)) is not None and m.type == "PER" and m.entity}
    known = [r for r in before if r.person in named and r.of is not None and not r.former]
    return known if len({r.person for r in known}) == 1 else []


def predicative_roles(sentence: Sentence, v: DocView, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> list[Role]:
    """``капитаном стал X``, ``X является основателем компании``, ``X был назначен послом
    России``, ``назвал X первым вратарём``: a title in the instrumental depending on such a
    verb is a role of the verb's subject (of its object for ``назначить``, ``назвать``)."""
    tokens = list(sentence.tokens)
    out: list[Role] = []
    for k, t in enumerate(tokens):
        verb = v.head(t)
        if (t.feats.get("Case") != "Ins" or t.rel not in ("xcomp", "obl") or not head_lemma(t)
                or verb is None or morph.lemma(verb.text) not in PREDICATIVE):
            continue
        rels = ("obj", "nsubj:pass") if morph.lemma(verb.text) in OBJECT_PREDICATIVE else ("nsubj", "nsubj:pass")
        arg = v.child(verb, rels)
        person = _person_at(arg, v, idx) if arg else None
        if person is None:
            continue
        j = k + 1
        while j < len(tokens) and continues(tokens, j, idx) and idx.kind(idx.inner(tokens[j])) != "person":
            j += 1
        desc = tokens[k:j]
        out.extend(roles_of(parse_descriptor(desc, idx, None, s)[:1], person, desc, Site(sentence, tokens, idx, out)))
    return out


def _person_at(arg: Token, v: DocView, idx: MentionIndex) -> Mention | None:
    """The person a subject or object token names, itself or through an apposition
    (``глава партии Саломе Зурабишвили``)."""
    for t in [arg] + [c for c in v.children(arg) if c.rel == "appos"]:
        m = idx.inner(t)
        if m is not None and idx.kind(m) == "person":
            return m
    return None
