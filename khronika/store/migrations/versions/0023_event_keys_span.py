"""The fusion index keys a sitting told over a range of days (``Заседание проходило во вторник и среду``) on that
range (``span:`` keys), so that a bare sitting of those days meets the session it belongs to whatever the order of
ingestion.  Events indexed before lack those keys: the index is emptied here, and the next ingest rebuilds it over
the whole store (as 0020 did), after which ingests are incremental again.

Revision ID: 0023
Revises: 0022
"""
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM event_keys")


def downgrade() -> None:
    pass  # the extra keys left in the index are never looked up by the older rules
