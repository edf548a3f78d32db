"""A stamp of what a store holds (``Store.stamp``): the last ingest run, when it finished, and the number of
documents and event reports (and ``Store.stated_span``, the days its documents state as their own).  Readers that
keep what they built from the store (the API's records) build it again when the stamp changes: every ingest, fusion
and prune happens inside a run, and a document saved outside one changes the counts."""
from __future__ import annotations

from sqlalchemy import func, select

from .models import DocumentRow, EventRow, RunRow


class Stamped:
    """The ``stamp`` and ``stated_span`` of ``Store`` (mixed in; needs its ``_read``)."""

    def stamp(self) -> tuple:
        """One cheap read that changes whenever the store's content does."""
        with self._read() as conn:
            last = conn.execute(select(RunRow.id, RunRow.finished_at).order_by(RunRow.id.desc()).limit(1)).first()
            documents = conn.scalar(select(func.count()).select_from(DocumentRow))
            events = conn.scalar(select(func.count()).select_from(EventRow))
        return (tuple(last) if last else None, documents, events)

    def stated_span(self, sources: frozenset[str]) -> tuple[str | None, str | None]:
        """The earliest and the latest day (ISO) a stored document states as its own date (``published_from`` one of
        ``sources``), each read along the index of ``published``, not the documents' list."""
        told = (DocumentRow.published_precision == "day") & DocumentRow.published_from.in_(sources)
        with self._read() as conn:
            return tuple(conn.scalar(select(DocumentRow.published).where(told).order_by(order).limit(1))
                         for order in (DocumentRow.published.asc(), DocumentRow.published.desc()))
