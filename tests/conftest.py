"""Shared fixtures: the natasha models are built once per test session."""
from __future__ import annotations

import os
import subprocess
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
def roles(pipeline):
    """The roles the pipeline reads in a text, as (person's name, position, country's or body's name)."""
    from khronika.records import Document, Source

    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        names = {e.id: e.name for e in doc.entities}
        return {(names.get(r.person), r.position, names.get(r.of, r.of)) for r in doc.roles}
    return go


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


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server the tests may create databases on: ``KHRONIKA_TEST_PG``, or a
    throwaway one (``tests/pgserver.py``).  Without one the PostgreSQL tests skip, saying why; in CI
    (``CI=true``) they fail, since ``.ci/run`` installs the server."""
    if os.environ.get("KHRONIKA_TEST_PG"):
        yield os.environ["KHRONIKA_TEST_PG"]
        return
    from tests.pgserver import Server

    server = Server()
    try:
        url = server.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        server.stop()
        if os.environ.get("CI") == "true":
            pytest.fail(f"no PostgreSQL server could be started for the tests: {exc}")
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    yield url
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A new, empty database on the test server (dropped afterwards)."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"khronika_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(pg_server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def read_news(pipeline):
    """(text, publication date) → the document the whole pipeline makes of it (a page ``t.txt``)."""
    from khronika.records import Document, Source

    def go(text, published=None):
        return pipeline(Document.from_source(Source(path="t.txt", text=text, published=published)))
    return go


@pytest.fixture(scope="session")
def lima_news(read_news):
    """Text → the document the whole pipeline makes of it as a page datelined ``ЛИМА, 17 мая.`` and published on
    that day of 2024 (a Friday), or on ``published``."""
    def go(text, published="2024-05-17"):
        return read_news(f"ЛИМА, 17 мая. {text}", published)
    return go


@pytest.fixture(scope="session")
def events(read_news):
    """(text, publication date) → the events the whole pipeline finds in it (a module may define its own)."""
    def go(text, published="2025-03-14"):
        return read_news(text, published).events
    return go


@pytest.fixture(scope="session")
def types_of(read_news):
    """Text → the types of the events the whole pipeline finds in it, published on 2026-11-25 (a Wednesday)."""
    def go(text, published="2026-11-25"):
        return [e.type for e in read_news(text, published).events]
    return go


@pytest.fixture(scope="session")
def acts_of(read_news):
    """Text → (type, factuality) of each event the whole pipeline finds in it, published on 2026-11-25."""
    def go(text, published="2026-11-25"):
        return [(e.type, e.factuality) for e in read_news(text, published).events]
    return go


def types(evs) -> list[str]:
    """The sorted types of events."""
    return sorted(e.type for e in evs)


@pytest.fixture(scope="session")
def quotes_of(pipeline):
    """Text → (document, [(speaker's name, quoted text, direct)], entity names) after the quote stage."""
    from khronika.records import Document, Source
    from khronika.stages.quotes import QuoteStage

    stage = QuoteStage()

    def go(text):
        doc = stage(pipeline(Document.from_source(Source(path="t.txt", text=text))))
        names = {e.id: e.name for e in doc.entities}
        return doc, [(names.get(q.speaker), q.text, q.direct) for q in doc.quotes], names
    return go


@pytest.fixture(scope="session")
def stanced(read_news):
    """Text → (document after the whole pipeline and the stance stage, its entities' names by id)."""
    from khronika.stages.stances import StanceStage

    stances = StanceStage()

    def go(text):
        doc = stances(read_news(text))
        return doc, {e.id: e.name for e in doc.entities}
    return go


@pytest.fixture(scope="session")
def holders_and_speakers(stanced):
    """Text → (the names of its stances' holders, the names of its quotes' speakers), after the whole pipeline."""
    def go(text):
        doc, names = stanced(text)
        return {names.get(s.holder) for s in doc.stances}, {names.get(q.speaker) for q in doc.quotes}
    return go


@pytest.fixture(scope="session")
def stances_of(stanced):
    """The stances of a text after the whole pipeline, as (polarity, holder's name, other's name)."""
    def go(text):
        doc, names = stanced(text)
        return [(s.polarity, names.get(s.holder), names.get(s.other)) for s in doc.stances]
    return go


@pytest.fixture(scope="session")
def roles_of(pipeline):
    """The roles of a text after the whole pipeline, as (holder's name, position, country's name)."""
    from khronika.records import Document, Source

    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        names = {e.id: e.name for e in doc.entities}
        return {(names.get(r.person), r.position, names.get(r.of)) for r in doc.roles}
    return go
