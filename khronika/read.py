"""The reading edge of the pipeline: files, folders and stdin in, ``Source`` records out.

``read_all`` never raises for bad input.  Anything it cannot read becomes a ``ReadError``
naming the path (or ``file.jsonl:N`` line) and the reason, and reading goes on with the rest.

Formats, by suffix: ``.txt``/``.text`` (plain text in UTF-8, CP1251 or KOI8-R), ``.html``/``.htm``
(main text and metadata via trafilatura, offline; the date from the markup, ``page_date.py``; a lead and a gallery's
captions it leaves out put back: ``lead.py``, ``captions.py``; a listing page read as its teasers: ``teasers.py``),
``.jsonl`` (one JSON object per line with a ``text`` field, ``jsonl.py``).  ``-`` reads plain text from stdin.

Only regular files are read (a FIFO, a device or a socket, also behind a symbolic link, is
reported and never opened for reading in a way that could block), at most ``max_file_mb`` of them;
texts are scrubbed and checked (``decode.checked_text``).  A path that is not valid UTF-8 is named
with its bad bytes as ``\\xNN`` (``display``).
"""
from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .captions import with_captions
from .decode import binary_problem, checked_text, decode_text, mostly_utf8, scrub
from .errors import ReadError
from .jsonl import read_jsonl
from .lead import with_lead
from .page_date import DATE_PARAMS, page_date
from .records import Source
from .settings import DEFAULT, LimitSettings
from .teasers import with_teasers

STDIN = "-"
STDIN_PATH = "<stdin>"
FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_SPECIAL_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                  (stat.S_ISSOCK, "a socket"))

# trafilatura and htmldate log every page they give up on; khronika reports those as E_HTML
# itself.  Quieten them unless the user configured their level.
for _name in ("trafilatura", "htmldate"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.CRITICAL)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)


def display(path: str) -> str:
    """``path`` as it is shown and stored: bytes that are not UTF-8 (which Python keeps as lone
    surrogates in file names) written as ``\\xNN``, and characters that do not print (a line break
    in a file name) as their escapes, so that the name stays on one line."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        path = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    if not path.isprintable():
        path = "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)
    return path


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
            out.append(ReadError(display(path), "E_NOT_FOUND"))
    return out


def _walk(root: Path) -> list[str | ReadError]:
    """The non-hidden files under ``root``, links to folders followed (each folder once), sorted by their
    path parts; unreadable folders and links back to a folder read already come after them as ``E_READ``
    errors."""
    files: list[Path] = []
    errors: list[ReadError] = []

    def on_error(exc: OSError) -> None:
        errors.append(ReadError(display(str(exc.filename or root)), "E_READ", detail=exc.strerror or str(exc)))

    seen = {os.path.realpath(root)}
    for folder, subfolders, names in os.walk(root, onerror=on_error, followlinks=True):
        kept = []
        for d in subfolders:
            if d.startswith("."):
                continue
            real = os.path.realpath(os.path.join(folder, d))
            if real in seen:  # a link back to a folder already walked: read once
                errors.append(ReadError(display(os.path.join(folder, d)), "E_READ",
                                        detail="a link to a folder read already (a loop or a second path); skipped"))
                continue
            seen.add(real)
            kept.append(d)
        subfolders[:] = kept
        files.extend(Path(folder, name) for name in names if not name.startswith("."))
    files.sort(key=lambda p: p.relative_to(root).parts)
    return [str(p) for p in files] + errors


def read_all(paths: list[str], stdin: BinaryIO | None = None,
             limits: LimitSettings = DEFAULT.limits) -> Iterator[Source | ReadError]:
    """Expand ``paths`` and read every file, in order."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, stdin=stdin, limits=limits)


def read_file(path: str, stdin: BinaryIO | None = None,
              limits: LimitSettings = DEFAULT.limits) -> Iterator[Source | ReadError]:
    """Read one file (or ``-`` for stdin, default ``sys.stdin.buffer``) into ``Source`` records.

    Yields one record for a text or HTML file, one per good line of a JSON Lines file, and a
    ``ReadError`` for each thing that could not be read."""
    if path == STDIN:
        name, kind = STDIN_PATH, "txt"
        data = _read_bounded(name, stdin or sys.stdin.buffer, limits)
    else:
        name, kind = display(str(path)), FORMATS.get(Path(path).suffix.lower())
        data = _special(name, path)
        if data is None and kind is None:
            data = ReadError(name, "E_UNSUPPORTED", suffix=Path(name).suffix)
        if data is None:
            data = _read_regular(name, path, limits)
    if isinstance(data, ReadError):
        yield data
    elif kind == "jsonl":
        yield from read_jsonl(name, data, limits)
    elif kind == "html":
        yield _read_html(name, data, limits)
    else:
        yield _read_txt(name, data, limits)


def _special(name: str, path: str, mode: int | None = None) -> ReadError | None:
    """An error when ``path`` (or the file ``mode`` describes) is no regular file, else ``None``."""
    if mode is None:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            return ReadError(name, "E_NOT_FOUND")
        except OSError as exc:
            return ReadError(name, "E_READ", detail=exc.strerror or str(exc))
    if stat.S_ISDIR(mode):
        return ReadError(name, "E_READ", detail="it is a folder")
    kind = next((what for test, what in _SPECIAL_KINDS if test(mode)), None)
    if kind is None and not stat.S_ISREG(mode):
        kind = "a special file"
    return ReadError(name, "E_SPECIAL", kind=kind) if kind else None


