"""Bounded pieces of a long run of text without sentence breaks, so that annotation stays linear.

The parser's cost grows with the square of a sentence's length; a text with no sentence breaks (a
list, a table flattened to one line, garbage) would be one sentence.  ``pieces`` cuts such a run into
pieces of at most ``limit`` characters at token boundaries: after punctuation where it can, else at
a space, else between two tokens; a single token longer than ``limit`` is cut hard into pieces of
``limit`` characters (``tokens`` cuts it the same way, so tokens and pieces always nest).
"""
from __future__ import annotations

from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import ATOM, Atom, TokenSplit
from razdel.segmenters.tokenize import tokenize as _razdel

_BREAK_AFTER = set(",;:—–-)»”…!?.")


def tokens(text: str, limit: int) -> list[tuple[int, int]]:
    """razdel's tokens of ``text`` as ``(start, stop)``, a token longer than ``limit`` in pieces of
    ``limit`` characters."""
    out = []
    for start, stop in razdel_spans(text):
        if stop - start <= limit:
            out.append((start, stop))
            continue
        for cut in range(start, stop, limit):
            out.append((cut, min(cut + limit, stop)))
    return out


_WINDOW = 3  # atoms on either side of a split that razdel's rules read (``TokenSplitter.window``)
_WORDS = frozenset({"RU", "LAT", "INT"})  # razdel's atoms of letters or digits
_RULE_MARKS = frozenset(DASHES + "_.,/\\!")  # the marks razdel's rules join a word to (its 2112 rules, ``yahoo``)


def razdel_spans(text: str) -> list[tuple[int, int]]:
    """razdel's ``tokenize(text)`` as ``(start, stop)``, the same tokens: razdel cuts ``text`` into atoms (a word,
    a number, a punctuation mark) and joins two atoms only where nothing lies between them, by its rules
    (``TokenSegmenter.segment``: a split with a delimiter is never joined), and its rules join nothing to a word
    but a dash, an underscore, a point, a comma, a slash or ``!`` (``_may_join``).  So only the splits where
    a rule may join are built and put to razdel's own rules here; the others are cuts, and a token is the text
    from its first atom to its last (razdel finds the joined text again from where the token before it ended:
    the same offsets).  Without a record per atom and split of the whole text it takes about half razdel's time.
    """
    matches = list(ATOM.finditer(text))
    if not matches:
        return []
    spans = [m.span() for m in matches]
    kinds = [m.lastgroup for m in matches]
    atoms: list = [None] * len(matches)

    def window(first: int, last: int) -> list:
        last = min(last, len(matches))
        for k in range(first, last):
            if atoms[k] is None:
                m = matches[k]
                atoms[k] = Atom(*spans[k], kinds[k], m.group())
        return atoms[first:last]

    out = []
    start = spans[0][0]
    for i in range(1, len(spans)):
        before, at = spans[i - 1][1], spans[i][0]
        if before == at and _may_join(kinds[i - 1], kinds[i], text[before - 1], text[at]):
            split = TokenSplit(window(max(0, i - _WINDOW), i), "", window(i, i + _WINDOW))
            split.buffer = text[start:before]
            if _razdel.join(split):
                continue
        out.append((start, before))
        start = at
    out.append((start, spans[-1][1]))
    return out


def _may_join(left: str, right: str, left_char: str, right_char: str) -> bool:
    """Whether razdel's rules may join two touching atoms of these kinds (``left_char``: the left one's last
    character, ``right_char``: the right one's first): not two words (no rule joins them), nor a word and a mark
    none of the rules reads (they join a dash, an underscore, a point, a comma, a slash or ``!`` to a word;
    marks to marks; and anything to a symbol of ``OTHER``)."""
    if left in _WORDS:
        return right not in _WORDS and (right != "PUNCT" or right_char in _RULE_MARKS)
    return right not in _WORDS or left != "PUNCT" or left_char in _RULE_MARKS


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
