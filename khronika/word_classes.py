"""Word classes as the dictionary knows them (pymorphy3), for the rules on names and spans: is a word only an adverb, a
function word, a verb form, a known common noun?"""
from __future__ import annotations

from .morph import parses as _parses

PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def is_known(word: str) -> bool:
    return any(p.is_known for p in _parses(word.lower()))


def is_adverb(word: str) -> bool:
    """Is the word, as the dictionary knows it, only an adverb (``Сегодня``, ``Вчера``, ``Здесь``), or first an
    interjection or a particle and never a proper name (``Спасибо, Ольга Петровна``, ``Пожалуйста``)?"""
    parses = [p for p in _parses(word.lower()) if p.is_known]
    if parses and parses[0].tag.POS in ("INTJ", "PRCL") and not any(PROPER_GRAMMEMES & p.tag.grammemes for p in parses):
        return True
    return bool(parses) and all(p.tag.POS == "ADVB" for p in parses)


FUNCTION_POS = frozenset({"NPRO", "CONJ", "PRCL", "ADVB", "PREP", "INTJ"})


def is_function_word(word: str) -> bool:
    """Is the word, as the dictionary knows it, only a pronoun, conjunction, particle, adverb or preposition (``Что``,
    ``Когда``, ``Если``), never a noun or a name (``Ли`` is a surname too)?"""
    parses = [p for p in _parses(word.lower()) if p.is_known]
    return bool(parses) and all(p.tag.POS in FUNCTION_POS for p in parses)


def is_verb_form(word: str) -> bool:
    """Is the word, as the dictionary knows it, only a verb form (``Дискриминируются``)?"""
    parses = [p for p in _parses(word.lower()) if p.is_known]
    return bool(parses) and all(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") for p in parses)


def is_common_noun(word: str) -> bool:
    """A known common noun (no proper-name grammeme): ``Стороны`` is, ``Япония`` and ``Путин`` are not."""
    parses = [p for p in _parses(word.lower()) if p.is_known]
    if not parses:
        return False
    best = parses[0]
    proper = PROPER_GRAMMEMES | {"Abbr"}  # an abbreviation (``МИД``) is no common noun here either
    return best.tag.POS == "NOUN" and not (proper & best.tag.grammemes) and best.score > 0.3
