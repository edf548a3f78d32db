"""A person in common and his counterpart in common (``counterpart_in_common``): meetings of one person with one
country's side, told by one report to a day and by the other to its month only (``retold_to_counterpart``) or undated
(``undated_to_counterpart``); ``meeting_link`` asks these of meetings of different documents."""
from __future__ import annotations

from ..settings import FusionSettings
from .days import month_of_day, to_day
from .modes import MULTI
from .report import Report, overlap

__all__ = ["counterpart_in_common", "retold_to_counterpart", "undated_to_counterpart"]

# Words in common besides the countries and the persons' names that an undated report must share with the dated one
# (the kind of talks and their number or topic: ``консультаций``, ``пятый``, ``торговли``).
_WORDS_BEYOND_NAMES = 2


def retold_to_counterpart(a: Report, b: Report, pairs: list[tuple]) -> bool:
    """One report dated to a day, the other only to that day's month (``на прошлой неделе``, ``в начале месяца``; an
    undated one could be of any year: its evidence must be much alike, as other rules ask), a person in common, and
    his counterpart in common: a country of both other than the ones the persons in common hold offices of (not the
    host's own country: he receives many guests a month), two countries in common when those offices are not told;
    where both name the counterpart's persons, one in common (the minister, not the premier)."""
    fine, coarse = (a, b) if to_day(a) else (b, a)
    return to_day(fine) and bool(coarse.date) and month_of_day(a, b) and counterpart_in_common(a, b, pairs)


def counterpart_in_common(a: Report, b: Report, pairs: list[tuple]) -> bool:
    """A person in common (``pairs``) and his counterpart in common: a country of both other than the ones the persons
    in common hold offices of, two countries in common when those offices are not told; where both name the
    counterpart's persons, one in common.  On one day both reports' own words tell, one meeting: a person meets one
    country's side once a day (an outlet of the counterpart's side that does not tell the person's country,
    ``его беседа с эстонскими коллегами накануне``)."""
    own = {c for x, y in pairs for c in x.countries | y.countries}
    counter = a.sides & b.sides - own
    if not counter or not own and len(a.sides & b.sides) < 2:
        return False
    theirs = [{p.id for p in r.persons if p.countries & counter} for r in (a, b)]  # the counterpart's persons
    return not (theirs[0] and theirs[1] and not {x.id for x, _ in pairs} & theirs[0])


def undated_to_counterpart(a: Report, b: Report, pairs: list[tuple], settings: FusionSettings) -> bool:
    """One report dated and the other undated (an interview's or a profile's ``назвал переговоры с коллегой из X
    самыми предметными``), of the same two sides, a person in common and his counterpart in common
    (``counterpart_in_common``), evidence somewhat alike (``FusionSettings.outcome_overlap``) in words besides the
    countries and the persons' names (``_WORDS_BEYOND_NAMES``: the kind of talks, their number or topic; not ``X не раз
    бывал в Y``), not at a multilateral meeting: it joins the one group it fits (``cluster.py``)."""
    return bool(a.date) != bool(b.date) and len(a.sides) == 2 and a.sides == b.sides \
        and MULTI not in (a.mode, b.mode) and counterpart_in_common(a, b, pairs) \
        and (overlap(a, b) or 0.0) >= settings.outcome_overlap and _beyond_names(a, b) >= _WORDS_BEYOND_NAMES


def _beyond_names(a: Report, b: Report) -> int:
    """Words the evidence of both shares besides the countries (``iso:``) and the persons' names (a word beginning as a
    word of a name of either report does)."""
    names = {w[:3] for r in (a, b) for p in r.persons for w in p.words}
    return sum(not w.startswith("iso:") and w[:3] not in names for w in a.words & b.words)
