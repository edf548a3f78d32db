"""Resolution across documents, over the store's organisations: an abbreviation that some document names alone
(``ФО``, ``FLA``) is the one organisation of the store that has it as an alias, because another document
introduced it after the full name (``«Фронт освобождения Анд» (FLA)``, ``stages/acronyms.py``).  Conservative: the
organisation must have a name of several words and the same country or none as the abbreviation (``МИД`` alone is
no country's ``МИД России``); an abbreviation the gazetteer knows (``ЕС``, ``МИД``) is never linked, nor one with two
such organisations.  The full name stays the entity's name (the abbreviation is linked to
it, never the other way round)."""
from __future__ import annotations

from . import gazetteer
from .morph import fold
from .stages.acronyms import is_acronym


def _unknown(name: str) -> bool:
    """An abbreviation the gazetteer does not know: not an international organisation's (``ЕС``, one entity of its own
    everywhere), nor a national body's that names no country (``МИД``, every country has one)."""
    return is_acronym(name) and gazetteer.org_name(name) is None and name.lower() not in gazetteer.ministries()


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
        found = owners.get(fold(e["name"]), set()) - {e["id"]}
        if len(found) == 1 and _unknown(e["name"]) and (target := by_id[next(iter(found))])["country"] == e["country"]:
            out[e["id"]] = target["id"]
    return out
