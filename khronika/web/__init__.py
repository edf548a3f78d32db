"""The web UI (``khronika serve``): static pages in Russian, plain HTML and ES modules with no build step,
that read the JSON API of the same process.  Every piece of data is put into the page as text
(``textContent``, ``createTextNode``), never as markup; a Content-Security-Policy that allows only this
server's own scripts and styles is a second guard.  Nothing is fetched from another origin, so the UI
works offline."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

STATIC = Path(__file__).resolve().parent / "static"
PREFIX = "/ui"
# Only this server's own files; no inline script or style, no plugins, no framing, no other origin.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY"}


def secured(response: Response) -> Response:
    """The response with the UI's security headers."""
    response.headers.update(HEADERS)
    return response


class _Static(StaticFiles):
    async def get_response(self, path: str, scope: Scope) -> Response:
        return secured(await super().get_response(path, scope))


def wants_page(request: Request) -> bool:
    """Does the client ask for a web page (a browser) rather than JSON?  A browser's ``Accept`` names
    ``text/html`` before any JSON type; API clients send ``*/*`` or ``application/json``."""
    accept = request.headers.get("accept", "").lower()
    html, json_ = accept.find("text/html"), accept.find("application/json")
    return html >= 0 and (json_ < 0 or html < json_)


def page() -> Response:
    """The UI's one HTML page (its views are chosen by the URL's fragment, ``#/event/…``)."""
    return secured(FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                                headers={"Vary": "Accept", "Cache-Control": "no-cache"}))


def install(app: FastAPI) -> None:
    """Serve the UI's files under ``/ui`` (its page itself at ``/`` for a browser: see ``wants_page``) and
    the API's documentation at ``/docs`` with the Swagger UI vendored in ``static/docs`` (no CDN)."""
    app.mount(PREFIX, _Static(directory=STATIC), name="ui")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title}: API",
                                   swagger_js_url=f"{PREFIX}/docs/swagger-ui-bundle.js",
                                   swagger_css_url=f"{PREFIX}/docs/swagger-ui.css", swagger_favicon_url="data:,")
