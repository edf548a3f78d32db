"""Ingest: read files → run the pipeline → save each document in its own transaction.

Re-running is idempotent (documents are keyed by content hash: an unchanged one is not even
annotated again) and an interrupted run resumes, since every saved document is whole.  A run is
marked pending in the store before it saves its first document and cleared only after resolution
and fusion, so a run interrupted after its last save is finished by the next one, even when that one
finds every document unchanged.
Bad input never stops the run: each file that cannot be read is reported with its reason.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from .errors import KhronikaError, ReadError
from .fusion import fuse_store
from .pipeline import Pipeline
from .read import expand_paths, read_file
from .records import Document
from .resolve import resolve_store
from .settings import DEFAULT, LimitSettings


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)  # added / unchanged / replaced / skipped
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    seconds: float = 0.0
    resumed: int = 0  # earlier runs whose cross-document stage this one finished

    @property
    def processed(self) -> int:
        return self.counts["added"] + self.counts["replaced"] + self.counts["unchanged"]

    @property
    def docs_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    def skip(self, path: str, reason: str) -> None:
        self.counts["skipped"] += 1
        self.skipped.append((path, reason))


def ingest(paths: list[str], store, pipeline_factory: Callable[[], Pipeline], *,
           stdin: BinaryIO | None = None, progress=None, limits: LimitSettings = DEFAULT.limits) -> IngestReport:
    """Ingest ``paths`` into ``store``.  ``pipeline_factory`` is called once, and only if some
    document is new or changed.  ``progress(total)`` returns a callable advanced once per file;
    ``limits`` bound what is read."""
    report = IngestReport()
    started = time.perf_counter()
    run_id = store.begin_run()
    targets = expand_paths(paths)
    advance = progress(len(targets)) if progress else (lambda: None)
    pipeline: Pipeline | None = None
    marked = False
    for target in targets:
        if isinstance(target, ReadError):
            report.skip(target.path, target.message)
            advance()
            continue
        for item in read_file(target, stdin=stdin, limits=limits):
            if isinstance(item, ReadError):
                report.skip(item.path, item.message)
                continue
            doc = Document.from_source(item)
            if store.status(doc.path, doc.content_hash) == "unchanged":
                report.counts["unchanged"] += 1
                continue
            pipeline = pipeline or pipeline_factory()
            try:
                doc = pipeline(doc)
            except KhronikaError as exc:
                report.skip(doc.path, str(exc))
                continue
            if not marked:
                store.mark_pending(run_id)
                marked = True
            report.counts[store.save(doc)] += 1
        advance()
    pending = store.pending_runs()
    if pending:
        resolve_store(store)
        fuse_store(store, reanchor=lambda doc: (pipeline or pipeline_factory()).redate(doc))
        store.clear_pending(pending)
        report.resumed = len([r for r in pending if r != run_id])
    report.seconds = time.perf_counter() - started
    store.finish_run(run_id, dict(report.counts))
    return report
