"""Resumable to the end: ``runs.pending``, set on a run before it saves its first new or changed
document and cleared once resolution and fusion have run over the store with it, so that a re-run
after an interrupted one finishes the cross-document stage the interrupted one left undone.

Runs of an older store that never finished are marked pending: the first ingest after the upgrade
runs the cross-document stage once for whatever they saved.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.false()))
    runs = sa.table("runs", sa.column("pending", sa.Boolean()), sa.column("finished_at", sa.DateTime()))
    op.execute(runs.update().where(runs.c.finished_at.is_(None)).values(pending=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("pending")
