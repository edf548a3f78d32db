"""Demonyms: ethnonym adjectives and demonyms (``data/demonyms_ru.tsv``) and the compound adjectives
made of them (``российско-американский``) → the countries of the gazetteer.

A demonym of a country of two words is written with a hyphen or solid (``сьерра-леонский`` and
``сьерралеонский``, ``коста-риканский`` and ``костариканский``): the table keys the solid spelling of a
hyphenated entry too (``gazetteer._build_tables``), and a hyphenated word the table does not know is
looked up solid.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon, morph
from .lexicon import Column

if TYPE_CHECKING:  # gazetteer imports this module at its end: it is read when a lookup runs
    from .gazetteer import Country


def adjective_country(word: str) -> Country | None:
    """The country of an ethnonym adjective or demonym in any form: "японской", "американцы"; one the
    table writes with a hyphen also written solid (``сьерралеонский``), and one it writes solid also
    hyphenated (``коста-риканский``)."""
    from . import gazetteer

    tables = gazetteer._tables()
    found = tables.adjectives.get(gazetteer._key(word))
    if found is None and "-" in word:
        found = tables.adjectives.get(gazetteer._key(word.replace("-", "")))
    return found


# Combining forms whose adjective is not the form plus "-ский" (франко- → французский).
COMBINING = {row["form"]: row["adjective"]
             for row in lexicon.table("combining_forms_ru.tsv", (Column("form"), Column("adjective")), ("form",))}


def compound_countries(word: str) -> list[Country]:
    """The countries of a compound adjective, in order ("японо-российские" → Япония, Россия;
    "российско-американского" → Россия, США), a part perhaps hyphenated itself, the adjective of a country of two
    words ("шри-ланкийско-индийский"): the longest run of parts naming one; [] unless every part names a country."""
    parts, out, k = morph.fold(word).split("-"), [], 0
    while k < len(parts):
        found = next(((c, j) for j in range(len(parts), k, -1) if (k, j) != (0, len(parts))
                      and (c := _part_country("-".join(parts[k:j]), j == len(parts)))), None)
        if found is None:
            return []
        out, k = out + [found[0]], found[1]
    return out


def _part_country(part: str, last: bool) -> Country | None:
    options = [part] if last else [COMBINING.get(part), part[:-1] + "ий" if part.endswith("ско") else None,
                                   part[:-1] + "ский" if part.endswith("о") else None]
    return next((c for o in options if o for c in [adjective_country(o)] if c), None)
