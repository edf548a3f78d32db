"""Offices a state gives one person at a time: another holder of the same office of a country keeps a role from
being made that country's."""
from __future__ import annotations

from ...records import Role
from .lexicon import one_holder


def held_by_other(r: Role, roles: list[Role], country: str) -> bool:
    """Does another person of the document hold the role's position of ``country`` now (``_one_office``), a position a
    state gives one person at a time (``premier-minister A of X`` … ``premier-minister B``: B is not X's)?"""
    return not r.former and one_holder(r.position) and any(
        x.person != r.person and x.of == country and _one_office(x.position, r.position) and not x.former
        for x in roles)


def _one_office(a: str, b: str) -> bool:
    """Are two positions one office, the same or one with its added portfolio (``министр иностранных дел`` and
    ``министр иностранных дел и сотрудничества``)?"""
    return a == b or a.startswith(b + " и ") or b.startswith(a + " и ")
