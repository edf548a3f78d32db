"""The name a country entity goes by in the export: of the short names current in Russian news for one country
(``data/country_spellings_ru.tsv``: Белоруссия / Беларусь, Туркмения / Туркменистан …), the one its mentions
use most, so that a chronicle of news written "Кыргызстан" does not call the country "Киргизия".  A country
with one short name, or mentions that use none of the listed ones, keeps its gazetteer name.  Where the documents
use two names as often, the country's own (``Беларусь``, ``Республика Корея``), the one its diplomacy uses, wins.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from . import lexicon
from .gazetteer import _iso_code, _listed
from .lexicon import Column
from .place_keys import _key, _keys


@cache
def _spellings() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Code → its spellings in the file's order, each with the keys of its forms in all cases."""
    rows = lexicon.table("country_spellings_ru.tsv", (Column("code", convert=_iso_code), Column("spelling"),
                                                       Column("forms", required=False, convert=_listed)),
                         key=("code", "spelling"))
    out: dict[str, list] = {}
    for row in rows:
        keys = frozenset(k for form in (row["spelling"], *(row["forms"] or ())) for k in _keys(form))
        out.setdefault(row["code"], []).append((row["spelling"], keys))
    return {code: tuple(v) for code, v in out.items()}


def written_name(code: str | None, name: str, mentions: Iterable[str]) -> str:
    """The name of the country ``code`` (gazetteer name ``name``) its ``mentions`` (texts as written) use most, on
    a tie the one listed last (the country's own name); ``name`` where they use none of the listed ones."""
    spellings = _spellings().get(code or "")
    if not spellings:
        return name
    votes = Counter()
    for text in mentions:
        key = _key(text)
        for spelling, keys in spellings:
            if key in keys:
                votes[spelling] += 1
                break
    best = max(votes.values(), default=0)
    if not best:
        return name
    return [s for s, _ in spellings if votes[s] == best][-1]
