"""A surname alone that the normaliser left in an oblique form, read in the document's full name.

A surname opening a sentence as an object (``Тинаму встретил президент``, ``Штаффелю предстоит визит``) is read by
the tagger as a nominative, and a foreign one the dictionary does not know stays as written: the document's full
name (``Коджо Асанте Тинама``, ``Йорн Штаффель``) tells which nominative it is a case form of; a surname alone
written as the full name's is that surname, whatever the normaliser read it as; and the other way round, a full
name's surname cut to a genitive stem is the one the document makes a subject alone.  Called by
``stages/entities.py`` with the other rules of ``names_link``.
"""
from __future__ import annotations

import dataclasses

from . import names
from .morph import fold
from .names_link import lone_words

# The oblique endings of a name in -а/-я (``Тинаму``, ``Тинаме``, ``Тинамы``, ``Тинамой``) and of a man's name in a
# consonant, its -ь/-й dropped (``Штаффеля``, ``Штаффелю``, ``Штаффелем``, ``Штаффеле``).
_A_OBLIQUE = ("у", "ю", "е", "ы", "и", "ой", "ей", "ою", "ею")
_CONSONANT_OBLIQUE = ("а", "я", "у", "ю", "ом", "ем", "е")
_STEM = 3  # the shortest stem two forms are compared by


def case_form_of(word: str, surname: str) -> bool:
    """Is ``word`` (folded) an oblique form of ``surname`` (folded)?"""
    if surname[-1:] in ("а", "я"):
        stem, endings = surname[:-1], _A_OBLIQUE
    else:
        stem, endings = (surname[:-1] if surname[-1:] in ("ь", "й") else surname), _CONSONANT_OBLIQUE
    return len(stem) >= _STEM and word != surname and word.startswith(stem) and word[len(stem):] in endings


def lone_case_forms(people: list) -> None:
    """A surname alone in an oblique form of exactly one full name's surname of the document (or of the first of its
    two surnames: ``Арансибии`` beside ``Тобиас Арансибия Солис``) is that surname
    (``Тинаму`` beside ``Коджо Асанте Тинама``), and one written as that surname is (``Стелле``, read as a woman's
    ``Стелла``, beside ``Омара Стелле``); not a Slavic surname, whose feminine (``Петрова``) names another
    person than the masculine's genitive does."""
    surnames = {fold(p.surname): p.surname for p in people if p.given and len(p.words) >= 2
                and not names.slavic_surname(p.surname)}
    surnames |= {fold(w): w for p in people if p.given for w in _first_surnames(p.words)}
    for p, word in lone_words(people):
        if word in surnames:
            continue
        written = fold(p.mention.text)  # "поблагодарил Стелле", read as a woman's "Стелла", beside "Омара Стелле"
        fits = [surnames[written]] if written in surnames else [s for key, s in surnames.items()
                                                                if case_form_of(word, key)]
        if len(fits) == 1:
            p.words, p.surname = [fits[0]], fits[0]


def _first_surnames(words: list[str]) -> list[str]:
    """The words between a full name's first and last that may be the first of two surnames (``Арансибия`` of
    ``Тобиас Арансибия Солис``, which a report writes alone: ``министра Арансибии``): no given name the dictionary
    knows, no particle, patronymic nor Slavic surname."""
    if len(words) < 3:
        return []
    return [w for w in words[1:-1] if w[:1].isupper() and not names.given_name(w) and not names.is_patronymic(w)
            and not names.slavic_surname(w) and fold(w) not in names.FAMILY_PARTICLES]


def subject_nominatives(people: list, v) -> None:
    """A full name whose surname in -а/-я was cut to a man's genitive stem (``советник Кофи Мбалага`` read as a
    genitive: ``Мбалаг``) where no other word of it shows a case as a man's name in a consonant does (``Кофи``, written
    so in every case; ``Исы``, a name in -а, declined as such) takes the -а back when the document writes that surname
    alone as the subject of a verb (``— сказал Мбалага``): a subject is in the nominative.  Not a Slavic surname, whose
    feminine (``Соколова сказала``) names another person."""
    subjects = set()
    for p in people:
        tokens = v.words_in(p.mention.start, p.mention.stop)
        if len(tokens) == 1 and not p.given and not p.initial and tokens[0].rel.startswith("nsubj") and \
                (head := v.by_id.get(tokens[0].head_id)) is not None and head.pos in ("VERB", "AUX"):
            subjects.add(fold(tokens[0].text))
    for p in people:
        written = [t.text for t in v.words_in(p.mention.start, p.mention.stop)]
        if not p.given or len(written) != len(p.words) or len(written) < 2:
            continue
        last, cut = fold(written[-1]), fold(p.surname)
        if last not in subjects or last[-1:] not in ("а", "я") or cut not in (last[:-1], last[:-1] + "ь",
                                                                              last[:-1] + "й") \
                or names.slavic_surname(written[-1]) \
                or any(_declined_as_a_mans(w, n) for w, n in zip(written[:-1], p.words[:-1], strict=True)):
            continue
        p.words = [*p.words[:-1], written[-1]]
        p.surname = written[-1]
        p.full = " ".join(p.words) if len(p.full.split()) == len(p.words) else p.full
        p.mention = dataclasses.replace(p.mention, normal=p.full)


def _declined_as_a_mans(written: str, normal: str) -> bool:
    """Was a word of a name put in the nominative otherwise than as a name in -а/-я declines (``Антала`` → ``Антал``,
    not ``Исы`` → ``Иса``)?"""
    low, nom = fold(written), fold(normal)
    if low == nom:
        return False
    return not (nom[-1:] in ("а", "я") and low[:len(nom) - 1] == nom[:-1] and low[len(nom) - 1:] in _A_OBLIQUE)
