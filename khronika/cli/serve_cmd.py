"""`serve`: the chronicle over HTTP."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import typer
from rich.markup import escape

from ..errors import KhronikaError
from .common import app, err, is_url


@app.command()
def serve(db: str = typer.Option(..., "--db", help="The store to serve: a SQLite file or a database URL."),
          host: str = typer.Option("127.0.0.1", "--host", help="The address to listen on."),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="The port to listen on."),
          cors: list[str] = typer.Option(None, "--cors", metavar="ORIGIN",
                                         help="Let pages of this origin call the API (repeatable; none by default)."),
          write_token_env: str | None = typer.Option(
              None, "--write-token-env", metavar="VAR",
              help="Allow POST /documents to callers sending 'Authorization: Bearer <token>', the token being "
                   "the value of the environment variable VAR (read-only without it)."),
          max_body_mb: float = typer.Option(2.0, "--max-body-mb", min=0.001,
                                            help="Refuse requests whose body is larger (413).")):
    """Serve the chronicle over HTTP, read-only unless a write token is given: the web UI at / and the JSON API
    (OpenAPI at /docs)."""
    import uvicorn

    from ..api import create_app
    from ..store import Store

    token = None
    if write_token_env:
        token = os.environ.get(write_token_env, "").strip()
        if len(token) < 16:
            err.print(f"[red]error [E_TOKEN]:[/red] --write-token-env {escape(write_token_env)}: the variable must "
                      "hold a token of 16 characters or more")
            raise typer.Exit(1)
    try:
        store = Store.from_url(db, read_only=True) if is_url(db) else Store(Path(db), read_only=True)
        writer = _writer(db, token, store) if token else None
    except KhronikaError as exc:
        err.print(f"[red]error [{exc.code}]:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    with store, (writer.store if writer else contextlib.nullcontext()):
        problem = _cannot_listen(host, port)
        if problem is None:
            mode = "with POST /documents for the token's holders" if writer else "read-only"
            err.print(f"serving {escape(db)} {mode} on http://{host}:{port} (web UI: /, API documentation: /docs)")
            try:
                uvicorn.run(create_app(store, cors=cors or None, writer=writer, max_body_mb=max_body_mb),
                            host=host, port=port, log_level="warning")
                return
            except SystemExit:  # uvicorn could not start; it has said why
                problem = "the server could not start"
        err.print(f"[red]error [E_SERVE]:[/red] cannot serve on {escape(host)}:{port}: {escape(problem)}")
        raise typer.Exit(1)


def _writer(db: str, token: str, reader):
    """The writable store of ``POST /documents`` (its own, so that every other route reads the read-only one)."""
    from functools import partial

    from ..api.write import Writer
    from ..pipeline import build_pipeline
    from ..store import Store

    store = Store.from_url(db) if is_url(db) else Store(Path(db))
    reader.hide_paths = store.hide_paths = True
    return Writer(token=token, store=store, pipeline_factory=partial(build_pipeline))


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
