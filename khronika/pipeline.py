"""A pipeline of small stages over ``Document``, with a declared data flow.

A stage is a callable with ``name``, ``requires`` and ``provides``: the ``Document`` fields it reads
and the fields it writes (a stage that rewrites a field it reads names it in both).  ``Pipeline``
refuses to build when a stage names a field ``Document`` does not have, or requires a field that
neither the input (``given``) nor an earlier stage provides.  With ``check=True`` (the tests turn it
on for every pipeline through ``KHRONIKA_CHECK_STAGES=1``) it also compares each stage's output
with its input and fails, naming the stage and the field, when a stage changed a field it does not
declare.  Other failures are wrapped as ``StageError`` naming the stage and the document.

``build_pipeline`` builds the standard stages by name from ``STAGES`` (in their order), with
``skip`` leaving some out and ``settings`` passing the named thresholds to each.
"""
from __future__ import annotations

import dataclasses
import os
import time
from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from .errors import PipelineError, StageError
from .records import Document
from .settings import DEFAULT, Settings

FIELDS = frozenset(f.name for f in dataclasses.fields(Document)) - {"done"}
# What a document read from a file already has, before any stage.
GIVEN = frozenset({"id", "path", "raw", "text", "format", "title", "source", "url", "published", "published_from",
                   "language", "content_hash"})


class Stage(Protocol):
    name: str
    requires: frozenset
    provides: frozenset

    def __call__(self, doc: Document) -> Document: ...


def _checking() -> bool:
    return os.environ.get("KHRONIKA_CHECK_STAGES") == "1"


class Pipeline:
    def __init__(self, stages: Iterable[Stage], given: Iterable[str] = GIVEN, check: bool | None = None):
        self.stages = list(stages)
        self.check = _checking() if check is None else check
        have = set(given)
        for stage in self.stages:
            unknown = (set(stage.requires) | set(stage.provides)) - FIELDS
            if unknown:
                raise PipelineError("E_PIPELINE_FIELD", stage=stage.name, fields=sorted(unknown))
            missing = set(stage.requires) - have
            if missing:
                raise PipelineError("E_PIPELINE", stage=stage.name, missing=sorted(missing))
            have |= set(stage.provides)
        self.provides = frozenset(have)
        self.seconds: Counter = Counter()  # time spent in each stage, over all documents run

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            started = time.perf_counter()
            try:
                out = stage(doc)
            except StageError:
                raise
            except Exception as exc:  # noqa: BLE001 - rewrapped with the stage and document named
                raise StageError(stage.name, doc.id, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(out, Document):
                raise PipelineError("E_STAGE_RETURN", stage=stage.name, got=type(out).__name__)
            if self.check:
                undeclared = changed_fields(doc, out) - set(stage.provides)
                if undeclared:
                    raise PipelineError("E_STAGE_UNDECLARED", stage=stage.name, fields=sorted(undeclared))
            doc = out.replace(done=out.done | stage.provides)
            self.seconds[stage.name] += time.perf_counter() - started
        return doc

    def redate(self, doc: Document) -> Document:
        """Run again the stages that depend on the document's date (time expressions and events)
        on a stored document whose date has changed."""
        dated = [s for s in self.stages if s.name in DATE_STAGES]
        return Pipeline(dated, given=doc.done | GIVEN, check=self.check)(doc.replace(events=(), timexes=()))

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(s.name for s in self.stages)}])"


def changed_fields(before: Document, after: Document) -> set[str]:
    """The fields of ``after`` that differ from ``before`` (``done`` aside)."""
    out = set()
    for name in FIELDS:
        a, b = getattr(before, name), getattr(after, name)
        if a is not b and a != b:
            out.add(name)
    return out


DATE_STAGES = frozenset({"time", "events"})


def _stages() -> dict[str, type]:
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

    return {"clean": CleanStage, "annotate": AnnotateStage, "spans": SpanStage, "entities": EntityStage,
            "roles": RoleStage, "coref": CorefStage, "time": TimeStage, "quotes": QuoteStage, "events": EventStage,
            "stances": StanceStage}


# The standard stages, in order.  A stage module imports no module of a later stage (tests/test_layers.py).
STAGES = ("clean", "annotate", "spans", "entities", "roles", "coref", "time", "quotes", "events", "stances")


def build_pipeline(resources=None, settings: Settings = DEFAULT, skip: Iterable[str] = (),
                   check: bool | None = None) -> Pipeline:
    """The standard pipeline: clean → annotate (natasha) → spans → entities → roles → descriptor
    coreference → time expressions → quotes → events → stances, less the stages named in ``skip``.
    Models load on first call."""
    skip = set(skip)
    unknown = skip - set(STAGES)
    if unknown:
        raise PipelineError("E_PIPELINE_STAGE", stages=sorted(unknown), known=", ".join(STAGES))
    classes = _stages()
    built = []
    for name in STAGES:
        if name in skip:
            continue
        if name == "annotate":
            from .resources import shared

            built.append(classes[name](resources or shared(), settings))
        else:
            built.append(classes[name](settings) if _takes_settings(classes[name]) else classes[name]())
    return Pipeline(built, check=check)


def _takes_settings(cls: type) -> bool:
    import inspect

    return "settings" in inspect.signature(cls.__init__).parameters
