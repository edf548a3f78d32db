"""Full-text search over lemmas (``store/search.py``): ``search_lemmas(doc, lemmas)``, an FTS5 table in
SQLite, a plain table with a GIN index on ``to_tsvector('simple', lemmas)`` in PostgreSQL; filled here for
the documents stored before, by ``Store.save`` after.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

from khronika.store.search import index

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE search_lemmas USING fts5(doc, lemmas, tokenize='unicode61')")
    else:
        op.create_table("search_lemmas",
                        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                                  primary_key=True),
                        sa.Column("lemmas", sa.Text(), nullable=False))
        op.execute("CREATE INDEX ix_search_lemmas_fts ON search_lemmas USING gin (to_tsvector('simple', lemmas))")
    for doc, title, body in conn.execute(sa.text("SELECT id, title, text FROM documents")).all():
        index(conn, doc, title, body)


def downgrade() -> None:
    op.execute("DROP TABLE search_lemmas")
