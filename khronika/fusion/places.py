"""The place fusion compares of a report (a ``Place``, read by ``report.place_of``: a country, an entity of the store or
a name as written, looked up among countries and capitals): a building or a region its sentence tells it to be
(``venue``); and whether the evidence names it at all, or only its document's dateline does (``placed``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import gazetteer, lexicon
from ..morph import fold, lemma
from ..settings import FusionSettings

_WORD = re.compile(r"\w+")
_SPAN_WORDS = lexicon.words("span_words.tsv")


@dataclass(frozen=True)
class Place:
    key: str  # folded name
    country: str | None  # ISO code of the country it is (a country) or lies in (a city), when known
    is_country: bool
    building: bool = False  # a building of a city not named (``президентский дворец Каса-Росада``, ``Дом народа``)
    region: bool = False  # a region of a country, its cities not named (``в провинции X``: ``venue``)


# A built place heading a venue's name (the span rules' lexicon: ``дворец``, ``дом``, ``отель``): the venue lies in a
# city that its name does not tell.
_BUILT = _SPAN_WORDS["FACILITY_HEADS"] | _SPAN_WORDS["FACILITY_WORDS"]
_REGION = lexicon.words("fusion_words.tsv")["REGION_HEADS"]


def is_building(name: str) -> bool:
    """Is a place's name that of a building (a word of it a built place: ``Дворце Мирафлорес``, ``Дом народа``)?"""
    return any(lemma(w) in _BUILT for w in _WORD.findall(name.lower()))


def venue(where: Place | None, sentence: str) -> Place | None:
    """A place its sentence names right after a built place's word (``во дворце Белем``, ``в отеле «Савой»``)
    is a building of a city its name does not tell, as one whose own name holds that word (``is_building``); one
    named right after a region's (``в провинции X``, ``в столице провинции X``, ``в штате X``: ``REGION_HEADS``) is a
    region, which holds cities; neither a country, nor a capital (``во дворце Москвы``)."""
    if where is None or where.is_country or where.building or not where.key or where.key.startswith("e:") \
            or gazetteer.lookup_capital(where.key):
        return where
    head = _word_before(where.key, sentence)
    return Place(where.key, where.country, False, True) if head in _BUILT \
        else Place(where.key, where.country, False, region=True) if head in _REGION else where


def _word_before(key: str, sentence: str) -> str:
    """The lemma of the word right before a place's name (its folded ``key``) in the sentence ("" when not found)."""
    stem = re.escape(key[:max(4, len(key) - 2)])
    found = re.search(rf"(\w+)\s+[«\"„]?{stem}", fold(sentence))
    return lemma(found.group(1)) if found else ""


def in_region(name: str, sentence: str) -> bool:
    """Is the place of that name told as a region in the sentence (``в провинции X``: ``venue``)?"""
    return bool(name) and _word_before(fold(name), sentence) in _REGION


def placed(place: Place | None, text: str, settings: FusionSettings) -> bool:
    """Does the evidence name the place (a city: a word of the evidence begins with a word of its name less its
    last letter, ``Брага``/``в Браге``)?  A place
    it does not name came from the document's dateline or title (``ЕРЕВАН, 26 ноября``): the dateline's city, not
    the venue (a border post, a resort) the evidence tells.  A country, a short name or no evidence: taken as named."""
    if place is None or place.is_country or not text:
        return True
    stems = [w[:min(settings.stem_chars, len(w) - 1)] for w in _WORD.findall(place.key) if len(w) >= 4]
    words = _WORD.findall(fold(text))
    return not stems or any(w.startswith(stem) for stem in stems for w in words)
