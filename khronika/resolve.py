"""Resolution across documents, first version: a person known in some document only by surname
(``Путин``, ``С.Лавров``) joins the one person of the store with that surname and a full name
(``Владимир Путин``), if exactly one such person exists and the initials agree.

The decision depends only on what the store holds, not on the order of ingestion.
"""
from __future__ import annotations

import re

from .morph import fold

INITIALS = re.compile(r"(?<![А-ЯЁA-Zа-яё])([А-ЯЁA-Z])\.\s*[А-ЯЁA-Z]")


def initials_of(aliases: list[str]) -> set[str]:
    """Initials seen before a surname in any alias: ``С.Лавров`` → {"с"}."""
    return {m.group(1).lower() for a in aliases for m in INITIALS.finditer(a)}


def surname_merges(persons: list[dict]) -> list[tuple[str, str]]:
    """Pairs (short entity id, full entity id) to merge; ``persons`` are entity dicts."""
    full: dict[str, list[dict]] = {}
    for e in persons:
        words = e["name"].split()
        if len(words) >= 2 and not words[0].endswith("."):
            full.setdefault(fold(words[-1]), []).append(e)
    merges = []
    for e in persons:
        if len(e["name"].split()) != 1:
            continue
        candidates = full.get(fold(e["name"]), [])
        wanted = initials_of(e.get("aliases") or [])
        if wanted:
            candidates = [c for c in candidates if fold(c["name"])[0] in wanted]
        if len(candidates) == 1:
            merges.append((e["id"], candidates[0]["id"]))
    return sorted(merges)


def resolve_store(store) -> int:
    """Apply the merges to the store; returns how many entities were merged away."""
    persons = [e for e in store.entities() if e["type"] == "person"]
    merges = surname_merges(persons)
    for src, dst in merges:
        store.merge_entities(src, dst)
    return len(merges)
