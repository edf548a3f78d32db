"""One JSON shape for every error of the API: ``{"error": {"code": "E_…", "message": "…"}}``, a message
of one line (never a traceback)."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import KhronikaError

log = logging.getLogger("khronika.api")
_HTTP_CODES = {404: "E_NOT_FOUND", 405: "E_METHOD"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, "E_NOT_FOUND", f"no {what} {ident!r}")


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": " ".join(message.split())}}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
        parts.append(f"{'.'.join(where) or 'request'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError):
        return error(exc.status, exc.code, exc.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        code = _HTTP_CODES.get(exc.status_code, f"E_HTTP_{exc.status_code}")
        message = f"no route {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        return error(exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        return error(422, "E_INVALID", _validation_message(exc))

    @app.exception_handler(KhronikaError)
    async def store_error(_request: Request, exc: KhronikaError):
        return error(500, exc.code, str(exc))

    @app.exception_handler(Exception)
    async def internal(_request: Request, exc: Exception):
        log.exception("internal error")
        return error(500, "E_INTERNAL", f"internal error: {type(exc).__name__}: {exc}")
