"""The name index of resolution: ``entities.surname``, the transcription skeleton of a person's last
name word (``translit.skeleton``), so that an ingest resolves only the persons whose surname its
documents name, not every person of the store.  Filled here for the persons stored before.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

from khronika.store.rows import surname_key

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entities", sa.Column("surname", sa.String(128)))
    op.create_index("ix_entities_surname", "entities", ["surname"])
    conn = op.get_bind()
    persons = conn.execute(sa.text("SELECT id, name FROM entities WHERE type = 'person'")).all()
    for entity, name in persons:
        conn.execute(sa.text("UPDATE entities SET surname = :s WHERE id = :i"), {"s": surname_key(name), "i": entity})


def downgrade() -> None:
    op.drop_index("ix_entities_surname", "entities")
    op.drop_column("entities", "surname")
