"""Every command of the command line and every route of the HTTP API is documented (issue 12): a command
(``eval`` subcommands too) in README.md as ``khronika NAME``, a route in README.md as ``GET /path`` or
in its own OpenAPI summary or description (what ``/docs`` shows).  ``/docs``, ``/openapi.json``,
``/redoc`` and static mounts are the documentation itself, and are left out."""
from __future__ import annotations

import typer
from starlette.routing import Mount

from khronika.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SELF = {"/docs", "/docs/oauth2-redirect", "/openapi.json", "/redoc"}


def _name(command) -> str:
    return command.name or command.callback.__name__.replace("_", "-")


def cli_commands(typer_app: typer.Typer, prefix: str = "khronika") -> list[str]:
    """``khronika NAME`` of every command, ``khronika GROUP NAME`` of those of each group, recursively."""
    out = [f"{prefix} {_name(c)}" for c in typer_app.registered_commands]
    for group in typer_app.registered_groups:
        name = group.name or group.typer_instance.info.name
        out += cli_commands(group.typer_instance, f"{prefix} {name}")
    return out


def _flat(routes, prefix: str = "", in_schema: bool = True):
    """(full path, route, whether the schema shows it) of every route, included routers opened (FastAPI
    keeps an included router whole, with its prefix, in ``include_context``)."""
    for r in routes:
        context = getattr(r, "include_context", None)
        if context is not None:
            yield from _flat(context.included_router.routes, prefix + (context.prefix or ""),
                             in_schema and context.include_in_schema)
        elif not isinstance(r, Mount):
            yield prefix + r.path, r, in_schema and getattr(r, "include_in_schema", False)


def api_routes() -> list[tuple]:
    from khronika.api import create_app
    from khronika.store import Store

    with Store.in_memory() as store:
        web = create_app(store)
    return [found for found in _flat(web.routes) if found[0] not in SELF]


def test_the_walk_finds_the_commands_and_routes():
    commands = cli_commands(app)
    assert {"khronika ingest", "khronika export", "khronika event", "khronika report",
            "khronika eval factru", "khronika eval rusentrel"} <= set(commands)
    assert {"/", "/events", "/events/{event_id}", "/search"} <= {path for path, _, _ in api_routes()}


def test_every_cli_command_is_in_the_readme():
    missing = [c for c in cli_commands(app) if c not in README]
    assert not missing, f"document these commands in README.md: {missing}"


def test_every_api_route_is_documented():
    missing = []
    for path, route, in_schema in api_routes():
        methods = sorted(set(getattr(route, "methods", None) or {"GET"}) - {"HEAD"})
        in_readme = all(f"`{m} {path}`" in README for m in methods)
        in_openapi = in_schema and bool((getattr(route, "summary", None) or "").strip()
                                        or (getattr(route, "description", None) or "").strip())
        if not (in_readme or in_openapi):
            missing.append(f"{'/'.join(methods)} {path}")
    assert not missing, f"document these routes (README.md or summary/description): {missing}"
