"""Punctuation of a text as the rules read it: pairs of quotation marks, dashes, transcript labels.

Pure functions of the text, used by the coreference stage (a name inside a quotation) and the quote
stage (what is quoted, who speaks).
"""
from __future__ import annotations

import re

DASHES = "-—–"
OPENERS = frozenset({"«", '"', "„", "“"})
CLOSERS = frozenset({"»", '"', "“", "”"})

# A transcript label opening a paragraph: "С.Лавров: …", "Вопрос: …".
LABEL = re.compile(r"\s*([^\s:][^:\n]{0,50}?):\s+\S")


_MARKS = re.compile('[«„»“”"]')


def quote_pairs(text: str) -> list[tuple[int, int, int]]:
    """(opener, closer, depth) of quotation marks, paragraph by paragraph."""
    out: list[tuple[int, int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        stack: list[tuple[str, int]] = []
        base = para.start()
        s = para.group()
        for mark in _MARKS.finditer(s):  # the other characters change nothing
            k, ch = mark.start(), mark.group()
            i = base + k
            if ch == "«" or ch == "„":
                stack.append((ch, i))
            elif ch == "»":
                _close(stack, "«", i, out)
            elif ch == "“":
                if any(c == "„" for c, _ in stack):
                    _close(stack, "„", i, out)
                else:
                    stack.append(("“", i))
            elif ch == "”":
                _close(stack, "“", i, out)
            elif ch == '"':
                prev = s[k - 1] if k > 0 else " "
                nxt = s[k + 1] if k + 1 < len(s) else " "
                opens = (prev.isspace() or prev in "([{«„-—–/") and not nxt.isspace()
                closes = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}»…-—–")
                if opens and not closes:
                    stack.append(('"', i))
                elif closes and not opens:
                    _close(stack, '"', i, out)
                elif stack and stack[-1][0] == '"':
                    _close(stack, '"', i, out)
                else:
                    stack.append(('"', i))
    return sorted(out)


def closing_guillemet(text: str, o: int, end: int) -> int | None:
    """The ``»`` that closes the ``«`` at ``o``, before ``end`` and across paragraphs; None when
    ``o`` opens no such quotation."""
    if o >= end or text[o] != "«":
        return None
    depth = 0
    for i in range(o, end):
        depth += {"«": 1, "»": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None


def _close(stack, opener: str, i: int, out: list) -> None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == opener:
            out.append((stack[depth][1], i, depth))
            del stack[depth:]
            return
