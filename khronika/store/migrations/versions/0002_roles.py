"""Roles: dated occupation facts of persons, with evidence offsets.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("person", sa.String(128), nullable=False),
        sa.Column("position", sa.Text, nullable=False),
        sa.Column("of", sa.String(128)),
        sa.Column("person_start", sa.Integer, nullable=False),
        sa.Column("person_end", sa.Integer, nullable=False),
        sa.Column("position_start", sa.Integer, nullable=False),
        sa.Column("position_end", sa.Integer, nullable=False),
        sa.Column("of_start", sa.Integer),
        sa.Column("of_end", sa.Integer),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_roles_person", "roles", ["person"])
    op.create_index("ix_roles_doc", "roles", ["doc"])


def downgrade() -> None:
    op.drop_table("roles")
