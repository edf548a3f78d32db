"""`report`: one self-contained HTML file (and PDF) of the chronicle, to mail (``report/``)."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from .common import DB_OPTION, app, err, existing_store, fail, write_file


@app.command()
def report(db: str = DB_OPTION,
           output: Path = typer.Option(..., "--output", "-o", help="The HTML file to write (report.html)."),
           actor: str | None = typer.Option(None, "--actor", metavar="NAME|ID",
                                            help="Only the events of this entity (an id, or a name as `entity` "
                                                 "takes it), its formats and quotes."),
           fmt: str | None = typer.Option(None, "--format", help="Only this format's events: an id (f:…) or a "
                                                                 "type (2+2)."),
           pdf: bool = typer.Option(False, "--pdf", help="Also print it to PDF beside it (OUTPUT with .pdf), "
                                                         "with headless Chromium.")):
    """Write a report in Russian as one self-contained HTML file (inline CSS, no script): a timeline picture
    of the events, the events with participants and sources, the formats' histories, key quotes with their
    sources; `--pdf` prints the same page to PDF."""
    from ..api.data import Chronicle
    from ..errors import KhronikaError
    from ..report import build_report
    from .query_cmds import matching

    with existing_store(db) as store, store.snapshot():
        records = Chronicle(store)
        actor_id = None
        if actor:
            found = matching(records, actor)
            if len(found) != 1:
                listed = ", ".join(f"{e['id']} {e['name']}" for e in found[:10])
                fail("E_AMBIGUOUS" if found else "E_NOT_FOUND",
                     f"{len(found)} entities match {actor!r}: {listed}" if found else f"no entity {actor!r}")
            actor_id = found[0]["id"]
        if fmt and not any(f["id"] == fmt or f["type"] == fmt for f in records.formats):
            fail("E_NOT_FOUND", f"no format {fmt!r}; `khronika formats` lists them")
        html = build_report(records, actor_id, fmt)
    write_file(output, lambda out: out.write(html))
    err.print(f"report written to {escape(str(output))}")
    if pdf:
        from ..report.pdf import render_pdf

        target = output.with_suffix(".pdf")
        try:
            render_pdf(output, target)
        except KhronikaError as exc:
            fail(exc.code, str(exc))
        err.print(f"PDF written to {escape(str(target))}")
