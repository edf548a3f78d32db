"""What two reports must agree on besides their type and dates (``rules.compatible``): their places, their sides and
the persons holding one office; and the persons two reports have in common."""
from __future__ import annotations

from .modes import MULTI as _MULTI
from .report import Report, same_person


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
    # a visit may take in two cities of one country; a building lies in a city its name does not tell
    return "visit" in (a.mode, b.mode) or pa.building or pb.building


def sides_agree(a: Report, b: Report) -> bool:
    if not a.sides or not b.sides:
        return True
    shared = a.sides & b.sides
    if not shared:  # a session of a named mechanism told by each report with some of its members
        return _MULTI in (a.mode, b.mode) and bool(a.mechanisms & b.mechanisms)
    if _MULTI in (a.mode, b.mode) or a.type != "CONSULT":
        return True
    if a.sides ^ b.sides <= a.members | b.members:
        return True  # the ministers of an organisation's states met: each report names others of its members
    return len(shared) >= 2 or len(a.sides) < 2 or len(b.sides) < 2


def offices_agree(a: Report, b: Report) -> bool:
    for office in a.offices.keys() & b.offices.keys():
        pa = [p for p in a.persons if p.id in a.offices[office]]
        pb = [p for p in b.persons if p.id in b.offices[office]]
        if not any(same_person(x, y) for x in pa for y in pb):
            return False
    return True


def shared_persons(a: Report, b: Report) -> list[tuple]:
    return [(x, y) for x in a.persons for y in b.persons if same_person(x, y)]
