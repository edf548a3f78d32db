"""Words read as persons' names that the document names as places: the stems of its one-word places (``в
Тамбакунде``, ``реки Мвалузи``), compared in any case form (``place_stem``); a word of them or a country glued by the
tagger before a name (``place_word``), one alone (``named_place``) or joined by ``и``/``или`` to one (``beside_place``).
Split off ``not_persons``; asked by the entity stage (khronika/stages/entities.py)."""
from __future__ import annotations

from .. import gazetteer, names
from ..morph import fold, lemmas
from ..names_link import stem
from ..records import Mention
from ..view import DocView
from .not_persons import PLACE_STEM, titled


def place_stem(word: str) -> str:
    """The stem a place's name is compared by in its case forms: ``names_link.stem`` less a final ``ь``/``й``, which
    only the nominative has (``Ровниль``, ``Ровниля``; ``Тамбай``, ``Тамбая``)."""
    cut = stem(word)
    return cut[:-1] if cut[-1:] in ("ь", "й") else cut


def place_stems(spans, v: DocView) -> set[str]:
    """The stems of the one-word names the document shows as places: a one-word place span of the tagger
    (``в Тамбакунде``), a capitalised word right after a noun of places (``реки Мвалузи``, ``перевала Кападжо``)."""
    out = {place_stem(s.text) for s in spans
           if s.type == "LOC" and len(v.words_in(s.start, s.stop)) == 1 and not titled(s.start, v)}
    for t, nxt in zip(v.tokens, v.tokens[1:]):
        if nxt.text[:1].isupper() and nxt.text[1:].islower() and lemmas(t.text) & gazetteer.PLACE_HEADS:
            out.add(place_stem(nxt.text))
    return {s for s in out if len(s) >= PLACE_STEM}


def place_word(word: str, stems: set[str]) -> bool:
    """A word that names a country (``Сальвадор``) or a place of the document (``stems``: ``place_stems``) and no
    person the dictionary knows: glued to a name after it by the tagger (``Республики Сальвадор Эдгара Мендеса``), it is
    the end of the title's complement, no word of the name."""
    if names.known_name(word) and not gazetteer.lookup_country(word):
        return False
    return bool(gazetteer.lookup_country(word)) or place_stem(word) in stems


def named_place(span: Mention, v: DocView, stems: set[str], named: set[str]) -> bool:
    """One word read as a person's that the document names as a place elsewhere (``включая Мвалузи`` beside
    ``реки Мвалузи``; ``вопрос о Мтваре`` beside ``города Мтвара``), in any case form: no person, unless a word of a
    person's longer name of the document or a name the dictionary knows."""
    tokens = v.words_in(span.start, span.stop)
    if len(tokens) != 1:
        return False
    word = tokens[0].text
    return place_stem(word) in stems and fold(word) not in named and not names.known_name(word) \
        and not titled(span.start, v)


def beside_place(span: Mention, v: DocView, stems: set[str]) -> bool:
    """One word read as a person's joined by ``и``/``или`` to a word the document names as a place (``stems``:
    ``place_stems``; a country): a place too (``провинции Хуапхан и Сайсомбун``), unless the dictionary knows it as a
    name or a title stands before it."""
    tokens = v.words_in(span.start, span.stop)
    if len(tokens) != 1 or names.known_name(tokens[0].text) or titled(span.start, v):
        return False
    before, after = v.before(span.start, 2), [v.after(span.stop)]
    if after[0] is not None:
        after.append(v.after(after[0].stop))
    for pair in (before, after):
        if len(pair) == 2 and pair[0] is not None and pair[1] is not None and fold(pair[0].text) in ("и", "или") \
                and pair[1].text[:1].isupper() and place_word(pair[1].text, stems):
            return True
    return False
