"""Evaluation on factRuEval-2016: named entities (PER/ORG/LOC) and Occupation facts.

This module runs the systems, scores them and lists their errors; ``factru_gold`` reads the gold
standard (its format, its offsets, which objects are gold mentions), ``factru_render`` prints the
tables.  The names of theirs that the cli, ``rusentrel`` and the tests use are imported here, so
they all keep importing from ``factru``.

A predicted mention is right when ``(start, stop, type)`` equals a gold mention.  Systems: bare
natasha (segmenter + ``NewsNERTagger``) and ours (``ours_pipeline``: the standard pipeline minus
cleaning; ``doc.mentions`` less the descriptor mentions of the coref stage, see ``named_mentions``).

Occupation facts (fields ``Who``, ``Position``, ``Where``; 13 of 211 devset facts have no
Position, one has no Where): a predicted ``Role`` matches a gold fact when

* its person span, or any mention of our entity for that person, overlaps a mention of the gold
  ``Who`` (any mention of that coreference chain: the facts are entity-level on both sides, as in
  the official scorer);
* its position equals the gold one, both folded (lower case, ``ё``→``е``, single spaces; gold first normalised
  through ``aux/jobs_processed.txt`` and then to khronika's canonical titles, the same map the role stage
  applies: ``премьер`` → ``премьер-министр``, ``зав.`` → ``заведующий``), or one is the other extended by
  whole words at either end (``министр`` ~ ``министр иностранных дел``, ``директор`` ~ ``генеральный
  директор``, but not ``президент`` ~ ``вице-президент``), or ours is gold less some words with the same first
  word (gold keeps the organisation inside the position, ours gives it as ``of``: ``посол на южном кавказе`` ~
  ``посол евросоюза на южном кавказе``); a gold fact without Position accepts any position;
* ``strict``: when the gold fact has a ``Where``, the role's ``of`` span or a mention of its ``of``
  entity overlaps a mention of it (``российский президент``: any mention of Россия; a role without
  ``of`` fails); when it has none, ``of`` is not looked at.  The loose score
  (``who_position``) drops this condition.

Roles with the same (person, folded position, of) count once, and each gold fact is matched once.
For the strict score only roles with an ``of`` are Occupation facts: factRuEval annotates an
occupation with its organisation or place (210 of 211 devset facts have a Where), while khronika
also keeps bare titles (``писатель``, ``журналист``), which the corpus does not annotate.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from .factru_gold import (
    NER_TYPES,
    SYSTEMS,
    Extent,
    GoldDoc,
    GoldOccupation,
    Mention3,
    check_offsets,
    fold,
    read_corpus,
)

# Used by the cli and the tests through ``factru``, and re-exported for them:
from .factru_gold import document_paths as document_paths
from .factru_render import render as render
from .factru_render import render_errors as render_errors

# --- the systems ------------------------------------------------------------------------------------

class Verbatim:
    """Stands in for the clean stage: the corpus text is the document text, offsets unchanged."""

    name = "verbatim"
    requires = frozenset({"raw"})

    def __init__(self, provides: Iterable[str] = ("text", "metadata")):
        self.provides = frozenset(provides)

    def __call__(self, doc):
        return doc


def ours_pipeline(resources=None):
    """``build_pipeline`` without its clean stage (whatever stages it has now), text kept verbatim."""
    from ..pipeline import Pipeline, build_pipeline

    stages = build_pipeline(resources).stages
    clean = [s for s in stages if s.name == "clean"]
    return Pipeline([Verbatim(clean[0].provides if clean else ("text", "metadata")),
                     *(s for s in stages if s.name != "clean")])


def natasha_mentions(text: str, resources) -> set[Mention3]:
    """Bare natasha: segmentation and ``NewsNERTagger``, nothing else."""
    from natasha import Doc

    d = Doc(text)
    d.segment(resources.segmenter)
    d.tag_ner(resources.ner_tagger)
    return {(s.start, s.stop, s.type) for s in d.spans}


def named_mentions(doc) -> tuple[set[Mention3], int]:
    """Our name mentions, and how many descriptor mentions were left out: a mention found otherwise than
    by its name (``via``: ``ведомство``, ``президента Украины``), or a PER mention with no PER span of the
    raw NER under it; factRuEval does not count descriptors."""
    names = [(m.start, m.stop) for m in doc.ner if m.type == "PER"]
    out = {(m.start, m.stop, m.type) for m in doc.mentions
           if m.via == "name" and (m.type != "PER" or any(overlaps((m.start, m.stop), n) for n in names))}
    return out, len({(m.start, m.stop, m.type) for m in doc.mentions} - out)


@dataclass
class Run:
    """Gold documents with what each system predicted for them."""

    docs: list[GoldDoc]
    mentions: dict[str, list[set]]  # system -> per document set of Mention3
    roles: list[tuple]  # our Role records per document
    extents: list[dict]  # per document: our entity id -> extents of its mentions
    seconds: float
    descriptors: int = 0  # our descriptor mentions left out (see named_mentions)
    meetings: list = field(default_factory=list)  # per document: our meetings, each a tuple of person ids


def entity_extents(doc) -> dict:
    out: dict[str, list[Extent]] = {}
    for m in doc.mentions:
        if m.entity:
            out.setdefault(m.entity, []).append((m.start, m.stop))
    return out


def run(path: str | Path, limit: int | None = None, progress: bool = False, resources=None) -> Run:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..records import Document, Source
    from ..resources import shared

    docs = read_corpus(path, limit)
    resources = resources or shared()
    pipeline = ours_pipeline(resources)
    out = Run(docs, {s: [] for s in SYSTEMS}, [], [], 0.0)
    t0 = time.perf_counter()
    bar = Progress(TextColumn("factru"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), disable=not progress, transient=True)
    with bar:
        for gold in bar.track(docs):
            out.mentions["natasha"].append(natasha_mentions(gold.text, resources))
            doc = pipeline(Document.from_source(Source(path=gold.id, text=gold.text)))
            named, descriptors = named_mentions(doc)
            out.mentions["ours"].append(named)
            out.descriptors += descriptors
            out.roles.append(doc.roles)
            out.extents.append(entity_extents(doc))
            out.meetings.append(our_meetings(doc))
    out.seconds = time.perf_counter() - t0
    return out


# --- scores -----------------------------------------------------------------------------------------

def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score_mentions(gold: Iterable[set], predicted: Iterable[set]) -> dict:
    """Exact-span P/R/F1 per type and micro over all, summed over documents."""
    c = Counter()
    for g, p in zip(gold, predicted):
        for kind, found in (("tp", g & p), ("fp", p - g), ("fn", g - p)):
            c.update((kind, t) for _, _, t in found)
    out = {t: prf(c["tp", t], c["fp", t], c["fn", t]) for t in NER_TYPES}
    out["overall"] = prf(*(sum(out[t][k] for t in NER_TYPES) for k in ("tp", "fp", "fn")))
    return out


def overlaps(a: Extent, b: Extent) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def position_matches(ours: str, gold: str | None) -> bool:
    """Equal, or one extends the other by whole words at either end, or ours is gold less some
    words (gold positions keep the organisation — ``посол евросоюза на южном кавказе`` — which
    khronika gives as the role's ``of``): same head word, and our words in gold's, in order."""
    if gold is None:
        return True
    a, b = fold(ours), fold(gold)
    if a == b or any(x.startswith(y + " ") or x.endswith(" " + y) for x, y in ((a, b), (b, a))):
        return True
    ours_words, gold_words = a.split(), iter(b.split())
    return ours_words[0] == b.split()[0] and all(w in gold_words for w in ours_words)


def surface_title(role, text: str) -> str | None:
    """The title word as the text has it, in its dictionary form: the corpus keeps ``глава`` where
    khronika gives the office (``глава правительства`` → ``премьер-министр``)."""
    from ..names import title_lemma

    words = text[role.position_start:role.position_stop].split()
    return title_lemma(words[0]) if words else None


def occupation_matches(role, gold: GoldOccupation, strict: bool = True, mentions: dict | None = None,
                       text: str | None = None) -> bool:
    """``mentions``: our entity id → extents of its mentions in the document (entity-level facts);
    ``text``: the document, to match the title as written as well as khronika's office."""
    mentions = mentions or {}
    who = [(role.person_start, role.person_stop), *mentions.get(role.person, ())]
    if not any(overlaps(a, w) for a in who for w in gold.who):
        return False
    surface = surface_title(role, text) if text is not None else None
    if not (position_matches(role.position, gold.position) or (surface and surface == gold.position)):
        return False
    if strict and gold.where is not None:
        where = ([(role.of_start, role.of_stop)] if role.of_start is not None else []) + list(mentions.get(role.of, ()))
        return any(overlaps(a, w) for a in where for w in gold.where)
    return True


def is_occupation(role) -> bool:
    """Founders and owners are Ownership facts in factRuEval, not Occupation ones."""
    from ..stages.roles import OWNERSHIP

    return role.position.split()[0] not in OWNERSHIP


def score_occupations(gold: Iterable[Iterable[GoldOccupation]], roles: Iterable[Iterable], strict: bool = True,
                      mentions: Iterable[dict] | None = None, texts: Iterable[str] | None = None) -> dict:
    tp = fp = fn = 0
    for facts, predicted, extents, text in zip(gold, roles, mentions or repeat({}), texts or repeat(None)):
        left = list(facts)
        predicted = [r for r in predicted if is_occupation(r)]
        if strict:  # an Occupation fact has a Where (210 of 211 devset facts): a role without ``of`` is none
            predicted = [r for r in predicted if r.of is not None or r.of_start is not None]
        unique = {(r.person, fold(r.position), r.of): r for r in predicted}
        def matches(role, g, extents=extents, text=text):
            return occupation_matches(role, g, strict, extents, text)

        hits = _match_once(left, unique.values(), matches)
        tp, fp, fn = tp + hits, fp + len(unique) - hits, fn + len(left)
    return prf(tp, fp, fn)


def _match_once(gold: list, predicted: Iterable, fits) -> int:
    """How many predictions match a gold item, each gold item matched once (``gold`` is consumed)."""
    hits = 0
    for item in predicted:
        match = next((g for g in gold if fits(item, g)), None)
        if match is not None:
            hits += 1
            gold.remove(match)
    return hits


def our_meetings(doc) -> list[tuple[str, ...]]:
    """Our meetings in factRuEval's sense: occurred CONSULT events with two or more persons."""
    persons = {e.id for e in doc.entities if e.type == "person"}
    out = []
    for e in doc.events:
        people = tuple(p.entity for p in e.participants if p.entity in persons)
        if e.type == "CONSULT" and e.factuality == "occurred" and len(people) >= 2:
            out.append(people)
    return out


def score_meetings(gold: Iterable, predicted: Iterable, extents: Iterable[dict]) -> dict:
    """A predicted meeting matches a gold Meeting fact when two of its persons are two distinct
    participants of the fact (their mentions overlap those participants' mentions); each gold fact
    is matched once."""
    tp = fp = fn = 0
    for facts, ours, where in zip(gold, predicted, extents):
        left = list(facts)

        def fits(people, fact, where=where):
            found = {i for i, chain in enumerate(fact) for p in people
                     if any(overlaps(a, b) for a in where.get(p, ()) for b in chain)}
            return len(found) >= 2

        hits = _match_once(left, ours, fits)
        tp, fp, fn = tp + hits, fp + len(ours) - hits, fn + len(left)
    return prf(tp, fp, fn)


def score(r: Run) -> dict:
    gold = [d.mentions for d in r.docs]
    occupations = [d.occupations for d in r.docs]
    texts = [d.text for d in r.docs]
    return {
        "documents": len(r.docs),
        "seconds": round(r.seconds, 1),
        "descriptors_left_out": r.descriptors,
        "gold": {**{t: sum(t == m[2] for d in gold for m in d) for t in NER_TYPES},
                 "occupation": sum(map(len, occupations)), "meeting": sum(len(d.meetings) for d in r.docs)},
        "ner": {s: score_mentions(gold, r.mentions[s]) for s in SYSTEMS},
        "meeting": score_meetings([d.meetings for d in r.docs], r.meetings, r.extents),
        "occupation": {"strict": score_occupations(occupations, r.roles, mentions=r.extents, texts=texts),
                       "who_position": score_occupations(occupations, r.roles, strict=False, mentions=r.extents,
                                                         texts=texts)},
    }


def evaluate(path: str | Path, limit: int | None = None, progress: bool = False) -> dict:
    """Scores of bare natasha and of khronika on a factRuEval folder (see the module docstring)."""
    out = score(run(path, limit, progress))
    out["offsets"] = check_offsets(path, limit)
    return out


# --- error analysis ---------------------------------------------------------------------------------

def _context(text: str, start: int, stop: int, width: int = 50) -> str:
    s = f"{text[max(0, start - width):start]}[[{text[start:stop]}]]{text[stop:stop + width]}"
    return re.sub(r"\s+", " ", s)


def _category(m: Mention3, others: set, kind: str) -> tuple[str, Mention3 | None]:
    """``type`` (same extent, other type), ``boundary`` (overlaps the same type),
    ``boundary+type`` (overlaps another type) or ``spurious``/``missed``; with the counterpart."""
    near = sorted((o for o in others if overlaps(m[:2], o[:2])), key=lambda o: (o[2] != m[2], o[:2] != m[:2]))
    if not near:
        return ("spurious" if kind == "fp" else "missed"), None
    o = near[0]
    return ("type" if o[:2] == m[:2] else "boundary" if o[2] == m[2] else "boundary+type"), o


def error_list(r: Run, system: str = "ours", type: str = "ORG") -> list[dict]:
    """False positives then false negatives of ``system`` for ``type``, each with its category."""
    out = []
    for kind in ("fp", "fn"):
        for doc, predicted in zip(r.docs, r.mentions[system]):
            mine, others = (predicted - doc.mentions, doc.mentions) if kind == "fp" else \
                (doc.mentions - predicted, predicted)
            for m in sorted(x for x in mine if x[2] == type):
                category, o = _category(m, others, kind)
                out.append({"doc": doc.id, "kind": kind, "start": m[0], "stop": m[1], "type": m[2],
                            "text": doc.text[m[0]:m[1]], "category": category,
                            "other": f"{o[2]} {doc.text[o[0]:o[1]]}" if o else "",
                            "context": _context(doc.text, m[0], m[1])})
    return out


def errors(path: str | Path, system: str = "ours", type: str = "ORG", limit: int | None = None) -> list[dict]:
    return error_list(run(path, limit), system, type)
