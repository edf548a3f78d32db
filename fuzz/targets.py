"""The fuzz targets: each takes bytes and runs one reader (or the cleaning stage) on them, checking what
must hold whatever the input.  The only exception a reader may raise is none: bad input comes back as a
``ReadError`` (``checked_text`` raises it, and it is caught here); anything else escaping is a bug.

- ``decode``: bytes of a ``.txt`` file → ``decode_text`` and ``checked_text``;
- ``jsonl``: bytes of a ``.jsonl`` file → ``read_jsonl`` (depth, types, encodings);
- ``html``: bytes of an ``.html`` file → the HTML reader (encoding, trafilatura, metadata);
- ``clean``: text → the cleaning stage (``clean``) and the pieces a long run of text is cut into.
"""
from __future__ import annotations

import codecs
from collections.abc import Callable

from khronika.decode import checked_text, decode_text, scrub
from khronika.errors import ReadError
from khronika.jsonl import read_jsonl
from khronika.read import _read_html
from khronika.records import Source
from khronika.settings import DEFAULT
from khronika.stages.clean import clean
from khronika.stages.clean.pieces import pieces

LIMITS = DEFAULT.limits
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n\t"} | {"\x00"}


def _good_text(text: str) -> None:
    assert isinstance(text, str) and text.strip(), "an empty text was accepted"
    assert not _CONTROL & set(text), "a control character was kept"
    text.encode("utf-8")  # no lone surrogate


def decode(data: bytes) -> None:
    text, encoding = decode_text(data, LIMITS)
    assert isinstance(text, str) and codecs.lookup(encoding)
    try:
        _good_text(checked_text("fuzz.txt", text, LIMITS))
    except ReadError:
        pass


def jsonl(data: bytes) -> None:
    for item in read_jsonl("fuzz.jsonl", data, LIMITS):
        assert isinstance(item, Source | ReadError), type(item)
        if isinstance(item, Source):
            _good_text(item.text)
            for value in (item.title, item.url, item.published, item.source):
                assert value is None or isinstance(value, str)
            assert item.content_hash


def html(data: bytes) -> None:
    item = _read_html("fuzz.html", data, LIMITS)
    assert isinstance(item, Source | ReadError), type(item)
    if isinstance(item, Source):
        _good_text(item.text)
        assert item.title is None or scrub(item.title) == item.title


def clean_text(data: bytes) -> None:
    text = scrub(data.decode("utf-8", errors="replace"))
    result = clean(text)
    assert isinstance(result.text, str)
    for span in result.removed:
        assert 0 <= span.start <= span.stop <= len(text), span
    limit = 1 + len(data) % 300
    cut = pieces(text, limit)
    assert all(0 <= a <= b <= len(text) and b - a <= limit for a, b in cut), cut
    assert all(b <= c for (_, b), (c, _) in zip(cut, cut[1:])), "pieces overlap"


TARGETS: dict[str, Callable[[bytes], None]] = {"decode": decode, "jsonl": jsonl, "html": html, "clean": clean_text}

# A few inputs of each kind to start from (written for the fuzzer).
SEEDS: dict[str, list[bytes]] = {
    "decode": ["Посол Перу вручил верительные грамоты.".encode(enc) for enc in ("utf-8", "cp1251", "koi8-r")]
    + [b"\xef\xbb\xbf\xd0\x9c\xd0\x98\xd0\x94", "Переговоры".encode("utf-16")],
    "jsonl": ['{"text": "Министры встретились в Лиме.", "title": "Встреча", "published": "2021-03-04"}\n'
              '{"text": "Второй визит.", "published": 2020}\n[1]\n{"text": 5}'.encode()],
    "html": [b'<html><head><meta charset="windows-1251"><title>\xc2\xe8\xe7\xe8\xf2</title></head>'
             b"<body><article><p>" + "Премьер Непала прибыл в Дели.".encode("cp1251") + b"</p></article></body></html>",
             '<html><body><script>alert(1)</script><p>Глава МИД Чили заявил протест.</p></body></html>'.encode()],
    "clean": ["Главная | Новости | Спорт\nМОСКВА, 3 марта. /ТАСС/. Министры обсудили торговлю.\n"
              "Читайте также: другие новости\n© 2021 Агентство".encode(), ("слово," * 400).encode()],
}
