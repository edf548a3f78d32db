"""Initial schema: documents, entities, document_entities, mentions, runs.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("published_precision", sa.String(16), nullable=False),
        sa.Column("published_from", sa.String(16), nullable=False),
        sa.Column("dateline_place", sa.Text),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("annotations", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("path", name="uq_documents_path"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_table(
        "entities",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text),
        sa.Column("code", sa.String(8)),
        sa.Column("country", sa.String(128)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("titles", sa.JSON, nullable=False),
    )
    op.create_index("ix_entities_type", "entities", ["type"])
    op.create_table(
        "document_entities",
        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("entity", sa.String(128), sa.ForeignKey("entities.id"), primary_key=True),
    )
    op.create_index("ix_document_entities_entity", "document_entities", ["entity"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("entity", sa.String(128)),
        sa.Column("type", sa.String(8), nullable=False),
        sa.Column("normal", sa.Text),
        sa.Column("title", sa.Text),
        sa.UniqueConstraint("doc", "start", "end", name="uq_mentions_doc_span"),
    )
    op.create_index("ix_mentions_entity", "mentions", ["entity"])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("n_added", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_unchanged", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_replaced", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_skipped", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("runs")
    op.drop_table("mentions")
    op.drop_table("document_entities")
    op.drop_table("entities")
    op.drop_table("documents")
