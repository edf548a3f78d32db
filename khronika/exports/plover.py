"""PLOVER/POLECAT-style event records (``khronika export --format plover``): one record per fused event,
named as POLECAT names its columns (in snake case), so that the output loads next to POLECAT data.

- ``event_id``, ``event_date`` (ISO, cut to its precision: ``date_precision`` says which),
  ``event_type`` (one of PLOVER's types), ``event_mode`` (khronika's mode of it: meet, call, visit…),
  ``quad_code`` (PLOVER's quad category of the type), ``contexts`` (what the event is about, as the text
  names it: khronika's ``topics``), ``factuality`` (khronika's: POLECAT codes events that occurred).
- ``actors`` and ``recipients``: lists of ``{actor_name, actor_country, actor_country_iso2, actor_type,
  actor_title, actor_id}`` (``recipient_…`` likewise); the country is ISO 3166 alpha-3 as in POLECAT
  (alpha-2 beside it), the type khronika's (person, country, organization…), the title the last office
  the texts gave a person.  Sources are actors and targets recipients (``directed: true``); the other
  participants join the side of their country, the actors' side being that of the first participant
  whose country is no target's (so a meeting of Russian and Japanese officials has the Russian ones
  as actors, the Japanese as recipients, ``directed: false``); participants without a country code
  (a ministry the texts do not tie to one) are ``other_participants``.
- ``placename``, ``place_id``, ``format`` (the format record's id), ``format_name``, ``round``; ``event_text``
  (the first evidence sentence), ``evidence`` (every sentence, with its document and offsets), ``story_ids``
  (the documents), ``stories`` (each with ``headline``, ``source``, ``publication_date``, ``url``), ``language``.
"""
from __future__ import annotations

import pycountry

# PLOVER's quad categories of its sixteen types (REQUEST with the verbal cooperation of CAMEO's
# appeals, ACCUSE with the verbal conflict of its disapproval).
QUAD = {**dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST"), "verbal cooperation"),
        **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
        **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal conflict"),
        **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict")}


def alpha3(code: str | None) -> str | None:
    """ISO 3166-1 alpha-3 of an alpha-2 code (``RU`` → ``RUS``), or ``None``."""
    found = pycountry.countries.get(alpha_2=code) if code else None
    return found.alpha_3 if found else None


def _party(p: dict, entity: dict | None, prefix: str) -> dict:
    roles = (entity or {}).get("roles") or []
    title = roles[-1]["position"] if roles else None
    return {f"{prefix}_name": p.get("name") or p["entity"], f"{prefix}_country": alpha3(p.get("code")),
            f"{prefix}_country_iso2": p.get("code"), f"{prefix}_type": p.get("type"), f"{prefix}_title": title,
            f"{prefix}_id": p["entity"]}


def sides(participants: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """Actors, recipients and the others of an event's participants (with ``code`` inline).  Sources are
    actors and targets recipients; an undirected participant joins the side of its country (the
    actors' side is that of the first participant whose country no target has); one with no country
    code is neither."""
    src = [p for p in participants if p["role"] == "source"]
    tgt = [p for p in participants if p["role"] == "target"]
    rest = [p for p in participants if p["role"] not in ("source", "target")]
    actor_codes = {p.get("code") for p in src if p.get("code")}
    if not actor_codes:
        target_codes = {p.get("code") for p in tgt}
        first = next((p for p in rest if p.get("code") and p.get("code") not in target_codes), None)
        actor_codes = {first["code"]} if first else set()
    actors = src + [p for p in rest if p.get("code") in actor_codes]
    recipients = tgt + [p for p in rest if p.get("code") and p.get("code") not in actor_codes]
    others = [p for p in rest if not p.get("code")]
    if not actors and not recipients:
        return others[:1], others[1:], []
    return actors, recipients, others


def plover_record(e: dict, entities: dict[str, dict]) -> dict:
    """The POLECAT-style record of an ``/events`` record; ``entities``: entity records by id."""
    actors, recipients, others = sides(e["participants"])
    directed = any(p["role"] in ("source", "target") for p in e["participants"])
    return {"event_id": e["id"], "event_date": e["date"], "date_precision": e["date_precision"],
            "event_type": e["type"], "event_mode": e["mode"], "quad_code": QUAD.get(e["type"]),
            "contexts": e["topics"], "factuality": e["factuality"], "directed": directed,
            "actors": [_party(p, entities.get(p["entity"]), "actor") for p in actors],
            "recipients": [_party(p, entities.get(p["entity"]), "recipient") for p in recipients],
            "other_participants": [_party(p, entities.get(p["entity"]), "participant") for p in others],
            "placename": e["place_name"], "place_id": e["place"], "format": e["format"],
            "format_name": e.get("format_name"), "round": e["round"],
            "event_text": e["evidence"][0]["text"] if e["evidence"] else None,
            "evidence": e["evidence"], "story_ids": e["sources"],
            "stories": [{"story_id": d["id"], "headline": d.get("title"), "source": d.get("source"),
                         "publication_date": d.get("published"), "url": d.get("url")} for d in e["documents"]],
            "language": "ru"}


def plover_records(records) -> list[dict]:
    """The POLECAT-style records of every event of a ``Chronicle`` (``api/data.py``), in date order."""
    return [plover_record(e, records.entities) for e in records.events]
