"""What keeps the API safe to expose (issue 13, item 7), installed by ``create_app``:

- a limit on the size of a request's body: one larger than ``max_body_bytes`` (declared by its
  ``Content-Length`` or found while reading it) is refused with 413 and the API's error shape;
- no file-system path in a response: documents show the name of their file only (``Store.hide_paths``),
  and error messages name "the store", never its file, and never carry an internal exception's text.

CORS stays closed unless ``khronika serve --cors ORIGIN`` opens it (``app.py``).
"""
from __future__ import annotations

import json
import logging
import re

from fastapi import FastAPI, Request

from ..errors import KhronikaError
from ..store import Store
from ..store.engine import describe
from .errors import error

log = logging.getLogger("khronika.api")
# An absolute file-system path of two parts or more (not a URL's path), as an exception's text may hold it.
_PATH = re.compile(r"(?<![\w:/.])(?:/[^\s'\"/]+){2,}/?")
MAX_BODY_MB = 2.0  # the default limit on a request's body (``khronika serve --max-body-mb``)


class BodyLimit:
    """ASGI middleware: reads a request's body (up to ``max_bytes``) before the app does; a larger one
    gets 413 ``E_TOO_LARGE`` at once."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        try:
            too_large = declared is not None and int(declared) > self.max_bytes
        except ValueError:
            await _respond(send, 400, "E_INVALID", "request: Content-Length is not a number")
            return
        if too_large:
            await _respond(send, 413, "E_TOO_LARGE", self._message())
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await _respond(send, 413, "E_TOO_LARGE", self._message())
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request: the body is larger than the limit of {self.max_bytes} bytes"


async def _respond(send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def install(app: FastAPI, store: Store, max_body_bytes: int) -> None:
    """Limit bodies to ``max_body_bytes``; hide file-system paths from every response."""
    store.hide_paths = True
    where = describe(store.url)

    def scrub(message: str) -> str:
        return _PATH.sub("…", message.replace(where, "the store"))

    @app.exception_handler(KhronikaError)
    async def store_error(_request: Request, exc: KhronikaError):
        log.error("store error: %s", exc)
        return error(500, exc.code, scrub(str(exc)))

    @app.exception_handler(Exception)
    async def internal(_request: Request, exc: Exception):
        log.exception("internal error")
        return error(500, "E_INTERNAL", scrub(f"internal error: {type(exc).__name__}: {exc}"))

    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
