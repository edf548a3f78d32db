"""Compiled regular expressions kept on disk (``cache.py``), so that a new process does not compile again
the six hundred patterns that khronika's modules compile on import and on a first document (a sixth of the
CPU of a cold start: Python's ``re`` parses and compiles a pattern in Python, on every start).

``install()`` (``khronika/__init__.py``) puts ``compile`` in the place of ``re._compiler.compile``, which
``re`` calls for a pattern its own cache in memory does not hold.  A pattern of the table is built from its
stored code by ``_sre.compile``, with the very arguments ``re`` gives it: the code, the flags and the groups
depend only on the pattern, the flags and the ``re`` modules, and the table's name holds a fingerprint of
these modules and of the interpreter.  Another pattern is compiled by ``re`` as before, and kept in the
table only when its code, built again from the table's record, gives a pattern equal to ``re``'s (the same
flags, code and groups).  With ``KHRONIKA_CACHE=off`` it is not installed.

``Table`` is such a table of values per pattern, on disk (``literals.py`` keeps the literals it reads from
each pattern in one).
"""
from __future__ import annotations

import _sre
import atexit
import marshal
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser

from . import cache

MAX_ENTRIES = 5000
KEEP_SAVES = 20  # an entry no process used in this many writes of its table is left out of the next
MISSING = object()
FORMAT = "2"  # of the tables' entries, in their fingerprints


class Table:
    """Values (of ``marshal``'s types) by key, read from the cache entry ``name``-``key()`` on first use and
    written back at exit when the process added to it, up to ``MAX_ENTRIES`` entries, less those no process
    used in the last ``KEEP_SAVES`` writes: a pattern built from a set, whose order changes from one process
    to the next (``tokenize``'s string prefixes), is another pattern in each, and would otherwise grow the
    table without end."""

    def __init__(self, name: str, key: Callable[[], str]):
        self.name, self.key = name, key
        self.entries: dict | None = None  # key -> (value, the write that last saw it used)
        self.saves = 0  # the writes of the table before this process read it
        self.used: set = set()  # the keys this process read or added
        self.grown = False
        atexit.register(self.save)

    def get(self, key, default=MISSING):
        found = self._loaded().get(key)
        if found is None:
            return default
        self.used.add(key)
        return found[0]

    def put(self, key, value) -> None:
        entries = self._loaded()
        if key not in entries and len(entries) < MAX_ENTRIES and _writable((key, value)):
            entries[key] = (value, self.saves)
            self.used.add(key)
            self.grown = True

    def _loaded(self) -> dict:
        if self.entries is None:
            self.entries = {}
            data = cache.read(self.name, self.key(), "marshal")
            if data:
                try:
                    self.saves, self.entries = marshal.loads(data)
                    if not all(type(e) is tuple and len(e) == 2 for e in self.entries.values()):
                        raise TypeError
                except (AttributeError, EOFError, ValueError, TypeError):
                    self.saves, self.entries = 0, {}
        return self.entries

    def save(self) -> None:
        """The table on disk, if this process added to it: the entries it used marked as used in this write,
        those unused in the last ``KEEP_SAVES`` writes left out."""
        if not self.grown or self.entries is None:
            return
        saves = self.saves + 1
        kept = {key: (value, saves if key in self.used else last) for key, (value, last) in self.entries.items()
                if key in self.used or last > saves - KEEP_SAVES}
        try:
            data = marshal.dumps((saves, kept))
        except ValueError:  # a value marshal cannot write: no table this time
            return
        cache.write(self.name, self.key(), "marshal", data)
        self.grown = False


def _writable(value) -> bool:
    """Whether ``marshal`` writes ``value`` (not a subclass of str, as some libraries' patterns are)."""
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


def re_fingerprint(*files: Path) -> str:
    """A fingerprint of ``re``'s parser and compiler, the interpreter and ``files``."""
    sources = [Path(m.__file__) for m in (_compiler, _parser, re._constants)]
    return cache.fingerprint([*sources, *files], sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), FORMAT)


_original = _compiler.compile
# (pattern, flags) -> (flags of the pattern, code as array('I') bytes, groups, group index)
_patterns = Table("regex", re_fingerprint)


def install() -> None:
    """Compile ``re``'s str patterns through the table (once per process; nothing without a cache folder)."""
    if _compiler.compile is not compile and cache.folder() is not None and array("I").itemsize == _sre.CODESIZE:
        _compiler.compile = compile


def compile(p, flags=0):  # noqa: A001 - ``re._compiler.compile``'s name and signature
    if type(p) is not str or flags & re.DEBUG:  # (a subclass of str, as some libraries' patterns, is compiled too)
        return _original(p, flags)
    key = (p, int(flags))
    found = _patterns.get(key)
    if found is not MISSING:
        try:
            return _built(p, found)
        except Exception:  # noqa: BLE001 - a record that is not one (another writer's): compiled as before
            return _original(p, flags)
    pattern = _original(p, flags)
    try:
        code = _compiler._code(_parser.parse(p, flags), flags)
        record = (pattern.flags, array("I", code).tobytes(), pattern.groups, dict(pattern.groupindex))
        if _built(p, record) == pattern:
            _patterns.put(key, record)
    except Exception:  # noqa: BLE001 - a pattern that cannot be recorded is only compiled again next time
        pass
    return pattern


def _built(p: str, record: tuple):
    final_flags, code, groups, groupindex = record
    indexgroup = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array("I")
    words.frombytes(code)
    return _sre.compile(p, final_flags, words.tolist(), groups, groupindex, tuple(indexgroup))
