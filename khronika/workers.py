"""The per-document stages on several processes: ``annotate(items, factory, workers)``.

Each worker process builds its own pipeline (its own models) once, with ``factory``; documents
travel to it and back as JSON (``Document.to_json``).  Results come back in the order the items
went in, so a run on N workers stores exactly what a run on one does, and at most
``WINDOW_PER_WORKER`` documents per worker are in flight: memory does not grow with the corpus.
The store is written by the calling process alone.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .errors import KhronikaError
from .records import Document

WINDOW_PER_WORKER = 4  # documents in flight per worker process
READY_PAUSE_S = 0.1  # how long a worker holds a ``wait_ready`` task

_pipeline = None  # in a worker process: its pipeline


class Failed:
    """A document the pipeline refused (``KhronikaError``): its path and the reason."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message


def _start(factory: Callable) -> None:
    global _pipeline
    _pipeline = factory()


def _ready() -> int:
    """A task that returns once this worker has built its pipeline (``_start`` ran before it),
    lingering a little so that the other workers take the other such tasks."""
    time.sleep(READY_PAUSE_S)
    return os.getpid()


def _run(data: dict) -> dict | tuple[str, str]:
    doc = Document.from_json(data)
    try:
        return _pipeline(doc).to_json()
    except KhronikaError as exc:
        return doc.path, str(exc)


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def annotate(items: Iterable, factory: Callable, workers: int = 1, engine: str = "local",
             address: str | None = None) -> Iterator:
    """``items`` with each ``Document`` among them run through the pipeline (or replaced by a
    ``Failed``); anything else passes through, in place.  ``workers`` ≤ 1: in this process, the
    pipeline built on the first document.  ``engine="ray"``: on Ray (``ray_engine.py``), at
    ``address`` or locally."""
    if engine == "ray":
        from . import ray_engine

        yield from ray_engine.annotate(items, factory, workers, address, Failed)
        return
    if workers <= 1:
        pipeline = None
        for item in items:
            if not isinstance(item, Document):
                yield item
                continue
            pipeline = pipeline or factory()
            try:
                yield pipeline(item)
            except KhronikaError as exc:
                yield Failed(item.path, str(exc))
        return
    with start(factory, workers) as pool:
        yield from run_on(pool, items, workers)


def start(factory: Callable, workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, each building its pipeline with ``factory`` as it starts."""
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(factory,))


def wait_ready(pool: ProcessPoolExecutor, workers: int) -> None:
    """Return once all ``workers`` processes of ``pool`` have built their pipelines."""
    seen: set[int] = set()
    while len(seen) < workers:
        seen |= {f.result() for f in [pool.submit(_ready) for _ in range(workers)]}


def run_on(pool: ProcessPoolExecutor, items: Iterable, workers: int) -> Iterator:
    """``annotate`` on a started pool of ``workers`` processes."""
    window: deque[tuple[object, Future]] = deque()
    for item in items:
        window.append((item, pool.submit(_run, item.to_json()) if isinstance(item, Document) else _done(item)))
        while len(window) > workers * WINDOW_PER_WORKER:
            yield _result(*window.popleft())
    while window:
        yield _result(*window.popleft())


def _result(item, future: Future):
    value = future.result()
    if not isinstance(item, Document):
        return value
    return Failed(*value) if isinstance(value, tuple) else Document.from_json(value)
