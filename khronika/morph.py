"""Morphology of common words: folding and lemmas, the one place that reads pymorphy3 for common words.

* ``fold``: the comparison form of a word or name (lower case, ``ё`` → ``е``, single spaces);
* ``lemma``: the first dictionary reading's normal form (``переговорах`` → ``переговоры``);
* ``lemma_as``: the normal form of the reading with the part of speech the tagger gives
  (``возобновим`` as a VERB is ``возобновить``); the annotate stage stores it, ``ё`` folded, as
  ``Token.lemma``;
* ``lemma_options``: every normal form the word can have as that part of speech;
* ``lemmas``: every normal form of any reading, and the word itself (for lexicon lookups);
* ``inflections``: a reading inflected to several sets of grammemes, its lexeme built once.

Names have their own rules (``names.py``); country names theirs (``gazetteer.py``).
"""
from __future__ import annotations

import functools
import heapq

import pymorphy3
from pymorphy3.units import DictionaryAnalyzer

from . import lexicon

# Prepositions after which a name is a place ("в Токио", "из Москвы"): data/function_words.tsv.
PLACE_PREPOSITIONS = lexicon.words("function_words.tsv")["PLACE_PREPOSITIONS"]


@functools.lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """One analyser per process (it takes a second to load), of the Russian dictionary named by its path:
    pymorphy3 would find it (the same path) through the installed packages' entry points, whose scan costs as
    much as the rest of the loading."""
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


@functools.lru_cache(maxsize=65536)
def parses(word: str) -> tuple:
    """pymorphy3's readings of a word as written (callers lower-case it where they mean to)."""
    return tuple(analyzer().parse(word))


def from_dictionary(parse) -> bool:
    """Whether a reading is the dictionary's own (a lexeme of its paradigms), not one guessed for an unknown word."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]) is DictionaryAnalyzer


FOLDS_CACHED_CHARS = 64  # words and names (folded by every stage, again and again) are folded once


def fold(s: str) -> str:
    """Comparison form: lower case, ``ё`` → ``е``, runs of white space as one space, stripped."""
    return _fold_short(s) if len(s) <= FOLDS_CACHED_CHARS else _fold(s)


def _fold(s: str) -> str:
    # ``str.split()`` cuts at the very characters ``\s`` matches (``str.isspace``): the runs of white space as
    # ``re.sub(r"\s+", " ", …).strip()`` leaves them, in less than half its time (whole lines and texts are folded)
    return " ".join(s.replace("ё", "е").replace("Ё", "Е").split()).lower()


_fold_short = functools.lru_cache(maxsize=65536)(_fold)


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Dictionary lemma of a common word (lowercase; ``ё`` as the dictionary writes it)."""
    found = parses(word.lower())
    return found[0].normal_form if found else word.lower()


POS_CLASSES = {"VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB", "INFN"}, "NOUN": {"NOUN"},
               "ADJ": {"ADJF", "ADJS", "COMP"}, "ADV": {"ADVB", "ADJS"}, "PROPN": {"NOUN"}}


@functools.lru_cache(maxsize=65536)
def lemma_as(word: str, pos: str | None) -> str:
    """Lemma of a word read as the part of speech the tagger gives (``возобновим`` as a VERB is
    ``возобновить``, not the adjective ``возобновимый``)."""
    found = parses(word.lower())
    wanted = POS_CLASSES.get(pos or "")
    fit = next((p for p in found if wanted and p.tag.POS in wanted), None)
    return (fit or (found[0] if found else None)).normal_form if found else word.lower()


@functools.lru_cache(maxsize=65536)
def lemma_options(word: str, pos: str | None) -> frozenset[str]:
    """Every lemma the word can have as that part of speech (``пришли``: прийти and прислать), ``ё`` folded."""
    wanted = POS_CLASSES.get(pos or "")
    found = {p.normal_form.replace("ё", "е") for p in parses(word.lower()) if wanted and p.tag.POS in wanted}
    return frozenset(found or {lemma_as(word, pos).replace("ё", "е")})


@functools.lru_cache(maxsize=100_000)
def lemmas(word: str) -> frozenset[str]:
    """All dictionary lemmas of a word and the word itself, lower case with ``ё`` folded."""
    w = word.lower().replace("ё", "е")
    return frozenset({w} | {p.normal_form.lower().replace("ё", "е") for p in parses(w)})


def is_ordinal(word: str) -> bool:
    """An ordinal number word or figure (``восьмое``, ``8-е``) or a Roman numeral (``XIV``)."""
    found = parses(word.lower())
    return bool(found) and ("Anum" in found[0].tag or "ROMN" in found[0].tag)


def tense(word: str, likely: bool = False) -> str | None:
    """``past``, ``pres`` or ``futr`` of a finite verb form (perfective present is future); with ``likely``,
    only when a verb is the word's most likely reading (``встречу`` is rather the noun than ``(я) встречу``)."""
    for p in parses(word.lower())[:1 if likely else None]:
        if p.tag.POS == "VERB":
            if p.tag.tense == "pres" and p.tag.aspect == "perf":
                return "futr"
            return p.tag.tense
    return None


def first_person(word: str) -> bool:
    """A finite verb in the first person by its most likely reading (``Сожалеем``, ``Осуждаем``), whatever a parser
    took it for at a sentence's head."""
    return any(p.tag.POS == "VERB" and p.tag.person == "1per" for p in parses(word.lower())[:1])


def inflections(parse, wanted) -> list:
    """``[parse.inflect(g) for g in wanted]`` with the reading's lexeme built once (pymorphy3 builds it again
    for each ``inflect``, most of the cost): the same choice, form by form, as pymorphy3's ``_inflect``
    (the forms holding the grammemes, the rare cases' fallback when none does, the most similar tag)."""
    analyzer_ = parse._morph
    lexeme = analyzer_.get_lexeme(parse)
    out = []
    for required in wanted:
        possible = [f for f in lexeme if required <= f[1].grammemes]
        if not possible:
            required = analyzer_.TagClass.fix_rare_cases(required)
            possible = [f for f in lexeme if required <= f[1].grammemes]
        grammemes = parse[1].updated_grammemes(required)
        best = heapq.nlargest(1, possible, key=lambda f, g=grammemes: len(g & f[1].grammemes)
                              - 0.1 * len(g ^ f[1].grammemes))
        out.append(best[0] if best else None)
    return out
