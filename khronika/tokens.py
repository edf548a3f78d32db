"""Token lookups by offset, shared by the stages that read tokens around a span."""
from __future__ import annotations

import bisect

from .records import Token


def tokens_in(tokens: list[Token], starts: list[int], start: int, stop: int) -> list[Token]:
    """The tokens that lie within [start, stop); ``starts`` are the tokens' start offsets, sorted."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(tokens) and tokens[i].stop <= stop:
        out.append(tokens[i])
        i += 1
    return out
