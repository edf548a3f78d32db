"""Acts of private people: a visit, a meeting, an agreement, support, a request, cooperation, a threat or an
accusation whose side is people of a trade, a science, a company, a union or the public (``words.PRIVATE_PEOPLE``, or
a profession by its ending, ``words.PRIVATE_SUFFIXES``; or its people, ``words.PRIVATE_STAFF``: ``директор института``)
is no diplomacy, in any document, nor is the reception of such guests (``примут делегацию студентов``); nor is a threat
or an accusation of a state's own opposition (``words.DOMESTIC_CRITICS``: ``оппозиция раскритиковала правительство``,
``лидер оппозиции обвинил правительство``), unless it threatens to walk out of talks it is a party to; nor is any
act of a domestic debate (``domestic.home_voice``: ``депутат призвал правительство …``)."""
from __future__ import annotations

from ...records import Token
from .domestic import bare_genitive, home_voice
from .sentence import Words
from .words import (
    COMPANY_PARTS,
    DOMESTIC_CRITICS,
    GATHERINGS,
    PARTY_NOUNS,
    PRIVATE_PEOPLE,
    PRIVATE_STAFF,
    PRIVATE_SUFFIXES,
    TALKS,
    TRIGGERS,
    WALKING_OUT,
    trigger_type,
)

PRIVATE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "COOPERATE", "THREATEN", "ACCUSE"})  # no
# diplomacy of private people
VOICED_TYPES = frozenset({"THREATEN", "ACCUSE"})  # what a state's own opposition does at home too (DOMESTIC_CRITICS)
_OUT_OF = frozenset({"выйти", "выходить"})  # "выйти из переговоров", as WALKING_OUT's "покинуть переговоры"
_JOINED = ("conj",)  # "выразил обеспокоенность и призвал": the verb joined to the one with the subject
_AIMING = ("xcomp",)  # "учёные собираются провести саммит": the subject is the verb's the trigger's verb aims at
_STEM = 3  # the least length of the stem before a company's word in a compound ("агро", "авто")
PEOPLE_OF = PRIVATE_STAFF | PARTY_NOUNS  # nouns of a side's people, its own in the genitive: "руководство завода"


def private(lemma: str) -> bool:
    """A private person, body or thing of ``PRIVATE_PEOPLE``, or a profession named by its ending (``вулканолог``), or
    a compound whose last part is a company's word of ``COMPANY_PARTS`` (``агрохолдинг``, ``энергокомпания``,
    ``автоконцерн``)."""
    return lemma in PRIVATE_PEOPLE or len(lemma) >= 6 and lemma.endswith(PRIVATE_SUFFIXES) \
        or "-" in lemma and lemma.split("-")[0] in PRIVATE_PEOPLE \
        or any(lemma[k:] in COMPANY_PARTS for k in range(_STEM, len(lemma)))


def private_actors(w: Words, i: int, type_: str | None = None) -> bool:
    """A trigger of ``PRIVATE_TYPES`` whose subject is private (``артисты посетят Шанхай``, ``труппа совершит
    визит``, ``исследователи намерены провести симпозиум``), a meeting noun of theirs (``встреча акционеров``, ``на
    конгрессе геологов``), or talks held at a gathering of theirs (``переговоры продолжатся на форуме физиков``).
    ``type_``: a pattern's type, told at its last word (``выразил обеспокоенность``); a verb joined to another shares
    its subject (``директор института выразил обеспокоенность … и призвал коллег``)."""
    type_ = type_ or trigger_type(w.lem[i])
    verb = w.tokens[i]
    k = w.head_index(verb) if verb.pos == "NOUN" and verb.rel == "obj" else None
    verb = w.tokens[k] if k is not None else verb  # "совершит визит": the light verb's subject
    if type_ and home_voice(w, verb, type_):
        return True  # "депутат призвал правительство …": a domestic debate (domestic.py)
    if type_ not in PRIVATE_TYPES:
        return False
    held_by = ("nsubj", "nsubj:pass", "nmod") if w.tokens[i].pos == "NOUN" and verb is w.tokens[i] else (
        "nsubj", "nsubj:pass") + (("obj",) if TRIGGERS.get(w.lem[i], ("", None))[1] == "host" else ())  # the guests
    verbs = [verb] + (_talks_of(w, verb) if verb.pos == "NOUN" else [])  # "раунд консультаций ученых"
    if verb.rel in _AIMING + _JOINED and w.head(verb) is not None:
        verbs.append(w.head(verb))
    if any(_private_side(w, c, held_by) for v in verbs for c in w.children(v) if c.id in w.position):
        return True
    if type_ in VOICED_TYPES and any(c.rel == "nsubj" and c.id in w.position and _critic(w, c)
                                     for v in verbs for c in w.children(v)) and not _leaving_talks(w, verbs):
        return True
    return _at_private_gathering(w, w.tokens[i]) or _with_private(w, verb, w.tokens[i])


