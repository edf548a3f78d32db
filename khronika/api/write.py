"""``POST /documents``: ingest one document over HTTP.  The API is read-only unless the operator gives a
token (``khronika serve --write-token-env VAR``: the token is read from the environment variable ``VAR``,
never from the command line); only then does this route exist, and it requires
``Authorization: Bearer <token>`` (compared in constant time).  Writes go through a store opened writable
for this route alone (every other route reads the read-only one), one at a time under the store's writer
lock (refused with 503 ``E_BUSY`` while an ingest holds it), with resolution and fusion after each, as
``khronika ingest`` does.

The body is the document: ``text/plain`` (UTF-8, CP1251 or KOI8-R, as a ``.txt`` file), ``text/html`` (as
an ``.html`` file: main text and metadata extracted), or ``application/json`` — an object with ``text`` (or
``html``) and optionally ``title``, ``published`` (or ``date``), ``source``, ``url`` (checked as a JSON
Lines record is).  ``title``, ``date``, ``source`` and ``url`` query parameters give the metadata of a text
or HTML body (and override what a page says).  Inputs go through the readers' limits and checks.  The
document's path is ``<api>:`` and the start of its content hash: the same text posted twice is one
document.
"""
from __future__ import annotations

import dataclasses
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..errors import KhronikaError, ReadError
from ..jsonl import read_jsonl
from ..records import Source
from ..settings import DEFAULT, LimitSettings
from ..store import Store
from .errors import ApiError

API_PATH = "<api>"
_META = ("title", "published", "source", "url")


@dataclass
class Writer:
    """What ``POST /documents`` needs: the token, the writable store, how to build the pipeline (once,
    at the first write), the readers' limits."""

    token: str
    store: Store
    pipeline_factory: Callable
    limits: LimitSettings = DEFAULT.limits
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _pipeline: object = None

    def check(self, request: Request) -> None:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise ApiError(401, "E_AUTH", "writing needs the header 'Authorization: Bearer <token>' "
                                          "with the token the server was started with")

    def write(self, src: Source) -> tuple[str, str]:
        from ..ingest import ingest_source

        with self._lock:  # one write at a time in this server (the writer lock orders it with others)
            if self._pipeline is None:
                self._pipeline = self.pipeline_factory()
            name = f"{API_PATH}:{src.content_hash[:16]}"
            return ingest_source(dataclasses.replace(src, path=name), self.store, self._pipeline, key=name, wait=False)


router = APIRouter()
Meta = Annotated[str | None, Query(max_length=1000, description="Metadata of a text or HTML body.")]


@router.post("/documents", summary="Ingest one document (needs the write token)", tags=["documents"],
             status_code=201)
async def post_document(request: Request, title: Meta = None, date: Meta = None, source: Meta = None,
                        url: Meta = None) -> JSONResponse:
    """Ingest the body as one document (text, HTML or a JSON object) and return its ``id`` and whether
    it was ``added``, ``replaced`` or ``unchanged`` (the same content posted before)."""
    writer: Writer = request.app.state.writer
    writer.check(request)
    body = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    src = _source(kind, body, {"title": title, "published": date, "source": source, "url": url}, writer.limits)
    try:
        doc_id, result = await run_in_threadpool(writer.write, src)
    except KhronikaError as exc:
        if exc.code == "E_BUSY":
            raise ApiError(503, exc.code, "another ingest is writing into the store; try again") from None
        raise ApiError(422, exc.code, str(exc)) from None
    return JSONResponse({"id": doc_id, "result": result}, status_code=200 if result == "unchanged" else 201)


def _source(kind: str, body: bytes, meta: dict, limits: LimitSettings) -> Source:
    """The ``Source`` of a request's body, or a 4xx ``ApiError`` saying what is wrong with it."""
    from ..read import _read_html, _read_txt

    meta = {k: v for k, v in meta.items() if v}
    if kind == "application/json":
        src = _json_source(body, meta, limits)
    elif kind in ("text/plain", "text/html"):
        src = (_read_html if kind == "text/html" else _read_txt)(API_PATH, body, limits)
        if isinstance(src, Source):
            src = dataclasses.replace(src, **meta)
    else:
        raise ApiError(415, "E_MEDIA", f"the body must be text/plain, text/html or application/json, not {kind!r}")
    if isinstance(src, ReadError):
        raise ApiError(422, src.code, str(src))
    return src


def _json_source(body: bytes, meta: dict, limits: LimitSettings) -> Source | ReadError:
    """A JSON object as one JSON Lines record (its limits and type checks); ``html`` instead of ``text``
    is read as a page."""
    from ..read import _read_html

    items = list(read_jsonl(API_PATH, body.replace(b"\n", b" ").replace(b"\r", b" "), limits))
    if len(items) == 1 and isinstance(items[0], ReadError) and b'"html"' in body:
        try:
            record = json.loads(body)
        except ValueError:
            return items[0]
        if isinstance(record, dict) and isinstance(record.get("html"), str):
            page = _read_html(API_PATH, record["html"].encode("utf-8"), limits)
            given = {k: record[k] for k in _META if isinstance(record.get(k), str)}
            return dataclasses.replace(page, **{**given, **meta}) if isinstance(page, Source) else page
    if not items:
        return ReadError(API_PATH, "E_EMPTY")
    item = items[0]
    if not isinstance(item, Source):
        return item
    if item.published is None and b'"date"' in body:  # ``date`` as the query parameter names it
        date = json.loads(body).get("date")
        meta = {"published": date, **meta} if isinstance(date, str) else meta
    return dataclasses.replace(item, path=API_PATH, **meta)
