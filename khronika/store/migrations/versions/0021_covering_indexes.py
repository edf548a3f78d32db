"""Indexes that hold what the cross-document stage reads by person and by entity: the offices of persons
(``roles``: person, country, position, document) and the named mentions of entities (``mentions``: entity, ``via``,
document).  Read through the indexes of ``person`` and ``entity`` alone, each row was one more page of a table in the
order documents came, so that reading the same rows cost more as the store grew; from these indexes the rows of a
person or an entity are side by side.  They replace the indexes of ``roles.person`` and ``mentions.entity`` (their
first column).

Revision ID: 0021
Revises: 0020
"""
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_roles_person_of", "roles", ["person", "of", "position", "doc"])
    op.drop_index("ix_roles_person", table_name="roles")
    op.create_index("ix_mentions_entity_via", "mentions", ["entity", "via", "doc"])
    op.drop_index("ix_mentions_entity", table_name="mentions")


def downgrade() -> None:
    op.create_index("ix_mentions_entity", "mentions", ["entity"])
    op.drop_index("ix_mentions_entity_via", table_name="mentions")
    op.create_index("ix_roles_person", "roles", ["person"])
    op.drop_index("ix_roles_person_of", table_name="roles")
