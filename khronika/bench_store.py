"""``khronika bench``'s clock and its measure of the cross-document stage against the store's size: the time to
store new documents and run the cross-document stage on them in synthetic stores of two sizes (``into_stores``,
issue 11: 100 new documents into 20k stored ones at most 1.2 times as long as into 1k)."""
from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from . import synthetic
from .records import Document


def timed(fn: Callable) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def timed_both(fn: Callable) -> tuple[float, float]:
    """Seconds of ``fn()`` on the clock and in this process's CPU."""
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - started, time.process_time() - cpu


STORE_ROUNDS = 5  # paired measurements of new documents into the small and the large store; medians reported


def built_store(size: int, tmp: Path) -> Path:
    """A synthetic store of ``size`` documents (``synthetic.fill``), built once, closed."""
    from .store import Store

    path = tmp / f"store{size}.db"
    with Store(path) as store:
        synthetic.fill(store, size)
    return path


def into_store(built: Path, docs: list[Document], tmp: Path) -> tuple[float, float]:
    """Seconds (on the clock, and in CPU) to store ``docs`` and run the cross-document stage on them, in a
    fresh copy of the synthetic store ``built``."""
    from .ingest import cross_document
    from .store import Store

    copy = tmp / f"copy-{built.name}"
    for suffix in ("", "-wal"):
        if Path(f"{built}{suffix}").exists():
            shutil.copyfile(f"{built}{suffix}", f"{copy}{suffix}")
    with Store(copy) as store:
        def add() -> None:
            store.save_many(docs)
            cross_document(store, {d.id for d in docs})

        seconds = timed_both(add)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return seconds


def into_stores(sizes: tuple[int, int], new: int, tmp: Path, rounds: int = STORE_ROUNDS) -> dict:
    """``new_into_small_s``, ``new_into_large_s``: the medians of ``rounds`` measurements (``into_store``)
    of the same ``new`` synthetic documents into each store, the two sizes in turn and in alternating
    order, so that both see the same load; ``store_size_ratio``: the median of the rounds' ratios,
    large over small (``store_size_ratio_cpu``: the same in CPU seconds, which other processes on a shared
    machine disturb less than the clock).  The new documents' persons are persons of both stores (the small
    store's pool), each as often reported in either (``synthetic.fill``): the large store differs by its size
    alone."""
    built = {size: built_store(size, tmp) for size in sizes}
    docs = list(synthetic.documents(new, seed=7, tag="n", pool=max(8, min(sizes) // 4)))
    seconds: dict[int, list[tuple[float, float]]] = {size: [] for size in sizes}
    for r in range(rounds):
        for size in sizes if r % 2 == 0 else sizes[::-1]:
            seconds[size].append(into_store(built[size], docs, tmp))
    small, large = (seconds[size] for size in sizes)
    return {"new_into_small_s": statistics.median(a for a, _ in small),
            "new_into_large_s": statistics.median(b for b, _ in large),
            "store_size_ratio": statistics.median(b / a for (a, _), (b, _) in zip(small, large)),
            "store_size_ratio_cpu": statistics.median(b / a for (_, a), (_, b) in zip(small, large))}
