"""Identifiers of entities: a country is ``e:iso-XX`` (its ISO 3166 code), any other entity ``e:`` and a
hash of its type and folded name, so that ids are stable across documents and runs."""
from __future__ import annotations

import hashlib

from .morph import fold

COUNTRY_PREFIX = "e:iso-"


def entity_id(type_: str, name: str) -> str:
    return "e:" + hashlib.sha1(f"{type_}|{fold(name)}".encode()).hexdigest()[:12]


def country_id(code: str) -> str:
    """``JP`` → ``e:iso-JP``."""
    return f"{COUNTRY_PREFIX}{code}"


def is_country(entity: str | None) -> bool:
    """Is the id a country's (``e:iso-XX``)?"""
    return bool(entity) and entity.startswith(COUNTRY_PREFIX)


def country_code(entity: str | None) -> str | None:
    """``e:iso-JP`` → ``JP``; None for any other id."""
    return entity[len(COUNTRY_PREFIX):] if is_country(entity) else None
