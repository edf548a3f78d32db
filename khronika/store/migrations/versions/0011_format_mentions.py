"""What each document says of dialogue formats (``format_mentions``: its mentions, their sides and
history entries, as JSON), kept by each ingest for the documents it adds, replaces or re-dates, so
that ``formats`` and ``export`` group them without reading every document again.

Stores made before have none; they are read document by document until an ingest fills the table.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "format_mentions",
        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("data", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("format_mentions")
