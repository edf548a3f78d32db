"""khronika: a structured chronicle of international relations from Russian-language news."""
import os as _os

# natasha's models multiply small matrices (a batch of eight sentences at a time): OpenBLAS's worker
# threads cost far more than they save there (the same ingest takes 5–7 times the CPU time with them,
# more on a busy machine), and ``--workers`` gives each core its own process anyway.  Set before numpy
# is first imported (every module of the package imports this one first); a value in the
# environment wins.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The patterns compiled by the modules below (and by a first document) read from the disk, compiled once.
from . import regex_cache as _regex_cache  # noqa: E402

_regex_cache.install()

from .pipeline import Pipeline, build_pipeline  # noqa: E402
from .records import Document, Entity, Mention, PartialDate, Source  # noqa: E402

__all__ = ["Document", "Entity", "Mention", "PartialDate", "Source", "Pipeline", "build_pipeline"]
__version__ = "0.1.0"
