"""What a span rule reads and how it makes spans: the document's view and the span settings, a
span over the text, a part of a span that keeps the tagger's normal form, and the lemma key of a
name in any case."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import morph
from ...records import Mention
from ...settings import DEFAULT, SpanSettings
from ...view import DocView


@dataclass(frozen=True)
class Context:
    """The document's view (text, tokens, offsets) and the settings, passed to every rule."""

    view: DocView
    settings: SpanSettings = DEFAULT.spans

    @property
    def text(self) -> str:
        return self.view.text


def span(c: Context, start: int, stop: int, type_: str, normal: str | None = None) -> Mention:
    """A span of the text from ``start`` to ``stop``."""
    return Mention(start, stop, type_, c.text[start:stop], normal=normal)


def part(m: Mention, start: int, stop: int, c: Context, type_: str | None = None) -> Mention:
    """A part of a span, keeping the matching words of the tagger's normal form where they line up."""
    normal = None
    text = c.text
    if m.normal:
        have, norm = m.text.split(), m.normal.split()
        words = text[start:stop].split()
        if len(have) == len(norm) and words:
            offset = len(text[m.start:start].split())
            if text[m.start:start][-1:].strip():  # the part starts inside a word
                offset = -1
            if 0 <= offset and offset + len(words) <= len(norm) and have[offset:offset + len(words)] == words:
                normal = " ".join(norm[offset:offset + len(words)])
    return span(c, start, stop, type_ or m.type, normal)


def lemma(word: str) -> str:
    """The lemma the span rules compare words by: the first dictionary reading's (not the tagged
    part of speech's, as ``Token.lemma`` is), folded."""
    return morph.fold(morph.lemma(word))


def key(text: str) -> str:
    """Lookup key of a name in any case: its words' lemmas (``Европейского союза`` → ``европейский союз``)."""
    return " ".join(lemma(w) for w in _KEY_WORD.findall(text))


def has_word(text: str) -> bool:
    """Does the text hold a letter or a digit?"""
    return _WORD_CHAR.search(text) is not None


# compiled once: ``key`` and ``has_word`` are asked of every span and word around it (``re``'s own cache of
# patterns costs a lookup at every call)
_KEY_WORD = re.compile(r"[\w+-]+")
_WORD_CHAR = re.compile(r"\w")
