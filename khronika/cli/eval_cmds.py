"""`bench` and `eval`: measuring khronika."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .common import app, err


@app.command()
def bench(docs: int = typer.Option(200, "--docs", min=1, help="Documents in the corpus."),
          texts: list[Path] = typer.Option(None, "--texts", exists=True, file_okay=False,
                                           help="Folders of texts besides the bundled samples "
                                                "(default: the factRuEval devset beside the checkout, if there)."),
          store_docs: str = typer.Option("1000,20000", "--store-docs",
                                         help="Sizes of the two synthetic stores new documents go into."),
          new_docs: int = typer.Option(100, "--new-docs", min=1, help="New documents ingested into each store."),
          rss_docs: str = typer.Option("1000,10000", "--rss-docs",
                                       help="Short documents ingested before resident memory is read, twice."),
          as_json: bool = typer.Option(False, "--json", help="Print one JSON object (keys in the README).")):
    """Measure the whole ingest against bare natasha, per stage, cold start, memory, 2 workers against 1,
    and new documents into a small and a large store, all in one run on the same texts."""
    from .. import bench as run_bench

    sizes = _two_sizes("--store-docs", store_docs, "1000,20000")
    folders = [run_bench.SAMPLES, *(texts or ([run_bench.DEVSET] if run_bench.DEVSET.exists() else []))]
    result = run_bench.run(docs, folders, sizes, new_docs, say=lambda m: err.print(f"bench: {m}"),
                           rss_docs=_two_sizes("--rss-docs", rss_docs, "1000,10000"))
    typer.echo(run_bench.to_json(result) if as_json else run_bench.render(result))


def _two_sizes(option: str, value: str, example: str) -> tuple[int, int]:
    try:
        small, large = (int(x) for x in value.split(","))
    except ValueError:
        small = large = 0
    if not 0 < small < large:
        err.print(f"[red]error [E_INVALID]:[/red] {option} {value!r}: expected two growing sizes, such as {example}")
        raise typer.Exit(1)
    return small, large


eval_app = typer.Typer(help="Score khronika against annotated corpora.", no_args_is_help=True)
app.add_typer(eval_app, name="eval", help="Score khronika against annotated corpora (factRuEval-2016, RuSentRel).")


def _corpus_run(run, path: Path, limit: int | None):
    """``run(path, limit)`` of an evaluation module, a missing or malformed corpus reported by name."""
    try:
        return run(path, limit, progress=True)
    except FileNotFoundError as exc:
        err.print(f"[red]error [E_NOT_FOUND]:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None


@eval_app.command("factru")
def eval_factru(path: Path = typer.Argument(..., help="A factRuEval-2016 folder of book_N.* files (devset)."),
                limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
                as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
                errors: str | None = typer.Option(None, "--errors", metavar="TYPE",
                                                     help="Also list our errors (FP/FN) for PER, ORG or LOC.")):
    """Score NER (PER/ORG/LOC, exact spans) and Occupation facts of bare natasha and of khronika."""
    from ..evaluate import factru

    if errors is not None and errors.upper() not in factru.NER_TYPES:
        err.print(f"[red]error [E_INVALID]:[/red] --errors {escape(repr(errors))}: "
                  f"expected one of {', '.join(factru.NER_TYPES)}")
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
    from ..evaluate import rusentrel

    result = rusentrel.score(_corpus_run(rusentrel.run, path, limit))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    rusentrel.render(result, Console())
