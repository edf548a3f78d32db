"""The fusion index: the blocking keys of each stored event (``event_keys``), so that an ingest
compares its new events only with the stored events that share a key, not with the whole store.

Stores made before have no keys; the first ingest after the upgrade finds the index empty and
fuses the whole store once, which fills it.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_keys",
        sa.Column("event", sa.String(64), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_event_keys_key", "event_keys", ["key"])
    op.create_index("ix_event_keys_doc", "event_keys", ["doc"])


def downgrade() -> None:
    op.drop_index("ix_event_keys_doc", "event_keys")
    op.drop_index("ix_event_keys_key", "event_keys")
    op.drop_table("event_keys")
