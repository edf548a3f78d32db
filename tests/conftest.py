"""Shared fixtures: the natasha models are built once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Every pipeline built in the tests checks that each stage changes only the fields it declares.
os.environ.setdefault("KHRONIKA_CHECK_STAGES", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
SHARED = ROOT.parent / "shared"


def shared_or_skip(path: Path, what: str) -> None:
    """Skip a test whose data from ``../shared`` is missing; in CI (``CI=true``) fail instead."""
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{what} is missing beside this checkout ({path}); CI needs ../shared")
        pytest.skip(f"{what} is not beside this checkout")


@pytest.fixture(scope="session")
def resources():
    from khronika.resources import shared

    return shared()


@pytest.fixture(scope="session")
def pipeline(resources):
    from khronika.pipeline import build_pipeline

    return build_pipeline(resources)


@pytest.fixture(scope="session")
def annotate(resources):
    """Text → Document annotated by natasha and resolved by the entity stage (no cleaning)."""
    from khronika.pipeline import Pipeline
    from khronika.records import Document, Source
    from khronika.stages.annotate import AnnotateStage
    from khronika.stages.entities import EntityStage

    class Verbatim:
        name, requires, provides = "verbatim", frozenset({"raw"}), frozenset({"text"})

        def __call__(self, doc):
            return doc

    pipe = Pipeline([Verbatim(), AnnotateStage(resources), EntityStage()])
    return lambda text: pipe(Document.from_source(Source(path="t.txt", text=text)))
