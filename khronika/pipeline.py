"""A pipeline of small stages over ``Document``, with declared data flow.

A stage is any callable object with ``name``, ``requires`` and ``provides``; ``Pipeline`` refuses to
build when a stage requires something no earlier stage provides (naming the stage and the keys),
checks that every stage returns a ``Document`` and wraps failures as ``StageError``.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .errors import PipelineError, StageError
from .records import Document


class Stage(Protocol):
    name: str
    requires: frozenset
    provides: frozenset

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    def __init__(self, stages: Iterable[Stage], given: Iterable[str] = ("raw",)):
        self.stages = list(stages)
        have = set(given)
        for stage in self.stages:
            missing = set(stage.requires) - have
            if missing:
                raise PipelineError("E_PIPELINE", stage=stage.name, missing=sorted(missing))
            have |= set(stage.provides)
        self.provides = frozenset(have)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            try:
                out = stage(doc)
            except StageError:
                raise
            except Exception as exc:  # noqa: BLE001 - rewrapped with the stage and document named
                raise StageError(stage.name, doc.id, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(out, Document):
                raise PipelineError("E_STAGE_RETURN", stage=stage.name, got=type(out).__name__)
            doc = out.replace(done=out.done | stage.provides)
        return doc

    def redate(self, doc: Document) -> Document:
        """Run again the stages that depend on the document's date (time expressions and events)
        on a stored document whose date has changed."""
        dated = [s for s in self.stages if s.name in DATE_STAGES]
        return Pipeline(dated, given=doc.done)(doc.replace(events=(), timexes=()))

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(s.name for s in self.stages)}])"


DATE_STAGES = frozenset({"time", "events"})


def build_pipeline(resources=None) -> Pipeline:
    """The standard pipeline: clean → annotate (natasha) → spans → entities → roles → descriptor
    coreference → time expressions → events → quotes → stances.  Models load on first call."""
    from .resources import shared
    from .stages.annotate import AnnotateStage
    from .stages.clean import CleanStage
    from .stages.coref import CorefStage
    from .stages.entities import EntityStage
    from .stages.events import EventStage
    from .stages.quotes import QuoteStage
    from .stages.roles import RoleStage
    from .stages.spans import SpanStage
    from .stages.stances import StanceStage
    from .stages.time import TimeStage

    return Pipeline([CleanStage(), AnnotateStage(resources or shared()), SpanStage(), EntityStage(), RoleStage(),
                     CorefStage(), TimeStage(), EventStage(), QuoteStage(), StanceStage()])
