"""The order of a Japanese name's words, as a page writes them.

Russian news write a Japanese name given name first (``Сигэру Исиба``), as the standard transcription does, but some
outlets (the Russian pages of Japanese broadcasters above all) write every Japanese name of a page in the Japanese
order, surname first (``министр Исиба Сигэру``).  A page tells its order by the word it writes alone: ``Исиба
заявил`` after ``Исиба Сигэру`` is a surname that came first.  ``surname_first`` puts the names of such a page in the
chronicle's order, given name first, so that a page of either order names one person.
"""
from __future__ import annotations

import dataclasses
import re

from . import names
from .translit import JAPANESE_MARK, japanese_syllables, skeleton

# A page that speaks of Japan (``Япония``, ``японский``, ``японо-…``, ``Токио``).
JAPAN = re.compile(r"\b(?:[Яя]пон|Токио)", re.UNICODE)


_VOWELS = re.compile(r"[аеёиоуыэюя]", re.IGNORECASE)


def _japanese(p) -> bool:
    """A full name of two words, both of Japanese syllables (either spelling), the first no given name the dictionary
    knows (``Марио Моро`` is no Japanese name; ``Камикава Йоко`` may be) nor of one syllable: a Japanese surname has
    two or more, a Korean or Chinese one written first has one (``посол Но Ён``, ``Но заявил``)."""
    return p.given is not None and len(p.words) == 2 and not any(names.INITIAL.match(w) for w in p.words) \
        and all(japanese_syllables(w) for w in p.words) and not names.given_name(p.words[0]) \
        and len(_VOWELS.findall(p.words[0])) > 1


def surname_first(people: list, text: str = "") -> None:
    """Reorder the Japanese names of a page written surname first: one whose first word the page writes alone tells
    the page's order, if that name is surely Japanese (a mark no other language's name has in Russian: ``дз``,
    ``цу``, ``э`` after a consonant…; or a page, ``text``, that speaks of Japan), unless the page also writes alone
    the last word of one of them (either order may be the page's).  ``people``: the ``_Person`` records of
    ``stages/entities.py``, rewritten in place (words, given name, surname)."""
    japanese = [p for p in people if _japanese(p)]
    if not japanese:
        return
    alone = {skeleton(p.surname) for p in people if p.given is None and p.initial is None}
    if alone & {skeleton(p.words[-1]) for p in japanese}:
        return
    japan = bool(JAPAN.search(text))
    if not any(skeleton(p.words[0]) in alone and (japan or any(JAPANESE_MARK.search(w.lower()) for w in p.words))
               for p in japanese):
        return
    for p in japanese:
        p.words = p.words[::-1]
        p.given, p.surname, p.initial = p.words[0], p.words[-1], p.words[0][0]
        p.full = " ".join(p.words)
        p.mention = dataclasses.replace(p.mention, normal=p.full)
