"""The items of a digest: a weekly review or a newsletter tells several stories, each under a subhead of its own.

An item opens a paragraph with a short label of its own (a place, a country, a topic) and goes on to the next item
(the last one to the end of its paragraph):

* numbered: ``1. Лаос. Во вторник …``, ``2) ЛИМА – КИТО. Перу и Эквадор …``, a gallery's captions ``3/6. Россия,
  Москва, 24 ноября. …``;
* bulleted: ``▪ ЗАКАВКАЗЬЕ. В Женеве …``, ``• Чили. …``;
* a subhead line, no sentence, over a paragraph: ``Чад. Стороны условились об отводе сил`` /
  ``В понедельник в Сирте …``;
* dated: a day alone on its line over the stories of that day, up to the next such line (a listing page's day
  headings, ``4 декабря`` / ``X и Y провели переговоры`` / ``Стороны …``, ``teasers.py``);
* a chronology's entries (``chronology.py``: ``7 августа. МИД объявляет …``), told as of that day whatever its
  tense; an entry goes on to the next one, the last one is its own paragraph.

A text is a digest when it holds at least ``MIN_ITEMS`` items of one kind; the items are its scopes: the day one
item tells (``в понедельник``, ``накануне``, ``в тот же день``) dates nothing of another, nor does one item's event
take in another's.  ``Document.items`` holds their ``(start, stop)`` offsets in the cleaned text; ordinary pages
have none.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...chronology import entry_starts
from ...morph import parses
from .listing import date_line

MIN_ITEMS = 3
_LABEL_WORDS = 5  # the most words of an item's label ("Таиланд и Камбоджа.", "Иран и МАГАТЭ.")
_SUBHEAD_WORDS = 14  # the most words of a subhead line
_NUMBERED = re.compile(r"(?P<n>\d{1,2})(?:/\d{1,2})?[.)]\s+(?P<rest>\S.*)")  # "2) …", a gallery's "2/6. …"
_BULLETED = re.compile(r"[▪■◾●•▸►◆]\s*(?P<rest>\S.*)")
# "Лаос. Во вторник …", "ЛИМА – КИТО. Перу …": a label of a few words, a full stop, the story.
_LABELLED = re.compile(r"(?P<label>[«\"A-ZА-ЯЁ][^.!?:\n]{1,60}?)\.\s+[«\"A-ZА-ЯЁ0-9]")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*\s*$")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text`` as ``(start, stop)`` offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _labelled(rest: str) -> bool:
    """Does the paragraph open with a label, a few words and no verb (``Таиланд и Камбоджа.``, ``Анкарский
    процесс.``), not a short first sentence (``Стороны подписали меморандум.``)?"""
    m = _LABELLED.match(rest)
    return m is not None and len(m["label"].split()) <= _LABEL_WORDS and not any(
        _verb(w) for w in re.findall(r"[а-яё]+", m["label"].lower()))


def _verb(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("VERB", "INFN", "PRTS", "PRTF", "GRND")


def _subhead(line: str) -> bool:
    """A line of a subhead: no sentence, a label and a headline (``Ливия. Военные договорились о …``)."""
    return not _SENTENCE_END.search(line) and len(line.split()) <= _SUBHEAD_WORDS and _labelled(line)


def digest_items(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, stop)`` offsets of the items of a digest in ``text`` (see the module); ``()`` for any other
    text."""
    paras = _paragraphs(text)
    lines = [text[a:b].strip() for a, b in paras]
    for kind in ("numbered", "bulleted", "subhead", "dated", "entry"):
        starts = _entries(text, paras) if kind == "entry" else [k for k, s in enumerate(lines)
                                                                 if _opens(kind, s, lines, k)]
        if len(starts) >= MIN_ITEMS:
            return _spans(paras, starts, kind)
    return ()


def _opens(kind: str, s: str, lines: Sequence[str], k: int) -> bool:
    if kind == "numbered":
        m = _NUMBERED.match(s)
        return m is not None and _labelled(m["rest"])
    if kind == "bulleted":
        m = _BULLETED.match(s)
        return m is not None and _labelled(m["rest"])
    if kind == "dated":
        return k + 1 < len(lines) and date_line(s, True) and not date_line(lines[k + 1], True)
    return k + 1 < len(lines) and _subhead(s) and bool(_SENTENCE_END.search(lines[k + 1]))


def _entries(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """The paragraphs (their indices) that open a chronology's entries (``chronology.entry_starts``)."""
    opens = entry_starts(text)
    return [k for k, (a, b) in enumerate(paras) if opens and a + len(text[a:b]) - len(text[a:b].lstrip()) in opens]


def _spans(paras: list[tuple[int, int]], starts: list[int], kind: str) -> tuple[tuple[int, int], ...]:
    """Each item from its first paragraph to the one before the next item; the last one its own paragraph (and the
    one under a subhead, the rest of the text under a day)."""
    out = []
    for n, k in enumerate(starts):
        last = starts[n + 1] - 1 if n + 1 < len(starts) else \
            len(paras) - 1 if kind == "dated" else min(k + (kind == "subhead"), len(paras) - 1)
        out.append((paras[k][0], paras[last][1]))
    return tuple(out)


def item_at(items: Sequence[Sequence[int]], pos: int) -> int | None:
    """The index of the item of a digest that holds the offset ``pos``; ``None`` outside every item (or on an
    ordinary page)."""
    return next((k for k, (start, stop) in enumerate(items) if start <= pos < stop), None)
