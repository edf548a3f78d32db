"""The chronicle as flat tables, one per record kind, for CSV and Parquet (``khronika export --format
csv|parquet``, and ``--csv`` of the listing commands): documents, entities, events, quotes, stances,
formats.  Built from the API's records (``api/data.py``: the export's records with names and ISO codes
inline), so each row says who, not only which id.

A table is ``(columns, rows)``: ``columns`` names each column with its type (``str``, ``int``,
``bool``, ``list``: a list of strings), ``rows`` are dicts with those keys.  CSV writes a list as its
items joined with ``"; "``; Parquet keeps it a list.  The lists of an event's participants
(``participant_ids``, ``participant_names``, ``participant_codes``, ``participant_roles``) are
parallel: the n-th item of each is the same participant.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

Columns = tuple[tuple[str, str], ...]

DOCUMENT_COLUMNS: Columns = (
    ("id", "str"), ("path", "str"), ("source", "str"), ("title", "str"), ("published", "str"),
    ("published_precision", "str"), ("published_from", "str"), ("url", "str"), ("language", "str"),
    ("dateline_place", "str"), ("content_hash", "str"), ("n_mentions", "int"), ("text", "str"))
ENTITY_COLUMNS: Columns = (
    ("id", "str"), ("type", "str"), ("name", "str"), ("name_en", "str"), ("code", "str"), ("country", "str"),
    ("aliases", "list"), ("titles", "list"), ("roles", "list"))
EVENT_COLUMNS: Columns = (
    ("id", "str"), ("date", "str"), ("date_precision", "str"), ("type", "str"), ("mode", "str"),
    ("factuality", "str"), ("participants", "str"), ("participant_ids", "list"), ("participant_names", "list"),
    ("participant_codes", "list"), ("participant_roles", "list"), ("countries", "list"), ("place", "str"),
    ("place_name", "str"), ("format", "str"), ("format_name", "str"), ("round", "int"), ("topics", "list"),
    ("trigger", "str"),
    ("n_documents", "int"), ("documents", "list"), ("sources", "list"), ("evidence", "str"),
    ("evidence_all", "list"), ("conflicts", "str"))
QUOTE_COLUMNS: Columns = (
    ("id", "str"), ("speaker", "str"), ("speaker_name", "str"), ("speaker_code", "str"), ("text", "str"),
    ("direct", "bool"), ("cue", "str"), ("event", "str"), ("doc", "str"), ("published", "str"), ("source", "str"),
    ("start", "int"), ("end", "int"), ("evidence", "str"))
STANCE_COLUMNS: Columns = (
    ("holder", "str"), ("holder_name", "str"), ("holder_code", "str"), ("other", "str"), ("other_name", "str"),
    ("other_code", "str"), ("polarity", "str"), ("topic", "str"), ("cue", "str"), ("doc", "str"),
    ("published", "str"), ("start", "int"), ("end", "int"), ("evidence", "str"))
FORMAT_COLUMNS: Columns = (
    ("format", "str"), ("name", "str"), ("type", "str"), ("level", "str"), ("sides", "list"), ("side_names", "list"),
    ("status", "str"), ("date", "str"), ("date_precision", "str"), ("round", "int"), ("events", "list"),
    ("docs", "list"), ("evidence", "str"))


def participant_label(p: dict) -> str:
    """``Сергей Лавров (RU)``, ``→`` after a source, ``←`` after a target."""
    code = f" ({p['code']})" if p.get("code") else ""
    mark = {"source": " →", "target": " ←"}.get(p["role"], "")
    return f"{p.get('name') or p['entity']}{code}{mark}"


def event_row(e: dict) -> dict:
    """A row of the events table from an ``/events`` record."""
    ps = e["participants"]
    return {"id": e["id"], "date": e["date"], "date_precision": e["date_precision"], "type": e["type"],
            "mode": e["mode"], "factuality": e["factuality"], "participants": "; ".join(map(participant_label, ps)),
            "participant_ids": [p["entity"] for p in ps], "participant_names": [p.get("name") or "" for p in ps],
            "participant_codes": [p.get("code") or "" for p in ps], "participant_roles": [p["role"] for p in ps],
            "countries": e["countries"], "place": e["place"], "place_name": e["place_name"], "format": e["format"],
            "format_name": e.get("format_name"),
            "round": e["round"], "topics": e["topics"], "trigger": e["trigger"], "n_documents": len(e["sources"]),
            "documents": [d.get("title") or d.get("path") or d["id"] for d in e["documents"]],
            "sources": e["sources"], "evidence": e["evidence"][0]["text"] if e["evidence"] else None,
            "evidence_all": [x["text"] for x in e["evidence"]],
            "conflicts": _json(e["conflicts"]) if e.get("conflicts") else None}


def entity_row(e: dict, names: dict[str, str]) -> dict:
    roles = [", ".join(x for x in (("экс-" if r["former"] else "") + r["position"], names.get(r["of"], r["of"] or ""),
                                   r["date"] or "") if x) for r in e["roles"]]
    return {**{k: e[k] for k in ("id", "type", "name", "name_en", "code", "country", "aliases", "titles")},
            "roles": roles}


def quote_row(q: dict, code: Callable[[str | None], str | None]) -> dict:
    ev = q["evidence"]
    return {"id": q["id"], "speaker": q["speaker"], "speaker_name": q["speaker_name"],
            "speaker_code": code(q["speaker"]), "text": q["text"], "direct": q["direct"], "cue": q["cue"],
            "event": q["event"], "doc": ev["doc"],
            "published": q["document"]["published"], "source": q["document"]["source"], "start": ev["start"],
            "end": ev["end"], "evidence": ev["text"]}


def stance_row(x: dict, code: Callable[[str | None], str | None]) -> dict:
    ev = x["evidence"]
    return {"holder": x["holder"], "holder_name": x["holder_name"], "holder_code": code(x["holder"]),
            "other": x["other"], "other_name": x["other_name"], "other_code": code(x["other"]),
            "polarity": x["polarity"], "topic": x["topic"], "cue": x["cue"], "doc": ev["doc"],
            "published": x["document"]["published"], "start": ev["start"], "end": ev["end"], "evidence": ev["text"]}


def format_rows(f: dict) -> list[dict]:
    """One row per entry of a format's history (one with no status for a format without history)."""
    head = {"format": f["id"], "name": f["name"], "type": f["type"], "level": f.get("level"), "sides": f["sides"],
            "side_names": [n or "" for n in f["side_names"]]}
    empty = {"status": None, "date": None, "date_precision": None, "round": None, "events": [], "docs": [],
             "evidence": None}
    return [{**head, **{k: h.get(k) for k in empty}} for h in f["history"]] or [{**head, **empty}]


