"""A stamp of what a store holds (``Store.stamp``): the last ingest run, when it finished, and the number of
documents and event reports.  Readers that keep what they built from the store (the API's records) build
it again when the stamp changes: every ingest, fusion and prune happens inside a run, and a document
saved outside one changes the counts."""
from __future__ import annotations

from sqlalchemy import func, select

from .models import DocumentRow, EventRow, RunRow


class Stamped:
    """The ``stamp`` of ``Store`` (mixed in; needs its ``_read``)."""

    def stamp(self) -> tuple:
        """One cheap read that changes whenever the store's content does."""
        with self._read() as conn:
            last = conn.execute(select(RunRow.id, RunRow.finished_at).order_by(RunRow.id.desc()).limit(1)).first()
            documents = conn.scalar(select(func.count()).select_from(DocumentRow))
            events = conn.scalar(select(func.count()).select_from(EventRow))
        return (tuple(last) if last else None, documents, events)
