"""`export`: the chronicle out of a store, as the JSON Lines contract, CSV or Parquet tables, or
PLOVER/POLECAT-style event records (``exports/``).  Every file is written whole or not at all."""
from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape

from .common import DB_OPTION, app, err, existing_store, fail, write_file


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"


@app.command()
def export(db: str = DB_OPTION,
           fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                            help="jsonl: the records of SCHEMA.md; csv, parquet: one table per "
                                                 "record kind into the folder -o; plover: one POLECAT-style "
                                                 "record per event (a JSON array into a .json file, else "
                                                 "JSON Lines)."),
           output: Path | None = typer.Option(None, "--output", "-o",
                                              help="File to write (default stdout); a folder for csv and parquet."),
           document_days: bool = typer.Option(True, "--document-days/--no-document-days",
                                              help="jsonl: an event whose own words name no time takes its "
                                                   "document's day (default), or stays undated.")):
    """Write the chronicle: JSON Lines records (SCHEMA.md), CSV or Parquet tables (documents, entities,
    events with participants' names and ISO codes inline, quotes, stances, formats), or PLOVER-style
    event records that load next to POLECAT data."""
    from ..export import write_jsonl
    from ..settings import ExportSettings

    settings = ExportSettings(document_days=document_days)

    if fmt in (ExportFormat.csv, ExportFormat.parquet):
        if output is None:
            fail("E_USAGE", f"--format {fmt.value} writes one file per table: give a folder with -o")
        if output.exists() and not output.is_dir():
            fail("E_EXPORT", f"{output}: not a folder; --format {fmt.value} writes one file per table into a folder")
    with existing_store(db) as store:
        if fmt is ExportFormat.jsonl:
            if output:
                n = write_file(output, lambda out: write_jsonl(store, out, settings))
                err.print(f"{n} records written to {escape(str(output))}")
            else:
                write_jsonl(store, sys.stdout, settings)
            return
        from ..api.data import Chronicle
        from ..exports import write_csv_folder, write_parquet_folder, write_plover

        with store.snapshot():
            records = Chronicle(store)
            if fmt is ExportFormat.plover:
                if output:
                    n = write_file(output, lambda out: write_plover(records, out, array=output.suffix == ".json"))
                    err.print(f"{n} events written to {escape(str(output))}")
                else:
                    write_plover(records, sys.stdout)
                return
            write = write_csv_folder if fmt is ExportFormat.csv else write_parquet_folder
            try:
                counts = write(records, output)
            except OSError as exc:
                fail("E_EXPORT", f"{output}: {exc.strerror or exc}")
    err.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" written to {escape(str(output))}/")