def _read_regular(name: str, path: str, limits: LimitSettings) -> bytes | ReadError:
    """The bytes of a regular file, opened without blocking and checked again once open (it may
    have been swapped for a FIFO since), at most ``max_file_bytes`` of them."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        return ReadError(name, "E_NOT_FOUND")
    except OSError as exc:
        return ReadError(name, "E_READ", detail=exc.strerror or str(exc))
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(fd)
        problem = _special(name, path, info.st_mode)
        if problem:
            return problem
        if info.st_size > limits.max_file_bytes:
            return _too_large(name, info.st_size, limits)
        return _read_bounded(name, stream, limits)


def _read_bounded(name: str, stream: BinaryIO, limits: LimitSettings) -> bytes | ReadError:
    """At most ``max_file_bytes`` from ``stream``; ``E_TOO_LARGE`` when there is more."""
    try:
        data = stream.read(limits.max_file_bytes + 1)
    except OSError as exc:
        return ReadError(name, "E_READ", detail=exc.strerror or str(exc))
    if len(data) > limits.max_file_bytes:
        return _too_large(name, len(data), limits, more=True)
    return data


def _too_large(name: str, size: int, limits: LimitSettings, more: bool = False) -> ReadError:
    shown = f"{size / 2**20:.1f} MiB" if size >= 2**20 / 10 else f"{size} bytes"
    return ReadError(name, "E_TOO_LARGE", size=shown, limit_mb=limits.max_file_mb, more="more than " if more else "")


def _read_txt(name: str, data: bytes, limits: LimitSettings) -> Source | ReadError:
    text, encoding = decode_text(data, limits)
    try:
        return Source(path=name, text=checked_text(name, text, limits), format="txt", encoding=encoding)
    except ReadError as exc:
        return exc


def _decode_html(data: bytes, limits: LimitSettings) -> tuple[str, str]:
    """UTF-8 wins (with a few bad bytes as U+FFFD, ``decode.mostly_utf8``); otherwise the
    ``<meta charset>`` if it names a known encoding that decodes the page; otherwise ``decode_text``'s
    guess."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        utf8 = mostly_utf8(data.removeprefix(codecs.BOM_UTF8), limits.utf8_min_share)
        if utf8 is not None:
            return utf8, "utf-8"
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name
                return data.decode(encoding), encoding
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(data, limits)


def _read_html(name: str, data: bytes, limits: LimitSettings) -> Source | ReadError:
    import trafilatura  # only for HTML: a fifth of a second of every start otherwise

    html, encoding = _decode_html(data, limits)
    binary = binary_problem(name, html, limits)
    if binary:
        return binary
    try:
        doc = trafilatura.bare_extraction(scrub(html), with_metadata=True, include_comments=False,
                                          favor_precision=True, date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed pages
        return ReadError(name, "E_HTML", detail=f"{type(exc).__name__}: {exc}")
    # a listing page of links and summaries only may leave the extraction nothing: its teasers are its text
    body = with_teasers(html, blocks(doc.text or "") if doc is not None else "")
    if not body.strip():
        return ReadError(name, "E_HTML", detail="no main text found")
    try:
        text = checked_text(name, with_captions(html, with_lead(html, body)), limits)
    except ReadError as exc:
        return exc
    url = _meta(doc.url) if doc is not None else None
    return Source(path=name, text=text, format="html", title=_meta(doc.title) if doc is not None else None, url=url,
                  published=page_date(html, text, doc.date if doc is not None else None, _url_date(url)),
                  source=site_name(html, _meta(doc.sitename) if doc is not None else None), encoding=encoding)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_PARTS = re.compile(r"\s+[|—–-]\s+")
SITE_WORDS = 5  # the most words of a site's name after the headline in a page's <title>


def site_name(html: str, sitename: str | None) -> str | None:
    """The page's site name: the extraction's, unless it has none or took the headline for it (the <title>'s first
    part), where the <title>'s last part after ``|``, ``—`` or `` - `` is taken, a name of ``SITE_WORDS`` words at most
    (``Премьер прибыл в Осло | Вестник Севера``)."""
    import html as entities

    found = _TITLE.search(html)
    parts = _TITLE_PARTS.split(scrub(entities.unescape(found.group(1))).strip()) if found else []
    if len(parts) < 2 or not 1 <= len(parts[-1].split()) <= SITE_WORDS:
        return sitename
    if sitename is None or sitename.strip() in (parts[0].strip(), " ".join(parts[:-1]).strip()):
        return parts[-1].strip()
    return sitename


def _url_date(url: str | None) -> str | None:
    """The ISO day a page's canonical address is dated to (``…/2031/03/04/slug/``), else None."""
    from .dates import url_date
    date = url_date(url) if url else None
    return date.iso() if date else None


def blocks(text: str) -> str:
    """The extracted text with each line (the title, a heading, a paragraph, a list item: trafilatura ends each
    block element with a line break) a paragraph of its own, so that no sentence runs from one block into the
    next (``… договориться в Берлине`` / ``Встреча политических советников …``)."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _meta(value: str | None) -> str | None:
    return scrub(value) or None if value else None
