"""The words of roles: titles, the sets of the descriptor grammar and the positions, read from
``khronika/data/role_*.tsv`` (see the header of each file).

``head_lemma`` says which title a token names (or ``коллега``); ``is_national`` whether a position is
an office of a state.
"""
from __future__ import annotations

import functools

from ... import gazetteer, lexicon, marks, morph, names, names_link
from ...ids import country_id
from ...records import Token

_WORDS = lexicon.words("role_words.tsv")
OWNERSHIP = _WORDS["OWNERSHIP"]
FORMER = _WORDS["FORMER"]
RANKS = _WORDS["RANKS"]
TITLE_ADJECTIVES = _WORDS["TITLE_ADJECTIVES"]
HONORIFICS = names_link.HONORIFICS
SCOPE_PREPOSITIONS = _WORDS["SCOPE_PREPOSITIONS"]
INNER_WORDS = _WORDS["INNER_WORDS"]
PORTFOLIO_PREPOSITIONS = _WORDS["PORTFOLIO_PREPOSITIONS"]
PORTFOLIO_NOUNS = _WORDS["PORTFOLIO_NOUNS"]
PARTY_WORDS = _WORDS["PARTY_WORDS"]
ABBREVIATIONS = _WORDS["ABBREVIATIONS"]
PREDICATIVE = _WORDS["PREDICATIVE"]
OBJECT_PREDICATIVE = _WORDS["OBJECT_PREDICATIVE"]
PLACE_OFFICES = _WORDS["PLACE_OFFICES"]
BODY_NOUNS = _WORDS["BODY_NOUNS"]
PLACE_NOUNS = _WORDS["PLACE_NOUNS"]
WORLD_REGIONS = _WORDS["WORLD_REGIONS"]
UNITS = _WORDS["UNITS"]
ENVOYS = _WORDS["ENVOYS"]
MISSIONS = _WORDS["MISSIONS"]
REPRESENTING = _WORDS["REPRESENTING"]
UNION_NOUNS = _WORDS["UNION_NOUNS"]
ONE_HOLDER = _WORDS["ONE_HOLDER"]
GOVERNMENT_HEADS = _WORDS["GOVERNMENT_HEADS"]
GOVERNMENTS = _WORDS["GOVERNMENTS"]
STATE_BODIES = _WORDS["STATE_BODIES"]
NAMED_AFTER = _WORDS["NAMED_AFTER"]
TAKING_PART = _WORDS["TAKING_PART"]
MEETING_WORDS = _WORDS["MEETING_WORDS"]
# "европейская сторона", "глава европейской дипломатии": the union of states an adjective names, by the names it goes
# by (data/side_bodies_ru.tsv)
SIDE_BODIES = {row["adjective"]: frozenset(morph.fold(n) for n in row["names"].split(";")) for row in lexicon.table(
    "side_bodies_ru.tsv", (lexicon.Column("adjective"), lexicon.Column("names")), key=("adjective",))}



def _country_code(code: str) -> str:
    """An ISO 3166-1 alpha-2 code the gazetteer knows, as the id of its country; a ValueError for any other."""
    if gazetteer.country_by_code(code) is None:
        raise ValueError("no country of this code")
    return country_id(code)


# News outlets and the country (its id) whose own each is (data/role_outlets.tsv), by their folded names: a report of
# one datelined in another country is a correspondent's.
OUTLET_COUNTRIES: dict[str, str] = {morph.fold(r["outlet"]): r["country"] for r in lexicon.table(
    "role_outlets.tsv", (lexicon.Column("outlet"), lexicon.Column("country", convert=_country_code)),
    key=("outlet",))}

# Ministries named by abbreviation after "глава": the minister's position.
MINISTRIES: dict[str, str] = gazetteer.ministries()
_POSITIONS = lexicon.table("role_positions.tsv", (
    lexicon.Column("position"), lexicon.Column("full", required=False),
    lexicon.Column("national", required=False, choices=frozenset({"yes"})),
    lexicon.Column("of_state", required=False, choices=frozenset({"yes"}))), key=("position",))
# Short and colloquial titles and their full forms; those of STATE_SYNONYMS only for an office of a country.
SYNONYMS: dict[str, str] = {r["position"]: r["full"] for r in _POSITIONS if r.get("full") and not r.get("of_state")}
STATE_SYNONYMS: dict[str, str] = {r["position"]: r["full"] for r in _POSITIONS if r.get("full") and r.get("of_state")}


def in_full(position: str) -> str:
    """A position with its short or colloquial title in full (``SYNONYMS``): the whole of it (``глава МИД``
    → ``министр иностранных дел``), else a deputy's abbreviated title as its first word (``замминистра
    иностранных дел`` → ``заместитель министра иностранных дел``; ``спецпосланник президента``, ``генсек ЦК``
    likewise)."""
    for key in (position, position.lower()):
        if key in SYNONYMS:
            return SYNONYMS[key]
    words = position.split(" ")  # "(первый) замминистра …" is "(первый) заместитель министра …" whatever follows
    return " ".join(SYNONYMS[w] if w.startswith(("зам", "спец", "генсек")) and w in SYNONYMS else w for w in words)


# Offices of a state: when the text names no country, the country the sentence is placed in is taken.
NATIONAL = frozenset(r["position"] for r in _POSITIONS if r.get("national"))

