"""Full-text search over lemmas: every document's title and text as the lemmas of its words (``morph.lemma``,
``ё`` folded), so that a query in one form finds the others (``переговоры`` finds ``переговорах``).

The index is the table ``search_lemmas`` (migration 0012), filled by ``Store.save`` and never by a reader:
in SQLite an FTS5 table (ranked by bm25; ``doc`` is indexed too, so that a replaced document is found
without reading the table), in PostgreSQL a plain table searched with
``to_tsvector('simple', lemmas)`` (the words are lemmas already, so no stemming configuration is needed).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import Connection, text

from ..morph import lemma

TABLE = "search_lemmas"
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 16)
def lemma_of(word: str) -> str:
    """The search form of one word: its dictionary lemma, lower case, ``ё`` folded."""
    return lemma(word).lower().replace("ё", "е")


def words(text_: str) -> Iterator[tuple[int, int, str]]:
    """``(start, stop, lemma)`` of each word of ``text_``."""
    for m in _WORD.finditer(text_):
        yield m.start(), m.end(), lemma_of(m.group())


def query_lemmas(query: str) -> list[str]:
    """The distinct lemmas of a query, in its order."""
    return list(dict.fromkeys(w for _, _, w in words(query)))


def lemma_text(title: str | None, body: str) -> str:
    return " ".join(map(lemma_of, _WORD.findall(f"{title or ''}\n{body}")))  # ``words``' lemmas, without offsets


def index(conn: Connection, doc_id: str, title: str | None, body: str) -> None:
    """Index one (new) document."""
    index_many(conn, [(doc_id, title, body)])


def index_many(conn: Connection, docs: list[tuple[str, str | None, str]]) -> None:
    """Index (new) documents, each ``(id, title, body)``, in one statement."""
    if docs:
        conn.execute(text(f"INSERT INTO {TABLE} (doc, lemmas) VALUES (:doc, :lemmas)"),
                     [{"doc": doc_id, "lemmas": lemma_text(title, body)} for doc_id, title, body in docs])


def unindex(conn: Connection, doc_id: str) -> None:
    """Drop a document from the index.  In SQLite through FTS5's own index of ``doc`` (a condition on
    the column would read the whole table)."""
    if conn.dialect.name != "sqlite":
        conn.execute(text(f"DELETE FROM {TABLE} WHERE doc = :doc"), {"doc": doc_id})
        return
    phrase = '"' + " ".join(_WORD.findall(doc_id)) + '"'
    conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q "
                      "AND doc = :doc)"), {"q": f"doc : {phrase}", "doc": doc_id})


def search(conn: Connection, lemmas: list[str], limit: int, offset: int) -> tuple[int, list[str]]:
    """The documents holding every one of ``lemmas``: their total and a page of their ids, best first."""
    if not lemmas:
        return 0, []
    if conn.dialect.name == "sqlite":
        where = f"{TABLE} MATCH :q"
        q = " AND ".join(f'lemmas : "{w}"' for w in lemmas)  # every lemma, in the lemmas column
        order = "rank"
    else:
        where = "to_tsvector('simple', lemmas) @@ to_tsquery('simple', :q)"
        q = " & ".join(lemmas)
        order = "ts_rank(to_tsvector('simple', lemmas), to_tsquery('simple', :q)) DESC"
    total = conn.execute(text(f"SELECT count(*) FROM {TABLE} WHERE {where}"), {"q": q}).scalar_one()
    page = conn.execute(text(f"SELECT doc FROM {TABLE} WHERE {where} ORDER BY {order}, doc LIMIT :n OFFSET :o"),
                        {"q": q, "n": limit, "o": offset}).scalars().all()
    return total, list(page)


def hits(body: str, lemmas: list[str]) -> list[tuple[int, int]]:
    """The offsets of the words of ``body`` whose lemma is one of ``lemmas`` (for highlighting)."""
    wanted = set(lemmas)
    return [(a, b) for a, b, w in words(body) if w in wanted]
