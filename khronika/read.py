"""The reading edge of the pipeline: files, folders and stdin in, ``Source`` records out.

``read_all`` never raises for bad input.  Anything it cannot read becomes a ``ReadError``
naming the path (or ``file.jsonl:N`` line) and the reason, and reading goes on with the rest.

Formats, by suffix: ``.txt``/``.text`` (plain text in UTF-8, CP1251 or KOI8-R), ``.html``/``.htm``
(main text and metadata via trafilatura, offline), ``.jsonl`` (one JSON object per line with a
``text`` field).  ``-`` reads plain text from stdin.
"""
from __future__ import annotations

import codecs
import email.utils
import json
import logging
import math
import os
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import trafilatura
from charset_normalizer import from_bytes

from .dates import find_dates
from .errors import ReadError
from .records import Source

STDIN = "-"
STDIN_PATH = "<stdin>"
FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
JSONL_FIELDS = ("title", "url", "published", "source")

# trafilatura and htmldate log every page they give up on; khronika reports those as E_HTML
# itself.  Quieten them unless the user configured their level.
for _name in ("trafilatura", "htmldate"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.CRITICAL)

# Letter frequencies of Russian text (percent), to tell CP1251 from KOI8-R: read with the wrong
# one of the two, Russian text turns into rare letters with swapped case.
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}
_RU_PUNCT = "«»—–“”„№…’"
_CASE_ODDITY = re.compile(r"[а-яё][А-ЯЁ]")  # a capital right after a small letter: "пРИ"
_CYRILLIC_8BIT = ("cp1251", "koi8-r")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.05
# The publication date from the page's markup only (meta tags, <time>, a dated URL): htmldate's
# extensive search guesses from any text of the page and turns "© 2021" into 2021-01-01.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def expand_paths(paths: list[str]) -> list[str | ReadError]:
    """Files as given, folders as their files (recursively, sorted, hidden ones skipped),
    ``-`` kept as is; a path that does not exist becomes an ``E_NOT_FOUND`` error."""
    out: list[str | ReadError] = []
    for path in paths:
        if path == STDIN:
            out.append(path)
        elif os.path.isdir(path):
            out.extend(_walk(Path(path)))
        elif os.path.lexists(path):
            out.append(path)
        else:
            out.append(ReadError(path, "E_NOT_FOUND"))
    return out


def _walk(root: Path) -> list[str | ReadError]:
    """The non-hidden files under ``root``, sorted by their path parts; unreadable folders
    come after them as ``E_READ`` errors."""
    files: list[Path] = []
    errors: list[ReadError] = []

    def on_error(exc: OSError) -> None:
        errors.append(ReadError(str(exc.filename or root), "E_READ", detail=exc.strerror or str(exc)))

    for folder, subfolders, names in os.walk(root, onerror=on_error):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        files.extend(Path(folder, name) for name in names if not name.startswith("."))
    files.sort(key=lambda p: p.relative_to(root).parts)
    return [str(p) for p in files] + errors


