"""Ingest: read files → run the pipeline → save the documents, a few in one transaction (``SAVE_DOCS``).

Re-running is idempotent (documents are keyed by content hash: an unchanged one is not even
annotated again, unless an older version of khronika annotated it) and an interrupted run resumes,
since every saved document is whole.  A run is marked pending in the store before it saves its first
document and cleared only after resolution and fusion, so a run interrupted after its last save is
finished by the next one, even when that one finds every document unchanged.
Bad input never stops the run: each file that cannot be read is reported with its reason.

Document identity (``store/paths.py``): a path (resolved absolute, so ``./a.txt``, ``a.txt`` and
``/abs/a.txt`` are one) has one current document, its content.  A file overwritten, re-pathed or swapped
with another ends as its current content (content already stored is pointed to, not annotated again); the
same content under two paths is one document with two paths.  The files that vanished from a folder
ingested again (and the lines of a JSON Lines file read again) are reported (``IngestReport.gone``);
``prune=True`` removes their documents and all derived from them.  Standard input is one path,
``<stdin>``; a JSON Lines record is ``file.jsonl:N``.
"""
from __future__ import annotations

import datetime
import functools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from sqlalchemy.exc import DBAPIError

from .errors import KhronikaError, ReadError
from .fusion import fuse_store
from .pipeline import Pipeline
from .read import STDIN, display, expand_paths, read_file
from .records import Document, Mention, Sentence, Source
from .reference import Reference
from .resolve import resolve_store
from .settings import DEFAULT, LimitSettings
from .workers import BATCH_DOCS, Failed, annotate, fewer_collections, runs

# documents stored in one transaction: those annotated together in one process (a run interrupted loses at most
# those in flight, annotated or being annotated), in one insert per table, and one commit, not four
SAVE_DOCS = BATCH_DOCS
VIEWS_KEPT = 2000  # documents of a run whose ``told_view`` is kept for the formats (the others are read back)


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)  # added / unchanged / replaced / skipped
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    seconds: float = 0.0
    cross_seconds: float = 0.0  # of which the cross-document stage
    resumed: int = 0  # earlier runs whose cross-document stage this one finished
    reannotated: int = 0  # of the replaced: unchanged documents annotated again (older khronika, or force)
    gone: list[str] = field(default_factory=list)  # paths (as shown) whose file vanished, kept
    removed: int = 0  # documents removed with ``prune`` (their files vanished)
    pruned: list[str] = field(default_factory=list)  # paths dropped with ``prune``
    removed_ids: list[str] = field(default_factory=list)

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
           on_wait: Callable[[], None] | None = None, force: bool = False,
           prune: bool = False, as_of: datetime.date | None = None) -> IngestReport:
    """Ingest ``paths`` into ``store``.  ``pipeline_factory`` is called once (in each of ``workers``
    processes when more than one, or Ray actors with ``engine="ray"``, at ``address`` or local), and
    only if some document is new or changed.  ``progress(total)``
    returns a callable advanced once per file; ``limits`` bound what is read.

    The run is marked pending in the store before its first document is saved and cleared only once
    the cross-document stage is done: a run that finds an earlier one pending (interrupted after it
    saved documents) redoes the cross-document stage over the whole store.  The run holds the store's
    writer lock: a second ingest waits for it (``on_wait`` is called once), or with ``wait=False`` is
    refused (``E_BUSY``).  ``prune``: remove the documents whose files vanished (``IngestReport.gone``).

    A document stored unchanged by another (older) version of khronika is annotated again and
    replaced; ``force``: every document read is, even one this version stored.  ``as_of``: the reference date of
    year-less datelines (``reference.py``; else the latest date the batch's documents, or the store's, state)."""
    with store.writer(wait, on_wait), fewer_collections():  # one writer at a time: a second one waits, or is refused
        return _ingest(paths, store, pipeline_factory, stdin, progress, workers, engine, address, limits, prune,
                       force, as_of)


class _Run:
    """What one run has seen and changed: the paths' keys, and the store marked pending before its
    first change."""

    def __init__(self, store, run_id: int):
        self.store, self.run_id = store, run_id
        self.marked = False
        self.keys: dict[tuple[str, str], tuple[str, str | None]] = {}  # (doc id, path) → (key, file)
        self.seen: set[str] = set()  # the keys read this run
        self.read_files: set[str] = set()  # JSON Lines files some record of which was read

    def touch(self) -> None:
        if not self.marked:
            self.store.mark_pending(self.run_id)
            self.marked = True

    def key(self, target: str, doc: Document) -> tuple[str, str | None]:
        """The identity of ``doc`` read from ``target``: ``(key, resolved file)``."""
        if target == STDIN:
            key, file = doc.path, None
        else:
            file = display(os.path.realpath(target))
            key = file + doc.path[len(display(str(target))):]  # ":N" for a JSON Lines record
            if key != file:
                self.read_files.add(file)
        self.keys[doc.id, doc.path] = (key, file)
        self.seen.add(key)
        return key, file


