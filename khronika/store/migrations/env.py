"""Alembic environment: runs the migrations on the connection that ``khronika.store`` hands over
in ``config.attributes["connection"]``; there is no alembic.ini and no offline (``--sql``) mode."""
from alembic import context

from khronika.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
