"""The side an official speaks for in the sentence that tells his words: ``По словам министра иностранных дел X,
Гондурас «не откажется от своих прав»``, ``как пояснил министр X, Коломбо хотел бы …``, ``ноту, в которой Нигерия
потребовала …, — сообщила официальный представитель министерства X``.  A sentence whose subjects name one state, and
which names no other, tells whose office an unmarked one in it is."""
from __future__ import annotations

import dataclasses

from ... import gazetteer
from ...ids import country_id
from ...records import Document, Role, Token
from ...settings import RoleSettings
from ...view import MentionIndex
from .about import capital_of, kin, surname_blind
from .holders import held_by_other
from .lexicon import of_a_state
from .places import sentence_at


def with_spoken_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country told in a sentence whose subjects name one state, by its name or its
    capital (``_spoken_for``), is of that state, when the holder's surname is its kind (``about.kin``) and no other
    person holds the office of it (``held_by_other``).  Weaker than what the document's dateline or the country it
    names most tell, and read after them."""
    out = []
    for r in roles:
        if r.of is None and of_a_state(r.position) and idx.entity(r.person) is not None \
                and (sentence := sentence_at(doc, r.position_start)) is not None \
                and (side := _spoken_for(list(sentence.tokens), idx)) is not None \
                and not held_by_other(r, roles, side[0]) and kin(r, idx, side[0], blind=surname_blind(doc, side[0])):
            r = dataclasses.replace(r, of=side[0], of_start=side[1], of_stop=side[2])
        out.append(r)
    return out


def _spoken_for(tokens: list[Token], idx: MentionIndex) -> tuple[str, int, int] | None:
    """(the state, the offsets of its mention) the subjects of a sentence name, by name or capital (``Гондурас не
    откажется``, ``Коломбо хотел бы``), when they name one and the sentence names no other state, by name, capital or
    adjective (not ``Министр X прибыл в Манагуа, где Гондурас …``); else None."""
    told: dict[str, tuple[str, int, int]] = {}
    named: set[str] = set()
    for t in tokens:
        m = idx.inner(t)
        state = (m.entity if idx.kind(m) == "country" else capital_of(m)) if m is not None else None
        if state is None and t.pos == "ADJ" and (a := gazetteer.adjective_country(t.text)) is not None:
            state = country_id(a.code)
        if state is None:
            continue
        named.add(state)
        if t.rel.startswith("nsubj") and m is not None:
            told.setdefault(state, (state, m.start, m.stop))
    return next(iter(told.values())) if len(told) == 1 and named == set(told) else None
