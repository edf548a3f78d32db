"""Rows of the store from records and records from rows, field by field: one record shape.

A fact table (``FACTS``) has one column per field of its record under the field's name, plus
``doc`` and what only the store keeps (``ROW_ONLY``).  A ``PartialDate`` field ``date`` is two
columns, ``date`` (ISO cut to the precision, so that SQL can sort and filter) and
``date_precision``; a field holding records (participants, further sentences) holds their JSON.
"""
from __future__ import annotations

import dataclasses
import functools

from .. import lexicon
from ..morph import fold
from ..records import Document, Entity, Event, Mention, PartialDate, Quote, Role, Stance
from ..stages.acronyms import is_acronym
from ..translit import final_blurred, name_words, skeleton, solid_skeleton
from .models import DocumentRow, EntityRow, EventRow, MentionRow, QuoteRow, RoleRow, StanceRow

# Document fields with a table of their own: its record and its model.
FACTS: dict[str, tuple[type, type]] = {
    "mentions": (Mention, MentionRow), "roles": (Role, RoleRow), "events": (Event, EventRow),
    "quotes": (Quote, QuoteRow), "stances": (Stance, StanceRow)}
# Columns of a fact table that hold no field of its record: the row's own id where the record has
# none, the document, the fused event, a date's precision (the date is one field, two columns).
ROW_ONLY = frozenset({"id", "doc", "grp", "date_precision"})
# Document fields stored in columns of their own, under the same name; ``published`` is a date.
DOCUMENT_COLUMNS = ("id", "path", "raw", "text", "format", "title", "source", "url",
                    "published_from", "dateline_place", "language", "content_hash", "removed")
# Document fields only the ingest that annotated a document reads (``day_month``, for its reference date): not
# stored, nor named among the fields the stages provided (``done``), so a document reads back as before them.
UNSTORED = frozenset({"day_month"})
# Everything else of a Document goes to ``annotations``, except what has a table of its own.
NOT_ANNOTATIONS = frozenset(DOCUMENT_COLUMNS) | {"entities", *UNSTORED, *FACTS}
ENTITY_FIELDS = tuple(f.name for f in dataclasses.fields(Entity))


@functools.cache
def _date_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.type in ("PartialDate", PartialDate))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def fact_row(doc_id: str, record) -> dict:
    """The row of a fact record of document ``doc_id``: its fields under their names."""
    row = record.to_json()
    for name in _date_fields(type(record)):
        date: PartialDate = getattr(record, name)
        row[name], row[f"{name}_precision"] = date.iso(), date.precision
    row["doc"] = doc_id
    return row


def fact_rows(doc: Document, field: str) -> list[dict]:
    """The rows of ``doc``'s facts of one kind; of mentions with the same span, the first is kept
    (a span is unique in the table)."""
    rows = [fact_row(doc.id, r) for r in getattr(doc, field)]
    if field != "mentions":
        return rows
    spans: dict[tuple[int, int], dict] = {}
    for r in rows:
        spans.setdefault((r["start"], r["stop"]), r)
    return list(spans.values())


def fact_json(cls: type, row: dict) -> dict:
    """A row of ``cls``'s table as the record's JSON (for ``cls.from_json``)."""
    data = {name: row[name] for name in _field_names(cls)}
    for name in _date_fields(cls):
        data[name] = PartialDate.from_iso(row[name]).to_json()
    return data


def fact_columns(field: str) -> tuple:
    """The columns of a fact table that readers get: all but a row id the record does not have."""
    record, model = FACTS[field]
    row_id = "id" not in {f.name for f in dataclasses.fields(record)}
    return tuple(c for c in model.__table__.c if not (row_id and c.name == "id"))


def document_row(doc: Document, ingested_at) -> DocumentRow:
    data = doc.replace(**dict.fromkeys(NOT_ANNOTATIONS - set(DOCUMENT_COLUMNS), ())).to_json()  # facts: own tables
    annotations = {k: v for k, v in data.items() if k not in NOT_ANNOTATIONS}  # the full date (a weekday) too
    annotations["done"] = [name for name in annotations["done"] if name not in UNSTORED]
    return DocumentRow(**{name: data[name] for name in DOCUMENT_COLUMNS},
                       published=doc.published.iso(), published_precision=doc.published.precision,
                       annotations=annotations, ingested_at=ingested_at, khronika_version=current_version())


def current_version() -> str:
    """The version of this khronika, recorded with each document it annotates."""
    from .. import __version__

    return __version__


def document_json(row: dict) -> dict:
    """A ``documents`` row as ``Document`` JSON, without its facts and entities."""
    data = {name: row[name] for name in DOCUMENT_COLUMNS}
    data.update(row["annotations"])
    data.setdefault("published", PartialDate.from_iso(row["published"]).to_json())
    return data


