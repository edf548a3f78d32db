"""Golden snapshots of the export: the seeds, the texts of the shared development key and our own
development corpora of wire copy (``eval/newsdev`` to ``eval/newsdev42``), ingested and
exported exactly as a user would (``khronika ingest`` then ``khronika export``).

``python -m tests.golden`` (or ``make golden``) rebuilds the snapshots and prints what changed;
``python -m tests.golden --check`` only prints the differences.  ``tests/test_golden_export.py``
fails on any difference.  Paths are given relative to the repository root, so a snapshot does not
depend on where the checkout lies.
"""
from __future__ import annotations

import contextlib
import difflib
import json
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# The texts of ../shared/gold/dev-diplomacy.json (listed here so that the snapshot does not read the key).
DEV_TEXTS = tuple(f"../shared/data/{p}" for p in (
    "factRuEval-2016/devset/book_290.txt", "factRuEval-2016/devset/book_260.txt",
    "factRuEval-2016/devset/book_261.txt", "factRuEval-2016/devset/book_58.txt",
    "factRuEval-2016/devset/book_301.txt", "factRuEval-2016/devset/book_142.txt",
    "factRuEval-2016/devset/book_448.txt", "factRuEval-2016/devset/book_410.txt",
    "RuSentRel/train/art40.txt", "RuSentRel/train/art33.txt", "RuSentRel/train/art29.txt",
    "RuSentRel/train/art13.txt", "RuSentRel/train/art27.txt"))

# Our own held-out-like corpora of wire copy with their keys (eval/newsdev*/README.md): their articles, not the keys.
NEWSDEV_TEXTS = tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "newsdev").glob("n*")))
NEWSDEV2_TEXTS = tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "newsdev2").glob("m*")))
NEWSDEV3_TEXTS = tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "newsdev3").glob("p*")))
NEWSDEV4_TEXTS = tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "newsdev4").glob("t*")))
NEWSDEV5_TEXTS = tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "newsdev5").glob("t*")))
NEWSDEV6_TEXTS = tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "newsdev6").glob("t*")))

def _texts(corpus: str) -> tuple[str, ...]:
    """A corpus's articles: every file of its folder but its key and README."""
    return tuple(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / corpus).iterdir()
                        if p.name not in ("key.json", "README.md")))


NEWSDEV7_TEXTS, NEWSDEV8_TEXTS, NEWSDEV9_TEXTS = _texts("newsdev7"), _texts("newsdev8"), _texts("newsdev9")
NEWSDEV10_TEXTS, NEWSDEV11_TEXTS, NEWSDEV12_TEXTS = _texts("newsdev10"), _texts("newsdev11"), _texts("newsdev12")
NEWSDEV13_TEXTS, NEWSDEV14_TEXTS = _texts("newsdev13"), _texts("newsdev14")
NEWSDEV15_TEXTS, NEWSDEV16_TEXTS = _texts("newsdev15"), _texts("newsdev16")
NEWSDEV17_TEXTS, NEWSDEV18_TEXTS = _texts("newsdev17"), _texts("newsdev18")
NEWSDEV19_TEXTS, NEWSDEV20_TEXTS = _texts("newsdev19"), _texts("newsdev20")
NEWSDEV21_TEXTS, NEWSDEV22_TEXTS = _texts("newsdev21"), _texts("newsdev22")
NEWSDEV23_TEXTS, NEWSDEV24_TEXTS = _texts("newsdev23"), _texts("newsdev24")
NEWSDEV25_TEXTS = _texts("newsdev25")
NEWSDEV26_TEXTS = _texts("newsdev26")
NEWSDEV27_TEXTS = _texts("newsdev27")
NEWSDEV28_TEXTS = _texts("newsdev28")
NEWSDEV29_TEXTS = _texts("newsdev29")
NEWSDEV30_TEXTS = _texts("newsdev30")
NEWSDEV31_TEXTS = _texts("newsdev31")
NEWSDEV32_TEXTS = _texts("newsdev32")
NEWSDEV33_TEXTS = _texts("newsdev33")
NEWSDEV34_TEXTS = _texts("newsdev34")
NEWSDEV35_TEXTS = _texts("newsdev35")
NEWSDEV36_TEXTS = _texts("newsdev36")
NEWSDEV37_TEXTS = _texts("newsdev37")
NEWSDEV38_TEXTS = _texts("newsdev38")
NEWSDEV39_TEXTS = _texts("newsdev39")
NEWSDEV40_TEXTS = _texts("newsdev40")
NEWSDEV41_TEXTS = _texts("newsdev41")
NEWSDEV42_TEXTS = _texts("newsdev42")

