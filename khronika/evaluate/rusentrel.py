"""Evaluation on RuSentRel: who is for or against whom, document by document.

RuSentRel (``artN.txt`` texts of foreign press on international politics, ``artN.opin.txt``
lines ``subject, object, pos|neg, current``, ``synonyms.txt`` groups of name variants, one group
per line) annotates each document with the attitudes it expresses between named entities.
khronika's attitudes of a document are read from what it already extracts:

* stances with another side: ``positive``/``converge`` → pos, ``negative``/``concern``/``diverge``
  → neg, from the holder to the other side;
* events with a source: SUPPORT, AGREE, AID, COOPERATE, CONCEDE → pos; ACCUSE, REJECT, THREATEN,
  PROTEST, SANCTION, COERCE, ASSAULT → neg, from the source to each other participant; events
  that did not occur (planned, negated…) give none.

An entity is matched to a synonym group by its name or an alias, folded (lower case, ``ё``→``е``),
or by the last word of a person's name (``Барак Обама`` → the group of ``обама``).  An attitude is a
(subject group, object group, label) triple; one that names an entity outside every group, or the
same group twice, is left out, and a triple found twice in a document counts once.  The score is
micro P/R/F1 over the documents, with labels (``attitudes``) and without (``pairs``: the subject
and object in that order).  The ``{Author, …}`` markers before lines are removed before reading.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from .factru import fold, prf

POSITIVE_EVENTS = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE", "CONCEDE"})
NEGATIVE_EVENTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
POLARITY = {"positive": "pos", "converge": "pos", "negative": "neg", "concern": "neg", "diverge": "neg"}
MARKER = re.compile(r"^\{[^}\n]*\}[ \t]?", re.M)

Triple = tuple[int, int, str]  # (subject group, object group, "pos"|"neg")


def read_synonyms(path: Path) -> dict[str, int]:
    """Folded name variant → group number (the line of ``synonyms.txt``)."""
    groups: dict[str, int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        for name in line.split(","):
            if name.strip():
                groups.setdefault(fold(name), n)
    return groups


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    attitudes: frozenset  # of Triple


def document_paths(path: str | Path, limit: int | None = None) -> list[Path]:
    """``artN.txt`` files that have an ``artN.opin.txt`` beside them, in natural order."""
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: not a folder of RuSentRel artN.txt files")
    found = sorted((p for p in path.glob("art*.txt") if re.fullmatch(r"art\d+\.txt", p.name)
                    and p.with_name(p.stem + ".opin.txt").exists()), key=lambda p: int(p.stem[3:]))
    if not found:
        raise FileNotFoundError(f"{path}: no artN.txt with an artN.opin.txt beside it")
    return found[:limit] if limit else found


def read_doc(path: Path, groups: dict[str, int]) -> GoldDoc:
    text = MARKER.sub("", path.read_text(encoding="utf-8"))
    attitudes = set()
    for line in path.with_name(path.stem + ".opin.txt").read_text(encoding="utf-8").splitlines():
        fields = [f.strip() for f in line.split(",")]
        if len(fields) >= 3 and fields[2] in ("pos", "neg"):
            a, b = groups.get(fold(fields[0])), groups.get(fold(fields[1]))
            if a is not None and b is not None and a != b:
                attitudes.add((a, b, fields[2]))
    return GoldDoc(path.stem, text, frozenset(attitudes))


def group_of(entity, groups: dict[str, int]) -> int | None:
    """The synonym group of an entity: its name, an alias, or a person's surname."""
    names = [entity.name, *entity.aliases]
    if entity.type == "person":
        names.append(entity.name.split()[-1])
    return next((groups[fold(n)] for n in names if fold(n) in groups), None)


def attitudes_of(doc, groups: dict[str, int]) -> set[Triple]:
    """khronika's attitudes of a processed document (see the module docstring)."""
    group = {e.id: group_of(e, groups) for e in doc.entities}
    found: list[tuple[str, str, str]] = []
    for s in doc.stances:
        if s.other is not None and s.polarity in POLARITY:
            found.append((s.holder, s.other, POLARITY[s.polarity]))
    for e in doc.events:
        label = "pos" if e.type in POSITIVE_EVENTS else "neg" if e.type in NEGATIVE_EVENTS else None
        if label is None or e.factuality != "occurred":
            continue
        sources = [p.entity for p in e.participants if p.role == "source"]
        for src in sources:
            found += [(src, p.entity, label) for p in e.participants if p.entity not in sources]
    out = set()
    for a, b, label in found:
        ga, gb = group.get(a), group.get(b)
        if ga is not None and gb is not None and ga != gb:
            out.add((ga, gb, label))
    return out


@dataclass
class Run:
    docs: list[GoldDoc]
    predicted: list[set]
    seconds: float


def run(path: str | Path, limit: int | None = None, progress: bool = False, resources=None) -> Run:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..records import Document, Source
    from ..resources import shared
    from .factru import ours_pipeline

    path = Path(path)
    synonyms = path / "synonyms.txt" if (path / "synonyms.txt").exists() else path.parent / "synonyms.txt"
    if not synonyms.exists():
        raise FileNotFoundError(f"{synonyms}: RuSentRel's synonyms.txt is needed beside the folder")
    groups = read_synonyms(synonyms)
    docs = [read_doc(p, groups) for p in document_paths(path, limit)]
    pipeline = ours_pipeline(resources or shared())
    out = Run(docs, [], 0.0)
    t0 = time.perf_counter()
    bar = Progress(TextColumn("rusentrel"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), disable=not progress, transient=True)
    with bar:
        for gold in bar.track(docs):
            doc = pipeline(Document.from_source(Source(path=gold.id, text=gold.text)))
            out.predicted.append(attitudes_of(doc, groups))
    out.seconds = time.perf_counter() - t0
    return out


def score(r: Run) -> dict:
    def counts(strip_label: bool) -> dict:
        tp = fp = fn = 0
        for gold, ours in zip(r.docs, r.predicted):
            g = {x[:2] for x in gold.attitudes} if strip_label else set(gold.attitudes)
            p = {x[:2] for x in ours} if strip_label else set(ours)
            tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        return prf(tp, fp, fn)

    return {"documents": len(r.docs), "seconds": round(r.seconds, 1),
            "gold": sum(len(d.attitudes) for d in r.docs),
            "attitudes": counts(False), "pairs": counts(True)}


def render(result: dict, console) -> None:
    from rich.table import Table

    table = Table(title=f"RuSentRel: {result['documents']} documents, {result['gold']} gold attitudes, "
                        f"{result['seconds']} s", title_justify="left")
    for column in ("", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="right" if column else "left")
    for name, key in (("attitudes (subject, object, label)", "attitudes"), ("pairs (subject, object)", "pairs")):
        x = result[key]
        table.add_row(name, str(x["tp"]), str(x["fp"]), str(x["fn"]),
                      f"{x['precision']:.3f}", f"{x['recall']:.3f}", f"{x['f1']:.3f}")
    console.print(table)