def merge_duplicates(entities: tuple[Entity, ...]) -> list[Entity]:
    """One entity per id: aliases and titles pooled, the first one's other fields kept."""
    merged: dict[str, Entity] = {}
    for e in entities:
        first = merged.get(e.id)
        if first is None:
            merged[e.id] = e
        else:
            merged[e.id] = first.replace(aliases=first.aliases + (e.name,) + e.aliases,
                                         titles=first.titles + e.titles,
                                         country=first.country or e.country,
                                         code=first.code or e.code)
    return list(merged.values())


def surname_key(name: str) -> str | None:
    """What resolution compares of a person's name: the skeleton of its last word."""
    words = name.split()
    return skeleton(words[-1]) or None if words else None


def person_keys(name: str, aliases=()) -> set[str]:
    """The words by which a person may be the person of another name (``resolve``): every word of its name and
    aliases but a first given name and initials (``Хуан Перес Лопес``: перес, лопес; ``Перес``; ``Х. Перес``),
    as skeletons: a short name, another transcription or a surname alone finds it, and it them."""
    keys = set()
    for written in (name, *aliases):
        words = name_words(written)
        full = len(words) >= 2 and words[0] == written.split()[0]
        keys.update(k for w in words[1 if full else 0:] if (k := skeleton(w)) and k not in _PARTICLES)
        if full and len(words) > 2 and (solid := solid_skeleton(words)):  # "Чхве Сон Мин" finds "Чхве Сонмин"
            keys.add(solid)  # (resolve.variant_links)
    return keys | {b for k in keys if (b := final_blurred(k))}  # "Мабанги" finds "Питер Мабанге" (resolve)


def abbreviation_keys(name: str, aliases=()) -> set[str]:
    """The keys by which an organisation named by an abbreviation finds the one that has it as an alias
    (``resolve_orgs``): ``abbr:`` and each abbreviation of its name and aliases, folded (no person's key)."""
    return {"abbr:" + fold(a) for a in (name, *aliases) if is_acronym(a)}


def index_keys(row) -> set[str]:
    """An entity row's keys in the name index of resolution: a person's name words, an organisation's abbreviations."""
    if row.type == "person":
        return person_keys(row.name, row.aliases or [])
    return abbreviation_keys(row.name, row.aliases or []) if row.type == "organization" else set()


# Words of descent and family (``бин``, ``да``: ``data/names_endings.tsv``) and articles are nobody's key.
_PARTICLES = {skeleton(w) for row in ("NASAB_PARTICLES", "FAMILY_PARTICLES", "ARTICLE_PREFIXES")
              for w in lexicon.words("names_endings.tsv")[row]}


def upsert_entity(s, e: Entity, stored: dict | None = None) -> EntityRow:
    """Insert ``e`` or merge it into the stored one (``merge_entity``).  ``stored``: the rows of the
    entities that are stored, read beforehand (id → row; an id not in it is not stored).  Returns the
    entity's row."""
    row = s.get(EntityRow, e.id) if stored is None else stored.get(e.id)
    if row is None:
        row = EntityRow(**entity_columns(e))
        s.add(row)
        return row
    merge_entity(row, e)
    return row


def entity_columns(e: Entity) -> dict:
    """The columns of a new entity's row: aliases (its name left out) and titles sorted and unique, a
    person's surname key."""
    return {"id": e.id, "type": e.type, "name": e.name, "code": e.code, "country": e.country,
            "aliases": sorted_unique(e.aliases, exclude=e.name), "titles": sorted_unique(e.titles),
            "surname": surname_key(e.name) if e.type == "person" else None}


def merge_entity(row, e: Entity) -> None:
    """Merge ``e`` into an entity's ``row`` (a stored row, or any object with its columns as attributes):
    aliases (a different name included) and titles pooled, sorted and unique; the name is the fuller of
    the two (longest, then first in order) so that it does not depend on which document came first;
    type kept; country and code filled if missing."""
    name = max((row.name, e.name), key=lambda n: (len(n), n))  # the fuller name, whatever came first
    row.aliases = sorted_unique((*row.aliases, row.name, e.name, *e.aliases), exclude=name)
    row.name = name
    if row.type == "person":
        row.surname = surname_key(name)
    row.titles = sorted_unique((*row.titles, *e.titles))
    row.country = row.country or e.country
    row.code = row.code or e.code


def sorted_unique(values, exclude: str | None = None) -> list[str]:
    return sorted({v for v in values if v and v != exclude})



def set_published(row: DocumentRow, date: PartialDate, provenance: str) -> None:
    """A document row's date, its precision and where it came from (its annotations too)."""
    row.published, row.published_precision, row.published_from = date.iso(), date.precision, provenance
    row.annotations = {**row.annotations, "published": date.to_json()}
