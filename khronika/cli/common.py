"""What the commands share: the Typer app, the error console, the store options and openers."""
from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import KhronikaError
from ..settings import DEFAULT, Settings


class _Guarded(typer.Typer):
    """The command line as the ``khronika`` script runs it: an error is one line, ``error [E_CODE]: …``,
    and exit 1, never a traceback (``KHRONIKA_DEBUG=1`` shows it)."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except KhronikaError as exc:
            if os.environ.get("KHRONIKA_DEBUG"):
                raise
            err.print(f"[red]error [{exc.code}]:[/red] {escape(str(exc))}")
        except Exception as exc:  # noqa: BLE001  (a bug: said in one line, with the way to see more)
            if os.environ.get("KHRONIKA_DEBUG"):
                raise
            err.print(f"[red]error [E_INTERNAL]:[/red] {escape(type(exc).__name__)}: {escape(str(exc))} "
                      "(KHRONIKA_DEBUG=1 shows where)")
        sys.exit(1)


app = _Guarded(help="khronika: a structured chronicle of international relations from Russian news.",
               no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


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


def limit_settings(max_file_mb: float, max_document_chars: int, max_json_depth: int,
                   max_sentence_chars: int) -> Settings:
    limits = replace(DEFAULT.limits, max_file_mb=max_file_mb, max_document_chars=max_document_chars,
                     max_json_depth=max_json_depth, max_sentence_chars=max_sentence_chars)
    return replace(DEFAULT, limits=limits)


def is_url(db: str) -> bool:
    return "://" in db


def existing_store(db: str):
    """The store at ``db``, opened read-only: it must exist, and reading commands never create,
    migrate or write it (an older schema is refused with the way to upgrade it)."""
    if not is_url(db) and not Path(db).exists():
        fail("E_DB_MISSING", f"{db}: no such store; run `khronika ingest` first")
    return open_store(db, read_only=True)


def fail(code: str, message: str):
    """Say ``error [code]: message`` on stderr and exit 1."""
    err.print(f"[red]error [{code}]:[/red] {escape(message)}")
    raise typer.Exit(1)


def open_store(db: str, read_only: bool = False):
    from ..store import Store

    try:
        return Store.from_url(db, read_only=read_only) if is_url(db) else Store(Path(db), read_only=read_only)
    except KhronikaError as exc:
        fail(exc.code, str(exc))


SKIPPED_ONE_BY_ONE = 3  # more files than this skipped for one same reason are told in one line


def print_skipped(report) -> None:
    """One line a skipped file naming it and what is wrong; files skipped for one same reason (a folder's
    ``.xml`` files beside its texts) told together when there are more than ``SKIPPED_ONE_BY_ONE``."""
    by_reason: dict[str, list[str]] = {}
    for path, reason in report.skipped:
        bare = reason[len(path):].lstrip(": ") if reason.startswith(path) else reason
        by_reason.setdefault(bare, []).append(path)
    for reason, paths in by_reason.items():
        if len(paths) > SKIPPED_ONE_BY_ONE:
            lines = [f"{len(paths)} files, {paths[0]} to {paths[-1]}: {reason}"]
        else:
            lines = [f"{path}: {reason}" for path in paths]
        for line in lines:
            err.print(f"[yellow]skipped[/yellow] {escape(line)}")  # a file name may look like markup: "[/b]"


def write_file(output: Path, write) -> int:
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
