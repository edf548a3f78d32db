"""Resolution across documents, over the store's organisations: an abbreviation that some document names alone
(``ФО``, ``FLA``) is the one organisation of the store that has it as an alias, because another document
introduced it after the full name (``«Фронт освобождения Анд» (FLA)``, ``stages/acronyms.py``).  Conservative: the
organisation must have a name of several words and, when both have a country, the same one; with two such
organisations the abbreviation stays itself.  The full name stays the entity's name (the abbreviation is linked to
it, never the other way round)."""
from __future__ import annotations

from .morph import fold
from .stages.acronyms import is_acronym


def acronym_links(orgs: list[dict]) -> dict[str, str]:
    """Organisation id (named by an abbreviation) → the id of the one organisation with a full name that has the
    abbreviation among its aliases."""
    owners: dict[str, set[str]] = {}
    for e in orgs:
        if " " in e["name"]:
            for alias in e["aliases"]:
                if is_acronym(alias):
                    owners.setdefault(fold(alias), set()).add(e["id"])
    by_id = {e["id"]: e for e in orgs}
    out: dict[str, str] = {}
    for e in orgs:
        found = owners.get(fold(e["name"]), set()) - {e["id"]} if is_acronym(e["name"]) else set()
        if len(found) == 1:
            target = by_id[next(iter(found))]
            if e["country"] is None or target["country"] in (None, e["country"]):
                out[e["id"]] = target["id"]
    return out
