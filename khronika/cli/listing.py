"""The machine-readable output of `show --json` and `formats --json/--csv`."""
from __future__ import annotations

import json
import sys

import typer


def summary_json(store) -> dict:
    """``show --json``: documents (without text) with their mention counts, persons by mention count
    with their roles, and the totals."""
    from ..api.data import listed
    from ..export import document_record, person_roles

    counts = store.mention_counts()
    roles = person_roles(store)
    documents = [{**listed(document_record(d)), "n_mentions": d["n_mentions"]} for d in store.documents()]
    keys = ("position", "of", "former", "date")
    persons = sorted(({"id": e["id"], "name": e["name"], "mentions": counts.get(e["id"], 0),
                       "roles": [{k: r[k] for k in keys} for r in roles.get(e["id"], [])]}
                      for e in store.entities("person")), key=lambda p: (-p["mentions"], p["name"]))
    return {"documents": documents, "persons": persons, "counts": store.counts()}


def print_formats(store, as_csv: bool) -> None:
    """``formats --json`` (one format a line, as ``/formats`` gives it) or ``--csv`` (its table)."""
    from ..api.data import Chronicle

    found = Chronicle(store).formats
    if as_csv:
        from ..exports.tables import FORMAT_COLUMNS, format_rows, write_csv

        write_csv(FORMAT_COLUMNS, (r for f in found for r in format_rows(f)), sys.stdout)
        return
    for f in found:
        typer.echo(json.dumps(f, ensure_ascii=False))
