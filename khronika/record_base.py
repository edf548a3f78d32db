"""The machinery every record of ``khronika.records`` shares: a JSON round trip that knows which fields hold
nested records (``NESTED``, filled by ``records``) and a compact repr."""
from __future__ import annotations

import dataclasses
import functools
import operator
from typing import Any


def _compact(value: Any) -> str:
    if isinstance(value, (list, tuple)) and len(value) > 3:
        return f"[...{len(value)}]"
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:57] + "...")
    return repr(value)


class Record:
    """Shared JSON round trip and a compact repr (long lists shown as ``[...N]``)."""

    def to_json(self) -> dict:
        return _writer(type(self))(self)

    @classmethod
    def from_json(cls, data: dict):
        return cls(**{name: _from_json(data[name], nested) for name, nested in _fields(cls) if name in data})

    def __reduce__(self):
        """Pickled as its class and its fields' values, read back by ``_rebuilt``: ``dataclasses``' own state of a
        frozen record with slots reads ``fields()`` for every record, most of the cost of a document's records
        coming back from a worker process (thousands of tokens each)."""
        cls = type(self)
        return _rebuilt, (cls, _values(cls)(self))

    def __repr__(self) -> str:
        parts = ", ".join(f"{f.name}={_compact(getattr(self, f.name))}" for f in dataclasses.fields(self)
                          if f.repr)
        return f"{type(self).__name__}({parts})"


def _to_json(value: Any) -> Any:  # callers pass plain values (``_PLAIN``, most of a document) on as they are
    if isinstance(value, Record):
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _PLAIN else _to_json(v) for v in value]
    if isinstance(value, dict):
        if _PLAIN.issuperset(map(type, value.values())):  # a token's features: a copy made in C, no comprehension
            return dict(value)
        return {k: v if type(v) in _PLAIN else _to_json(v) for k, v in value.items()}
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})
# Fields that hold nested records, for from_json.
NESTED: dict[str, type] = {}


def _from_json(value: Any, nested: type | None) -> Any:
    if nested is None:
        return tuple(value) if isinstance(value, list) else value
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(nested.from_json(v) for v in value)
    return nested.from_json(value)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, type | None], ...]:
    """The field names of a record class, in order, each with the record type it holds (``NESTED``),
    read once per class (the JSON round trip of every token of every document goes through it)."""
    return tuple((f.name, NESTED.get(f"{cls.__name__}.{f.name}")) for f in dataclasses.fields(cls))


@functools.cache
def _values(cls: type):
    """A function giving a record's field values as a tuple, in field order."""
    names = [name for name, _ in _fields(cls)]
    getter = operator.attrgetter(*names) if names else (lambda record: ())
    return getter if len(names) != 1 else (lambda record: (getter(record),))


@functools.cache
def _setters(cls: type) -> tuple:
    """For each field of a record class, in order, a function setting it on a record under construction: the
    slot's own descriptor, or ``object.__setattr__`` (a frozen record refuses plain assignment)."""
    out = []
    for name, _ in _fields(cls):
        slot = getattr(cls, name, None)
        out.append(slot.__set__ if type(slot) is _SLOT else functools.partial(_set_field, name=name))
    return tuple(out)


_SLOT = type(type("_Slotted", (), {"__slots__": ("x",)}).x)  # the type of a slot's descriptor


def _set_field(record: Any, value: Any, name: str) -> None:
    object.__setattr__(record, name, value)


def _rebuilt(cls: type, values) -> Any:
    """A record of ``cls`` with these field values, as pickle had it (no ``__init__`` or ``__post_init__``, as
    ``dataclasses``' own state restoring)."""
    return _maker(cls)(*values)


@functools.cache
def _maker(cls: type):
    """A function of a record's field values, in order, making the record as ``_rebuilt`` does: one function
    written for the class's fields, each set by its setter (``_setters``) in turn, without a loop over them
    (every token of every document is made by it, and again when it comes back from a worker process)."""
    count = len(_setters(cls))
    values = ", ".join(f"v{i}" for i in range(count))
    sets = "".join(f"    s{i}(record, v{i})\n" for i in range(count))
    code = f"def make({values}):\n    record = new(cls)\n{sets}    return record\n"
    scope = {"new": object.__new__, "cls": cls, **{f"s{i}": s for i, s in enumerate(_setters(cls))}}
    exec(code, scope)  # noqa: S102 - the source is made of numbered names only
    return scope["make"]


def replaced(record, changes: dict) -> Any:
    """``dataclasses.replace(record, **changes)`` for a record class whose fields are all ``__init__``'s and that
    has no ``__post_init__`` (``Document``): its field values with ``changes``, made as ``_rebuilt`` makes a record
    (a frozen ``__init__`` of thirty fields costs twice as much; stages replace a document's fields again and
    again).  An unknown field is a ``TypeError``, as ``__init__`` would raise."""
    cls = type(record)
    values = list(_values(cls)(record))
    index = _positions(cls)
    for name, value in changes.items():
        at = index.get(name)
        if at is None:
            raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{name}'")
        values[at] = value
    return _maker(cls)(*values)


# a record made of its fields' values in order, as pickle makes it (a frozen ``__init__`` costs half as much again)
from_values = _rebuilt
maker = _maker  # the function ``from_values`` calls, of the field values as arguments


@functools.cache
def _positions(cls: type) -> dict[str, int]:
    return {name: i for i, (name, _) in enumerate(_fields(cls))}


@functools.cache
def _writer(cls: type):
    """The JSON of a record of class ``cls`` as one function written for its fields (``to_json``): each
    field under its name, in order, a plain value (``_PLAIN``) as it is, any other through ``_to_json``
    (the JSON of every token of every document is written by it)."""
    names = [name for name, _ in _fields(cls)]
    if not all(name.isidentifier() for name in names):
        raise TypeError(f"{cls.__name__}: a field name that is no identifier")
    items = ", ".join(f"{name!r}: v if type(v := record.{name}) in plain else to_json(v)" for name in names)
    code = f"def write(record, plain=plain, to_json=to_json):\n    return {{{items}}}\n"
    scope = {"plain": _PLAIN, "to_json": _to_json}
    exec(code, scope)  # noqa: S102 - the source is made of a dataclass's field names only
    return scope["write"]