def _ingest(paths, store, pipeline_factory, stdin, progress, workers, engine, address, limits,
            prune: bool = False, force: bool = False, as_of: datetime.date | None = None) -> IngestReport:
    report = IngestReport()
    started = time.perf_counter()
    run = _Run(store, store.begin_run())
    run_id = run.run_id
    targets = expand_paths(paths)
    advance = progress(len(targets)) if progress else (lambda: None)
    saved: set[str] = set()  # documents added or replaced
    views: dict[str, Document] = {}  # what the formats read of the first ``VIEWS_KEPT`` of them (``told_view``)
    again: set[str] = set()  # stored unchanged, annotated again
    new = _new_documents(targets, store, report, advance, stdin, limits, run, force, again)
    pipeline = functools.cache(pipeline_factory)  # built here only if a document is re-dated
    reference = Reference(as_of)  # year-less pages, dated by the batch's reference date after fusion

    def store_docs(docs: list[Document]) -> None:
        if docs:
            run.touch()
            for doc, result in zip(docs, _save_run(report, store, docs, [run.keys[d.id, d.path] for d in docs], force)):
                report.reannotated += doc.id in again and result == "replaced"
                if result != "unchanged":
                    saved.add(doc.id)
                    if len(views) < VIEWS_KEPT:
                        views[doc.id] = told_view(doc)

    for batch in runs(annotate(new, pipeline_factory, workers, engine, address), SAVE_DOCS):
        for failed in batch:
            if isinstance(failed, Failed):
                report.skip(failed.path, failed.message)
        docs = [d for d in batch if isinstance(d, Document)]
        for doc in docs:
            reference.see(doc)
        store_docs(docs)
    _vanished(paths, targets, run, report, prune)
    pending = store.pending_runs()
    if pending:
        def reanchor(doc: Document) -> Document:
            return pipeline().redate(doc)

        earlier = [r for r in pending if r != run_id]
        cross_started = time.perf_counter()
        saved -= set(report.removed_ids)
        cross_document(store, None if earlier else saved, reanchor=reanchor,
                       replaced=bool(report.counts["replaced"] or report.removed), views=views)
        dated = reference.release(store, reanchor)  # year-less pages fusion left undated: the reference's year
        if dated:
            cross_document(store, dated, reanchor=reanchor)
        report.cross_seconds = time.perf_counter() - cross_started
        store.clear_pending(pending)
        report.resumed = len(earlier)
    report.seconds = time.perf_counter() - started
    store.finish_run(run_id, dict(report.counts))
    return report


def _save_run(report: IngestReport, store, docs: list[Document], keys: list, force: bool) -> list[str]:
    """Store ``docs`` (with their ``(key, file)``) in one transaction, counted in ``report``; should that
    fail, one after another, so that the run stops (``E_WRITE``) at the document that cannot be stored,
    those before it kept."""
    try:
        results = store.save_many(docs, keys, force)
    except (DBAPIError, OSError):
        results = None
    out = []
    for i, doc in enumerate(docs):
        result = results[i] if results else _written(report, doc.path, functools.partial(store.save, force=force),
                                                     doc, *keys[i])
        report.counts[result] += 1
        out.append(result)
    return out


def _written(report: IngestReport, path: str, write: Callable, *args):
    """``write(*args)``; a store that cannot be written any more (a full disk, made read-only meanwhile)
    stops the run with ``E_WRITE``, saying how many documents of the run were stored."""
    try:
        return write(*args)
    except (DBAPIError, OSError) as exc:
        stored = report.counts["added"] + report.counts["replaced"]
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise KhronikaError("E_WRITE", path=path, detail=detail, stored=stored) from None


def _vanished(paths: list[str], targets: list, run: _Run, report: IngestReport, prune: bool) -> None:
    """Find the paths whose files vanished from the folders of ``paths`` (and the JSON Lines records no
    more in their files); with ``prune``, remove them and the documents left with no path."""
    folders = [display(os.path.realpath(p)) for p in paths if p != STDIN and os.path.isdir(p)]
    listed = {display(os.path.realpath(t)) for t in targets if isinstance(t, str) and t != STDIN}
    gone = run.store.vanished(folders, listed, run.seen, run.read_files)
    if not gone:
        return
    if not prune:
        report.gone = [g["shown"] for g in gone]
        return
    run.touch()
    report.removed_ids = _written(report, gone[0]["shown"], run.store.forget, [g["key"] for g in gone])
    report.removed = len(report.removed_ids)
    report.pruned = [g["shown"] for g in gone]


