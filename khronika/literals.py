"""What a regular expression cannot match without: the literal words one of which every match holds, read from
the expression itself, so that a sentence without any of them is not scanned (a scan tries the expression at
every character; looking for a few words in the sentence costs a small part of that).

``needs(rx)`` gives those words (case-folded), or None where the expression holds no such literal;
``may_match(rx, haystack(text))`` is False only where ``rx`` surely finds nothing in ``text``.  The words are taken from
the parsed expression (Python's own parser): a run of literal characters, within a group, a repeat of at least
one, or the same in each alternative of a branch; the rarest of the expression's sequence is kept.  Lookarounds,
classes and anything else require nothing.  The text is compared case-folded, as the literals are, so that an
expression read with or without ``re.IGNORECASE`` is answered alike; the few characters that case folding and
the regex engine's case-insensitive matching read differently (``İ``, the characters beyond the basic plane) are
never taken as a literal, and a text that holds one is always scanned.  The literals of a pattern are read once
and kept on disk (``regex_cache.Table``), as its compiled code is.
"""
from __future__ import annotations

import _sre
import functools
import re
import sys
import unicodedata
from pathlib import Path
from re import _constants as sre
from re import _parser

from .regex_cache import MISSING, Table, re_fingerprint

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@functools.cache
def _unsafe() -> tuple[frozenset[str], frozenset[str]]:
    """Characters of the basic plane a text is not compared by (case folding makes more than one character of it, or
    not the one the regex engine's lower case gives), and those a literal is not read from: these, and the
    characters the engine takes for equivalent to another of another case folding (``i`` and ``ı``).  Read from
    the cache on disk (a tenth of a second of a start), keyed by this file and the interpreter's version."""
    from . import cache

    key = cache.fingerprint([Path(__file__)], sys.version, unicodedata.unidata_version)
    text, literal = cache.cached("unsafe-chars", key, _unsafe_codes)
    return frozenset(map(chr, text)), frozenset(map(chr, literal))


def _unsafe_codes() -> tuple[list[int], list[int]]:
    """``_unsafe``'s characters, as sorted code points."""
    text = set()
    for code in range(0x10000):
        c = chr(code)
        folded = c.casefold()
        if len(folded) != 1 or folded != chr(_sre.unicode_tolower(code)).casefold():
            text.add(c)
    from re._casefix import _EXTRA_CASES

    mixed = set()
    for code, others in _EXTRA_CASES.items():
        group = [chr(x) for x in (code, *others)]
        if len({c.casefold() for c in group}) > 1:
            mixed.update(group)
    literal = text | mixed | {chr(x) for x in range(0x10000) if chr(_sre.unicode_tolower(x)) in mixed}
    return sorted(map(ord, text)), sorted(map(ord, literal))


@functools.cache
def _unsafe_rx() -> re.Pattern:
    chars = "".join(re.escape(c) for c in sorted(_unsafe()[0]))
    return re.compile(f"[{chars}\U00010000-\U0010ffff]")


def _needed(items) -> set[str] | None:
    """The literals one of which every match of this sequence of parsed items holds, or None."""
    found: list[set[str]] = []
    run: list[str] = []

    def cut() -> None:
        if run:
            found.append({"".join(run)})
            run.clear()

    unsafe = _unsafe()[1]
    for op, av in items:
        if op is sre.LITERAL and chr(av) not in unsafe:
            run.append(chr(av))
            continue
        cut()
        need = None
        if op is sre.SUBPATTERN:
            need = _needed(av[3])
        elif op is sre.ATOMIC_GROUP:
            need = _needed(av)
        elif op in _REPEATS and av[0] >= 1:
            need = _needed(av[2])
        elif op is sre.BRANCH:
            each = [_needed(b) for b in av[1]]
            need = None if any(n is None for n in each) else set().union(*each)
        if need:
            found.append(need)
    cut()
    return max(found, key=lambda s: (min(map(len, s)), -len(s))) if found else None


NEEDS_KEPT = 4096  # expressions whose literals are kept (by identity: a pattern's hash reads its whole text)
_needs: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def needs(rx: re.Pattern) -> tuple[str, ...] | None:
    """The case-folded literals one of which every match of ``rx`` holds, or None."""
    hit = _needs.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    if len(_needs) >= NEEDS_KEPT:
        _needs.clear()
    _needs[id(rx)] = (rx, found := _literals(rx))  # the pattern kept with them, so that its id is not reused
    return found


def _literals(rx: re.Pattern) -> tuple[str, ...] | None:
    if not isinstance(rx.pattern, str):
        return None
    key = (rx.pattern, rx.flags)
    found = _read.get(key)
    if found is MISSING:
        found = _read_literals(rx)
        _read.put(key, found)
    return found


_read = Table("literals", lambda: re_fingerprint(Path(__file__)))


def _read_literals(rx: re.Pattern) -> tuple[str, ...] | None:
    need = _needed(_parser.parse(rx.pattern, rx.flags))
    if not need:
        return None
    folded = {x.casefold() for x in need}
    return tuple(sorted(x for x in folded if not any(y != x and y in x for y in folded)))  # "август", not "августа"


def haystack(text: str) -> str | None:
    """What ``may_match`` looks for the literals in: ``text`` case-folded, or None for a text that holds a character
    case folding does not read as the regex engine does (it is always scanned)."""
    return None if _unsafe_rx().search(text) else text.casefold()


def may_match(rx: re.Pattern, hay: str | None) -> bool:
    """False only where ``rx`` finds nothing in the text of ``hay`` (``haystack(text)``)."""
    if hay is None:
        return True
    hit = _needs.get(id(rx))
    need = hit[1] if hit is not None and hit[0] is rx else needs(rx)
    if need is None:
        return True
    for x in need:
        if x in hay:
            return True
    return False


class Index:
    """Which of several expressions may match a text, asked at once (``may_match`` of each, in their order): their
    literals indexed, so that a text is searched for each literal once, not once per expression that needs it, and
    the expressions needing none of those it holds are not looked at."""

    def __init__(self, patterns) -> None:
        self._patterns = tuple(patterns)  # read on the first question (parsing them takes a while)
        self._all = tuple(range(len(self._patterns)))
        self._built: tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]] | None = None

    def _build(self) -> tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]:
        always = frozenset(i for i, rx in enumerate(self._patterns) if needs(rx) is None)
        by: dict[str, set[int]] = {}
        for i, rx in enumerate(self._patterns):
            for x in needs(rx) or ():
                by.setdefault(x, set()).add(i)
        return always, tuple((x, frozenset(ks)) for x, ks in sorted(by.items()))

    def candidates(self, hay: str | None) -> tuple[int, ...]:
        """The places, in order, of the expressions that may match the text of ``hay`` (``haystack(text)``)."""
        if hay is None:
            return self._all
        if self._built is None:
            self._built = self._build()
        always, by = self._built
        found = set(always)
        for x, ks in by:
            if x in hay:
                found |= ks
        return tuple(sorted(found))
