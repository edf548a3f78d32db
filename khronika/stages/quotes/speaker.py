"""A speaker as resolved (``Speaker``) and the dependency relations speakers are read from."""
from __future__ import annotations

from dataclasses import dataclass

from .cues import PRONOUNS

SUBJECT = frozenset({"nsubj", "nsubj:pass"})
RELATIVE = frozenset({"который"})  # the lemma of the relative pronoun opening a clause
# "цитирует его/ее": the person quoted, of that gender
OBJECT_PRONOUNS = {**{w: "Masc" for w in PRONOUNS["HIS"]}, **{w: "Fem" for w in PRONOUNS["HER"]}}
IN = frozenset({"в", "во"})
OBJECTS = frozenset({"obj", "iobj"})


@dataclass
class Speaker:
    """The outcome of resolving a subject: an entity, or why there is none."""

    entity: str | None = None
    first_person: bool = False
    proxy: str | None = None  # an unnamed person speaking for the entity (its gender): "представитель МИД"
    title: str | None = None  # that person's title: "представитель"
    source: bool = False  # a news outlet or its reporter ("пишет газета", "передает ТАСС"): no speaker
    single: bool = False  # one unnamed person of a side ("иранский дипломат"): a person named before, or no one
