"""The fusion index keeps each event's date (``event_keys.date``, ``''`` for none) beside its key, indexed
together (``ix_event_keys_key_date``, which serves lookups by key alone too): an ingest looks a key up only
for the dates that may agree with its own events', instead of reading every event of the key (a person's
surname, in a store of years of reports) and filtering their dates.

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_keys", sa.Column("date", sa.String(10), nullable=False, server_default=""))
    op.execute("UPDATE event_keys SET date = COALESCE((SELECT events.date FROM events "
               "WHERE events.id = event_keys.event), '')")
    op.drop_index("ix_event_keys_key", table_name="event_keys")
    op.create_index("ix_event_keys_key_date", "event_keys", ["key", "date"])


def downgrade() -> None:
    op.drop_index("ix_event_keys_key_date", table_name="event_keys")
    op.create_index("ix_event_keys_key", "event_keys", ["key"])
    with op.batch_alter_table("event_keys") as batch:
        batch.drop_column("date")
