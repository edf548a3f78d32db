"""The abbreviations of organisations in the name index of resolution (``person_keys``, ``rows.abbreviation_keys``):
an organisation named by an abbreviation alone finds the one that another document gave it to as an alias
(``resolve_orgs``), whichever came first.  Filled here for the organisations stored before.

Revision ID: 0022
Revises: 0021
"""
import json

import sqlalchemy as sa
from alembic import op

from khronika.store.rows import abbreviation_keys

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    rows = [{"entity": entity, "key": key} for entity, name, aliases in conn.execute(
                sa.text("SELECT id, name, aliases FROM entities WHERE type = 'organization'"))
            for key in sorted(abbreviation_keys(name, json.loads(aliases) if isinstance(aliases, str) else aliases or []))]
    if rows:
        conn.execute(sa.text("INSERT INTO person_keys (entity, key) VALUES (:entity, :key)"), rows)


def downgrade() -> None:
    op.get_bind().execute(sa.text("DELETE FROM person_keys WHERE key LIKE 'abbr:%'"))
