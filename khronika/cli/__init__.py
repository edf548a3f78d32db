"""The ``khronika`` command line.  Every command has ``--help``; each module adds its commands to ``app``."""
from . import eval_cmds, export_cmd, ingest_cmds, query_cmds, read_cmds, report_cmd, serve_cmd  # noqa: F401  (they register their commands)
from .common import EXIT_SKIPPED, app

__all__ = ["EXIT_SKIPPED", "app"]
