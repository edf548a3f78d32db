"""`ingest` and `extract`: reading articles into a chronicle."""
from __future__ import annotations

import os
import sys
from datetime import datetime
from functools import partial

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..errors import KhronikaError
from .common import (
    DB_OPTION,
    EXIT_SKIPPED,
    MAX_DOCUMENT_CHARS,
    MAX_FILE_MB,
    MAX_JSON_DEPTH,
    MAX_SENTENCE_CHARS,
    Engine,
    app,
    err,
    limit_settings,
    open_store,
    print_skipped,
)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or '-' for stdin."),
           db: str = DB_OPTION,
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
           workers: int = typer.Option(1, "--workers", "-w", min=0,
                                       help="Processes annotating documents, each with its own models "
                                            "(0: one per core); the store is written by this one."),
           engine: Engine = typer.Option(Engine.local, "--engine",
                                      help="Where the per-document stages run: local processes, or Ray "
                                           "(a local Ray with --workers CPUs, or the cluster at --address)."),
           address: str | None = typer.Option(None, "--address",
                                              help="A running Ray cluster (with --engine ray), or 'auto'."),
           no_wait: bool = typer.Option(False, "--no-wait",
                                        help="If another ingest is writing into the store, stop at once "
                                             "instead of waiting for it."),
           force: bool = typer.Option(False, "--force",
                                      help="Annotate every document read again, even one this version of "
                                           "khronika stored unchanged (those an older one stored always are)."),
           prune: bool = typer.Option(False, "--prune",
                                      help="Remove the documents whose files vanished from the folders given "
                                           "(and everything derived from them)."),
           as_of: datetime | None = typer.Option(None, "--as-of", formats=["%Y-%m-%d"],
                                                 help="The reference date (YYYY-MM-DD) that gives a year to "
                                                      "year-less datelines and stamps ('6 ноября'): the day on or "
                                                      "before it, or up to a week after. Default: the latest "
                                                      "publication date the documents read (else the store's) state."),
           max_file_mb: float = MAX_FILE_MB, max_document_chars: int = MAX_DOCUMENT_CHARS,
           max_json_depth: int = MAX_JSON_DEPTH, max_sentence_chars: int = MAX_SENTENCE_CHARS):
    """Read .txt/.html/.jsonl articles, build their chronicle and store it."""
    from ..ingest import ingest as run_ingest
    from ..pipeline import build_pipeline

    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err, disable=quiet, transient=True)

    def start(total: int):
        if total <= 5:  # a handful of files needs no bar
            return lambda: None
        task = progress.add_task("ingest", total=total)
        return lambda: progress.advance(task)

    settings = limit_settings(max_file_mb, max_document_chars, max_json_depth, max_sentence_chars)
    if engine is Engine.ray:
        from ..ray_engine import available

        problem = available()
        if problem:
            err.print(f"[red]error [E_ENGINE]:[/red] --engine ray: {problem}")
            raise typer.Exit(1)
    with open_store(db) as store, progress:
        try:
            report = run_ingest(paths, store, partial(build_pipeline, settings=settings), stdin=sys.stdin.buffer,
                                progress=start, limits=settings.limits, workers=workers or os.cpu_count() or 1,
                                engine=engine.value, address=address, wait=not no_wait, force=force, prune=prune,
                                as_of=as_of.date() if as_of else None,
                                on_wait=lambda: err.print(f"waiting for another ingest into {escape(db)} to finish"))
        except KhronikaError as exc:
            if exc.code not in ("E_BUSY", "E_WRITE"):
                raise
            err.print(f"[red]error [{exc.code}]:[/red] {escape(str(exc))}")
            raise typer.Exit(1) from None
    c = report.counts
    print_skipped(report)
    if report.reannotated:
        err.print(f"annotated again {report.reannotated} unchanged document(s) "
                  f"{'(--force)' if force else 'that an older version of khronika had stored'}")
    if report.resumed:
        err.print(f"finished the resolution and fusion an interrupted run left undone ({report.resumed} run(s))")
    typer.echo(f"{report.processed} documents in {report.seconds:.1f} s ({report.docs_per_second:.1f} documents/s): "
               f"{c['added']} added, {c['replaced']} replaced, {c['unchanged']} unchanged, {c['skipped']} skipped")
    _print_gone(report)
    if c["skipped"]:
        raise typer.Exit(EXIT_SKIPPED)


def _print_gone(report, shown: int = 5) -> None:
    """The files that vanished from the folders ingested: kept (say how to remove them), or pruned."""
    def names(paths: list[str]) -> str:
        more = f" and {len(paths) - shown} more" if len(paths) > shown else ""
        return ", ".join(escape(p) for p in paths[:shown]) + more

    if report.gone:
        err.print(f"{len(report.gone)} documents' files are gone: {names(report.gone)}; `--prune` removes them")
    if report.pruned:
        err.print(f"pruned {len(report.pruned)} paths whose files are gone ({names(report.pruned)}): "
                  f"{report.removed} documents removed")


@app.command()
def extract(path: str = typer.Argument(..., help="One .txt/.html/.jsonl file, or '-' for stdin."),
            max_file_mb: float = MAX_FILE_MB, max_document_chars: int = MAX_DOCUMENT_CHARS,
            max_json_depth: int = MAX_JSON_DEPTH, max_sentence_chars: int = MAX_SENTENCE_CHARS):
    """Run the pipeline on one file without a store file and print its chronicle as `export` does
    (JSON Lines records, see SCHEMA.md)."""
    from ..export import write_jsonl
    from ..ingest import ingest as run_ingest
    from ..pipeline import build_pipeline
    from ..store import Store

    settings = limit_settings(max_file_mb, max_document_chars, max_json_depth, max_sentence_chars)
    with Store.in_memory() as store:
        report = run_ingest([path], store, partial(build_pipeline, settings=settings), stdin=sys.stdin.buffer,
                            limits=settings.limits)
        write_jsonl(store, sys.stdout)
    print_skipped(report)
    if report.counts["skipped"]:
        raise typer.Exit(EXIT_SKIPPED)
