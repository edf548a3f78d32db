"""Offices of one government told in one list: ``министр иностранных дел Чили X и министр обороны Y``, ``с министром
иностранных дел Германии X и министром обороны Y``, ``министр финансов Перу X, министр экономики Y и …``.  News names
the country once, for the first office of the list; the next offices, told without one, are of it."""
from __future__ import annotations

import dataclasses
import re

from ...ids import is_country
from ...records import Document, Role
from ...settings import RoleSettings
from ...view import MentionIndex
from .about import kin, surname_blind
from .holders import held_by_other
from .lexicon import of_a_state

# what joins two persons' offices in one list: "и", a comma, "а также"
_JOIN = re.compile(r"\s*(?:,\s*)?(?:и|а также)?\s*")


def with_joined_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country, told before its holder's name right after another person's name and
    that person's office of a country, the two joined by ``и`` or a comma, is of that country — unless it is the same
    office (``министр иностранных дел Гайаны X и министр иностранных дел Y``: two states' ministers), another person
    holds it of that country (``held_by_other``), or the holder's surname is not that country's kind (``about.kin``:
    ``премьер-министр Индии X и президент Сидоров``).  Read in the text's order, so that a list of three passes the
    first one's country on."""
    order = sorted(range(len(roles)), key=lambda i: roles[i].person_start)
    out = list(roles)
    for i in order:
        r = out[i]
        if r.of is not None or not of_a_state(r.position) or r.position_stop > r.person_start:
            continue
        before = _listed_before(r, out, doc.text)
        if before is None or before.position == r.position or held_by_other(r, out, before.of) \
                or not kin(r, idx, before.of, blind=surname_blind(doc, before.of)):
            continue
        out[i] = dataclasses.replace(r, of=before.of, of_start=before.of_start, of_stop=before.of_stop)
    return out


def _listed_before(r: Role, roles: list[Role], text: str) -> Role | None:
    """The office of a country, held now, of the person named right before ``r``'s position in its sentence, joined to
    it by ``_JOIN``; None when there is none (or two, of two countries)."""
    found = [x for x in roles if x.person != r.person and x.start == r.start and x.of is not None and is_country(x.of)
             and not x.former and x.person_stop <= r.position_start
             and _JOIN.fullmatch(text[x.person_stop:r.position_start]) and text[x.person_stop:r.position_start].strip()]
    return found[0] if len({x.of for x in found}) == 1 else None
