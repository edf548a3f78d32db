"""`serve`: the chronicle over HTTP."""
from __future__ import annotations

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
                                         help="Let pages of this origin call the API (repeatable; none by default).")):
    """Serve the chronicle over HTTP, read-only: the web UI at / and the JSON API (OpenAPI at /docs)."""
    import uvicorn

    from ..api import create_app
    from ..store import Store

    try:
        store = Store.from_url(db, read_only=True) if is_url(db) else Store(Path(db), read_only=True)
    except KhronikaError as exc:
        err.print(f"[red]error [{exc.code}]:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    with store:
        problem = _cannot_listen(host, port)
        if problem is None:
            err.print(f"serving {escape(db)} read-only on http://{host}:{port} (web UI: /, API documentation: /docs)")
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
