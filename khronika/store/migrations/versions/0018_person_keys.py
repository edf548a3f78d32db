"""The name index of resolution by every name word (``person_keys``, ``rows.person_keys``): a person named
``Имя Фамилия1 Фамилия2`` in one document and ``Имя Фамилия1`` in another is found by either, whichever came first.
Filled here for the persons stored before.

Revision ID: 0018
Revises: 0017
"""
import json

import sqlalchemy as sa
from alembic import op

from khronika.store.rows import person_keys

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_keys",
        sa.Column("entity", sa.String(128), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(128), primary_key=True),
    )
    op.create_index("ix_person_keys_key", "person_keys", ["key"])
    conn = op.get_bind()
    rows = [{"entity": entity, "key": key}
            for entity, name, aliases in conn.execute(sa.text("SELECT id, name, aliases FROM entities WHERE type = 'person'"))
            for key in sorted(person_keys(name, json.loads(aliases) if isinstance(aliases, str) else aliases or []))]
    if rows:
        conn.execute(sa.text("INSERT INTO person_keys (entity, key) VALUES (:entity, :key)"), rows)


def downgrade() -> None:
    op.drop_index("ix_person_keys_key", "person_keys")
    op.drop_table("person_keys")