# Words a descriptor can be made of; anything else ends it (prepositions and "и" only inside).
DESCRIPTOR_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
QUOTES = marks.OPENERS | marks.CLOSERS | {"'"}
APPOSITION_MARKS = frozenset({",", "("}) | frozenset(marks.DASHES)
COLLEAGUE = "коллега"
DELEGATION = "делегация"  # a delegation a state official receives or meets is of another side (colleagues.py)


def head_lemma(token: Token) -> str | None:
    """The title a token names, or ``коллега`` (a role borrowed from the person it is colleague of).
    A preposition names none (``после встречи`` is no ``посол``)."""
    return None if token.pos == "ADP" else _title_or_colleague(token.text)


@functools.lru_cache(maxsize=1 << 16)  # read for every word of every sentence by roles, coreference and quotes
def _title_or_colleague(word: str) -> str | None:
    return (names.title_lemma(word) or _substantive_title(word)
            or (COLLEAGUE if morph.lemma(word) == COLLEAGUE else None))


def _substantive_title(word: str) -> str | None:
    """A title the dictionary knows only as a participle used as a noun (``поверенного`` → ``поверенный``,
    whose lemma is the verb): its masculine nominative, when that is a title."""
    for p in names._parses(names.fold(word)):
        if "Subx" in p.tag.grammemes and p.tag.POS in ("PRTF", "ADJF") and _may_be_title(p):
            nom = p.inflect({"masc", "sing", "nomn"})
            if nom is not None and nom.word in names.TITLE_WORDS:
                return nom.word
    return None


def _may_be_title(p) -> bool:
    """Whether a reading may inflect to a title: one of a word of the dictionary only when its lexeme is one of a title
    word's (their normal forms, ``_title_lexemes``): a form it inflects to is of its lexeme, and the dictionary's
    readings of that form hold it.  Inflecting (building the lexeme) is most of the cost of a new word."""
    return not morph.from_dictionary(p) or p.normal_form in _title_lexemes()


@functools.lru_cache(maxsize=1)
def _title_lexemes() -> frozenset[str]:
    """The normal forms of the dictionary's readings of the title words (``поверенный``: поверить, поверенный)."""
    return frozenset(p.normal_form for w in names.TITLE_WORDS for p in names._parses(names.fold(w)))


def is_national(position: str) -> bool:
    """An office of a state: one of ``NATIONAL`` (however its body is capitalised: ``секретарь Совета безопасности``),
    or a minister of anything (``министр по делам разведки``)."""
    return position.lower() in NATIONAL or position.startswith("министр ")


MINISTER = "министр"  # "заместитель министра иностранных дел": the minister's field, in the genitive, is a state's
VICE = "вице-"  # "вице-министр финансов": a deputy of the office after it


def of_a_state(position: str) -> bool:
    """A position a state gives, whose country the document may tell: a national one (``is_national``), one of
    ``NATIONAL`` with its field (``вице-премьер по цифровому развитию``), or a title completed by one of ``NATIONAL`` in
    the genitive (``пресс-секретарь президента``, ``советник премьер-министра``; not ``помощник президента компании``,
    ``государственный министр``), a title completed by one of them and its field (``заместитель министра по делам
    молодёжи``), or an office of a government (``GOVERNMENTS``: ``председатель временного правительства``,
    ``генеральный секретарь кабинета министров``); a deputy's of a minister's field (``заместитель министра обороны``,
    ``вице-министр финансов``); any of them after an adjective of titles (``первый заместитель министра …``,
    ``государственный министр …``); a title completed by a ministry's short name alone (``представитель МИД``)."""
    if is_national(position):
        return True
    title, _, rest = position.partition(" ")
    if rest and title in TITLE_ADJECTIVES and of_a_state(rest) or title.startswith(VICE) and title not in NATIONAL \
            and of_a_state(f"{title[len(VICE):]} {rest}".strip()):
        return True
    last = rest.rsplit(" ", 1)[-1]
    first, _, field = rest.partition(" ")
    return title in NATIONAL and rest.startswith("по ") or bool(rest) and last != morph.lemma(last) and \
        morph.lemma(last) in NATIONAL or first != morph.lemma(first) and is_national(morph.lemma(first)) and \
        (field.startswith("по ") or bool(field) and morph.lemma(first) == MINISTER) \
        or any(morph.lemma(w) in GOVERNMENTS for w in rest.split()) \
        or bool(rest) and " " not in rest and rest.lower() in MINISTRIES  # "заместитель министра по делам молодёжи",
    # "заместитель министра иностранных дел", "председатель временного правительства", "секретарь кабинета министров"



def one_holder(position: str) -> bool:
    """A position a state gives one person at a time: one of ``ONE_HOLDER`` (``премьер-министр``), or a minister of a
    field (``министр обороны``; not a bare ``министр``, nor a deputy's)."""
    return position in ONE_HOLDER or position.startswith("министр ")


def counterparts(a: str, b: str) -> bool:
    """Are two positions the same office in two states: the same position, or two names of the head of a government
    (``GOVERNMENT_HEADS``: ``канцлер`` and ``премьер-министр``)?"""
    return a == b or a in GOVERNMENT_HEADS and b in GOVERNMENT_HEADS
