"""Lexicons as data: the word lists, tables and patterns of the rules live in ``khronika/data/*.tsv``;
this module is the one loader, and it validates each file as it reads it.

Two shapes of file, both UTF-8 with ``#`` comments and blank lines ignored:

* **word sets** (``words(file)``): ``set<TAB>words``, the words separated by spaces; a set may run
  over several lines.  ``words("events.tsv")["ANNOUNCE"]`` is a ``frozenset``.
* **tables** (``table(file, columns)``): the first line that is not a comment is the header, naming
  the columns tab-separated; every row gives a value for each required column.

Validation happens at load time and raises :class:`LexiconError` naming ``file:line``: a word
twice in one set, a row whose key repeats, a missing or extra column, a value outside a column's
choices (``Column(..., choices=PLOVER_TYPES)``), a regular expression that does not compile, a set
asked for that the file does not have.  Files are read once per process.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from .errors import KhronikaError

PLOVER_TYPES = frozenset("""AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN
PROTEST SANCTION MOBILIZE COERCE ASSAULT""".split())


class LexiconError(KhronikaError):
    """A data file that breaks its own format: the message names ``file:line`` and what is wrong."""

    def __init__(self, file: str, line: int | None, problem: str):
        self.file, self.line, self.problem = file, line, problem
        super().__init__("E_LEXICON", where=f"khronika/data/{file}{f':{line}' if line else ''}", problem=problem)


DATA = resources.files("khronika") / "data"  # tests point this elsewhere (and clear the caches)


def _lines(file: str) -> Iterable[tuple[int, str]]:
    """Numbered lines of a data file that are neither blank nor comments (trailing blanks cut)."""
    try:
        text = DATA.joinpath(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(file, None, "no such data file") from None
    for n, line in enumerate(text.splitlines(), 1):
        line = line.rstrip()
        if line and not line.lstrip().startswith("#"):
            yield n, line


class WordSets(Mapping):
    """Named word sets of one file (read-only); asking for a set the file lacks names the file."""

    def __init__(self, file: str, sets: dict[str, frozenset[str]]):
        self.file, self._sets = file, dict(sets)

    def __getitem__(self, name: str) -> frozenset[str]:
        try:
            return self._sets[name]
        except KeyError:
            raise LexiconError(self.file, None, f"no word set {name!r} (it has {', '.join(sorted(self))})") from None

    def __iter__(self):
        return iter(self._sets)

    def __len__(self) -> int:
        return len(self._sets)


@cache
def words(file: str) -> WordSets:
    """``set<TAB>word word …`` lines as ``{set: frozenset(words)}``."""
    sets: dict[str, set[str]] = {}
    for n, line in _lines(file):
        name, sep, rest = line.partition("\t")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise LexiconError(file, n, "a line is 'SET<TAB>words' with a set name of letters, digits and _")
        found = sets.setdefault(name, set())
        for word in rest.split():
            if word in found:
                raise LexiconError(file, n, f"{word!r} is twice in set {name}")
            found.add(word)
    return WordSets(file, {k: frozenset(v) for k, v in sets.items()})


@dataclass(frozen=True)
class Column:
    """A column of a table: its header name, whether it may be empty, the values it allows, and a
    converter (``int``, ``regex``, ``lemmas``…) applied to a non-empty value."""

    name: str
    required: bool = True
    choices: frozenset[str] | None = None
    convert: Callable[[str], object] | None = None


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` as written, the longest first (no group of its own: the
    caller groups it).  Written as a tree of the words' shared beginnings (``ма(?:рт(?:а)?|я)``) where it can be,
    which tries the very same words in the same order (of those that fit the text at a place, the longest first)
    at a fraction of the cost: an engine tries each alternative in turn at every place it scans."""
    words = set(words)
    tree = _tree(words) if words and "" not in words and all(_TREE_CHARS.fullmatch(w) for w in words) else None
    return tree if tree is not None else "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Letters of which two are alike to a case-insensitive expression only where their lower case is one (not so
# beyond: ``i`` and the Turkish ``ı``): ASCII and Cyrillic.
_TREE_CHARS = re.compile(r"[\x00-\x7f\u0400-\u04ff]+")


def _tree(suffixes: set[str]) -> str | None:
    """The words' tree: at each letter, the longer words on first, then the word that ends there; None where two
    words part at letters alike in another case (their order would be the words', not the tree's)."""
    ends = "" in suffixes
    after: dict[str, set[str]] = {}
    for w in suffixes:
        if w:
            after.setdefault(w[0], set()).add(w[1:])
    if len({c.lower() for c in after}) < len(after):
        return None
    branches = []
    for c in sorted(after):
        rest = _tree(after[c])
        if rest is None:
            return None
        branches.append(re.escape(c) + rest)
    if not branches:
        return ""
    body = "|".join(branches)
    if ends:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def regex(value: str) -> re.Pattern:
    return re.compile(value)


def spaced(value: str) -> tuple[str, ...]:
    """A list of words separated by spaces."""
    return tuple(value.split())


@dataclass(frozen=True)
class Row:
    """One row of a table: ``row["type"]`` or ``row.get("note")``; ``line`` is its line number."""

    file: str
    line: int
    values: MappingProxyType

    def __getitem__(self, column: str):
        return self.values[column]

    def get(self, column: str, default=None):
        value = self.values.get(column)
        return default if value in (None, "") else value


@cache
def table(file: str, columns: tuple[Column, ...], key: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """The rows of a table file, checked against ``columns`` (header order free, names exact); rows
    whose ``key`` columns repeat are an error."""
    lines = iter(_lines(file))
    try:
        n, header_line = next(lines)
    except StopIteration:
        raise LexiconError(file, None, "no header line") from None
    header = header_line.split("\t")
    known = {c.name: c for c in columns}
    missing = [c.name for c in columns if c.name not in header and c.required]
    unknown = [h for h in header if h not in known]
    if missing or unknown:
        raise LexiconError(file, n, f"header {header} lacks {missing} or has unknown columns {unknown}")
    rows, seen = [], {}
    for n, line in lines:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise LexiconError(file, n, f"{len(cells)} cells for {len(header)} columns")
        values = {}
        for name, cell in zip(header, cells + [""] * (len(header) - len(cells))):
            col, cell = known[name], cell.strip()
            if not cell:
                if col.required:
                    raise LexiconError(file, n, f"column {name!r} is empty")
                values[name] = None
                continue
            if col.choices is not None and cell not in col.choices:
                raise LexiconError(file, n, f"{name} {cell!r} is not one of {', '.join(sorted(col.choices))}")
            try:
                values[name] = col.convert(cell) if col.convert else cell
            except (re.error, ValueError) as exc:
                raise LexiconError(file, n, f"{name} {cell!r}: {exc}") from None
        for name in known:
            values.setdefault(name, None)
        if key:
            k = tuple(values[c] if not isinstance(values[c], re.Pattern) else values[c].pattern for c in key)
            if k in seen:
                raise LexiconError(file, n, f"duplicate entry {k if len(k) > 1 else k[0]!r} (first on line {seen[k]})")
            seen[k] = n
        rows.append(Row(file, n, MappingProxyType(values)))
    return tuple(rows)
