"""Evaluation on factRuEval-2016: named entities (PER/ORG/LOC) and Occupation facts.

Format, per document ``book_N``: ``.txt`` the text; ``.spans`` lines ``id type start length token
ntokens # ...``; ``.objects`` lines ``id Type span_id... # ...``; ``.coref`` blocks whose first line
is ``coref_id object_id...``; ``.facts`` blocks ``N-M Type`` then ``Field objK|spanK text``, where
``objK`` is a *coref* id and ``spanK`` a span id.

Offsets are code points of the ``.txt`` decoded as UTF-8 and read without newline translation (the
devset has no BOM and no ``\\r``, so both readings coincide): all 30,940 tokens of the devset equal
their slice of the text (``check_offsets``).  The 16 of 4,084 span comments that differ from their
slice only show tokens joined by spaces (``Ахмат - Хаджи``) — one, ``Жан Ле Пен`` over
``Жан-Мари Ле Пен`` (book_367), is a span whose token list leaves out two tokens.

Gold mentions: an object of type Person (PER), Org (ORG), Location or LocOrg (LOC) spans from the
first to the last character of its name spans (``NAME_SPANS``); descriptors (``org_descr``,
``job``, ``geo_adj``...) are left out, objects without a name span are not counted, and identical
``(start, stop, type)`` mentions count once.  A prediction is right when ``(start, stop, type)``
equals a gold mention.  Systems: bare natasha (segmenter + ``NewsNERTagger``) and ours
(``ours_pipeline``: the standard pipeline minus cleaning; ``doc.mentions`` less the descriptor
mentions of the coref stage, see ``named_mentions``).

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

from .. import morph

NAME_SPANS = frozenset({"name", "surname", "patronymic", "nickname", "org_name", "loc_name"})
TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
NER_TYPES = ("PER", "ORG", "LOC")
SYSTEMS = ("natasha", "ours")
JOBS = Path("aux") / "jobs_processed.txt"

Extent = tuple[int, int]
Mention3 = tuple[int, int, str]  # (start, stop, type)


def fold(s: str) -> str:
    """``morph.fold`` with no spaces around hyphens (``президента - демократа``)."""
    return re.sub(r"(?<=\w) ?- ?(?=\w)", "-", morph.fold(s))


# --- the gold standard ----------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldOccupation:
    id: str
    who: tuple[Extent, ...]  # extents of every mention of the person
    position: str | None  # normal form, folded; None when the fact has no Position
    where: tuple[Extent, ...] | None  # extents of every mention of the place/organisation


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    mentions: frozenset  # of Mention3
    occupations: tuple[GoldOccupation, ...] = ()
    meetings: tuple = ()  # per Meeting fact: the extents of each participant's mentions


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _blocks(path: Path) -> list[list[str]]:
    return [b.splitlines() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()] \
        if path.exists() else []


def load_jobs(path: Path) -> dict[str, str]:
    """``jobs_processed.txt``: folded inflected title → folded normal form (``мэра`` → ``мэр``)."""
    jobs = {}
    for line in _lines(path):
        if "|" in line:
            left, right = line.split("|", 1)
            jobs[fold(left)] = fold(right)
    return jobs


def normal_position(text: str, jobs: dict[str, str]) -> str:
    """A gold Position in its normal form, folded: the organisers' list first; else the words up to
    the first noun put in the nominative singular (``генерального директора компании`` →
    ``генеральный директор компании``)."""

    key = fold(text)
    if key in jobs:
        return canonical_position(jobs[key])
    words = key.split(" ")
    for i, word in enumerate(words):
        best = morph.analyzer().parse(word)[0]
        if best.tag.POS == "NOUN":
            gender = best.tag.gender if best.tag.gender in ("masc", "femn", "neut") else "masc"
            head = [w.inflect({"nomn", "sing", gender}) if w.tag.POS == "ADJF" else None
                    for w in (morph.analyzer().parse(x)[0] for x in words[:i])]
            words[:i + 1] = [h.word if h else x for h, x in zip(head, words)] + [best.normal_form]
            break
    return canonical_position(fold(" ".join(words)))


def canonical_position(position: str) -> str:
    """khronika's canonical form of a position, applied to the gold ones too: short and colloquial
    titles in full (``премьер`` → ``премьер-министр``, ``зав.`` → ``заведующий``)."""
    from ..names import TITLE_ABBREVIATIONS
    from ..stages.roles import SYNONYMS

    words = position.split(" ")
    head = words[0].rstrip(".")
    if words[0].endswith(".") and head in TITLE_ABBREVIATIONS:
        words[0] = TITLE_ABBREVIATIONS[head]
    position = " ".join(words)
    return SYNONYMS.get(position, position)


def read_doc(base: Path, jobs: dict[str, str] | None = None) -> GoldDoc:
    """One document, ``base`` being the path without suffix (``devset/book_100``)."""
    with open(base.with_suffix(".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    spans: dict[str, list[tuple[str, int, int]]] = {}  # an id may carry two types (surname + nickname)
    for line in _lines(base.with_suffix(".spans")):
        f = line.split("#")[0].split()
        if len(f) >= 4:
            spans.setdefault(f[0], []).append((f[1], int(f[2]), int(f[2]) + int(f[3])))
    objects = {}  # id -> (Type, name extent or None, full extent)
    for line in _lines(base.with_suffix(".objects")):
        f = line.split("#")[0].split()
        if len(f) < 3:
            continue
        parts = [s for sid in f[2:] for s in spans.get(sid, ())]
        names = [s for s in parts if s[0] in NAME_SPANS]
        objects[f[0]] = (f[1], _extent(names), _extent(parts))
    mentions = frozenset((e[0], e[1], TYPES[t]) for t, e, _ in objects.values() if e and t in TYPES)
    chains = {b[0].split()[0]: b[0].split()[1:] for b in _blocks(base.with_suffix(".coref"))}

    def extents(ref: str) -> tuple[Extent, ...]:
        found = (objects.get(o) for o in chains.get(ref.removeprefix("obj"), ()))
        return tuple(sorted({o[1] or o[2] for o in found if o and (o[1] or o[2])}))

    occupations, meetings = [], []
    for block in _blocks(base.with_suffix(".facts")):
        head = block[0].split()
        fields = {}
        participants = []
        for line in block[1:]:
            f = line.split(maxsplit=2)
            if len(f) >= 2:
                fields.setdefault(f[0], f[1])
                if f[0] == "Participant":
                    participants.append(extents(f[1]))
        if head[1:] == ["Meeting"]:
            meetings.append(tuple(p for p in participants if p))
        if head[1:] != ["Occupation"] or "Who" not in fields:
            continue
        span = spans.get(fields.get("Position", "").removeprefix("span"), [None])[0]
        position = normal_position(text[span[1]:span[2]], jobs or {}) if span else None
        where = extents(fields["Where"]) if "Where" in fields else None
        occupations.append(GoldOccupation(head[0], extents(fields["Who"]), position, where))
    return GoldDoc(base.name, text, mentions, tuple(occupations), tuple(meetings))


def _extent(parts) -> Extent | None:
    return (min(p[1] for p in parts), max(p[2] for p in parts)) if parts else None


def _natural(path: Path):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.name)]


def document_paths(path: str | Path, limit: int | None = None) -> list[Path]:
    """``book_N`` bases of a folder with ``.txt`` + ``.objects`` files, in natural order."""
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: not a folder")
    bases = sorted((p.with_suffix("") for p in path.glob("*.objects") if p.with_suffix(".txt").exists()),
                   key=_natural)
    if not bases:
        raise FileNotFoundError(f"{path}: no factRuEval documents (book_N.txt with book_N.objects)")
    return bases[:limit] if limit is not None else bases


def read_corpus(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    path = Path(path)
    jobs = load_jobs(path.parent / JOBS) or load_jobs(path / JOBS)
    return [read_doc(base, jobs) for base in document_paths(path, limit)]


def check_offsets(path: str | Path, limit: int | None = None) -> dict:
    """Tokens of ``.tokens`` compared with their slice of the ``.txt``: ``{"tokens", "mismatched"}``."""
    n = bad = 0
    for base in document_paths(path, limit):
        with open(base.with_suffix(".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        for line in _lines(base.with_suffix(".tokens")):
            f = line.split(" ", 3)
            if len(f) == 4:
                n += 1
                bad += text[int(f[1]):int(f[1]) + int(f[2])] != f[3]
    return {"tokens": n, "mismatched": bad}


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
    """Our name mentions, and how many descriptor mentions were left out: a PER mention with no PER
    span of the raw NER under it is a descriptor standing for a person (``президента Украины``,
    added by the coref stage), and factRuEval does not count descriptors."""
    names = [(m.start, m.stop) for m in doc.ner if m.type == "PER"]
    out = {(m.start, m.stop, m.type) for m in doc.mentions
           if m.type != "PER" or any(overlaps((m.start, m.stop), n) for n in names)}
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


# --- rendering --------------------------------------------------------------------------------------

def render(result: dict, console) -> None:
    """Both systems side by side, with the F1 delta (ours − natasha)."""
    from rich.table import Table

    table = Table(title=f"factRuEval-2016: {result['documents']} documents, {result['seconds']} s (exact spans)")
    table.add_column("", no_wrap=True)
    table.add_column("gold", justify="right")
    for s in SYSTEMS:
        for k in ("P", "R", "F1"):
            table.add_column(f"{s}\n{k}", justify="right")
    table.add_column("Δ F1", justify="right")

    def cells(x: dict | None) -> list[str]:
        return [f"{x[k]:.3f}" for k in ("precision", "recall", "f1")] if x else ["—"] * 3

    ner = result["ner"]
    for t in (*NER_TYPES, "overall"):
        gold = sum(result["gold"][k] for k in NER_TYPES) if t == "overall" else result["gold"][t]
        delta = ner["ours"][t]["f1"] - ner["natasha"][t]["f1"]
        table.add_row(t, str(gold), *cells(ner["natasha"][t]), *cells(ner["ours"][t]), f"{delta:+.3f}")
    for key, label in (("strict", "Occupation"), ("who_position", "Occupation, who+position")):
        table.add_row(label, str(result["gold"]["occupation"]), *cells(None), *cells(result["occupation"][key]), "")
    table.add_row("Meeting (participants)", str(result["gold"]["meeting"]), *cells(None), *cells(result["meeting"]), "")
    console.print(table)
    console.print(f"Descriptor mentions of ours left out (not names): {result['descriptors_left_out']}")
    if "offsets" in result:
        o = result["offsets"]
        console.print(f"Offsets: {o['tokens'] - o['mismatched']} of {o['tokens']} gold tokens match the text")


def render_errors(errs: list[dict], console, n: int = 40) -> None:
    from rich.table import Table

    for kind, label in (("fp", "false positives"), ("fn", "false negatives")):
        mine = [e for e in errs if e["kind"] == kind]
        counts = Counter(e["category"] for e in mine)
        table = Table(title=f"{label}: {len(mine)} ({', '.join(f'{k} {v}' for k, v in counts.most_common())})")
        for column in ("doc", "category", "text", "other", "context"):
            table.add_column(column, overflow="fold")
        for e in mine[:n]:
            table.add_row(e["doc"], e["category"], e["text"], e["other"], e["context"])
        console.print(table)
