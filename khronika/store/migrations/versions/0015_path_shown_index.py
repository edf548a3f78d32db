"""An index on ``document_paths.shown``: saving a document asks whether another path shows the same name
(``PathIndex.unique_shown``), which read the whole table without one, so saving slowed as the store grew.

Revision ID: 0015
Revises: 0014
"""
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_paths_shown", "document_paths", ["shown"])


def downgrade() -> None:
    op.drop_index("ix_document_paths_shown", table_name="document_paths")
