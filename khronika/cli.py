"""The ``khronika`` command line.  Every command has ``--help``."""
from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import replace
from enum import StrEnum
from functools import partial
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .errors import KhronikaError
from .settings import DEFAULT, Settings

app = typer.Typer(help="khronika: a structured chronicle of international relations from Russian news.",
                  no_args_is_help=True, add_completion=False)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"khronika {version('khronika')}")
        raise typer.Exit()


@app.callback()
def _main(show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                            help="Print the version and exit.")):
    """khronika: a structured chronicle of international relations from Russian news."""
err = Console(stderr=True, soft_wrap=True)
DB_OPTION = typer.Option("khronika.db", "--db", help="The chronicle's store: a SQLite file (created if missing) "
                         "or a database URL such as postgresql://user@host/dbname.")


class Engine(StrEnum):
    """Where ``ingest`` runs the per-document stages."""

    local = "local"
    ray = "ray"


# Exit codes: 0 all read; 1 fatal error; 3 some inputs skipped (the summary says which and why).
EXIT_SKIPPED = 3
# Options raising the limits on input (settings.LimitSettings; README, "Limits").
_LIMITS = DEFAULT.limits
MAX_FILE_MB = typer.Option(_LIMITS.max_file_mb, "--max-file-mb", min=0.001,
                           help="Refuse larger files (and stdin), in MiB, before reading them.")
MAX_DOCUMENT_CHARS = typer.Option(_LIMITS.max_document_chars, "--max-document-chars", min=1,
                                  help="Refuse a document whose text is longer.")
MAX_JSON_DEPTH = typer.Option(_LIMITS.max_json_depth, "--max-json-depth", min=1,
                              help="Refuse a JSON Lines record nested deeper.")
MAX_SENTENCE_CHARS = typer.Option(_LIMITS.max_sentence_chars, "--max-sentence-chars", min=50,
                                  help="Cut longer runs of text without a sentence break into pieces for annotation.")


def _settings(max_file_mb: float, max_document_chars: int, max_json_depth: int, max_sentence_chars: int) -> Settings:
    limits = replace(DEFAULT.limits, max_file_mb=max_file_mb, max_document_chars=max_document_chars,
                     max_json_depth=max_json_depth, max_sentence_chars=max_sentence_chars)
    return replace(DEFAULT, limits=limits)


def _is_url(db: str) -> bool:
    return "://" in db


def _existing_store(db: str):
    """The store at ``db``, opened read-only: it must exist, and reading commands never create,
    migrate or write it (an older schema is refused with the way to upgrade it)."""
    if not _is_url(db) and not Path(db).exists():
        err.print(f"[red]error:[/red] {escape(db)}: no such store; run `khronika ingest` first")
        raise typer.Exit(1)
    return _open_store(db, read_only=True)


def _open_store(db: str, read_only: bool = False):
    from .store import Store

    try:
        return Store.from_url(db, read_only=read_only) if _is_url(db) else Store(Path(db), read_only=read_only)
    except KhronikaError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None


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
           max_file_mb: float = MAX_FILE_MB, max_document_chars: int = MAX_DOCUMENT_CHARS,
           max_json_depth: int = MAX_JSON_DEPTH, max_sentence_chars: int = MAX_SENTENCE_CHARS):
    """Read .txt/.html/.jsonl articles, build their chronicle and store it."""
    from .ingest import ingest as run_ingest
    from .pipeline import build_pipeline

    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err, disable=quiet, transient=True)

    def start(total: int):
        if total <= 5:  # a handful of files needs no bar
            return lambda: None
        task = progress.add_task("ingest", total=total)
        return lambda: progress.advance(task)

    settings = _settings(max_file_mb, max_document_chars, max_json_depth, max_sentence_chars)
    if engine is Engine.ray:
        from .ray_engine import available

        problem = available()
        if problem:
            err.print(f"[red]error:[/red] --engine ray: {problem}")
            raise typer.Exit(1)
    with _open_store(db) as store, progress:
        try:
            report = run_ingest(paths, store, partial(build_pipeline, settings=settings), stdin=sys.stdin.buffer,
                                progress=start, limits=settings.limits, workers=workers or os.cpu_count() or 1,
                                engine=engine.value, address=address, wait=not no_wait,
                                on_wait=lambda: err.print(f"waiting for another ingest into {escape(db)} to finish"))
        except KhronikaError as exc:
            if exc.code not in ("E_BUSY", "E_WRITE"):
                raise
            err.print(f"[red]error [{exc.code}]:[/red] {escape(str(exc))}")
            raise typer.Exit(1) from None
    c = report.counts
    _print_skipped(report)
    if report.resumed:
        err.print(f"finished the resolution and fusion an interrupted run left undone ({report.resumed} run(s))")
    typer.echo(f"{report.processed} documents in {report.seconds:.1f} s ({report.docs_per_second:.1f} documents/s): "
               f"{c['added']} added, {c['replaced']} replaced, {c['unchanged']} unchanged, {c['skipped']} skipped")
    if c["skipped"]:
        raise typer.Exit(EXIT_SKIPPED)


