"""The fusion index keys persons and places anew: a long surname by its skeleton with the inner vowels masked
(instead of the exact skeleton), so one name in two transliterations meets itself, and a meeting also by the country
of its place, so a report naming a city meets one naming its country.  Events indexed before have the older keys,
and an ingest looks new reports up by the new ones: the index is emptied here, and the next ingest rebuilds it over
the whole store (``fusion.fuse_store`` recomputes every group when the index is empty), after which ingests are
incremental again.

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
