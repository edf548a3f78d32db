"""How a mention was found: ``mentions.via`` (``name``, ``descriptor``, ``pronoun``, ``speaker``).

Rows stored before say ``name``: the descriptor mentions coreference added cannot be told apart from
names in the old rows, and say ``descriptor`` once their document is annotated again.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("mentions", sa.Column("via", sa.String(16), nullable=False, server_default="name"))


def downgrade() -> None:
    op.drop_column("mentions", "via")
