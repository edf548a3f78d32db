"""Name phrases of places and bodies put into the nominative (``Азиатско-Тихоокеанском регионе`` →
``Азиатско-Тихоокеанский регион``), and what the dictionary says of a capitalised word as a common noun or a
plural place; split off ``names`` (persons' names)."""
from __future__ import annotations

from .morph import parses as _parses
from .names_foreign import CASES, match_case
from .word_classes import PROPER_GRAMMEMES


def common_noun_in_case(word: str, case: str | None) -> bool:
    """Can the word be a common noun (no proper-name grammeme) in the tagged case?
    ``Стороны`` in Nom can (plural of ``сторона``); ``Шумов`` in Nom cannot (only the genitive of ``шум``)."""
    pm_case = CASES.get(case or "")
    return any(p.is_known and p.tag.POS == "NOUN" and not (PROPER_GRAMMEMES & p.tag.grammemes) and p.tag.case == pm_case
               for p in _parses(word.lower()))


def plural_place_lemma(word: str) -> str | None:
    """The dictionary's nominative of a place name used only in the plural (``Бендерах`` → ``бендеры``), else None."""
    found = {p.normal_form for p in _parses(word) if {"Geox", "Pltm"} <= set(p.tag.grammemes)}
    return found.pop() if len(found) == 1 else None


def _inflect(word: str, grammemes: set[str], pos: set[str], case: str | None) -> str | None:
    """``word`` inflected to ``grammemes``, choosing the parse of part of speech ``pos`` in the tagged case."""
    parses = [p for p in _parses(word.lower()) if p.tag.POS in pos]
    if not parses:
        return None
    pm_case = CASES.get(case or "")
    chosen = next((p for p in parses if pm_case and p.tag.case == pm_case), parses[0])
    if "Fixd" in chosen.tag.grammemes:
        return word
    out = chosen.inflect(grammemes)
    return match_case(out.word, word) if out else None


def normalize_phrase(words: list[tuple[str, str | None, dict, str, str | None]]) -> list[str] | None:
    """Nominative of a name phrase (``Азиатско-Тихоокеанском регионе`` → ``Азиатско-Тихоокеанский регион``).

    ``words`` are (text, pos, feats, id, head_id).  The head (the word whose syntactic head lies
    outside the phrase) goes to the nominative keeping its number; adjectives before it agree with
    it; dependents in other cases (``сил самообороны``) stay as they are.  None when the phrase has
    no nominal head."""
    ids = {w[3] for w in words}
    head = next((w for w in words if w[4] not in ids), None)
    if head is None or head[1] not in ("NOUN", "PROPN"):
        return None
    number = "plur" if head[2].get("Number") == "Plur" else "sing"
    head_form = _inflect(head[0], {"nomn", number}, {"NOUN"}, head[2].get("Case")) or head[0]
    gender = next((p.tag.gender for p in _parses(head_form.lower()) if p.tag.POS == "NOUN" and p.tag.gender), None)
    out = []
    for w in words:
        if w is head:
            out.append(head_form)
        elif w[1] == "ADJ" and w[4] == head[3] and words.index(w) < words.index(head):
            wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
            out.append(_inflect(w[0], wanted, {"ADJF", "PRTF"}, w[2].get("Case")) or w[0])
        else:
            out.append(w[0])
    return out
