"""``ingest --engine ray``: the per-document stages as a Ray Data pipeline, for users with a cluster.

Documents go in chunks to a Ray dataset whose ``map_batches`` runs on a pool of actors, each
holding its own pipeline (its models, built once by the pipeline factory); results come back in
input order (``preserve_order``), so the store, written by the calling process alone, gets what the
local engine gives it.  ``address`` is a running cluster's (``ray start --head`` / ``auto``); without
one, Ray starts locally with ``workers`` CPUs and is shut down afterwards.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator

from .pipeline import run_many
from .records import Document

CHUNK = 256  # documents per dataset: bounds what the driver holds
BATCH = 4  # documents per actor call, annotated together


class _Annotator:
    """A Ray actor: one pipeline, documents in and out as JSON strings."""

    def __init__(self, factory: Callable):
        self.pipeline = factory()

    def __call__(self, batch: dict) -> dict:
        """The batch's documents annotated together (``pipeline.run_many``)."""
        docs = [Document.from_json(json.loads(data)) for data in batch["doc"]]
        return {"doc": [json.dumps({"ok": r.to_json()} if isinstance(r, Document) else {"failed": [d.path, str(r)]},
                                   ensure_ascii=False) for d, r in zip(docs, run_many(self.pipeline, docs))]}


def available() -> str | None:
    """Why the Ray engine cannot run here, or None."""
    try:
        import ray.data  # noqa: F401
    except ImportError:
        return "Ray is not installed: pip install 'khronika[cluster]' (ray[data])"
    return None


def annotate(items: Iterable, factory: Callable, workers: int, address: str | None, failed: Callable) -> Iterator:
    """As ``workers.annotate``: ``items`` with each ``Document`` run through the pipeline on Ray
    (or replaced by ``failed(path, reason)``), anything else passed through in place."""
    import ray

    started = not ray.is_initialized()
    if started:
        ray.init(address=address, num_cpus=None if address else max(1, workers), include_dashboard=False,
                 log_to_driver=False, logging_level=logging.WARNING)
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        chunk: list = []
        for item in items:
            chunk.append(item)
            if len(chunk) == CHUNK:
                yield from _run(chunk, factory, workers, failed)
                chunk = []
        if chunk:
            yield from _run(chunk, factory, workers, failed)
    finally:
        if started:
            ray.shutdown()


def _run(chunk: list, factory: Callable, workers: int, failed: type) -> Iterator:
    import ray

    docs = [json.dumps(d.to_json(), ensure_ascii=False) for d in chunk if isinstance(d, Document)]
    results: Iterator = iter(())
    if docs:
        ds = ray.data.from_items([{"doc": d} for d in docs])
        ds = ds.map_batches(_Annotator, fn_constructor_args=(factory,), batch_size=BATCH,
                            concurrency=max(1, workers), num_cpus=1)
        results = (json.loads(row["doc"]) for row in ds.iter_rows())
    for item in chunk:
        if not isinstance(item, Document):
            yield item
            continue
        got = next(results)
        yield Document.from_json(got["ok"]) if "ok" in got else failed(*got["failed"])
