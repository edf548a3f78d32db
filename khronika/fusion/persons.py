"""The persons fusion compares (a ``Person`` of a report): two persons of two documents are the same when they are one
entity, or when their folded surnames agree up to the usual variants of transcription (``Ёсида``/``Йосида``,
``Кэндзи``/``Кенджи``, ``Сиота``/``Шиота``) and a case ending left on one (``Петровым``), and their first names (where
both are known) begin alike; a woman's surname is hers in the man's form too when both first names are known and begin
alike (``Сафарова``/``Сафаров``); a name of two words or more is one written in another order or with its syllables
joined otherwise (``Мацумото Таро``/``Таро Мацумото``, ``Пак Сон Хо``/``Пак Сонхо``: ``reordered``); a name of three
words or more is one an outlet gives in full, with a title before it or more of its chain of fathers or its family name
(``Наджиб бин Мансур``/``Шейх Наджиб бин Мансур бин Фахд аль-Зарафи``: ``fuller``).  Persons who hold offices of no
country in common are never one."""
from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from ..morph import fold
from ..translit import vowel_variants

# Honorifics before a name (``Сайид``, ``Шейх``): not its first name (``given_words``).
_HONORIFICS = lexicon.words("fusion_words.tsv")["NAME_HONORIFICS"]


@dataclass(frozen=True)
class Person:
    id: str
    surname: str  # skeleton of the last word of the name ("" when unknown)
    initial: str  # first letter of the first name's skeleton ("" when only a surname is known)
    countries: frozenset[str]  # countries (ISO codes) the person holds an office of
    words: tuple[str, ...] = ()  # skeletons of all the words of the name, in order (``reordered``)


# Case endings that a surname left undeclined by the entity stage may carry (``Петровым`` is ``Петров``): not
# ``-а``/``-ой``, that also make a woman's surname (``Петрова`` is not ``Петров``).
_CASE_ENDINGS = ("ым", "ом", "ем", "у", "е")


def given_words(words: list[str]) -> list[str]:
    """A name's words less the honorifics an outlet writes before it (``Сайид Наджиб бин Мансур``: the first name is
    ``Наджиб``), two words left at least (``Шейх Ндао`` may be a given name and a surname)."""
    while len(words) > 2 and fold(words[0]) in _HONORIFICS:
        words = words[1:]
    return words


def same_surname(a: str, b: str) -> bool:
    """Two surname skeletons agree: equal, one the other with a case ending, or a long foreign name transcribed with
    one other vowel inside it (``Карунатилаке``/``Карунатилеке``, ``Мбалавеле``/``Мбаловеле``)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and (a == b or len(short) >= 4 and long_.startswith(short)
                                and long_[len(short):] in _CASE_ENDINGS or vowel_variants(a, b))


def surname_key(surname: str) -> str:
    """The part of a surname skeleton that all its case forms and its woman's form share (the fusion index's key of
    a person)."""
    if surname.endswith("а") and surname[:-1].endswith(_FEMININE) and len(surname) >= 5:
        return surname[:-1]
    for ending in _CASE_ENDINGS:
        if surname.endswith(ending) and len(surname) - len(ending) >= 4:
            return surname[: -len(ending)]
    return surname


# A man's surname and the woman's form of it (``Сафаров``/``Сафарова``): one person when both first names are known
# and begin alike (the entity stage may leave one of them in the man's form of its genitive, ``Сафаровой``).
_FEMININE = ("ов", "ев", "ин", "ын")


def feminine_of(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_ == short + "а" and short.endswith(_FEMININE)


def same_person(a: Person, b: Person) -> bool:
    if a.id == b.id:
        return True
    if not a.surname or not b.surname:
        return False
    if reordered(a.words, b.words) or fuller(a.words, b.words):
        return not (a.countries and b.countries and not a.countries & b.countries)
    if not (same_surname(a.surname, b.surname) or a.initial and a.initial == b.initial
            and feminine_of(a.surname, b.surname)):
        return False
    if a.initial and b.initial and a.initial != b.initial:
        return False
    return not (a.countries and b.countries and not a.countries & b.countries)


# The fewest letters of a name written with its words in another order or joined otherwise (``reordered``).
_REORDERED_LETTERS = 6


def reordered(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name of two words or more written by outlets in another order (an East Asian name given surname first or
    last: ``Мацумото Таро``, ``Таро Мацумото``) or with its syllables joined otherwise (``Пак Сон Хо``, ``Пак
    Сонхо``): the same words however ordered, or the same letters in the same order."""
    if len(a) < 2 or len(b) < 2 or len("".join(a)) < _REORDERED_LETTERS:
        return False
    return sorted(a) == sorted(b) or "".join(a) == "".join(b)


# The words that link a name to its father's (``бин``, ``бен``, ``ибн`` as skeletons): a name told after one of them is
# the father's (``Фахд бин Мансур`` is Mansur's son, not Mansur), so ``fuller`` never matches the shorter name there.
_SON_OF = frozenset({"бен"})
# The fewest words of the shorter name ``fuller`` reads (a first name and a surname alone are ``same_person``'s).
_FULLER_WORDS = 3


def fuller(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name of three words or more and the same told in full by another outlet: its words, in order, among the
    other's, which adds a title before it (``Шейх``, ``Сайид``), more of its chain of fathers (``бин Фахд``) or the
    family name (``аль-Зарафи``) — not the father's name after ``бин`` (``Наджиб бин Мансур бин Фахд`` is not
    ``Мансур бин Фахд``)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < _FULLER_WORDS or len(short) == len(long_):
        return False
    for start, word in enumerate(long_):
        if word == short[0] and not (start and long_[start - 1] in _SON_OF):
            rest = iter(long_[start + 1:])
            if all(w in rest for w in short[1:]):
                return True
    return False
