"""The fusion index keys a body's sitting that a report dates by its document alone also on the days a review may
retell it (``fusion.days.retold_days``: four or five days before), so that a retold sitting meets its first report
whatever the order of ingestion.  Events indexed before lack those keys, and a later review would not find them: the
index is emptied here, and the next ingest rebuilds it over the whole store (``fusion.fuse_store`` recomputes every
group when the index is empty), after which ingests are incremental again.

Revision ID: 0020
Revises: 0019
"""
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM event_keys")


def downgrade() -> None:
    pass  # the extra keys left in the index are never looked up by the older rules
