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

from . import gazetteer, shared_demonyms
from .errors import KhronikaError, PipelineError, StageError
from .records import Document
from .settings import DEFAULT, Settings

FIELDS = frozenset(f.name for f in dataclasses.fields(Document)) - {"done"}
# What a document read from a file already has, before any stage.
GIVEN = frozenset({"id", "path", "raw", "text", "format", "title", "source", "url", "published", "published_from",
                   "language", "content_hash"})


class Stage(Protocol):
    """A stage may also annotate several documents at once, ``many(docs) -> list[Document]``, each as it
    would alone (``Pipeline.many`` calls it)."""

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
        # for ``many``: each stage that annotates documents together alone, the stages between in runs
        self.groups: list[list[Stage]] = []
        for stage in self.stages:
            if hasattr(stage, "many") or not self.groups or hasattr(self.groups[-1][0], "many"):
                self.groups.append([stage])
            else:
                self.groups[-1].append(stage)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = self._run(stage, doc)
        return doc

    def many(self, docs: list[Document]) -> list[Document | KhronikaError]:
        """Each of ``docs`` as ``pipeline(doc)`` leaves it, or the ``KhronikaError`` a stage refused it
        with (the others go on).  A stage that annotates documents together (``many``: the annotate
        stage, which batches the sentences of all of them for natasha's models) runs once on all of
        them, and again on each alone if that fails, so that the failing document is named; the
        stages between such stages run on one document after another."""
        out: list = list(docs)
        for group in self.groups:
            live = [i for i, d in enumerate(out) if isinstance(d, Document)]
            together = self._together(group[0], [out[i] for i in live]) if hasattr(group[0], "many") else None
            if together is not None:
                for i, doc in zip(live, together):
                    out[i] = doc
                continue
            for i in live:
                try:
                    for stage in group:
                        out[i] = self._run(stage, out[i])
                except KhronikaError as exc:
                    out[i] = exc
        return out

    def _together(self, stage: Stage, docs: list[Document]) -> list[Document] | None:
        """``stage.many(docs)`` checked as ``_run`` checks one document; None when it fails."""
        if len(docs) < 2:
            return None
        started = time.perf_counter()
        try:
            outs = stage.many(docs)
            if len(outs) != len(docs):
                return None
            checked = [self._checked(stage, doc, out) for doc, out in zip(docs, outs)]
        except Exception:  # noqa: BLE001 - each document is run again alone, where its failure is named
            return None
        self.seconds[stage.name] += time.perf_counter() - started
        return checked

    def _run(self, stage: Stage, doc: Document) -> Document:
        started = time.perf_counter()
        try:
            with shared_demonyms.reading(shared_demonyms.choices(doc, gazetteer.shared_adjectives())):
                out = stage(doc)
        except StageError:
            raise
        except Exception as exc:  # noqa: BLE001 - rewrapped with the stage and document named
            raise StageError(stage.name, doc.id, f"{type(exc).__name__}: {exc}") from exc
        out = self._checked(stage, doc, out)
        self.seconds[stage.name] += time.perf_counter() - started
        return out

    def _checked(self, stage: Stage, doc: Document, out) -> Document:
        if not isinstance(out, Document):
            raise PipelineError("E_STAGE_RETURN", stage=stage.name, got=type(out).__name__)
        if self.check:
            undeclared = changed_fields(doc, out) - set(stage.provides)
            if undeclared:
                raise PipelineError("E_STAGE_UNDECLARED", stage=stage.name, fields=sorted(undeclared))
        return out.replace(done=out.done | stage.provides)

    def redate(self, doc: Document) -> Document:
        """Run again the stages that depend on the document's date (time expressions and events)
        on a stored document whose date has changed."""
        dated = [s for s in self.stages if s.name in DATE_STAGES]
        return Pipeline(dated, given=doc.done | GIVEN, check=self.check)(doc.replace(events=(), timexes=()))

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(s.name for s in self.stages)}])"


def run_many(pipeline, docs: list[Document]) -> list[Document | KhronikaError]:
    """``docs`` through ``pipeline``, a document it refuses given back as its ``KhronikaError``: together
    (``Pipeline.many``) where it can, else (any other callable) one after another."""
    if hasattr(pipeline, "many"):
        return pipeline.many(docs)
    out: list = []
    for doc in docs:
        try:
            out.append(pipeline(doc))
        except KhronikaError as exc:
            out.append(exc)
    return out


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