def _new_documents(targets: list, store, report: IngestReport, advance, stdin,
                   limits: LimitSettings, run: _Run, force: bool = False,
                   again: set | None = None) -> Iterator[Document]:
    """The documents of ``targets`` that the store does not hold yet, or holds as another version of
    khronika annotated them (all, with ``force``; their ids go into ``again``); unchanged and
    unreadable ones are counted in ``report`` (a path whose content is stored is pointed to it)."""
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
            key, file = run.key(target, doc)
            status = store.status(key, doc.content_hash)
            if status == "unchanged" and not force:
                if store.points_to(key) != doc.id:  # content stored under another path
                    run.touch()
                    report.counts[_written(report, doc.path, store.claim, doc.id, key, doc.path, file)] += 1
                else:
                    report.counts["unchanged"] += 1
                continue
            if status in ("unchanged", "stale") and again is not None:
                again.add(doc.id)
            yield doc
        advance()


def cross_document(store, saved: set[str] | None, reanchor=None, replaced: bool = False,
                   views: dict[str, Document] | None = None) -> None:
    """The cross-document stage after ``saved`` (document ids) were added or replaced: resolve the
    store's persons, then bring the event groups up to date for what changed (``fusion``), at a
    cost in proportion to them; ``saved=None``: for the whole store.  When some ``replaced`` older
    versions, every surname is resolved again (a person may have gone with an old version).
    ``views``: ``told_view`` of documents as this run stored them (not of those fusion dates anew)."""
    relinked = resolve_store(store, None if saved is None or replaced else saved)
    if saved is None:
        redated = fuse_store(store, reanchor=reanchor)
    else:
        redated = fuse_store(store, reanchor=reanchor, docs=saved,
                             entities=set(relinked or ()) | store.new_office_holders(saved))
    redated = set(redated or ())
    read = set(saved or ()) | redated
    read_formats(store, read | set(store.documents_without_format_mentions(read)),
                 {d: v for d, v in (views or {}).items() if d not in redated})


def read_formats(store, docs: set[str], views: dict[str, Document] | None = None) -> None:
    """Record what ``docs`` say of dialogue formats (``formats.told_by``), for ``formats`` and ``export``;
    ``views``: ``told_view`` of some of them as they were stored, which need not be read back."""
    from .format_parties import org_entities
    from .formats import told_by

    rows = store.documents_by_id(docs, text=False)
    events: dict[str, list[dict]] = {d: [] for d in rows}
    for e in store.events_by(docs=rows):  # one read, not one per document (each reads the store's links)
        events[e["doc"]].append(e)
    kept = {d: v for d, v in (views or {}).items() if d in rows}
    # what told_by reads of each other document, a few reads for all
    views = {**store.told_views([d for d in rows if d not in kept]), **kept}
    links = store.links_of({e for v in views.values() for e in org_entities(v)})  # one read, not one per document
    store.set_format_mentions([told_by(store, rows[d], events[d], views[d], links) for d in sorted(rows)])


def told_view(doc: Document) -> Document:
    """What ``formats.told_by`` reads of a document, as ``Store.told_views`` reads it back once stored: its
    id, path, text, sentences without their tokens, time expressions and mentions (one per span, the first,
    in the order of their offsets), without decoding the stored annotations (a third of reading formats)."""
    spans: dict[tuple[int, int], Mention] = {}
    for m in doc.mentions:
        spans.setdefault((m.start, m.stop), m)
    return Document(id=doc.id, path=doc.path, raw="", text=doc.text, mentions=tuple(spans[k] for k in sorted(spans)),
                    sentences=tuple(Sentence(s.start, s.stop, s.text) for s in doc.sentences), timexes=doc.timexes)


def ingest_source(src: Source, store, pipeline, key: str, wait: bool = True) -> tuple[str, str]:
    """One document that comes from no file (the API's ``POST /documents``) as the current content of
    ``key``, with the cross-document stage after it, as one logged run under the writer lock.  ``pipeline``:
    a built ``Pipeline`` (its ``KhronikaError`` propagates).  Returns the document's id and ``added``,
    ``replaced`` or ``unchanged``."""
    doc = Document.from_source(src)
    with store.writer(wait):
        run_id = store.begin_run()
        result = "unchanged"
        if store.points_to(key) != doc.id:
            store.mark_pending(run_id)
            stored = store.status(key, doc.content_hash) == "unchanged"
            result = store.claim(doc.id, key, src.path) if stored else store.save(pipeline(doc), key)
        pending = store.pending_runs()
        if pending:
            saved = {doc.id} if result != "unchanged" and len(pending) == 1 else None
            cross_document(store, saved, reanchor=pipeline.redate, replaced=result == "replaced")
            store.clear_pending(pending)
        store.finish_run(run_id, {result: 1})
    return doc.id, result
