"""Lookup keys of the country gazetteer (``gazetteer.py``): a query's key is the space-joined lemmas of its
words (``Северной Кореи`` → ``северный корея``), and a table entry is keyed by the keys of its forms in all six
cases (declined with pymorphy3, or by regular endings where pymorphy3 does not know a place), so the two meet
even where pymorphy3 lemmatises a form oddly.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

from . import morph
from .names_foreign import VELAR_OR_HUSHING

_WORD = re.compile(r"[\w'-]+")


def _fold(text: str) -> str:
    """``morph.fold`` without stress marks and apostrophes (``Н'Джамена`` is ``Нджамена``, ``Кот-д’Ивуар``)."""
    return morph.fold(text).replace("\u0301", "").replace("’", "").replace("'", "")


@lru_cache(maxsize=1 << 16)
def place_lemma(word: str) -> str:
    """Dictionary form of a folded word, preferring a geographic-name reading ("того" → "того")."""
    parses = morph.parses(word)
    best = next((p for p in parses if "Geox" in p.tag), parses[0])
    return best.normal_form.replace("ё", "е")


@lru_cache(maxsize=1 << 16)  # the same names are looked up again and again
def _key(text: str) -> str:
    """Lookup key of a query: its words' lemmas, space-joined."""
    return " ".join(place_lemma(word) for word in _WORD.findall(_fold(text)))


def _nominative(word: str) -> pymorphy3.analyzer.Parse | None:
    """The nominative reading of a word, preferring a geographic name; None if it has none."""
    parses = [p for p in morph.parses(word) if "nomn" in p.tag]
    return next((p for p in parses if "Geox" in p.tag), parses[0] if parses else None)


# Oblique-case endings by nominative ending ("" = a consonant), to decline place names pymorphy3
# does not know ("Эр-Рияд" → "Эр-Рияде", "Богота" → "Боготой").
_ENDINGS = (("ия", ("ии", "ию", "ией")), ("а", ("ы", "е", "у", "ой")), ("я", ("и", "е", "ю", "ей")),
            ("й", ("я", "ю", "ем", "е")), ("", ("а", "у", "ом", "е")))


def _regular_forms(word: str) -> list[str]:
    if word[-1] in "еиоуыэюь":  # indeclinable, or too irregular to guess
        return []
    ending, oblique = next((e, o) for e, o in _ENDINGS if word.endswith(e))
    stem = word[: len(word) - len(ending)]
    # no "ы" after г, к, х and the hushing consonants ("Тонга" → "Тонги")
    return [stem + ("и" + o[1:] if o.startswith("ы") and stem[-1:] in VELAR_OR_HUSHING else o) for o in oblique]


def _keys(name: str, place: bool = True) -> set[str]:
    """Keys of a table entry in all six cases, each form keyed exactly like a query.

    Keying the forms rather than only the entry keeps lemmatisation slips harmless: "Ливан" itself
    lemmatises to "ливаны" but "Ливане" to "ливан", and both are keys.  Words in the nominative are
    declined with pymorphy3 (genitive attributes such as "Великобритании" are kept); a one-word
    place pymorphy3 does not know as one, or knows undeclined, is declined by regular endings too.
    """
    words = _fold(name).split()
    forms = [_case_forms(word) for word in words]
    keys = {_key(name)}
    for case in range(len(_CASES)):
        keys.add(_key(" ".join(f[case] for f, _ in forms)))
    # a one-word place pymorphy3 does not know, or knows only undeclined ("Тонга": "Тонги" in the news)
    if place and len(words) == 1 and (not forms[0][1] or len(set(forms[0][0])) == 1):
        keys.update(_key(form) for form in _regular_forms(words[0]))
    return keys


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1 << 14)  # the words of names recur (``министерство``, ``дел``): each is declined once
def _case_forms(word: str) -> tuple[tuple[str, ...], bool]:
    """A folded word in each of ``_CASES`` (as written where it has no nominative reading or no such form),
    and whether its nominative reading is a geographic name."""
    nominative = _nominative(word)
    declined = morph.inflections(nominative, [{case} for case in _CASES]) if nominative else [None] * len(_CASES)
    return tuple(d.word if d else word for d in declined), bool(nominative and "Geox" in nominative.tag)