def _private_side(w: Words, c: Token, held_by: tuple[str, ...]) -> bool:
    """A subject (or, of a meeting noun, a bare genitive: ``саммит ритейлеров``) that is private, or a group or the
    people of a private body (``PARTY_NOUNS``, ``PRIVATE_STAFF`` with its bare genitive: ``делегация обсерватории``,
    ``представители компании``, ``директор института``)."""
    if c.rel not in held_by or c.rel == "nmod" and not bare_genitive(w, c):
        return False
    word = w.lem[w.position[c.id]]
    return private(word) or word in PEOPLE_OF and any(
        g.rel == "nmod" and g.id in w.position and bare_genitive(w, g) and private(w.lem[w.position[g.id]])
        for g in w.children(c))


def _leaving_talks(w: Words, verbs: list[Token]) -> bool:
    """A threat to walk out of talks (``пригрозила покинуть переговоры``, ``выйти из переговоров``): who makes it is a
    party to the talks, no critic at home."""
    return any(x.id in w.position and w.lem[w.position[x.id]] in WALKING_OUT | _OUT_OF and any(
        o.id in w.position and w.lem[w.position[o.id]] in TALKS and (o.rel == "obj" or "из" in w.prepositions(o))
        for o in w.children(x)) for v in verbs for x in w.children(v))


def _critic(w: Words, c: Token) -> bool:
    """The state's own opposition, or one of it: ``оппозиция``, ``лидер оппозиции`` (a bare genitive of
    ``DOMESTIC_CRITICS``)."""
    return w.lem[w.position[c.id]] in DOMESTIC_CRITICS or any(
        g.rel == "nmod" and g.id in w.position and bare_genitive(w, g) and w.lem[w.position[g.id]] in DOMESTIC_CRITICS
        for g in w.children(c))


def _talks_of(w: Words, t: Token) -> list[Token]:
    """The talks a series noun is of (``раунд консультаций ученых``: ``консультаций``), whose genitive is the side."""
    return [c for c in w.children(t) if c.rel == "nmod" and c.id in w.position and w.lem[w.position[c.id]] in TALKS]


def _at_private_gathering(w: Words, t: Token) -> bool:
    """Talks, the subject of a verb, held at a gathering of private people: ``переговоры продолжатся на симпозиуме
    астрономов``."""
    head = w.head(t) if t.pos == "NOUN" and t.rel == "nsubj" else None
    if head is None:
        return False
    places = [c for c in w.children(head) if c.rel == "obl" and c.id in w.position and w.lem[w.position[c.id]]
              in GATHERINGS]
    return any(_private_side(w, g, ("nmod",)) for p in places for g in w.children(p) if g.id in w.position)


def _with_private(w: Words, verb: Token, t: Token) -> bool:
    """Talks with a private side, or with its managers or people: ``переговоры с руководством завода``, ``встретились с
    владельцами фермы``, ``встреча с представителями компаний`` (the ``с`` complement of the trigger or of its light
    verb)."""
    others = [c for x in {verb.id: verb, t.id: t}.values() for c in w.children(x) if c.id in w.position
              and c.rel in ("nmod", "obl") and any(m.id in w.position and w.lem[w.position[m.id]] in ("с", "со")
                                                   for m in w.children(c))]
    return any(private(w.lemma(c)) or w.lemma(c) in PEOPLE_OF and any(
        _private_side(w, g, ("nmod",)) for g in w.children(c) if g.id in w.position) for c in others)
