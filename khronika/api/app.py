"""The HTTP API over a store (FastAPI; OpenAPI at ``/docs``): read-only, one JSON error shape, no CORS
unless origins are given; and the web UI (``khronika/web``), whose page a browser gets at ``/``.
``khronika serve`` runs it with uvicorn."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from .. import __version__, web
from ..store import Store
from . import errors, events, graph, guard, routes, write


def create_app(store: Store, cors: list[str] | None = None, writer: write.Writer | None = None,
               max_body_mb: float = guard.MAX_BODY_MB) -> FastAPI:
    """The API over ``store`` (open it with ``read_only=True``); ``cors``: origins allowed to call it
    from a browser (none by default); ``writer``: ``POST /documents`` with its token and writable store
    (none by default: read-only); bodies over ``max_body_mb`` refused (``guard.py``)."""
    app = FastAPI(title="khronika", version=__version__,
                  description="The chronicle of international relations that khronika built from Russian news: "
                              "documents, entities, fused events, formats, quotes, stances, search. Read-only. "
                              "A browser opening / gets the web UI.",
                  docs_url=None, redoc_url=None)  # /docs is served from the package (web.install): offline
    app.state.store = store
    errors.install(app)
    guard.install(app, store, int(max_body_mb * 2**20))
    if cors:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors), allow_methods=["GET"], allow_headers=["*"])

    @app.get("/", summary="The routes of the API (a browser gets the web UI)", response_model=None)
    def index(request: Request):
        if web.wants_page(request):
            return web.page()
        return JSONResponse({"name": "khronika", "version": __version__, "docs": "/docs", "ui": "/",
                             "routes": api_routes(request.app)}, headers={"Vary": "Accept"})

    app.include_router(routes.router)
    app.include_router(events.router)
    app.include_router(graph.router)
    web.install(app)
    if writer is not None:
        app.state.writer = writer
        app.include_router(write.router)
    return app


def api_routes(app: FastAPI) -> list[dict]:
    """The routes of the API itself (those of its OpenAPI schema): path, method, summary."""
    return [{"path": path, "method": method.upper(), "summary": op.get("summary")}
            for path, ops in app.openapi()["paths"].items() for method, op in ops.items()]
