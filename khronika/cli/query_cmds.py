"""Questions to the chronicle: `event ID`, `entity NAME|ID`, `search QUERY`.  They read the store
read-only, through the API's functions (``api/``), so that the terminal and ``/events/{id}``,
``/entities/{id}`` and ``/search`` answer alike; ``--json`` prints what the API gives."""
from __future__ import annotations

import json
import sys

import typer
from rich.console import Console

from .common import DB_OPTION, app, existing_store, fail

JSON = typer.Option(False, "--json", help="Print the answer as JSON (the API's shape).")


def _console() -> Console:
    return Console(width=None if sys.stdout.isatty() else 160)


def _echo_json(value) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=1))


@app.command()
def event(event_id: str = typer.Argument(..., metavar="ID", help="A fused event's id (v:…), as `events` lists it."),
          db: str = DB_OPTION, as_json: bool = JSON):
    """Show one real-world event: its date, type, participants with ISO codes, place, format and round,
    and every source's evidence sentence highlighted in its document (with the quotes about it)."""
    from ..api.data import Chronicle
    from ..api.errors import ApiError
    from ..api.events import get_event

    with existing_store(db) as store:
        records = Chronicle(store)
        try:
            found = get_event(event_id, records)
        except ApiError:
            fail("E_NOT_FOUND", f"no event {event_id!r}; `khronika events` lists them")
        if as_json:
            _echo_json(found)
            return
        from .views import render_event

        texts = {d: store.document_text(d) for d in found["sources"]}
        render_event(found, texts, _console(), {i: e["name"] for i, e in records.entities.items()})


def matching(records, query: str) -> list[dict]:
    """Entities named ``query``: by id (or an id resolution linked), else by a name or alias equal to it
    (case and ё folded), else containing it."""
    from ..morph import fold

    found = records.resolve(query)
    if found:
        return [records.entities[found]]
    folded = fold(query)
    entities = list(records.entities.values())
    exact = [e for e in entities if any(fold(n) == folded for n in (e["name"], *e["aliases"]))]
    return exact or [e for e in entities if any(folded in fold(n) for n in (e["name"], *e["aliases"]))]


@app.command()
def entity(name: str = typer.Argument(..., metavar="NAME|ID", help="An entity id (e:…) or a name, in any "
                                      "case: a full name or alias, else a part of one."),
           db: str = DB_OPTION, as_json: bool = JSON):
    """Show an entity: its roles over time (with the date and evidence of each), the events it takes part
    in, its quotes and the stances it holds or is the object of.  A name several entities match lists
    them (exit 1): give one of their ids."""
    from ..api.data import Chronicle
    from ..api.routes import get_entity

    with existing_store(db) as store:
        records = Chronicle(store)
        matches = matching(records, name)
        if len(matches) != 1:
            if len(matches) > 1:
                if as_json:
                    _echo_json({"matches": matches})
                else:
                    from .views import render_matches

                    render_matches(matches, name, _console())
                fail("E_AMBIGUOUS", f"{len(matches)} entities match {name!r}; give one of their ids")
            fail("E_NOT_FOUND", f"no entity {name!r}")
        found = get_entity(matches[0]["id"], records)
        if as_json:
            _echo_json(found)
            return
        from .views import render_entity

        render_entity(found, {i: e["name"] for i, e in records.entities.items()}, _console())


@app.command()
def search(query: str = typer.Argument(..., metavar="QUERY", help="Words, all required, in any inflected form."),
           db: str = DB_OPTION,
           limit: int = typer.Option(20, "--limit", min=1, max=1000, help="At most this many documents."),
           as_json: bool = JSON,
           as_csv: bool = typer.Option(False, "--csv", help="Print CSV: a row per document, then per evidence.")):
    """Find documents and evidence sentences by text: every word of QUERY in any form (`переговоры` finds
    `переговорах`), documents best first with their first match highlighted, then the evidence sentences
    of events and quotes that hold every word."""
    from ..api.data import Chronicle
    from ..api.routes import search as api_search
    from ..store.search import query_lemmas

    if not query_lemmas(query):
        fail("E_INVALID", f"{query!r} has no word to search for")
    with existing_store(db) as store:
        found = api_search(Chronicle(store), query, limit, 0)
        if as_json:
            _echo_json(found)
        elif as_csv:
            from ..exports.tables import write_csv
            from .views import SEARCH_COLUMNS, search_rows

            write_csv(SEARCH_COLUMNS, search_rows(found), sys.stdout)
        else:
            from .views import render_search

            render_search(found, {d["id"]: store.document_text(d["id"]) for d in found["items"]}, _console())
