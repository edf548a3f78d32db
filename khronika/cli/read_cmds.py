"""Reading commands: `show`, `events`, `formats` (`export` is export_cmd.py).  They open the store read-only."""
from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.markup import escape

from .common import DB_OPTION, app, err, existing_store


@app.command()
def show(db: str = DB_OPTION, as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON.")):
    """Print a summary: documents with date and source, persons with their mention counts."""
    from ..present import render_summary

    with existing_store(db) as store:
        if as_json:
            from .listing import summary_json

            typer.echo(json.dumps(summary_json(store), ensure_ascii=False, indent=1))
        else:
            render_summary(store, Console())


@app.command()
def events(db: str = DB_OPTION,
           type_: str | None = typer.Option(None, "--type", "-t",
                                            help="Only events of this PLOVER type (CONSULT, AGREE…)."),
           person: str | None = typer.Option(None, "--with",
                                             help="Only events with this participant (a part of a name, or an id)."),
           since: str | None = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])."),
           until: str | None = typer.Option(None, "--until", help="Up to this date (YYYY[-MM[-DD]])."),
           fmt: str | None = typer.Option(None, "--format", help="A format id (f:…) or type (2+2)."),
           factuality: str | None = typer.Option(None, "--factuality",
                                                 help="occurred, planned, proposed, hypothetical or negated."),
           country: str | None = typer.Option(None, "--country", help="A participant's ISO code (RU, JP…)."),
           as_json: bool = typer.Option(False, "--json", help="Print the events as JSON Lines."),
           as_csv: bool = typer.Option(False, "--csv", help="Print the events as CSV (export's events table).")):
    """Print the real-world events (reports of one event in several documents fused), in date order, with
    their id, date, type, factuality, participants (names and ISO codes), place, format and round, and
    documents; the filters are the API's (``/events``)."""
    import re
    from typing import get_args

    from ..api.data import Chronicle
    from ..api.events import DATE, Factuality, PloverType, list_events
    from ..lexicon import PLOVER_TYPES
    from ..present import render_fused_events

    facts = get_args(Factuality)
    problem = None
    if type_ is not None and type_.upper() not in PLOVER_TYPES:
        problem = f"--type {type_}: expected one of {', '.join(sorted(PLOVER_TYPES))}"
    elif bad := next((f"{n} {v}" for n, v in (("--since", since), ("--until", until))
                      if v is not None and not re.match(DATE, v)), None):
        problem = f"{bad}: expected a date YYYY[-MM[-DD]]"
    elif factuality is not None and factuality not in facts:
        problem = f"--factuality {factuality}: expected {', '.join(facts[:-1])} or {facts[-1]}"
    if problem:
        err.print(f"[red]error [E_INVALID]:[/red] {escape(problem)}")
        raise typer.Exit(1)
    with existing_store(db) as store:
        found = list_events(Chronicle(store), limit=10**9, offset=0, since=since, until=until,
                            type=PloverType(type_.upper()) if type_ else None, with_=person, format=fmt,
                            factuality=factuality, country=country)["items"]
        if as_json:
            for e in found:
                typer.echo(json.dumps(e, ensure_ascii=False))
        elif as_csv:
            from ..exports.tables import EVENT_COLUMNS, event_row, write_csv

            write_csv(EVENT_COLUMNS, map(event_row, found), sys.stdout)
        else:
            render_fused_events(found, Console(width=None if sys.stdout.isatty() else 160))


@app.command()
def formats(db: str = DB_OPTION,
            as_json: bool = typer.Option(False, "--json", help="Print the formats as JSON Lines (with side names)."),
            as_csv: bool = typer.Option(False, "--csv", help="Print CSV: a row per entry of each history.")):
    """Print each standing format of dialogue with its dated history."""
    from ..present import render_formats

    with existing_store(db) as store:
        if as_json or as_csv:
            from .listing import print_formats

            print_formats(store, as_csv)
        else:
            render_formats(store, Console(width=None if sys.stdout.isatty() else 160))
