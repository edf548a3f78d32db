"""Who may hold a stance: a state, one of its officials or bodies, an international organisation or a party to a
conflict, as events' actors are (``events.actors.Actors``).  A company, a club, a court of sport or a company's
officer holds none (``акционеры выразили протест``, ``тренер назвал решение судей неприемлемым``).  In a sport
document (``Actors.sport``) a country is its team; in a document that names no state actor at all
(``Actors.diplomatic``) a person or an organisation is a private one: there only countries, officials and bodies
hold stances.  Elsewhere a person holds one unless he is a company's officer or has a position of sport
(``главный тренер клуба``): a position the lists do not know as an office (``директор департамента``,
``председатель комитета``) or none named (an activist) does, and so does an organisation the lists do not know."""
from __future__ import annotations

from ...morph import lemma
from ...records import Document
from ...settings import Settings
from ..events.actors import SPORT, Actors


class Holders:
    """The document's actors read once, and the check of each holder."""

    def __init__(self, doc: Document, settings: Settings):
        self.actors = Actors.of(doc, settings.events)
        self.types = {e.id: e.type for e in doc.entities}
        self.roles = doc.roles

    def may_hold(self, holder: str) -> bool:
        a = self.actors
        if holder in a.officials or holder in a.bodies:
            return True
        if a.sport:
            return False
        kind = self.types.get(holder)
        if kind not in ("person", "organization"):
            return True  # a country
        if not a.diplomatic:
            return False
        if kind == "organization":
            return True  # a body the lists do not know (an alliance of states, an authority)
        # a company's officer, a coach or a player ("главный тренер клуба"): no office, whatever his country
        return holder not in a.corporate and not any(lemma(w) in SPORT for w in self.position_words(holder))

    def position_words(self, person: str) -> list[str]:
        return [w for r in self.roles if r.person == person for w in r.position.split()]
