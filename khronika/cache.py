"""A cache on disk of tables that take long to build and depend only on files that ship with khronika and
its packages (the country gazetteer's tables: ``gazetteer._tables``), so that a new process starts sooner.

An entry is a JSON file named by what it is and a fingerprint of everything it was built from (the bytes of
the code and data files, the versions of the packages): another khronika, changed data or another package
version make another name, never a stale table.  The folder is ``KHRONIKA_CACHE`` if set (``off`` turns the
cache off), else ``$XDG_CACHE_HOME/khronika`` or ``~/.cache/khronika``.  A folder that cannot be written, or
an entry that cannot be read, costs only the time to build the table again.
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
    path = where / f"{name}-{key}.json"
    with contextlib.suppress(OSError, ValueError):
        return json.loads(path.read_text(encoding="utf-8"))
    value = build()
    with contextlib.suppress(OSError):
        where.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=where, prefix=f".{name}-", suffix=".partial")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False)
            os.replace(partial, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(partial)
    return value
