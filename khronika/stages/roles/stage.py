"""The role stage: the roles (occupations) of the named persons of a document."""
from __future__ import annotations

from ...records import Document, Role
from ...settings import DEFAULT, Settings
from ...view import view
from ..entities import with_countries
from .about import with_counterpart, with_main_country
from .attach import descriptor_roles, predicative_roles
from .colleagues import with_colleagues_side, with_met_side
from .joined import with_joined_side
from .outlets import in_own_ministry, with_outlet_country, with_own_ministry_country
from .places import (
    complete_of,
    in_full,
    with_bare_ministry,
    with_named_body,
    with_own_country,
    with_own_ministry,
    with_own_mission,
    with_represented,
)
from .plural_titles import plural_roles, respective_roles
from .sides import (
    plural_by_known_side,
    plural_by_surname,
    with_acting_country,
    with_dateline_country,
    with_home_dateline,
    with_led_side,
    with_persons_side,
    with_reflexive_side,
    with_side_heading,
    with_unmarked_side,
)
from .speaking import with_spoken_side

# The document-wide completions of the roles read, in order: each gives an ``of`` to roles without one, so the
# stronger evidence runs first: what the text says of the holder (``своего посла``: the subject's country; a side's
# heading, a side he leads or represents, the country of his other offices, a ministry or mission named before him; a
# person's only side is read again once the sides led or represented are known: ``делегацию ДРК — государственный
# министр, министр иностранных дел X``; an office listed after another's of a country is of it, ``министр иностранных
# дел Чили X и министр обороны Y``), then whom he faces in a sentence (a counterpart, the side met, the side
# acting), then the dateline's country (a home outlet leaves its own side unmarked) or a home outlet's own (its credit
# or masthead), and only then the country the document names most (``Монтевидео, 3 марта`` and Paraguay named twice,
# Uruguay once: an unmarked minister is Uruguay's) or the other of a Slavic and a foreign side; a correspondent's
# dateline (``Вашингтон … /ТАСС/``) comes last but for the one state the subjects of the holder's sentence name
# (``По словам министра X, Гондурас «…»``: the side he speaks for), and an office in a ministry named bare
# (``представитель МИД``) whose country none of them told is of that ministry, in a foreign report that names its own
# ministry bare the one it names in full.
COMPLETIONS = (with_reflexive_side, with_side_heading, with_led_side, with_persons_side, with_colleagues_side,
               with_own_country, with_represented, with_persons_side, with_joined_side, complete_of, with_named_body,
               with_own_ministry, with_own_mission, with_counterpart, with_met_side, with_acting_country,
               with_home_dateline, with_outlet_country, with_own_ministry_country, with_main_country,
               with_unmarked_side, with_dateline_country, with_spoken_side, with_bare_ministry, in_own_ministry)


class RoleStage:
    """Reads ``text``, ``sentences``, ``mentions`` and ``entities``; writes ``roles``, and ``entities``
    with a country entity added for each country a role is of that the text names only by an
    adjective (``японский``)."""

    name = "roles"
    requires = frozenset({"text", "sentences", "mentions", "entities"})
    provides = frozenset({"roles", "entities"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings.roles

    def __call__(self, doc: Document) -> Document:
        v = view(doc)
        idx = v.mentions(doc)
        roles: list[Role] = []
        plural: list[Role] = []
        for sentence in doc.sentences:
            plural.extend(plural_roles(sentence, idx, self.settings))
            roles.extend(descriptor_roles(sentence, doc.text, idx, self.settings, roles))
            roles.extend(predicative_roles(sentence, v, idx, self.settings))
            roles.extend(respective_roles(sentence, idx, self.settings))
        for complete in COMPLETIONS:
            roles = complete(roles, doc, idx, self.settings)
        roles = in_full(roles)
        taken = {(r.person, r.position) for r in roles}
        roles += [r for r in plural_by_surname(plural, doc, idx, self.settings) if (r.person, r.position) not in taken]
        taken = {(r.person, r.position) for r in roles}
        roles += [r for r in plural_by_known_side(plural, roles, doc, idx, self.settings)
                  if (r.person, r.position) not in taken]
        return doc.replace(roles=tuple(roles), entities=with_countries(doc.entities, [r.of for r in roles]))
