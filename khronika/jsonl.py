"""JSON Lines input: one article a line, ``text`` (or a scraper's ``body``, ``content`` …: ``TEXT_ALIASES``) and
optionally ``title``, ``url``, ``published``, ``source`` (or their usual other names: ``date``, ``pubDate``, ``link``,
``headline``, ``site`` …, ``ALIASES``).  A
record without a readable ``published`` takes the day its ``url`` is dated to
(``…/2031/03/04/slug/``, ``…/20310304/slug``).

A line that is no JSON object with a non-empty ``text`` string is reported (``E_JSONL``) and
skipped; so is a line nested deeper than ``max_json_depth`` (checked before parsing) and a record
whose metadata is not a string (``E_JSONL_FIELD``; ``published`` may also be a whole year such as
``2023``): such a record is skipped whole rather than stored without what its source said, and the
report names the file, line and field.  Strings are scrubbed of NULs, control characters and lone
surrogates (``\\ud800`` escapes) like every text read.
"""
from __future__ import annotations

import codecs
import email.utils
import json
import re
from collections.abc import Iterator

from .dates import find_dates, url_date
from .decode import checked_text, mostly_utf8, scrub
from .errors import ReadError
from .records import Source
from .settings import LimitSettings

FIELDS = ("title", "url", "published", "source")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS = re.compile(r"[\[\]{}]")


def read_jsonl(name: str, data: bytes, limits: LimitSettings) -> Iterator[Source | ReadError]:
    """The records of a JSON Lines file, each text scrubbed and checked by ``decode.checked_text``."""
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # a few bad bytes spoil only their lines; many, the file
        content = mostly_utf8(data.removeprefix(codecs.BOM_UTF8), limits.utf8_min_share)
        if content is None:
            yield ReadError(name, "E_DECODE", detail=f"JSON Lines must be UTF-8 ({exc.reason} at byte {exc.start})")
            return
    seen = False
    # split on "\n" only: str.splitlines() would also break at U+2028 inside JSON strings
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        record = _parse_line(line, limits.max_json_depth)
        if isinstance(record, str):
            yield ReadError(name, "E_JSONL", line=number, detail=record)
            continue
        record = _with_aliases(record)
        bad = next((key for key in FIELDS if not _valid_field(key, record.get(key))), None)
        if bad is not None:
            yield ReadError(name, "E_JSONL_FIELD", line=number, field=bad, got=_json_type(record[bad]))
            continue
        fields = {key: _optional_str(record.get(key)) for key in FIELDS}
        fields["published"] = _iso_date(fields["published"])
        if fields["url"] and not (fields["published"] and _ISO.match(fields["published"])):
            fields["published"] = (dated := url_date(fields["url"])) and dated.iso() or fields["published"]
        try:
            text = checked_text(f"{name}:{number}", record["text"], limits)
        except ReadError as exc:
            yield ReadError(name, "E_JSONL", line=number, detail=exc.reason)
            continue
        yield Source(path=f"{name}:{number}", text=text, format="jsonl", encoding="utf-8", **fields)
    if not seen:
        yield ReadError(name, "E_EMPTY")


# The names feeds and scrapers give the same metadata ("date", "pubDate", "link", "headline"): read when the
# field of khronika's own name is absent.
ALIASES = {"published": ("date", "published_at", "publishedAt", "pubDate", "datePublished", "pub_date",
                         "publication_date"),
           "url": ("link", "href"), "title": ("headline",), "source": ("site", "sitename", "outlet")}


# ... and the text ("body", "content" of a scraper's records), read when there is no "text"
TEXT_ALIASES = ("body", "content", "article", "article_text", "full_text")


def _with_aliases(record: dict) -> dict:
    """The record with each field absent under khronika's name taken from the first alias it has."""
    found = {key: record[alias] for key, aliases in ALIASES.items() if key not in record
             for alias in reversed(aliases) if alias in record}  # reversed: the first alias wins
    return {**record, **found} if found else record


def json_depth(line: str, limit: int) -> int:
    """How deep arrays and objects nest in ``line`` (brackets inside strings do not count); the
    count stops once it passes ``limit``."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", line)):
        depth += 1 if bracket in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
    return deepest


def _parse_line(line: str, max_depth: int) -> dict | str:
    """The object on one line, or a string saying what is wrong with it."""
    if json_depth(line, max_depth) > max_depth:
        return f"nested deeper than {max_depth} levels (raise the limit with --max-json-depth)"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")  # "Unterminated string starting at" + " at column 10": one "at"
        return f"invalid JSON ({msg} at column {exc.colno})"
    except RecursionError:
        return "nested too deep to parse"
    if not isinstance(record, dict):
        return "not a JSON object"
    text = record.get("text", next((record[a] for a in TEXT_ALIASES if isinstance(record.get(a), str)), None))
    if not isinstance(text, str):
        return "no \"text\" string (nor " + ", ".join(f'"{a}"' for a in TEXT_ALIASES) + ")"
    if not text.strip():
        return "\"text\" is empty"
    return record if "text" in record else {**record, "text": text}


def _valid_field(key: str, value: object) -> bool:
    if value is None or isinstance(value, str):
        return True
    return key == "published" and type(value) is int  # a year: 2023


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


def _optional_str(value: object) -> str | None:
    return None if value is None else scrub(str(value)) or None


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