def tables(records) -> dict[str, tuple[Columns, list[dict]]]:
    """Every table of a ``Chronicle`` (``api/data.py``), by name, in the order they are written."""
    names = {i: e["name"] for i, e in records.entities.items()}

    def code(entity_id: str | None) -> str | None:
        return (records.entity(entity_id) or {}).get("code") if entity_id else None

    documents = [{k: d.get(k) for k, _ in DOCUMENT_COLUMNS} for d in records.documents.values()]
    return {"documents": (DOCUMENT_COLUMNS, documents),
            "entities": (ENTITY_COLUMNS, [entity_row(e, names) for e in records.entities.values()]),
            "events": (EVENT_COLUMNS, [event_row(e) for e in records.events]),
            "quotes": (QUOTE_COLUMNS, [quote_row(q, code) for q in records.quotes]),
            "stances": (STANCE_COLUMNS, [stance_row(x, code) for x in records.stances]),
            "formats": (FORMAT_COLUMNS, [r for f in records.formats for r in format_rows(f)])}


def cell(value, kind: str) -> str:
    """A value as a CSV cell: nothing for ``None``, lists joined with ``"; "``, booleans as true/false."""
    if value is None:
        return ""
    if kind == "list":
        return "; ".join(str(v) for v in value)
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula


def spreadsheet_safe(text: str, kind: str) -> str:
    """A text cell that a spreadsheet would read as a formula ("=HYPERLINK(…)", "- сказал он") behind an
    apostrophe, as OWASP advises for CSV; numbers are left alone."""
    return "'" + text if kind in ("str", "list") and text.startswith(FORMULA_STARTS) else text


def write_csv(columns: Columns, rows: Iterable[dict], out) -> int:
    """Write a table as CSV (a header line, then one line per row); returns the row count."""
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in columns])
    n = 0
    for row in rows:
        writer.writerow([spreadsheet_safe(cell(row.get(name), kind), kind) for name, kind in columns])
        n += 1
    return n


def _json(value) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)
