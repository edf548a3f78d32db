"""Document identity: which document is the current content of which path.

A document is its content (its id comes from the content hash); a path is an identity ``key``: a file's
resolved absolute path (``./a.txt``, ``a.txt`` and ``/abs/a.txt`` are one key), a JSON Lines
record's ``/abs/file.jsonl:N``, ``<stdin>`` for standard input.  ``document_paths`` maps each key to the
document that is its current content, with the path as the user gave it (``shown``, what
``documents.path`` shows) and the resolved file (``file``, to find the files that vanished from a folder).

- a path whose content changed points to the new content's document (``replaced``);
- the same content under two paths is one document with two paths (fusion must not count one text twice
  as two outlets' reports; export shows one of its paths);
- a document that no path points to any more goes, with everything derived from it (its events leave
  their fused groups, whose other members are marked for fusion to compute again).

``documents.path`` stays unique: a shown path already shown for another key is shown as its key.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Literal

from sqlalchemy import and_, delete, func, or_, select, update

from . import queries, search
from .models import DocumentEntityRow, DocumentPathRow, DocumentRow
from .rows import FACTS

PathResult = Literal["added", "unchanged", "replaced"]


def shown_name(path: str) -> str:
    """A path as the API shows it: the file's name (``file.jsonl:7`` for a record), not its folders."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class PathIndex:
    """The part of ``Store`` that keeps ``document_paths`` (``_session``, ``_read`` and ``mark_group_mates``
    come from ``Store``)."""

    def claim(self, doc_id: str, key: str, shown: str | None = None, file: str | None = None) -> PathResult:
        """Make the stored document ``doc_id`` the current content of ``key``: ``unchanged`` when it was
        already, or ``key`` is new (no new document), ``replaced`` when ``key`` was another document's (that
        one goes when no other path points to it)."""
        with self._session.begin() as s:
            result = self._point(s, doc_id, key, shown or key, file)
            if result == "replaced":
                queries.prune_orphans(s)
        return "unchanged" if result == "added" else result

    def _point(self, s, doc_id: str, key: str, shown: str, file: str | None, new: bool = False) -> PathResult:
        """Point ``key`` at ``doc_id`` within ``s``; with ``new``, before ``doc_id``'s row is added (its
        path row is then added by ``_add_path``)."""
        row = s.get(DocumentPathRow, key) or self._legacy(s, key, shown, file)
        if row is not None and row.doc == doc_id:
            if file and row.file is None:
                row.file = file
            return "unchanged"
        old = None
        if row is not None:
            old = row.doc
            s.delete(row)
            s.flush()
            self._unmapped(s, old, row.shown)
        if not new:
            self._add_path(s, doc_id, key, shown, file)
        return "added" if old is None else "replaced"

    def _add_path(self, s, doc_id: str, key: str, shown: str, file: str | None) -> str:
        """Add the row of ``key``; returns the path shown for it (``shown`` unless another key shows it)."""
        shown = self.unique_shown(s, key, shown)
        s.add(DocumentPathRow(key=key, doc=doc_id, shown=shown, file=file))
        s.flush()
        return shown

    @staticmethod
    def unique_shown(s, key: str, shown: str) -> str:
        """``shown``, or ``key`` when another key shows it (``documents.path`` stays unique)."""
        taken = s.scalar(select(DocumentPathRow.key).where(DocumentPathRow.shown == shown,
                                                           DocumentPathRow.key != key).limit(1))
        return key if taken else shown

    @staticmethod
    def _legacy(s, key: str, shown: str, file: str | None) -> DocumentPathRow | None:
        """A row of an older store keyed by the path as given (``shown``), adopted under ``key``."""
        if not file or shown == key or os.path.isabs(shown):
            return None
        row = s.get(DocumentPathRow, shown)
        if row is None or row.file is not None:
            return None
        doc, shown_before = row.doc, row.shown
        s.delete(row)
        s.flush()
        adopted = DocumentPathRow(key=key, doc=doc, shown=shown_before, file=file)
        s.add(adopted)
        s.flush()
        return adopted

    def _unmapped(self, s, doc_id: str, shown: str) -> None:
        """After a path of ``doc_id`` went: remove the document when it has no path left, else show one of
        those it has."""
        left = s.scalar(select(func.min(DocumentPathRow.shown)).where(DocumentPathRow.doc == doc_id))
        if left is None:
            self._remove(s, doc_id)
        else:
            s.execute(update(DocumentRow).where(DocumentRow.id == doc_id, DocumentRow.path == shown).values(path=left))

    def _remove(self, s, doc_id: str) -> None:
        """Delete a document and everything derived from it within ``s``: its facts, its events' places in
        their fused groups (the other members are marked to be fused again), its search entry, the entities
        nothing else names."""
        self.mark_group_mates(s, doc_id)
        for _, model in FACTS.values():
            s.execute(delete(model).where(model.doc == doc_id))
        s.execute(delete(DocumentEntityRow).where(DocumentEntityRow.doc == doc_id))
        s.execute(delete(DocumentPathRow).where(DocumentPathRow.doc == doc_id))
        search.unindex(s.connection(), doc_id)
        s.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
        s.flush()  # the entities nothing names any more are pruned by the caller, once, at the end

    # --- files that vanished -------------------------------------------------------------------------

    def vanished(self, folders: Iterable[str], listed: set[str], seen: set[str],
                 read_files: set[str]) -> list[dict]:
        """The paths whose file vanished: stored under one of ``folders`` (resolved) but no more among the
        ``listed`` files nor on disk (a file hidden since is not gone), and JSON Lines records of
        ``read_files`` (read this run) whose line is no more among the ``seen`` keys.  Rows ``key``, ``doc``,
        ``shown``, ``file``, ordered by ``shown``."""
        conditions = [self._under(folder.rstrip(os.sep) + os.sep) for folder in folders]
        if read_files:
            conditions.append(DocumentPathRow.file.in_(sorted(read_files)))
        if not conditions:
            return []
        query = select(DocumentPathRow.key, DocumentPathRow.doc, DocumentPathRow.shown, DocumentPathRow.file)
        with self._read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.where(or_(*conditions)))]
        gone = [r for r in rows if (r["file"] not in listed and not os.path.lexists(r["file"]))
                or (r["file"] in read_files and r["key"] not in seen)]
        return sorted(gone, key=lambda r: r["shown"])

    def _under(self, prefix: str):
        """The condition on ``document_paths.file`` of the files under a folder (``prefix`` ends with the
        separator).  In SQLite also as a range of the column (binary order), so that the index of ``file``
        finds them instead of every path of the store being read (``LIKE`` alone cannot use it)."""
        under = DocumentPathRow.file.startswith(prefix, autoescape=True)
        if not self.url.startswith("sqlite"):
            return under
        return and_(DocumentPathRow.file >= prefix, DocumentPathRow.file < prefix + "\U0010ffff", under)

    def forget(self, keys: Iterable[str]) -> list[str]:
        """Drop the paths ``keys``; the documents left with no path go with all that derives from them.
        Returns the ids of the documents removed."""
        removed = []
        with self._session.begin() as s:
            for key in sorted(set(keys)):
                row = s.get(DocumentPathRow, key)
                if row is None:
                    continue
                doc, shown = row.doc, row.shown
                s.delete(row)
                s.flush()
                if s.scalar(select(func.count()).where(DocumentPathRow.doc == doc)) == 0:
                    removed.append(doc)
                self._unmapped(s, doc, shown)
            if removed:
                queries.prune_orphans(s)
        return removed

    def points_to(self, key: str) -> str | None:
        """The document that is the current content of the path ``key``, if any."""
        with self._read() as conn:
            return conn.scalar(select(DocumentPathRow.doc).where(DocumentPathRow.key == key))

    def paths_of(self, doc_id: str) -> list[str]:
        """The paths (as shown) whose current content ``doc_id`` is."""
        with self._read() as conn:
            return list(conn.scalars(select(DocumentPathRow.shown).where(DocumentPathRow.doc == doc_id)
                                     .order_by(DocumentPathRow.shown)))