def read_all(paths: list[str], stdin: BinaryIO | None = None) -> Iterator[Source | ReadError]:
    """Expand ``paths`` and read every file, in order."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, stdin=stdin)


def read_file(path: str, stdin: BinaryIO | None = None) -> Iterator[Source | ReadError]:
    """Read one file (or ``-`` for stdin, default ``sys.stdin.buffer``) into ``Source`` records.

    Yields one record for a text or HTML file, one per good line of a JSON Lines file, and a
    ``ReadError`` for each thing that could not be read."""
    if path == STDIN:
        name, kind = STDIN_PATH, "txt"
    else:
        name, kind = str(path), FORMATS.get(Path(path).suffix.lower())
        if kind is None:
            yield ReadError(name, "E_UNSUPPORTED", suffix=Path(path).suffix)
            return
    try:
        if path == STDIN:
            data = (stdin or sys.stdin.buffer).read()
        else:
            data = Path(path).read_bytes()
    except FileNotFoundError:
        yield ReadError(name, "E_NOT_FOUND")
        return
    except OSError as exc:
        yield ReadError(name, "E_READ", detail=exc.strerror or str(exc))
        return
    if kind == "jsonl":
        yield from _read_jsonl(name, data)
    elif kind == "html":
        yield _read_html(name, data)
    else:
        yield _read_txt(name, data)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of (Russian) text; returns ``(text, encoding)``.

    A BOM decides (UTF-8 or UTF-16); then strict UTF-8; otherwise the better of CP1251 and
    KOI8-R by Russian letter frequencies, with charset-normalizer breaking near ties."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = {}
    for encoding in _CYRILLIC_8BIT:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:  # CP1251 leaves byte 0x98 undefined; KOI8-R maps all 256
            continue
        candidates[encoding] = (text, _russian_score(text))
    ranked = sorted(candidates, key=lambda enc: candidates[enc][1], reverse=True)
    best = ranked[0]
    if len(ranked) > 1 and candidates[ranked[0]][1] - candidates[ranked[1]][1] < 1.0:
        match = from_bytes(data, cp_isolation=list(_CYRILLIC_8BIT)).best()
        if match is not None and codecs.lookup(match.encoding).name in candidates:
            best = codecs.lookup(match.encoding).name
    return candidates[best][0], best


def _russian_score(text: str) -> float:
    """Log-likelihood of the non-ASCII characters of ``text`` as Russian, with a penalty for
    each small-then-capital letter pair.  Higher is more Russian-looking."""
    score = 0.0
    for char in text:
        if ord(char) < 128:
            continue
        if char.lower() in _RU_FREQ:
            score += math.log(_RU_FREQ[char.lower()] / 100)
        else:
            score += math.log(0.01 if char in _RU_PUNCT else 0.0001)
    return score + len(_CASE_ODDITY.findall(text)) * math.log(0.001)


def _text_problem(name: str, text: str) -> ReadError | None:
    """``E_BINARY`` for NULs or many control characters, ``E_EMPTY`` for blank text."""
    if "\x00" in text:
        return ReadError(name, "E_BINARY", detail="contains NUL bytes")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        return ReadError(name, "E_BINARY", detail=f"{controls} control characters")
    if not text.strip():
        return ReadError(name, "E_EMPTY")
    return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_txt(name: str, data: bytes) -> Source | ReadError:
    text, encoding = decode_text(data)
    problem = _text_problem(name, text)
    if problem:
        return problem
    return Source(path=name, text=_normalise_newlines(text), format="txt", encoding=encoding)


def _decode_html(data: bytes) -> tuple[str, str]:
    """Valid UTF-8 wins; otherwise the ``<meta charset>`` if it names a known encoding that
    decodes the page; otherwise ``decode_text``'s guess."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name
                return data.decode(encoding), encoding
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(data)


def _read_html(name: str, data: bytes) -> Source | ReadError:
    html, encoding = _decode_html(data)
    problem = _text_problem(name, html)
    if problem:
        return problem
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          favor_precision=True, date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed pages
        return ReadError(name, "E_HTML", detail=f"{type(exc).__name__}: {exc}")
    if doc is None or not (doc.text or "").strip():
        return ReadError(name, "E_HTML", detail="no main text found")
    return Source(path=name, text=_normalise_newlines(doc.text), format="html",
                  title=doc.title or None, url=doc.url or None, published=doc.date or None,
                  source=doc.sitename or None, encoding=encoding)


def _read_jsonl(name: str, data: bytes) -> Iterator[Source | ReadError]:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ReadError(name, "E_DECODE", detail=f"JSON Lines must be UTF-8 ({exc.reason} at byte {exc.start})")
        return
    seen = False
    # split on "\n" only: str.splitlines() would also break at U+2028 inside JSON strings
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        record = _parse_jsonl_line(line)
        if isinstance(record, str):
            yield ReadError(name, "E_JSONL", line=number, detail=record)
            continue
        fields = {key: _optional_str(record.get(key)) for key in JSONL_FIELDS}
        fields["published"] = _iso_date(fields["published"])
        yield Source(path=f"{name}:{number}", text=_normalise_newlines(record["text"]), format="jsonl",
                     encoding="utf-8", **fields)
    if not seen:
        yield ReadError(name, "E_EMPTY")


def _parse_jsonl_line(line: str) -> dict | str:
    """The object on one line, or a string saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"invalid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(record, dict):
        return "not a JSON object"
    text = record.get("text")
    if not isinstance(text, str):
        return "no \"text\" string"
    if not text.strip():
        return "\"text\" is empty"
    return record


_ISO = re.compile(r"^\s*\d{4}(?:-\d\d(?:-\d\d)?)?(?:[T ]|\s*$)")
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{2}:?\d{2}|мск|msk|utc|gmt))?(?!\d)", re.I)


def _iso_date(value: str | None) -> str | None:
    """A JSON Lines ``published`` as an ISO date: ISO strings as given, an RSS date (``Tue, 02 Dec
    2025 17:53:00 +0300``) or a Russian one (``02.12.2025 17:53``, ``2 декабря 2025, 17:53``) with
    its day read; anything else as given (the document stays undated)."""
    if value is None or _ISO.match(value):
        return value
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_dates(value)
    rest = _TIME_OF_DAY.sub(" ", value[:found[0][0]] + value[found[0][1]:]) if len(found) == 1 else "x"
    date = found[0][2] if len(found) == 1 else None
    if date and date.year and date.day and not rest.strip(" ,.|-–—"):
        return date.iso()
    return value


def _optional_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)
