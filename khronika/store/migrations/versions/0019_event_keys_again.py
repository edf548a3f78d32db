"""The fusion index gains two kinds of keys (a long surname with its inner vowels masked, so one name in two
transliterations meets itself; the country of a meeting's place, so a report naming a city meets one naming
its country).  Events indexed before lack them, and an ingest looks new reports up by them: the index is
emptied here, and the next ingest rebuilds it over the whole store (``fusion.fuse_store`` recomputes every
group when the index is empty), after which ingests are incremental again.

Revision ID: 0019
Revises: 0018
"""
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM event_keys")


def downgrade() -> None:
    pass  # the newer keys left in the index are never looked up by the older rules
