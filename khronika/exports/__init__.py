"""Exports beside the JSON Lines contract (``export.py``): CSV and Parquet tables (``tables.py``), one
file per record kind in a folder, and PLOVER/POLECAT-style event records (``plover.py``).

Every file is written whole or not at all: into a file beside it, then renamed.  ``OSError`` (no
space, no permission) leaves no partial file and is the caller's to report.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

FORMATS = ("jsonl", "csv", "parquet", "plover")


@contextlib.contextmanager
def atomic(output: Path) -> Iterator[Path]:
    """A path to write ``output`` through: a hidden file beside it, renamed to ``output`` when the
    block ends without an error and removed when it does not.  Its folder is made if missing."""
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial")
    try:
        yield partial
        os.replace(partial, output)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def write_csv_folder(records, folder: Path) -> dict[str, int]:
    """One CSV file per table (``documents.csv``, ``entities.csv``, ``events.csv``…) into ``folder``;
    the row count of each."""
    from .tables import tables, write_csv

    counts = {}
    for name, (columns, rows) in tables(records).items():
        with atomic(folder / f"{name}.csv") as path, open(path, "w", encoding="utf-8", newline="") as out:
            counts[name] = write_csv(columns, rows, out)
    return counts


def write_parquet_folder(records, folder: Path) -> dict[str, int]:
    """One Parquet file per table into ``folder``, with the columns' types (lists as lists)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .tables import tables

    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    counts = {}
    for name, (columns, rows) in tables(records).items():
        schema = pa.schema([(column, types[kind]) for column, kind in columns])
        table = pa.Table.from_pylist([{c: r.get(c) for c, _ in columns} for r in rows], schema=schema)
        with atomic(folder / f"{name}.parquet") as path:
            pq.write_table(table, path)
        counts[name] = len(rows)
    return counts


def write_plover(records, out, array: bool = False) -> int:
    """The PLOVER-style records to ``out``: one JSON object a line, or one JSON array (``array``)."""
    from .plover import plover_records

    found = plover_records(records)
    if array:
        json.dump(found, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for r in found:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(found)