CORPORA: dict[str, tuple[str, ...]] = {"seeds": ("samples/seeds",), "dev-diplomacy": DEV_TEXTS,
                                       "newsdev": NEWSDEV_TEXTS, "newsdev2": NEWSDEV2_TEXTS,
                                       "newsdev3": NEWSDEV3_TEXTS, "newsdev4": NEWSDEV4_TEXTS,
                                       "newsdev5": NEWSDEV5_TEXTS, "newsdev6": NEWSDEV6_TEXTS,
                                       "newsdev7": NEWSDEV7_TEXTS, "newsdev8": NEWSDEV8_TEXTS,
                                       "newsdev9": NEWSDEV9_TEXTS, "newsdev10": NEWSDEV10_TEXTS,
                                       "newsdev11": NEWSDEV11_TEXTS, "newsdev12": NEWSDEV12_TEXTS,
                                       "newsdev13": NEWSDEV13_TEXTS, "newsdev14": NEWSDEV14_TEXTS,
                                       "newsdev15": NEWSDEV15_TEXTS,
                                       "newsdev16": NEWSDEV16_TEXTS,
                                       "newsdev17": NEWSDEV17_TEXTS,
                                       "newsdev18": NEWSDEV18_TEXTS,
                                       "newsdev19": NEWSDEV19_TEXTS,
                                       "newsdev20": NEWSDEV20_TEXTS,
                                       "newsdev21": NEWSDEV21_TEXTS,
                                       "newsdev22": NEWSDEV22_TEXTS,
                                       "newsdev23": NEWSDEV23_TEXTS,
                                       "newsdev24": NEWSDEV24_TEXTS,
                                       "newsdev25": NEWSDEV25_TEXTS,
                                       "newsdev26": NEWSDEV26_TEXTS,
                                       "newsdev27": NEWSDEV27_TEXTS,
                                       "newsdev28": NEWSDEV28_TEXTS,
                                       "newsdev29": NEWSDEV29_TEXTS, "newsdev30": NEWSDEV30_TEXTS,
                                       "newsdev31": NEWSDEV31_TEXTS,
                                       "newsdev32": NEWSDEV32_TEXTS,
                                       "newsdev33": NEWSDEV33_TEXTS,
                                       "newsdev34": NEWSDEV34_TEXTS,
                                       "newsdev35": NEWSDEV35_TEXTS,
                                       "newsdev36": NEWSDEV36_TEXTS,
                                       "newsdev37": NEWSDEV37_TEXTS,
                                       "newsdev38": NEWSDEV38_TEXTS,
                                       "newsdev39": NEWSDEV39_TEXTS,
                                       "newsdev40": NEWSDEV40_TEXTS,
                                       "newsdev41": NEWSDEV41_TEXTS,
                                       "newsdev42": NEWSDEV42_TEXTS}


def snapshot_path(name: str) -> Path:
    return HERE / f"{name}.jsonl"


def available(name: str) -> bool:
    return all((ROOT / p).exists() for p in CORPORA[name])


@contextlib.contextmanager
def _at_root():
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(old)


def build(name: str) -> list[str]:
    """The export of one corpus, one JSON record a line, through the command line in a fresh store."""
    from typer.testing import CliRunner

    from khronika.cli import app

    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp, _at_root():
        db, out = Path(tmp) / "golden.db", Path(tmp) / "golden.jsonl"
        result = runner.invoke(app, ["ingest", *CORPORA[name], "--db", str(db), "-q"])
        if result.exit_code != 0:
            raise RuntimeError(f"ingest of {name} failed ({result.exit_code}): {result.output}")
        result = runner.invoke(app, ["export", "--db", str(db), "-o", str(out)])
        if result.exit_code != 0:
            raise RuntimeError(f"export of {name} failed ({result.exit_code}): {result.output}")
        return out.read_text(encoding="utf-8").splitlines()


def _key(line: str) -> str:
    """A record's name: kind and id, else kind and where it lies (mentions, stances)."""
    r = json.loads(line)
    if r.get("id"):
        return f"{r['kind']} {r['id']}"
    at = r.get("evidence") or r
    return f"{r['kind']} {at.get('doc')}:{at.get('start')}-{at.get('end')} {r.get('text') or r.get('polarity') or ''}"


def diff(expected: list[str], actual: list[str], limit: int = 60) -> str:
    """What changed, record by record (a record is named by kind and id), then a unified diff of the
    changed records cut to ``limit`` lines; empty when nothing did."""
    if expected == actual:
        return ""
    old = {_key(x): x for x in expected}
    new = {_key(x): x for x in actual}
    gone = [k for k in old if k not in new]
    added = [k for k in new if k not in old]
    changed = [k for k in old if k in new and old[k] != new[k]]
    lines = [f"{len(gone)} records gone, {len(added)} added, {len(changed)} changed"
             + (", order differs" if not (gone or added or changed) else "")]
    lines += [f"- {k}" for k in gone[:10]] + [f"+ {k}" for k in added[:10]]

    def pretty(line: str) -> list[str]:
        return json.dumps(json.loads(line), ensure_ascii=False, indent=1, sort_keys=True).splitlines()

    for k in changed[:5]:
        lines += list(difflib.unified_diff(pretty(old[k]), pretty(new[k]), k, k, n=1, lineterm=""))
    return "\n".join(lines[:limit] + ([f"… {len(lines) - limit} more lines"] if len(lines) > limit else []))


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only show the differences, write nothing")
    parser.add_argument("corpora", nargs="*", help=f"which of {', '.join(CORPORA)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [c for c in args.corpora if c not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}; known: {', '.join(CORPORA)}")
    changed = 0
    for name in args.corpora or CORPORA:
        if not available(name):
            print(f"{name}: texts not found beside this checkout, skipped")
            continue
        path = snapshot_path(name)
        old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        new = build(name)
        report = diff(old, new)
        print(f"{name}: {'unchanged' if not report else 'changed'} ({len(new)} records)")
        if report:
            changed += 1
            print(report)
            if not args.check:
                path.write_text("\n".join(new) + "\n", encoding="utf-8")
    return 1 if changed and args.check else 0
