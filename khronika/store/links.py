"""Cross-document resolution as the store reads it.

Resolution (``resolve.py``) records that an entity is the same as another (``entities.same_as``);
nothing else changes in the database, so a later document can undo or change a link.  The readers
of the store apply the links: facts name the entity a link points to, and the entity list shows
the linked entity's names, titles and country under the entity it is the same as (as a merge of
the two would), not as an entity of its own.
"""
from __future__ import annotations

from .rows import sorted_unique

# The columns of each table that hold entity ids (``events.participants`` aside: a JSON list).
REFERENCES: dict[str, tuple[str, ...]] = {
    "mentions": ("entity",), "roles": ("person", "of"), "events": ("place",), "quotes": ("speaker",),
    "stances": ("holder", "other"), "entities": ("country",)}


class Links:
    """Entity id → the id of the entity it is the same as (absent when it is its own)."""

    def __init__(self, same_as: dict[str, str]):
        self.same_as = same_as

    def __call__(self, entity: str | None) -> str | None:
        return self.same_as.get(entity, entity) if entity else entity

    def __bool__(self) -> bool:
        return bool(self.same_as)

    def rows(self, table: str, rows: list[dict]) -> list[dict]:
        """``rows`` of ``table`` with their entity ids resolved (the rows are changed in place)."""
        if not self.same_as:
            return rows
        for row in rows:
            for column in REFERENCES.get(table, ()):
                row[column] = self(row[column])
            if table == "events":
                row["participants"] = self.participants(row["participants"])
        return rows

    def participants(self, participants: list[dict]) -> list[dict]:
        """Participants with linked entities resolved, each entity kept once (where it first
        comes), the more specific role winning over ``participant``."""
        if not any(p["entity"] in self.same_as for p in participants):
            return participants
        out: dict[str, str] = {}
        for p in participants:
            entity = self(p["entity"])
            if out.get(entity, "participant") == "participant":
                out[entity] = p["role"]
        return [{"entity": e, "role": r} for e, r in out.items()]

    def entities(self, rows: list[dict]) -> list[dict]:
        """Entity rows as resolution shows them: an entity linked to another is left out, its name
        and aliases become the other's aliases, its titles the other's titles, its country fills
        the other's if missing (links in id order); countries resolved."""
        by_id = {r["id"]: r for r in rows}
        out = [r for r in rows if r["id"] not in self.same_as]
        for source in sorted(self.same_as):
            row, target = by_id.get(source), by_id.get(self.same_as[source])
            if row is None or target is None:
                continue
            target["aliases"] = sorted_unique((*target["aliases"], row["name"], *row["aliases"]),
                                              exclude=target["name"])
            target["titles"] = sorted_unique((*target["titles"], *row["titles"]))
            target["country"] = target["country"] or row["country"]
        return self.rows("entities", out)