def _print_skipped(report) -> None:
    for path, reason in report.skipped:
        line = reason if reason.startswith(path) else f"{path}: {reason}"
        err.print(f"[yellow]skipped[/yellow] {escape(line)}")  # a file name may look like markup: "[/b]"


@app.command()
def export(db: str = DB_OPTION,
           fmt: str = typer.Option("jsonl", "--format", "-f", help="Export format (jsonl)."),
           output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default stdout).")):
    """Write the chronicle as JSON Lines records (see SCHEMA.md)."""
    from .export import write_jsonl

    if fmt != "jsonl":
        err.print(f"[red]error:[/red] unknown format {escape(repr(fmt))}: expected 'jsonl'")
        raise typer.Exit(1)
    with _existing_store(db) as store:
        if output:
            n = _write_file(output, lambda out: write_jsonl(store, out))
            err.print(f"{n} records written to {escape(str(output))}")
        else:
            write_jsonl(store, sys.stdout)


def _write_file(output: Path, write) -> int:
    """``write(file)`` into ``output`` whole or not at all: into a file beside it, then renamed (its
    folder is made if missing); a failure (a full disk, no permission) is one line and exit 1."""
    partial_file = output.with_name(f".{output.name}.partial")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with open(partial_file, "w", encoding="utf-8") as out:
            n = write(out)
        os.replace(partial_file, output)
        return n
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial_file.unlink(missing_ok=True)
        err.print(f"[red]error [E_EXPORT]:[/red] {escape(str(output))}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(1) from None


@app.command()
def show(db: str = DB_OPTION):
    """Print a summary: documents with date and source, persons with their mention counts."""
    from .present import render_summary

    with _existing_store(db) as store:
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
           as_json: bool = typer.Option(False, "--json", help="Print the events as JSON Lines.")):
    """Print the real-world events (reports of one event in several documents fused), in date order, with
    their id, date, type, factuality, participants (names and ISO codes), place, format and round, and
    documents; the filters are the API's (``/events``)."""
    import re
    from typing import get_args

    from .api.data import Chronicle
    from .api.events import DATE, Factuality, PloverType, list_events
    from .lexicon import PLOVER_TYPES
    from .present import render_fused_events

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
        err.print(f"[red]error:[/red] {escape(problem)}")
        raise typer.Exit(1)
    with _existing_store(db) as store:
        found = list_events(Chronicle(store), limit=10**9, offset=0, since=since, until=until,
                            type=PloverType(type_.upper()) if type_ else None, with_=person, format=fmt,
                            factuality=factuality, country=country)["items"]
        if as_json:
            for e in found:
                typer.echo(json.dumps(e, ensure_ascii=False))
        else:
            render_fused_events(found, Console(width=None if sys.stdout.isatty() else 160))


@app.command()
def formats(db: str = DB_OPTION):
    """Print each standing format of dialogue with its dated history."""
    from .present import render_formats

    with _existing_store(db) as store:
        render_formats(store, Console(width=None if sys.stdout.isatty() else 160))


