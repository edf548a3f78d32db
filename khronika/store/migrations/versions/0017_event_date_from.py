"""Each event keeps where its date came from (``events.date_from``): its own words (``text``) or its document's
date (``document``: told as of the day of publication, so the event was that day or a few days before, which
fusion reads as a short window rather than a day).  Events stored before have ``''``: not known, read as before.

Revision ID: 0017
Revises: 0016
"""
import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("date_from", sa.String(16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_from")
