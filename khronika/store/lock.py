"""One writer at a time: ``WriterLock`` is held by an ingest for as long as it writes.

A SQLite store is locked through a lock file beside it (``FILE.lock``, ``flock``: released by the
system when the process ends, however it ends); a PostgreSQL store through a session advisory lock;
a store in memory needs none.  A second writer waits for the first (``on_wait`` says so once) or,
not waiting, is refused with ``E_BUSY``.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from ..errors import KhronikaError

ADVISORY_KEY = 0x6B68726F  # "khro": the advisory lock of a PostgreSQL store


class WriterLock:
    def __init__(self, engine: Engine, url: str, where: str):
        self.engine, self.url, self.where = engine, make_url(url), where
        self._file: int | None = None
        self._conn = None

    def acquire(self, wait: bool = True, on_wait: Callable[[], None] | None = None) -> None:
        if not (self._try() or self._wait(wait, on_wait)):
            raise KhronikaError("E_BUSY", path=self.where)

    def _wait(self, wait: bool, on_wait) -> bool:
        if not wait:
            return False
        if on_wait:
            on_wait()
        self._block()
        return True

    def _try(self) -> bool:
        if self.url.get_backend_name() == "sqlite":
            database = self.url.database
            if not database or database == ":memory:":
                return True
            self._file = os.open(Path(database).with_name(Path(database).name + ".lock"), os.O_RDWR | os.O_CREAT,
                                 0o644)
            try:
                fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                return False
        self._conn = self.engine.connect()
        return bool(self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar())

    def _block(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_EX)
        elif self._conn is not None:
            self._conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_KEY})

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            os.close(self._file)
            self._file = None
        if self._conn is not None:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
            self._conn.close()
            self._conn = None
