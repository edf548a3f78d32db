"""The words the span rules read: word sets from ``data/span_words.tsv``, the listed names of
``data/orgs_ru.tsv`` with their kinds, countries from the gazetteer, and the marks of the text."""
from __future__ import annotations

import re
from functools import cache

from ... import gazetteer, lexicon
from ...marks import CLOSERS, OPENERS
from .context import key

_WORDS = lexicon.words("span_words.tsv")
STREET_WORDS = _WORDS["STREET_WORDS"]
FEATURE_WORDS = STREET_WORDS | _WORDS["FEATURE_WORDS"]
VEHICLE_WORDS = _WORDS["VEHICLE_WORDS"]
WORK_WORDS = _WORDS["WORK_WORDS"]
NON_NAME_HEADS = _WORDS["NON_NAME_HEADS"]
ORG_KIND_WORDS = _WORDS["ORG_KIND_WORDS"]
ORG_BODY_WORDS = ORG_KIND_WORDS | _WORDS["ORG_BODY_WORDS"]
FACILITY_WORDS = _WORDS["FACILITY_WORDS"]
FACILITY_HEADS = _WORDS["FACILITY_HEADS"]
BODY_WORDS = _WORDS["BODY_WORDS"]
CONTINENTS = _WORDS["CONTINENTS"]
NOT_NAME_POS = _WORDS["NOT_NAME_POS"]
QUESTION_WORDS = _WORDS["QUESTION_WORDS"]
MEMORIAL_WORDS = _WORDS["MEMORIAL_WORDS"]
GROUP_WORDS = _WORDS["GROUP_WORDS"]

RELATIONAL = re.compile(r"[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")  # японский, московский
SEPARATORS = re.compile(r"\s*(?:[•·;|]|,|\n)\s*")
PAIRS = {"(": ")", "«": "»", "„": "“", "“": "”", "[": "]"}
QUOTES = "".join(sorted(OPENERS | CLOSERS))  # a string: ``"" in QUOTES`` (no character before the text) holds


@cache
def _known() -> dict[str, dict[str, str]]:
    """``orgs_ru.tsv``: ``{"abbr": {name: kind}, "key": {lemma key: kind}}``."""
    out: dict[str, dict[str, str]] = {"abbr": {}, "key": {}}
    for kind, name in gazetteer.orgs():
        if name.isupper() or not re.search(r"[а-яё]", name):
            out["abbr"][name] = kind
        else:
            out["key"][key(name)] = kind
    return out


def known_kind(text: str) -> str | None:
    """The kind (``org``, ``media``, ``seat``, ``facility``, ``common``, ``legal``) of a listed name, in any case."""
    k = _known()
    text = text.strip()
    return k["abbr"].get(text) or (k["key"].get(key(text)) if re.search(r"[а-яё]", text) else None)


def is_country(text: str) -> bool:
    """A country name, also written with a space for its hyphen (``Коста Рика``)."""
    return bool(gazetteer.lookup_country(text) or gazetteer.lookup_country(text.replace(" ", "-")))
