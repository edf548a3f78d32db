"""The reading edge of the pipeline: files, folders and stdin in, ``Source`` records out.

``read_all`` never raises for bad input.  Anything it cannot read becomes a ``ReadError``
naming the path (or ``file.jsonl:N`` line) and the reason, and reading goes on with the rest.

Formats, by suffix: ``.txt``/``.text`` (plain text in UTF-8, CP1251 or KOI8-R), ``.html``/``.htm``
(main text and metadata via trafilatura, offline; a lead and a gallery's captions it leaves out put back: ``lead.py``,
``captions.py``), ``.jsonl`` (one JSON object per line with a
``text`` field, ``jsonl.py``).  ``-`` reads plain text from stdin.

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
from .records import Source
from .settings import DEFAULT, LimitSettings

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
# The publication date from the page's markup only (meta tags, <time>, a dated URL): htmldate's
# extensive search guesses from any text of the page and turns "© 2021" into 2021-01-01.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


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
                                          favor_precision=True, date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed pages
        return ReadError(name, "E_HTML", detail=f"{type(exc).__name__}: {exc}")
    if doc is None or not (doc.text or "").strip():
        return ReadError(name, "E_HTML", detail="no main text found")
    try:
        text = checked_text(name, with_captions(html, with_lead(html, blocks(doc.text))), limits)
    except ReadError as exc:
        return exc
    url = _meta(doc.url)
    return Source(path=name, text=text, format="html", title=_meta(doc.title), url=url,
                  published=_page_date(html, text, doc.date) or _url_date(url), source=_meta(doc.sitename),
                  encoding=encoding)


# The page's header states its date: a meta tag or JSON-LD (``article:published_time``, ``"datePublished"``).
_HEADER_DATE = re.compile(r"datePublished|published_time|pubdate|publish[_-]?date|dc\.date|date\.issued"
                          r"|parsely-pub-date", re.I)


def _page_date(html: str, text: str, found: str | None) -> str | None:
    """The page's date: htmldate's when the header states one; else the first element marked as a date above the
    article's text (htmldate, without a header date, takes the oldest ``<time>`` of the page, which is often a
    related story's listed below the article), else htmldate's, else any element's (``_dated_element``)."""
    if found and _HEADER_DATE.search(html):
        return found
    return _dated_element(html, text, above=True) or found or _dated_element(html, text)


def _url_date(url: str | None) -> str | None:
    """The ISO day a page's canonical address is dated to (``…/2031/03/04/slug/``), else None."""
    from .dates import url_date
    date = url_date(url) if url else None
    return date.iso() if date else None


# An element the page marks as its date (``<div class="date">3 марта 2031 года, 09:15 (МСК)</div>``, also with its
# text inside a link or a span: ``<div class="article__info-date"><a>14:37 03.03.2031</a>``) or as its byline with the
# date beside the author (``<p class="byline">Анна Белова · 3 марта 2031 г.</p>``), which the extraction leaves out of
# the text and htmldate's markup search does not read; and a ``<time datetime="2031-03-03…">`` element.
_DATE_ELEMENT = re.compile(r"<(?:div|span|p|time)\b[^>]{0,200}?(?:class|itemprop)\s*=\s*[\"'][^\"']{0,60}?"
                           r"(?:date|time|publish|byline)[^\"']{0,60}[\"'][^>]{0,200}>(?:\s*<(?!/)[^<>]{0,200}>){0,2}"
                           r"([^<]{6,100})<"
                           r"|<time\b[^>]{0,200}?datetime\s*=\s*[\"']\s*(\d{4}-\d{2}-\d{2})", re.I)


def _dated_element(html: str, text: str = "", above: bool = False) -> str | None:
    """The ISO date of the first element marked as a date whose text is a whole date (day, month and year) and that
    stands before the article's text (``text``: its first words) on the page; one after it only when it is the only
    such element of the page (the dates after an article are mostly those of other stories listed below it), never
    with ``above``."""
    from .dates import find_dates

    found = []
    for m in _DATE_ELEMENT.finditer(html):
        dates = find_dates(m.group(1) or m.group(2))
        if dates and dates[0][2].precision == "day":
            found.append((m.start(), dates[0][2].iso()))
    start = _text_start(html, text)
    before = [iso for at, iso in found if at < start]
    if before or above:
        return before[0] if before else None
    return found[0][1] if len({iso for _, iso in found}) == 1 else None


def _text_start(html: str, text: str) -> int:
    """Where on the page the article's text begins: the first words of its first paragraph (a line of 60 characters
    or more; a counter or a headline above it may stand elsewhere on the page), else the end of the page."""
    first = next((line for line in text.split("\n") if len(line) >= 60), "")
    words = re.findall(r"\w+", first)[:4]
    if len(words) < 2:
        return len(html)
    m = re.search(r"\W+".join(map(re.escape, words)), html)
    return m.start() if m else len(html)


def blocks(text: str) -> str:
    """The extracted text with each line (the title, a heading, a paragraph, a list item: trafilatura ends each
    block element with a line break) a paragraph of its own, so that no sentence runs from one block into the
    next (``… договориться в Берлине`` / ``Встреча политических советников …``)."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _meta(value: str | None) -> str | None:
    return scrub(value) or None if value else None
