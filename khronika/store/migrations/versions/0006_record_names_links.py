"""Records' names in the store; resolution as links; the event a quote is about.

* The fact tables name their columns as the fields of their records: ``end`` → ``stop``,
  ``person_end`` → ``person_stop`` …; ``events.more`` holds ``Span`` records as JSON
  (``{"start", "stop", "reason"}``) instead of ``[start, stop]`` pairs.
* ``entities.same_as``: cross-document resolution recorded as a link (the short entity stays, so
  a later document can undo or change the link) instead of a merge that deleted it.
* ``quotes.event``: the id of the document's event a quote is about (``Quote.event``).
* ``entities.name_en`` goes: it was never written (the export romanizes names itself).

Columns are renamed and dropped in place (``ALTER TABLE … RENAME/DROP COLUMN``, SQLite 3.35+), so
no table is copied and the foreign keys into ``entities`` stay intact.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

RENAMES = {
    "mentions": {"end": "stop"},
    "roles": {"person_end": "person_stop", "position_end": "position_stop", "of_end": "of_stop", "end": "stop"},
    "events": {"trigger_end": "trigger_stop", "end": "stop"},
    "quotes": {"end": "stop", "evidence_end": "evidence_stop"},
    "stances": {"end": "stop"},
}
SAME_EVENT = "same event"  # the reason of every further sentence the events stage wrote before


def _rename(forward: bool) -> None:
    for table, names in RENAMES.items():
        for old, new in names.items():
            op.alter_column(table, old if forward else new, new_column_name=new if forward else old)


def _convert_more(convert) -> None:
    events = sa.table("events", sa.column("id", sa.String), sa.column("more", sa.JSON))
    bind = op.get_bind()
    rows = bind.execute(sa.select(events.c.id, events.c.more)).all()
    for event_id, more in rows:
        if more:
            bind.execute(sa.update(events).where(events.c.id == event_id).values(more=[convert(x) for x in more]))


def upgrade() -> None:
    _rename(forward=True)
    _convert_more(lambda pair: {"start": pair[0], "stop": pair[1], "reason": SAME_EVENT})
    op.add_column("quotes", sa.Column("event", sa.String(64)))
    op.drop_column("entities", "name_en")
    op.add_column("entities", sa.Column("same_as", sa.String(128)))
    op.create_index("ix_entities_same_as", "entities", ["same_as"])


def downgrade() -> None:
    """Back to 0005; links are lost (the short entities stay unresolved)."""
    op.drop_index("ix_entities_same_as", "entities")
    op.drop_column("entities", "same_as")
    op.add_column("entities", sa.Column("name_en", sa.Text))
    op.drop_column("quotes", "event")
    _convert_more(lambda span: [span["start"], span["stop"]])
    _rename(forward=False)
