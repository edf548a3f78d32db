"""khronika: a structured chronicle of international relations from Russian-language news."""
from .pipeline import Pipeline, build_pipeline
from .records import Document, Entity, Mention, PartialDate, Source

__all__ = ["Document", "Entity", "Mention", "PartialDate", "Source", "Pipeline", "build_pipeline"]
__version__ = "0.1.0"
