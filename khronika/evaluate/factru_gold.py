"""Reading the factRuEval-2016 gold standard: documents, their name mentions and Occupation/Meeting facts.

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
``(start, stop, type)`` mentions count once.  Gold positions are put in their normal form
(``normal_position``); the scoring is in ``factru``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import morph

NAME_SPANS = frozenset({"name", "surname", "patronymic", "nickname", "org_name", "loc_name"})
TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
NER_TYPES = ("PER", "ORG", "LOC")
SYSTEMS = ("natasha", "ours")  # the systems scored against the gold standard (``factru``)
JOBS = Path("aux") / "jobs_processed.txt"

Extent = tuple[int, int]
Mention3 = tuple[int, int, str]  # (start, stop, type)


def fold(s: str) -> str:
    """``morph.fold`` with no spaces around hyphens (``президента - демократа``)."""
    return re.sub(r"(?<=\w) ?- ?(?=\w)", "-", morph.fold(s))


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
    from ..stages.roles.lexicon import in_full

    words = position.split(" ")
    head = words[0].rstrip(".")
    if words[0].endswith(".") and head in TITLE_ABBREVIATIONS:
        words[0] = TITLE_ABBREVIATIONS[head]
    return in_full(" ".join(words))


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
