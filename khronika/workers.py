"""The per-document stages on several processes: ``annotate(items, factory, workers)``.

Each worker process builds its own pipeline (its own models) once, with ``factory``; documents
travel to it and back as the records themselves, pickled (the very ``Document`` the worker made: reading
it back costs the calling process less than half what rebuilding it from JSON did, so that on a machine
whose cores the workers fill it takes less of their time).  Results come back in the order the items
went in, so a run on N workers stores exactly what a run on one does, and at most
``TASKS_PER_WORKER`` tasks of ``TASK_DOCS`` documents per worker are in flight: memory does not grow
with the corpus.  A process annotates the documents of a task (in one process: ``BATCH_DOCS`` of
them) together (``Pipeline.many``): natasha's models run on all their sentences at once.
The store is written by the calling process alone.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .errors import KhronikaError
from .pipeline import run_many
from .records import Document

BATCH_DOCS = 32  # documents annotated together in one process (``Pipeline.many``): the more, the less padding
GC_YOUNG = 50_000  # allocations between sweeps of the collector's young generation while annotating (Python: 700)
TASK_DOCS = 4  # documents sent to a worker process at once, annotated together there
TASKS_PER_WORKER = 2  # tasks in flight per worker process
READY_PAUSE_S = 0.1  # how long a worker holds a ``wait_ready`` task

_pipeline = None  # in a worker process: its pipeline


class Failed:
    """A document the pipeline refused (``KhronikaError``): its path and the reason."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message


def _start(factory: Callable) -> None:
    global _pipeline
    _pipeline = factory()
    fewer_collections().__enter__()  # for the worker process's life


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector's young generation swept every ``GC_YOUNG`` allocations, not 700, until
    the end: a document's records are thousands of objects, freed by reference counting, that otherwise set
    off a sweep every few sentences and one of every object of the models every few documents (7% of an
    ingest's time).  Left as it is when raised already (another ingest of this process)."""
    before = gc.get_threshold()
    raise_it = before[0] < GC_YOUNG
    if raise_it:
        gc.set_threshold(GC_YOUNG, *before[1:])
    try:
        yield
    finally:
        if raise_it:
            gc.set_threshold(*before)


def _ready() -> int:
    """A task that returns once this worker has built its pipeline (``_start`` ran before it),
    lingering a little so that the other workers take the other such tasks."""
    time.sleep(READY_PAUSE_S)
    return os.getpid()


def _run(docs: list[Document]) -> list[Document | tuple[str, str]]:
    return [(r.path, r.message) if isinstance(r, Failed) else r for r in through(_pipeline, docs)]


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
        for run in runs(items, BATCH_DOCS):
            docs = [x for x in run if isinstance(x, Document)]
            pipeline = pipeline or (factory() if docs else None)
            results = iter(through(pipeline, docs))
            yield from (next(results) if isinstance(x, Document) else x for x in run)
        return
    with start(factory, workers) as pool:
        yield from run_on(pool, items, workers)


def runs(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in runs of ``size`` documents (anything else among them rides along, in place)."""
    run: list = []
    count = 0
    for item in items:
        run.append(item)
        count += isinstance(item, Document)
        if count == size:
            yield run
            run, count = [], 0
    if run:
        yield run


def through(pipeline, docs: list[Document]) -> list:
    """``docs`` through ``pipeline`` (``pipeline.run_many``), each given back as a ``Document`` or,
    refused, as ``Failed``."""
    results = run_many(pipeline, docs)
    return [Failed(d.path, str(r)) if isinstance(r, KhronikaError) else r for d, r in zip(docs, results)]


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
    """``annotate`` on a started pool of ``workers`` processes: at most ``workers * TASKS_PER_WORKER * TASK_DOCS``
    documents in flight (counted in documents, so that the last tasks, of fewer each, keep every worker busy)."""
    window: deque[tuple[list, Future, int]] = deque()
    flying, most = 0, workers * TASKS_PER_WORKER * TASK_DOCS
    for run in tasks(items, workers):
        docs = [x for x in run if isinstance(x, Document)]
        window.append((run, pool.submit(_run, docs) if docs else _done([]), len(docs)))
        flying += len(docs)
        while flying > most:
            run, future, count = window.popleft()
            flying -= count
            yield from _results(run, future)
    while window:
        yield from _results(*window.popleft()[:2])


def tasks(items: Iterable, workers: int) -> Iterator[list]:
    """``items`` in runs of ``TASK_DOCS`` documents (``runs``), read a window of runs ahead; on several workers the
    documents of that last window, once the items end, in runs that shrink as the end nears (``shrinking``): a worker
    that ends its share early takes a small run, not a whole one (with a few documents, runs of four split unevenly
    between two workers), while the runs before the last ones still hold several documents, which natasha's models
    annotate together at less cost each (annotating every document of the window alone cost 8% more)."""
    ahead: deque[list] = deque()
    for run in runs(items, TASK_DOCS):
        ahead.append(run)
        if len(ahead) > workers * TASKS_PER_WORKER:
            yield ahead.popleft()
    if workers > 1:
        yield from shrinking([x for run in ahead for x in run], workers)
    else:
        yield from ahead


def shrinking(items: list, workers: int) -> Iterator[list]:
    """``items`` in order, in runs of at most ``TASK_DOCS`` documents, each run's text (counted in characters) at
    most what is left over ``2 * workers`` (at least one document): the longer runs first, single documents last,
    so that the workers end together (guided self-scheduling).  Anything else rides along, in place."""
    size = [len(x.text) if isinstance(x, Document) else 0 for x in items]
    left = sum(size)
    run: list = []
    count = chars = 0
    for i, item in enumerate(items):
        if isinstance(item, Document) and count and (count == TASK_DOCS or (chars + size[i]) * 2 * workers > left):
            yield run
            left -= chars
            run, count, chars = [], 0, 0
        run.append(item)
        count += isinstance(item, Document)
        chars += size[i]
    if run:
        yield run


def _results(run: list, future: Future) -> Iterator:
    values = iter(future.result())
    for item in run:
        if not isinstance(item, Document):
            yield item
            continue
        value = next(values)
        yield Failed(*value) if isinstance(value, tuple) else value
