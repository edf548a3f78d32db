"""Ingest speed on a folder of articles, as a ratio to bare natasha in the same process.

usage: python bench/ingest_speed.py [FOLDER] [--rounds N]

Prints the one-off model load time, documents/s of the whole khronika pipeline (clean → annotate →
entities) and of bare natasha (segment, morph, syntax, NER) on the same texts, and their ratio;
then documents/s of a real `ingest` into a fresh SQLite store, load included.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    folder = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("--") else Path("samples/seeds")
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    from natasha import Doc

    from khronika.ingest import ingest
    from khronika.pipeline import build_pipeline
    from khronika.read import read_all
    from khronika.records import Document, Source
    from khronika.resources import Resources
    from khronika.store import Store

    t = time.perf_counter()
    res = Resources.load()
    pipeline = build_pipeline(res)
    load = time.perf_counter() - t
    sources = [s for s in read_all([str(folder)]) if isinstance(s, Source)]
    pipeline(Document.from_source(sources[0]))  # warm-up: pymorphy3, gazetteer tables

    def bare(text: str) -> None:
        d = Doc(text)
        d.segment(res.segmenter)
        d.tag_morph(res.morph_tagger)
        d.parse_syntax(res.syntax_parser)
        d.tag_ner(res.ner_tagger)

    def rate(fn) -> float:
        t = time.perf_counter()
        for _ in range(rounds):
            for s in sources:
                fn(s)
        return rounds * len(sources) / (time.perf_counter() - t)

    ours = rate(lambda s: pipeline(Document.from_source(s)))
    base = rate(lambda s: bare(s.text))
    print(f"{len(sources)} documents × {rounds} rounds; models loaded in {load:.2f} s")
    print(f"bare natasha: {base:.1f} documents/s")
    print(f"khronika pipeline: {ours:.1f} documents/s  (ratio to bare natasha: {ours / base:.2f})")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        report = ingest([str(folder)], store, lambda: pipeline)
    print(f"ingest into a fresh store (models already loaded): {report.docs_per_second:.1f} documents/s")


if __name__ == "__main__":
    main(sys.argv)
