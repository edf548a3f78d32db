"""When two reports may be one event (``compatible``: nothing they know disagrees) and when they
say so (``link``: enough in common, a strength above zero).

Nothing may disagree: the type; dates at the coarser precision (and an undated report's year-less dateline,
``МОСКВА, 3 апреля``, with the other's day and month); format and round where both are
known; places (two countries, or two cities, that differ; a visit may span two cities of one
country; a city and a country disagree only as the destination of a visit: a country named as
the place of a meeting is often a slip);
sides (two reports with no country in common, or two meetings of two sides each that share only
one); an office held by two different persons; a negated report and one that is not; a phone
call or a multilateral meeting and a report of another mode.

Meetings (CONSULT) are linked by
* two persons in common of two sides, or on the same day;
* the format and one person in common on the same day;
* a named mechanism of the format gazetteer in common on the same day (``астанинский формат``), or planned by
  both for dates that agree (its next meeting), or in the same city in the same month (or one report undated:
  it joins the one group it fits, ``cluster.py``);
* the format and its round, with two sides in common; or the same round (a second one or later) with two sides
  in common, whatever each report calls the mechanism;
* the format, one person in common, two sides in common and the same month;
* two sides in common, the same day and the same place (reports that name only the countries; the day of an
  undated report is its document's year-less dateline, ``СТАМБУЛ, 12 мар``);
* the same sides (two or more) on the same day (their places agreeing: ``в Женеве``, ``в Швейцарии``), persons
  told by one report at most;
* a visit of one person in common, both dated to the same month, or both undated with the same
  destination named (``визит … в Москву`` in two undated reports).
Two undated reports must besides name the same place or the same round.  A shared format name
and one person are not enough.

Other acts (a protest, sanctions…) are linked when they have the same source and factuality and
* the same day and target (or a target one of them does not tell), and evidence sentences somewhat alike (an
  accusation of one day is not another one's: ``FusionSettings.act_same_day_overlap``);
* or, dated or not, no other target and evidence sentences much alike
  (``FusionSettings.act_undated_overlap``);
or when one of them does not say who acted (``Ему заявлен протест``), on the same day (a year-less dateline's
or a few days before it) with evidence sentences much alike.
"""
from __future__ import annotations

import datetime as dt

from ..settings import DEFAULT, FusionSettings
from .report import Report, overlap, same_person

_MULTI = "multilateral"
ROUND_SIDES = 8  # a round of more sides is linked by its format or persons only (keys.py indexes it so)


def dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def days_agree(a: Report, b: Report) -> bool:
    """The day and month of a year-less dateline (``МОСКВА, 3 апреля``) agree with the other report's date: the
    event was that day or a few days before (``FusionSettings.dateline_lag_days``)."""
    if a.day and b.day:
        return _near(a.day, b.day)
    day, date = (a.day, b.date) if a.day else (b.day, a.date)
    if not day or not date or len(date) < 7:
        return True
    if len(date) == 10:
        return _days_before(day, date) in range(DEFAULT.fusion.dateline_lag_days + 1)
    month, earlier = int(day[:2]), int(day[3:5]) <= DEFAULT.fusion.dateline_lag_days  # "2 мая" may tell of April
    return int(date[5:7]) == month or earlier and int(date[5:7]) == (month - 2) % 12 + 1


def _days_before(day: str, date: str) -> int | None:
    """Days from ``date`` (ISO, to the day) to the dateline's ``MM-DD`` of the same year (or the next, in January)."""
    try:
        then = dt.date.fromisoformat(date)
        told = dt.date(then.year, int(day[:2]), int(day[3:5]))
    except ValueError:  # 29 February of another year, a day out of range
        return None
    if (told - then).days < -300:  # "ТОКИО, 2 янв" about the 30th of December
        told = told.replace(year=then.year + 1)
    return (told - then).days


def days_told(r: Report) -> frozenset[str]:
    """The ``MM-DD`` an act may have happened on: its date's, or its year-less dateline's and the days before."""
    if r.date and len(r.date) == 10:
        return frozenset({r.date[5:]})
    if not r.day:
        return frozenset()
    told = dt.date(2000, int(r.day[:2]), int(r.day[3:5]))  # a leap year: 29 February is a day
    return frozenset((told - dt.timedelta(days=k)).isoformat()[5:] for k in range(DEFAULT.fusion.dateline_lag_days + 1))


def _near(a: str, b: str) -> bool:
    """Two year-less datelines a few days apart at most (read in a leap year, so that 29 February is a day)."""
    gap = _days_before(a, f"2000-{b}")
    return gap is not None and abs(gap if abs(gap) < 300 else 366 - abs(gap)) <= DEFAULT.fusion.dateline_lag_days


def _same_yearless_day(a: Report, b: Report) -> bool:
    """The day of a year-less dateline is the other report's (its dateline's, or its date's), or a few days after."""
    if not a.day and not b.day:
        return False
    if a.day and b.day:
        return _near(a.day, b.day)
    day, other = (a.day, b) if a.day else (b.day, a)
    return _day(other) and days_agree(a, b)


def _day(r: Report) -> bool:
    return bool(r.date and len(r.date) == 10)


def _same_day(a: Report, b: Report) -> bool:
    """Both dated to one day, or one by its year-less dateline (``_same_yearless_day``)."""
    return _day(a) and _day(b) and a.date == b.date or _same_yearless_day(a, b)


