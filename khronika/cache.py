"""A cache on disk of tables that take long to build and depend only on files that ship with khronika and
its packages (the country gazetteer's tables: ``gazetteer._tables``; the compiled regular expressions:
``regex_cache.py``), so that a new process starts sooner.

An entry is a JSON file (``cached``; or bytes of the caller's own format: ``read``, ``write``) named by what it
is and a fingerprint of everything it was built from (the bytes of the code and data files, the versions of the
packages): another khronika, changed data or another package version make another name, never a stale table.
The folder is ``KHRONIKA_CACHE`` if set (``off`` turns the cache off), else ``$XDG_CACHE_HOME/khronika`` or
``~/.cache/khronika``.  A folder that cannot be written, or an entry that cannot be read, costs only the time
to build the table again.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def folder() -> Path | None:
    where = os.environ.get("KHRONIKA_CACHE")
    if where:
        return None if where == "off" else Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "khronika"


def fingerprint(files: Iterable[Path], *parts: str) -> str:
    """A digest of the bytes of ``files`` (their names too) and of ``parts`` (versions)."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for part in parts:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:24]


def cached(name: str, key: str, build: Callable[[], object]) -> object:
    """The JSON value ``build()`` gives, read from the cache entry ``name``-``key`` when there is one,
    else built and written there (whole or not at all)."""
    where = folder()
    if where is None:
        return build()
    found = read(name, key, "json")
    if found is not None:
        with contextlib.suppress(ValueError):
            return json.loads(found.decode("utf-8"))
    value = build()
    write(name, key, "json", json.dumps(value, ensure_ascii=False).encode("utf-8"))
    return value


def read(name: str, key: str, suffix: str) -> bytes | None:
    """The bytes of the cache entry ``name``-``key``.``suffix``; None when there is none (or no cache)."""
    where = folder()
    if where is None:
        return None
    with contextlib.suppress(OSError):
        return (where / f"{name}-{key}.{suffix}").read_bytes()
    return None


def write(name: str, key: str, suffix: str, data: bytes) -> None:
    """``data`` as the cache entry ``name``-``key``.``suffix``, whole or not at all (written beside it, then
    renamed); a folder that cannot be written leaves no entry."""
    where = folder()
    if where is None:
        return
    with contextlib.suppress(OSError):
        where.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=where, prefix=f".{name}-", suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(partial, where / f"{name}-{key}.{suffix}")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(partial)
