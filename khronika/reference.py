"""The reference date of an ingest: the year of a year-less dateline or stamp.

A page dated ``СИДНЕЙ, 6 ноября. /ТАСС/.``, ``6 ноября, 14:20`` or by a post's stamp ``12 окт в 08:15`` that gives
no year takes the year that puts its day on or before the *reference date* (or at most
``dates.REFERENCE_SLACK_DAYS`` after it): ``khronika ingest --as-of YYYY-MM-DD``, else the latest publication date
to the day that the other documents of the same ingest state themselves (a dateline, a stamp, metadata: not a date
through fusion), else the latest such date of the store; but a batch (or store) whose
dates span more than ``SPAN_DAYS`` (an archive of years, not a season's news) gives none. The year the text's own
dated references give (``dates.infer_year``: a story is written after the past it tells) is a lower bound: it stands
when the reference's is earlier, else the reference's replaces it (``Напомним, посол был отозван в июне 2029 года``
under ``18 ноября`` is of 2029 or any later year). Never the clock or a file's time: an export does not change with
the day it is made. Fusion dates first: an undated document whose lead event fuses with a dated report takes its
day (``published_from: fused``), the year another report of the event gives; the documents it leaves undated are
dated by the reference once the whole batch is stored and fused, so that the reference, and every date, is the same
whatever the order of the files; with no reference a document stays undated. Their time expressions and events are
dated anew (``Pipeline.redate``), as from a dateline with its year (``published_from: dateline``), and the
cross-document stage runs again for them.
"""
from __future__ import annotations

import datetime
from collections.abc import Callable

from .dates import year_before
from .errors import KhronikaError
from .records import Document
from .stages.clean import clean

_STATED = frozenset({"dateline", "metadata", "text"})  # a document's own date, not fusion's


def _stated(published: str | None, precision: str | None, provenance: str | None) -> datetime.date | None:
    if precision != "day" or provenance not in _STATED:
        return None
    return _day(published)


def _day(iso: str | None) -> datetime.date | None:
    if not iso:
        return None
    try:
        return datetime.date.fromisoformat(iso[:10])
    except ValueError:
        return None


SPAN_DAYS = 92  # a batch whose dates span more (an archive of years, not a season's news) gives no reference


def _latest(first: datetime.date | None, last: datetime.date | None) -> datetime.date | None:
    """The latest date of a batch (or store) whose dates lie within ``SPAN_DAYS``, else None."""
    return last if first and last and (last - first).days <= SPAN_DAYS else None


def store_reference(store) -> datetime.date | None:
    """The latest publication date to the day that a stored document states itself, when the store's such dates
    lie within ``SPAN_DAYS``; else None."""
    first, last = (_day(d) for d in store.stated_span(_STATED))
    return _latest(first, last)


class Reference:
    """What an ingest's batch says of its reference date, and its documents of a year-less day, dated once the batch
    is stored and fusion has dated what it could."""

    def __init__(self, as_of: datetime.date | None = None):
        self.as_of = as_of
        self.first: datetime.date | None = None  # the earliest and latest dates documents of the batch state
        self.latest: datetime.date | None = None
        self.held: dict[str, tuple[int, int]] = {}  # document id → (month, day) of its year-less dateline

    def see(self, doc: Document) -> None:
        """Take in a document of the batch: its own date counts towards the reference, or its year-less day waits
        (the day the clean stage read, else, from a pipeline without it, read again from its raw text)."""
        if doc.published_from in ("none", "dateline"):  # undated, or a dateline's year maybe from its references
            day_month = doc.day_month if "day_month" in doc.done else clean(doc.raw).day_month
            if day_month is not None:
                self.held[doc.id] = day_month
                return
        stated = _stated(doc.published.iso(), doc.published.precision, doc.published_from)
        if stated:
            self.first = min(self.first or stated, stated)
            self.latest = max(self.latest or stated, stated)

    def release(self, store, redate: Callable[[Document], Document]) -> set[str]:
        """Date the held documents that are still undated (fusion gives the year of another report of its lead event
        first), or whose year the text's references gave, by the reference; store them with their time expressions
        and events dated anew (``redate``).  Returns their ids."""
        held, self.held = self.held, {}
        if not held:
            return set()
        reference = self.as_of or (_latest(self.first, self.latest) if self.latest else store_reference(store))
        if reference is None:
            return set()
        rows = store.documents_by_id(held, text=False)
        out = set()
        for doc_id in sorted(rows):
            row = rows[doc_id]
            if row["published_from"] not in ("none", "dateline"):
                continue  # dated through fusion, or otherwise
            date = year_before(*held[doc_id], reference)
            if date is None or row["published"] and date.iso() <= row["published"]:
                continue  # the text's own references date it no earlier ("в июне 2031 года"): its year stands
            doc = store.document(doc_id)
            try:
                store.redate_document(redate(doc.replace(published=date, published_from="dateline")))
            except KhronikaError:  # a stage refused the dated one: kept as it was
                continue
            out.add(doc_id)
        return out
