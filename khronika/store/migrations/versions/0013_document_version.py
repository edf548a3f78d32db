"""``documents.khronika_version``: the version of khronika that annotated each document, so that an
ingest after an upgrade re-annotates what an older khronika stored (``ingest.py``).  Documents stored
before this column existed get ``NULL``: made by an older khronika, re-annotated by the next ingest that
reads them.

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("khronika_version", sa.String(32), nullable=True))


def downgrade() -> None:  # plain ALTER TABLE: recreating ``documents`` would cascade to its facts
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE documents DROP COLUMN khronika_version")
    else:
        op.drop_column("documents", "khronika_version")
