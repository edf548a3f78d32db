"""The reference date of an ingest: the year of a year-less dateline or stamp.

A page dated ``СИДНЕЙ, 6 ноября. /ТАСС/.``, ``6 ноября, 14:20`` or by a post's stamp ``12 окт в 08:15`` that gives
no year takes the year that puts its day on or before the *reference date* (or at most
``dates.REFERENCE_SLACK_DAYS`` after it): ``khronika ingest --as-of YYYY-MM-DD``, else the latest publication date
to the day that the other documents of the same ingest state themselves (a dateline, a stamp, metadata: not a date
through fusion, nor one this module gave), else the latest such date of the store; but a batch (or store) whose
dates span more than ``SPAN_DAYS`` (an archive of years, not a season's news) gives none. The year the text's own
dated references give (``dates.infer_year``: a story is written after the past it tells) is a lower bound: it stands
when the reference's is earlier, else the reference's replaces it (``Напомним, посол был отозван в июне 2029 года``
under ``18 ноября`` is of 2029 or any later year). Never the clock or a file's time: an export does not change with
the day it is made. The documents are held until the batch is read, so that the reference, and every date, is the
same whatever the order of the files; with no reference a document stays undated. Its time expressions and events
are then dated anew (``Pipeline.redate``), as from a dateline with its year (``published_from: dateline``).
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
    if precision != "day" or provenance not in _STATED or not published:
        return None
    try:
        return datetime.date.fromisoformat(published[:10])
    except ValueError:
        return None


SPAN_DAYS = 92  # a batch whose dates span more (an archive of years, not a season's news) gives no reference


def _latest(first: datetime.date | None, last: datetime.date | None) -> datetime.date | None:
    """The latest date of a batch (or store) whose dates lie within ``SPAN_DAYS``, else None."""
    return last if first and last and (last - first).days <= SPAN_DAYS else None


def store_reference(store) -> datetime.date | None:
    """The latest publication date to the day that a stored document states itself, when the store's such dates
    lie within ``SPAN_DAYS``; else None."""
    days = [d for r in store.documents() if (d := _stated(r["published"], r["published_precision"],
                                                          r["published_from"]))]
    return _latest(min(days, default=None), max(days, default=None))


class Reference:
    """What an ingest's batch says of its reference date, and its year-less documents, held until it is read."""

    def __init__(self, as_of: datetime.date | None = None):
        self.as_of = as_of
        self.first: datetime.date | None = None  # the earliest and latest dates documents of the batch state
        self.latest: datetime.date | None = None
        self.held: list[tuple[Document, tuple[int, int]]] = []

    def hold(self, doc: Document) -> bool:
        """Take ``doc`` in: True when it is held (an undated page with a year-less day), else its own date counts
        towards the reference."""
        if doc.published_from in ("none", "dateline"):  # undated, or a dateline's year maybe from its references
            day_month = clean(doc.raw).day_month
            if day_month is not None:
                self.held.append((doc, day_month))
                return True
        stated = _stated(doc.published.iso(), doc.published.precision, doc.published_from)
        if stated:
            self.first = min(self.first or stated, stated)
            self.latest = max(self.latest or stated, stated)
        return False

    def release(self, store, redate: Callable[[Document], Document]) -> list[Document]:
        """The held documents, each dated by the reference (``redate`` dates its time expressions and events
        anew), or as they were when there is no reference; in the order they came."""
        if not self.held:
            return []
        reference = self.as_of or (_latest(self.first, self.latest) if self.latest else store_reference(store))
        out = []
        for doc, (month, day) in self.held:
            date = year_before(month, day, reference) if reference else None
            if date and doc.published.year and date.iso() <= doc.published.iso():
                date = None  # the text's own references date it no earlier ("в июне 2031 года"): its year stands
            try:
                out.append(redate(doc.replace(published=date, published_from="dateline")) if date else doc)
            except KhronikaError:  # a stage refused the dated one: kept as annotated, undated
                out.append(doc)
        self.held = []
        return out