def places_agree(a: Report, b: Report) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.key == pb.key:
        return True
    if pa.is_country and pb.is_country:
        return False
    if pa.is_country or pb.is_country:  # a city and a country: a country as the place is often a slip …
        city, country = (pb, pa) if pa.is_country else (pa, pb)
        # … but not the destination of a visit
        return "visit" not in (a.mode, b.mode) or city.country is None or city.country == country.country
    if pa.country and pb.country and pa.country != pb.country:
        return False
    return "visit" in (a.mode, b.mode)  # a visit may take in two cities of one country


def sides_agree(a: Report, b: Report) -> bool:
    if not a.sides or not b.sides:
        return True
    shared = a.sides & b.sides
    if not shared:
        return False
    if _MULTI in (a.mode, b.mode) or a.type != "CONSULT":
        return True
    return len(shared) >= 2 or len(a.sides) < 2 or len(b.sides) < 2


def offices_agree(a: Report, b: Report) -> bool:
    for office in a.offices.keys() & b.offices.keys():
        pa = [p for p in a.persons if p.id in a.offices[office]]
        pb = [p for p in b.persons if p.id in b.offices[office]]
        if not any(same_person(x, y) for x in pa for y in pb):
            return False
    return True


def compatible(a: Report, b: Report) -> bool:
    """Nothing the two reports know disagrees (reports of one document included)."""
    if a.type != b.type or not dates_agree(a.date, b.date) or not days_agree(a, b):
        return False
    if (a.factuality == "negated") != (b.factuality == "negated"):
        return False
    for x, y in ((a.format, b.format), (a.round, b.round)):
        if x is not None and y is not None and x != y:
            return False
    if a.type == "CONSULT" and a.mode and b.mode and a.mode != b.mode and {"phone", _MULTI} & {a.mode, b.mode}:
        return False  # a call is no meeting, a summit no talk on its sidelines
    if a.type != "CONSULT":
        if a.factuality != b.factuality:
            return False
        for x, y in ((a.sources, b.sources), (a.targets, b.targets)):
            if x and y and not x & y:
                return False
    return places_agree(a, b) and sides_agree(a, b) and offices_agree(a, b)


def shared_persons(a: Report, b: Report) -> list[tuple]:
    return [(x, y) for x in a.persons for y in b.persons if same_person(x, y)]


def link(a: Report, b: Report, settings: FusionSettings = FusionSettings()) -> int:
    """How strongly two compatible reports of different documents say they are one event (0: not)."""
    if a.doc == b.doc:
        return 0
    return _meeting_link(a, b) if a.type == "CONSULT" else _act_link(a, b, settings)


def _meeting_link(a: Report, b: Report) -> int:
    pairs = shared_persons(a, b)
    n = len({x.id for x, _ in pairs})
    person_sides = {c for x, y in pairs for c in x.countries | y.countries}
    shared_sides = a.sides & b.sides
    same_day = _same_day(a, b)
    same_format = a.format is not None and a.format == b.format
    same_place = a.place is not None and b.place is not None and a.place.key == b.place.key
    strength = 2 * n + same_format + same_place + same_day
    same_round = same_format and a.round is not None and a.round == b.round
    if not a.date and not b.date and not (same_place or same_round):
        return 0  # two undated reports could be of any year: the place or the round must say more
    if n >= 2 and (len(person_sides) >= 2 or same_day):
        return strength
    if same_format and n and same_day:
        return strength
    if a.mechanisms & b.mechanisms and same_day:  # one named mechanism does not meet twice a day
        return strength + 1
    if a.mechanisms & b.mechanisms and a.factuality == b.factuality == "planned" and a.date and b.date:
        return strength + 1  # its next meeting, told by two outlets ("следующая встреча … в 2025 году")
    if same_round and len(shared_sides) >= 2:
        return strength
    if a.round and a.round == b.round and a.round >= 2 and len(shared_sides) >= 2 \
            and max(len(a.sides), len(b.sides)) <= ROUND_SIDES:
        return strength + 1  # "12-е заседание комиссий Армении и Азербайджана", whatever each calls the mechanism
    months = bool(a.date and b.date and len(a.date) >= 7 and len(b.date) >= 7)
    if same_format and n and months and len(shared_sides) >= 2:
        return strength
    if a.mechanisms & b.mechanisms and same_place and (months or bool(a.date) != bool(b.date)):
        return strength  # a named mechanism meets in one city once in a month; an undated report joins one group
    if len(shared_sides) >= 2 and same_day and same_place:
        return strength
    if len(a.sides) >= 2 and a.sides == b.sides and _day(a) and a.date == b.date and not (a.persons and b.persons):
        return strength  # the same sides on one day, persons told by one report at most
    if n and "visit" in (a.mode, b.mode):
        if months or (not a.date and not b.date and same_place):
            return strength
    return 0


def _act_link(a: Report, b: Report, settings: FusionSettings) -> int:
    similar = overlap(a, b) or 0.0
    if not a.sources & b.sources:  # one report does not say who acted: the same day and much alike
        return int(not (a.sources and b.sources) and _same_day(a, b) and similar >= settings.act_undated_overlap)
    same_target = bool(a.targets & b.targets)
    one_target = not (a.targets and b.targets)  # "пригрозил выходом из договора": whom, one report does not say
    if _day(a) and _day(b) and a.date == b.date and (same_target or one_target) \
            and similar >= settings.act_same_day_overlap:
        return 3 if same_target else 2
    if (same_target or not (a.targets and b.targets)) and similar >= settings.act_undated_overlap:
        return 1 + same_target
    return 0
