"""Bounded pieces of a long run of text without sentence breaks, so that annotation stays linear.

The parser's cost grows with the square of a sentence's length; a text with no sentence breaks (a
list, a table flattened to one line, garbage) would be one sentence.  ``pieces`` cuts such a run into
pieces of at most ``limit`` characters at token boundaries: after punctuation where it can, else at
a space, else between two tokens; a single token longer than ``limit`` is cut hard into pieces of
``limit`` characters (``tokens`` cuts it the same way, so tokens and pieces always nest).
"""
from __future__ import annotations

from razdel import tokenize

_BREAK_AFTER = set(",;:—–-)»”…!?.")


def tokens(text: str, limit: int) -> list[tuple[int, int]]:
    """razdel's tokens of ``text`` as ``(start, stop)``, a token longer than ``limit`` in pieces of
    ``limit`` characters."""
    out = []
    for token in tokenize(text):
        start, stop = token.start, token.stop
        if stop - start <= limit:
            out.append((start, stop))
            continue
        for cut in range(start, stop, limit):
            out.append((cut, min(cut + limit, stop)))
    return out


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, stop)`` offsets in ``text`` of pieces of at most ``limit`` characters that hold all
    its tokens in order; one piece for a text no longer than ``limit``."""
    if len(text) <= limit:
        return [(0, len(text))]
    spans = tokens(text, limit)
    out = []
    first = 0
    while first < len(spans):
        start = spans[first][0]
        last = first
        while last + 1 < len(spans) and spans[last + 1][1] - start <= limit:
            last += 1
        if last + 1 < len(spans):
            last = _break(text, spans, first, last)
        out.append((start, spans[last][1]))
        first = last + 1
    return out


def _break(text: str, spans: list[tuple[int, int]], first: int, last: int) -> int:
    """The token of ``first..last`` to end a piece with: the last one in the second half of the
    piece that is punctuation, else the last one followed by a space, else ``last``."""
    half = first + (last - first) // 2
    for k in range(last, half - 1, -1):
        if text[spans[k][1] - 1] in _BREAK_AFTER and spans[k][1] - spans[k][0] == 1:
            return k
    for k in range(last, half - 1, -1):
        if spans[k + 1][0] > spans[k][1]:
            return k
    return last
