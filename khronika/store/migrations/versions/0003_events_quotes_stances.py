"""Events, quotes and stances of each document.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _doc():
    return sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        _doc(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(16)),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("place", sa.String(128)),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("format", sa.Text),
        sa.Column("round", sa.Integer),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("more", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_doc", "events", ["doc"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.String(64), primary_key=True),
        _doc(),
        sa.Column("speaker", sa.String(128)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_quotes_doc", "quotes", ["doc"])
    op.create_table(
        "stances",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc(),
        sa.Column("polarity", sa.String(16), nullable=False),
        sa.Column("holder", sa.String(128)),
        sa.Column("other", sa.String(128)),
        sa.Column("topic", sa.Text),
        sa.Column("cue", sa.Text),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_stances_doc", "stances", ["doc"])


def downgrade() -> None:
    op.drop_table("stances")
    op.drop_table("quotes")
    op.drop_table("events")