@app.command()
def serve(db: str = typer.Option(..., "--db", help="The store to serve: a SQLite file or a database URL."),
          host: str = typer.Option("127.0.0.1", "--host", help="The address to listen on."),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="The port to listen on."),
          cors: list[str] = typer.Option(None, "--cors", metavar="ORIGIN",
                                         help="Let pages of this origin call the API (repeatable; none by default).")):
    """Serve the chronicle over HTTP, read-only: the JSON API (OpenAPI at /docs)."""
    import uvicorn

    from .api import create_app
    from .store import Store

    try:
        store = Store.from_url(db, read_only=True) if _is_url(db) else Store(Path(db), read_only=True)
    except KhronikaError as exc:
        err.print(f"[red]error [{exc.code}]:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    with store:
        problem = _cannot_listen(host, port)
        if problem is None:
            err.print(f"serving {escape(db)} read-only on http://{host}:{port} (API documentation: /docs)")
            try:
                uvicorn.run(create_app(store, cors=cors or None), host=host, port=port, log_level="warning")
                return
            except SystemExit:  # uvicorn could not start; it has said why
                problem = "the server could not start"
        err.print(f"[red]error [E_SERVE]:[/red] cannot serve on {escape(host)}:{port}: {escape(problem)}")
        raise typer.Exit(1)


def _cannot_listen(host: str, port: int) -> str | None:
    """Why nothing can listen on ``host:port`` (the port in use, an address not this machine's), or None."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


@app.command()
def extract(path: str = typer.Argument(..., help="One .txt/.html/.jsonl file, or '-' for stdin."),
            max_file_mb: float = MAX_FILE_MB, max_document_chars: int = MAX_DOCUMENT_CHARS,
            max_json_depth: int = MAX_JSON_DEPTH, max_sentence_chars: int = MAX_SENTENCE_CHARS):
    """Run the pipeline on one file without a store file and print its chronicle as `export` does
    (JSON Lines records, see SCHEMA.md)."""
    from .export import write_jsonl
    from .ingest import ingest as run_ingest
    from .pipeline import build_pipeline
    from .store import Store

    settings = _settings(max_file_mb, max_document_chars, max_json_depth, max_sentence_chars)
    with Store.in_memory() as store:
        report = run_ingest([path], store, partial(build_pipeline, settings=settings), stdin=sys.stdin.buffer,
                            limits=settings.limits)
        write_jsonl(store, sys.stdout)
    _print_skipped(report)
    if report.counts["skipped"]:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def bench(docs: int = typer.Option(200, "--docs", min=1, help="Documents in the corpus."),
          texts: list[Path] = typer.Option(None, "--texts", exists=True, file_okay=False,
                                           help="Folders of texts besides the bundled samples "
                                                "(default: the factRuEval devset beside the checkout, if there)."),
          store_docs: str = typer.Option("1000,20000", "--store-docs",
                                         help="Sizes of the two synthetic stores new documents go into."),
          new_docs: int = typer.Option(100, "--new-docs", min=1, help="New documents ingested into each store."),
          as_json: bool = typer.Option(False, "--json", help="Print one JSON object (keys in the README).")):
    """Measure the whole ingest against bare natasha, per stage, cold start, memory, 2 workers against 1,
    and new documents into a small and a large store, all in one run on the same texts."""
    from . import bench as run_bench

    try:
        small, large = (int(x) for x in store_docs.split(","))
    except ValueError:
        err.print(f"[red]error:[/red] --store-docs {store_docs!r}: expected two sizes, such as 1000,20000")
        raise typer.Exit(1) from None
    folders = [run_bench.SAMPLES, *(texts or ([run_bench.DEVSET] if run_bench.DEVSET.exists() else []))]
    result = run_bench.run(docs, folders, (small, large), new_docs, say=lambda m: err.print(f"bench: {m}"))
    typer.echo(run_bench.to_json(result) if as_json else run_bench.render(result))


eval_app = typer.Typer(help="Score khronika against annotated corpora.", no_args_is_help=True)
app.add_typer(eval_app, name="eval", help="Score khronika against annotated corpora (factRuEval-2016, RuSentRel).")


def _corpus_run(run, path: Path, limit: int | None):
    """``run(path, limit)`` of an evaluation module, a missing or malformed corpus reported by name."""
    try:
        return run(path, limit, progress=True)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None


@eval_app.command("factru")
def eval_factru(path: Path = typer.Argument(..., help="A factRuEval-2016 folder of book_N.* files (devset)."),
                limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
                as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
                errors: str | None = typer.Option(None, "--errors", metavar="TYPE",
                                                     help="Also list our errors (FP/FN) for PER, ORG or LOC.")):
    """Score NER (PER/ORG/LOC, exact spans) and Occupation facts of bare natasha and of khronika."""
    from .evaluate import factru

    if errors is not None and errors.upper() not in factru.NER_TYPES:
        err.print(f"[red]error:[/red] --errors {escape(repr(errors))}: expected one of {', '.join(factru.NER_TYPES)}")
        raise typer.Exit(1)
    run = _corpus_run(factru.run, path, limit)
    result = factru.score(run)
    result["offsets"] = factru.check_offsets(path, limit)
    if as_json:
        if errors:
            result["errors"] = factru.error_list(run, "ours", errors.upper())
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    console = Console(width=None if sys.stdout.isatty() else 160)  # piped output: wide enough for contexts
    factru.render(result, console)
    if errors:
        factru.render_errors(factru.error_list(run, "ours", errors.upper()), console)


@eval_app.command("rusentrel")
def eval_rusentrel(path: Path = typer.Argument(..., help="A RuSentRel folder of artN.txt + artN.opin.txt (train), "
                                                         "with synonyms.txt in it or beside it."),
                   limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
                   as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON.")):
    """Score the document-level attitudes (who is for or against whom) of khronika's stances and events."""
    from .evaluate import rusentrel

    result = rusentrel.score(_corpus_run(rusentrel.run, path, limit))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    rusentrel.render(result, Console())


if __name__ == "__main__":
    app()
