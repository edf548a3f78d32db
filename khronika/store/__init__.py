"""The embedded store: SQLite through SQLAlchemy, schema managed by Alembic migrations."""
from .sqlite import Store

__all__ = ["Store"]
