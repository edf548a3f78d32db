"""Ingest: read files → run the pipeline → save each document in its own transaction.

Re-running is idempotent (documents are keyed by content hash: an unchanged one is not even
annotated again) and an interrupted run resumes, since every saved document is whole.  A run is
marked pending in the store before it saves its first document and cleared only after resolution
and fusion, so a run interrupted after its last save is finished by the next one, even when that one
finds every document unchanged.
Bad input never stops the run: each file that cannot be read is reported with its reason.
"""
from __future__ import annotations

import functools
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from sqlalchemy.exc import DBAPIError

from .errors import KhronikaError, ReadError
from .fusion import fuse_store
from .pipeline import Pipeline
from .read import expand_paths, read_file
from .records import Document
from .resolve import resolve_store
from .settings import DEFAULT, LimitSettings
from .workers import Failed, annotate


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)  # added / unchanged / replaced / skipped
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    seconds: float = 0.0
    cross_seconds: float = 0.0  # of which the cross-document stage
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
           stdin: BinaryIO | None = None, progress=None, workers: int = 1, engine: str = "local",
           address: str | None = None, limits: LimitSettings = DEFAULT.limits, wait: bool = True,
           on_wait: Callable[[], None] | None = None) -> IngestReport:
    """Ingest ``paths`` into ``store``.  ``pipeline_factory`` is called once (in each of ``workers``
    processes when more than one, or Ray actors with ``engine="ray"``, at ``address`` or local), and
    only if some document is new or changed.  ``progress(total)``
    returns a callable advanced once per file; ``limits`` bound what is read.

    The run is marked pending in the store before its first document is saved and cleared only once
    the cross-document stage is done: a run that finds an earlier one pending (interrupted after it
    saved documents) redoes the cross-document stage over the whole store.  The run holds the store's
    writer lock: a second ingest waits for it (``on_wait`` is called once), or with ``wait=False`` is
    refused (``E_BUSY``)."""
    with store.writer(wait, on_wait):  # one writer at a time: a second one waits, or is refused
        return _ingest(paths, store, pipeline_factory, stdin, progress, workers, engine, address, limits)


def _ingest(paths, store, pipeline_factory, stdin, progress, workers, engine, address, limits) -> IngestReport:
    report = IngestReport()
    started = time.perf_counter()
    run_id = store.begin_run()
    targets = expand_paths(paths)
    advance = progress(len(targets)) if progress else (lambda: None)
    saved: set[str] = set()  # documents added or replaced
    new = _new_documents(targets, store, report, advance, stdin, limits)
    for doc in annotate(new, pipeline_factory, workers, engine, address):
        if isinstance(doc, Failed):
            report.skip(doc.path, doc.message)
            continue
        if not saved:
            store.mark_pending(run_id)
        try:
            result = store.save(doc)
        except (DBAPIError, OSError) as exc:  # a full disk, a store made read-only meanwhile
            stored = report.counts["added"] + report.counts["replaced"]
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise KhronikaError("E_WRITE", path=doc.path, detail=detail, stored=stored) from None
        report.counts[result] += 1
        if result != "unchanged":
            saved.add(doc.id)
    pending = store.pending_runs()
    if pending:
        pipeline = functools.cache(pipeline_factory)  # built here only if a document is re-dated through fusion

        def reanchor(doc: Document) -> Document:
            return pipeline().redate(doc)

        earlier = [r for r in pending if r != run_id]
        cross_started = time.perf_counter()
        cross_document(store, None if earlier else saved, reanchor=reanchor,
                       replaced=bool(report.counts["replaced"]))
        report.cross_seconds = time.perf_counter() - cross_started
        store.clear_pending(pending)
        report.resumed = len(earlier)
    report.seconds = time.perf_counter() - started
    store.finish_run(run_id, dict(report.counts))
    return report


def _new_documents(targets: list, store, report: IngestReport, advance, stdin,
                   limits: LimitSettings) -> Iterator[Document]:
    """The documents of ``targets`` that the store does not hold yet (unchanged and unreadable ones
    are counted in ``report``)."""
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
            yield doc
        advance()


def cross_document(store, saved: set[str] | None, reanchor=None, replaced: bool = False) -> None:
    """The cross-document stage after ``saved`` (document ids) were added or replaced: resolve the
    store's persons, then bring the event groups up to date for what changed (``fusion``), at a
    cost in proportion to them; ``saved=None``: for the whole store.  When some ``replaced`` older
    versions, every surname is resolved again (a person may have gone with an old version)."""
    relinked = resolve_store(store, None if saved is None or replaced else saved)
    if saved is None:
        redated = fuse_store(store, reanchor=reanchor)
    else:
        redated = fuse_store(store, reanchor=reanchor, docs=saved,
                             entities=set(relinked or ()) | store.new_office_holders(saved))
    read_formats(store, set(saved or ()) | set(redated or ()) | set(store.documents_without_format_mentions()))


def read_formats(store, docs: set[str]) -> None:
    """Record what ``docs`` say of dialogue formats (``formats.told_by``), for ``formats`` and ``export``."""
    from .formats import told_by

    rows = store.documents_by_id(docs, text=False)  # told_by reads each document whole
    events: dict[str, list[dict]] = {d: [] for d in rows}
    for e in store.events_by(docs=rows):  # one read, not one per document (each reads the store's links)
        events[e["doc"]].append(e)
    store.set_format_mentions([told_by(store, rows[d], events[d]) for d in sorted(rows)])
