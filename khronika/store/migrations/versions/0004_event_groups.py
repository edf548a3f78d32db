"""Event fusion: the group (real-world event) each reported event belongs to; fused document dates.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("grp", sa.String(64)))
    op.create_index("ix_events_grp", "events", ["grp"])


def downgrade() -> None:
    op.drop_index("ix_events_grp", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("grp")
