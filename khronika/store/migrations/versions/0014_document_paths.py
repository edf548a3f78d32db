"""Document identity (``store/paths.py``): ``document_paths(key, doc, shown, file)``, the paths a
document is the current content of.  ``key`` is the path's identity (a file's resolved absolute path,
``…/file.jsonl:N`` for a JSON Lines record), ``shown`` the path as the user gave it (what ``documents.path``
shows), ``file`` the resolved file (to find the files that vanished from a folder; none for stdin).

The documents stored before get one row each, keyed by their path as it was given (an ingest from the same
folder adopts it under the absolute key).

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_paths",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("shown", sa.Text(), nullable=False),
        sa.Column("file", sa.Text(), nullable=True, index=True),
    )
    op.execute("INSERT INTO document_paths (key, doc, shown, file) SELECT path, id, path, NULL FROM documents")


def downgrade() -> None:
    op.drop_table("document_paths")
