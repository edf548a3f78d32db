"""One view of a document, built once and shared by every stage that reads tokens.

``view(doc)`` indexes the annotated text: tokens with their offsets, the sentence of any offset,
syntax heads and children, paragraphs, and (``view(doc).mentions(doc)``) the named mentions and
entities by token.  The token part depends only on ``doc.text`` and ``doc.sentences``, which no
stage after annotate changes, so it is built once per document; the mention part is rebuilt only
when a stage has replaced ``doc.mentions`` or ``doc.entities``.  Nothing here is stored or
exported: the view is a cache over the ``Document`` record, never a second source of truth.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

from .records import Document, Entity, Mention, Sentence, Token

# Relations that open a clause of their own: a subtree walk stops there by default.
CLAUSAL = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj"})
_WORD = re.compile(r"\w")


@functools.lru_cache(maxsize=65536)
def _is_word(text: str) -> bool:
    return _WORD.search(text) is not None


class MentionIndex:
    """The mentions and entities of a document looked up by token start offset.

    ``inner(t)`` is the innermost mention covering the token (``России`` inside ``МИД России``),
    ``outer(t)`` the outermost (``МИД России``), ``at(offset)`` the mention that starts there (a
    person's first); ``entity(id)`` and ``kind(mention)`` read the entity table."""

    def __init__(self, v: DocView, mentions: tuple[Mention, ...], entities: tuple[Entity, ...]):
        self.source = (mentions, entities)
        self.entities: dict[str, Entity] = {e.id: e for e in entities}
        self.starting: dict[int, Mention] = {}
        for m in mentions:
            if m.type == "PER" or m.start not in self.starting:
                self.starting[m.start] = m
        self._inner: dict[int, Mention] = {}
        self._outer: dict[int, Mention] = {}
        by_size = sorted(mentions, key=lambda m: m.stop - m.start)
        for m in sorted(mentions, key=lambda m: m.stop - m.start, reverse=True):  # the shortest written last wins
            for t in v.tokens_in(m.start, m.stop):
                self._inner[t.start] = m
        for m in by_size:  # the longest written last wins
            for t in v.tokens_in(m.start, m.stop):
                self._outer[t.start] = m

    def inner(self, t: Token) -> Mention | None:
        return self._inner.get(t.start)

    def outer(self, t: Token) -> Mention | None:
        return self._outer.get(t.start)

    def at(self, offset: int) -> Mention | None:
        return self.starting.get(offset)

    def entity(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id) if entity_id else None

    def kind(self, mention: Mention | None) -> str | None:
        e = self.entity(mention.entity) if mention else None
        return e.type if e else None


class DocView:
    """Tokens, sentences, syntax and paragraphs of an annotated document, indexed by offset."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.sentences: list[Sentence] = list(doc.sentences)
        self.sentence_starts = [s.start for s in self.sentences]
        self.tokens: list[Token] = [t for s in self.sentences for t in s.tokens]
        self.starts = [t.start for t in self.tokens]
        stops = [t.stop for t in self.tokens]  # in order too, the tokens lying one after another: one bisect each way
        self._stops = stops if all(a <= b for a, b in zip(stops, stops[1:])) else None
        self.position = {t.start: i for i, t in enumerate(self.tokens)}  # token start → index in ``tokens``
        self.by_id: dict[str, Token] = {t.id: t for t in self.tokens}
        self.sentence_firsts = {s.tokens[0].start for s in self.sentences if s.tokens}
        self._children: dict[str, list[Token]] = defaultdict(list)
        for t in self.tokens:
            if t.head_id:
                self._children[t.head_id].append(t)
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()]
        self._paragraph_starts = [a for a, _ in self.paragraphs]  # (in order, apart: ``paragraph`` bisects them)
        self._mentions: MentionIndex | None = None

    # ---- offsets
    def tokens_in(self, start: int, stop: int) -> list[Token]:
        """The tokens that lie within [start, stop)."""
        i = bisect.bisect_left(self.starts, start)
        if self._stops is not None:  # the run of tokens from i whose stops are within: up to the first beyond
            return self.tokens[i:bisect.bisect_right(self._stops, stop, lo=i)]
        out = []
        while i < len(self.tokens) and self.tokens[i].stop <= stop:
            out.append(self.tokens[i])
            i += 1
        return out

    def words_in(self, start: int, stop: int) -> list[Token]:
        """The tokens within [start, stop) that hold a letter or digit."""
        return [t for t in self.tokens_in(start, stop) if _is_word(t.text)]

    def before(self, start: int, n: int = 1) -> list[Token]:
        """Up to ``n`` tokens that start before ``start``, nearest first."""
        i = bisect.bisect_left(self.starts, start)
        return [self.tokens[k] for k in range(i - 1, max(i - 1 - n, -1), -1)]

    def previous(self, start: int, skip: str = "") -> Token | None:
        """The nearest token that starts before ``start``, passing over tokens made only of ``skip``
        characters (``previous(m.start, skip="«»")``: the word before a quoted name)."""
        i = bisect.bisect_left(self.starts, start) - 1
        while i >= 0 and self.tokens[i].text and all(c in skip for c in self.tokens[i].text):
            i -= 1
        return self.tokens[i] if i >= 0 else None

    def after(self, stop: int) -> Token | None:
        """The first token that starts at or after ``stop``."""
        i = bisect.bisect_left(self.starts, stop)
        return self.tokens[i] if i < len(self.tokens) else None

    # ---- sentences and paragraphs
    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def sentence(self, offset: int) -> Sentence | None:
        return self.sentences[self.sentence_index(offset)] if self.sentences else None

    def sentence_tokens(self, offset: int) -> list[Token]:
        s = self.sentence(offset)
        return list(s.tokens) if s else []

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The non-empty line that holds ``offset``; ``(offset, offset)`` between lines."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i][1]:
            return self.paragraphs[i]
        return offset, offset

    def evidence(self, start: int, stop: int) -> tuple[int, int]:
        """The sentences that ``start``..``stop`` occupies, kept within its paragraphs."""
        if not self.sentences:
            return start, stop
        first = self.sentences[self.sentence_index(start)]
        last = self.sentences[self.sentence_index(max(start, stop - 1))]
        a, b = min(first.start, start), max(last.stop, stop)
        pa, pb = self.paragraph(start)[0], self.paragraph(max(start, stop - 1))[1]
        if pa < pb:
            a, b = max(a, pa), min(b, pb)
        return a, b

    # ---- syntax
    def head(self, t: Token) -> Token | None:
        h = self.by_id.get(t.head_id) if t.head_id else None
        return None if h is t else h

    def children(self, t: Token) -> list[Token]:
        return self._children.get(t.id, [])

    def child(self, t: Token, rels) -> Token | None:
        return next((c for c in self._children.get(t.id, ()) if c.rel in rels), None)

    def subtree(self, t: Token, skip: frozenset = CLAUSAL) -> list[Token]:
        """The token and its dependents in text order, not entering relations in ``skip``."""
        out, todo, seen = [], [t], {t.id}
        while todo:
            x = todo.pop()
            out.append(x)
            for c in self._children.get(x.id, ()):
                if c.rel not in skip and c.id not in seen:
                    seen.add(c.id)
                    todo.append(c)
        return sorted(out, key=lambda x: x.start)

    # ---- mentions
    def mentions(self, doc: Document) -> MentionIndex:
        """The mention index of ``doc``'s current mentions and entities (rebuilt when they change)."""
        cached = self._mentions
        if cached is None or cached.source[0] is not doc.mentions or cached.source[1] is not doc.entities:
            self._mentions = cached = MentionIndex(self, doc.mentions, doc.entities)
        return cached


_CACHE: dict[int, tuple[tuple, str, DocView]] = {}
_CACHE_SIZE = 8


def view(doc: Document) -> DocView:
    """The view of ``doc``, shared by every stage: built on first use, then reused for as long as the
    document keeps the same text and sentences (``Document.replace`` keeps both)."""
    key = id(doc.sentences)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is doc.sentences and hit[1] is doc.text:
        return hit[2]
    v = DocView(doc)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (doc.sentences, doc.text, v)
    return v
