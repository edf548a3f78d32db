"""Ethnonym adjectives that two states share (``корейский``: the Republic of Korea's or the DPRK's;
``data/demonyms_shared_ru.tsv``).  While the pipeline runs a stage on a document (``Pipeline._run``), such a word
names the one of its states that the document names more often by a name of its own (its name or abbreviation, its
capital, another of its places: the document's country and place mentions); where the document names neither, or
both as often, it names none.  ``gazetteer.adjective_country`` asks ``chosen``."""
from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator, Mapping
from contextvars import ContextVar

from .ids import country_code

# the shared words' lemma keys → the code each names in the document being run
_CHOSEN: ContextVar[Mapping[str, str] | None] = ContextVar("shared_demonyms", default=None)


def chosen(key: str) -> str | None:
    """The code of the state a shared word (by its lemma key) names in the document being run, if any."""
    return (_CHOSEN.get() or {}).get(key)


def choices(doc, shared: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Each shared word's state in ``doc`` (``shared``: lemma key → the states' codes): the one its mentions name
    most often, by a country's entity or a place's country; none where the most named ties or is never named."""
    codes = {c for states in shared.values() for c in states}
    by_id = {e.id: e for e in doc.entities}
    if not any((e.code or country_code(e.country)) in codes for e in by_id.values()):
        return {}
    named = Counter()
    for m in doc.mentions:
        e = by_id.get(m.entity)
        code = e and (e.code if e.type == "country" else country_code(e.country) if e.type == "location" else None)
        if code in codes:
            named[code] += 1
    out = {}
    for key, states in shared.items():
        counts = sorted(((named[c], c) for c in states), reverse=True)
        if counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            out[key] = counts[0][1]
    return out


@contextlib.contextmanager
def reading(chosen_states: Mapping[str, str]) -> Iterator[None]:
    """Shared words read as ``chosen_states`` says (``choices``) within the block."""
    token = _CHOSEN.set(chosen_states)
    try:
        yield
    finally:
        _CHOSEN.reset(token)
