"""The clause that attributes a quotation after it (``«…», — сказал он``, ``«…», — призвал министр``): where it
ends, and the verb that reports the quotation."""
from __future__ import annotations

import re

from ...marks import CLOSERS, DASHES, OPENERS
from ...morph import fold, lemmas
from ...records import Token
from .cues import ANAPHORS, VOICED, speech_class
from .reading import Reading

D = r"\-—–"  # the dashes inside a regex character class
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|\s[" + D + r"]\s|[«\"„“]")  # a sentence's end, a reopening dash, a quote
_CLOSED = re.compile(r"[ \t]*[,.!?…]")  # the punctuation of reported speech after a closing mark
_ATTRIBUTED = re.compile(r"[,!?]\s*[" + D + r"]\s")  # "…, — " of an attribution


def clause_end(r: Reading, a: int, limit: int) -> int:
    """The end of an attribution clause starting at ``a``: the sentence's end or a dash that
    reopens the quote, within the line."""
    m = _CLAUSE_END.search(r.text[a:limit])
    return a + m.start() if m else limit


def closed(r: Reading, c: int) -> bool:
    """The quotation at closing mark ``c`` ends with its punctuation before the dash (``«…», —``, ``«…!» —``): the
    form of reported speech, not of a name followed by a dash (``фильм «Лёд» — …``)."""
    return bool(_CLOSED.match(r.text, c + 1)) or r.text[c - 1:c] in ("!", "?", "…")


def verb_first(r: Reading, a: int, b: int, bare: bool = True) -> Token | None:
    """``«…», — призвал министр``, ``— продолжил он``: any finite verb opening the attribution after a closed
    quotation reports it, whatever verb it is (the dash and the comma make it speech); so does one after a word for
    the quotation (``«…» — такое заявление сделал X``, ``— с таким призывом выступил X``), even when the quotation
    is not ``closed`` (``bare``: whether a verb alone may do)."""
    words = [t for t in r.view.tokens_in(a, b) if t.pos != "PUNCT"]
    if words and fold(words[0].text) in ("с", "со"):
        words = words[1:]
    if len(words) > 2 and lemmas(words[0].text) & ANAPHORS and lemmas(words[1].text) & VOICED:
        words = words[2:]
    elif not bare:
        return None
    first = words[0] if words else None
    if first is not None and first.pos == "VERB" and first.feats.get("VerbForm") == "Fin" \
            and first.feats.get("Mood") != "Imp":
        return first
    return None


def verb_at_start(r: Reading, a: int, b: int) -> Token | None:
    """A verb of speech among the first words of an attribution, an aside between commas not counted (``— так, по
    данным газеты, подытожил X``)."""
    tokens = r.view.tokens_in(a, b)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if len(commas) >= 2 and commas[1] - commas[0] <= r.settings.parenthetical_reach:
        tokens = tokens[:commas[0]] + tokens[commas[1]:]
    words = [t for t in tokens if t.pos != "PUNCT"][:r.settings.attribution_words]
    for t in words:
        if speech_class(t) and t.feats.get("VerbForm") != "Inf":
            return t
    return None


def dash_opened(r: Reading, start: int) -> int:
    """``— Первая фраза. Вторая фраза, — сказал X.``: direct speech that opens its paragraph with a dash runs from
    the dash to the attribution, over the sentences before it; else the sentence's own start."""
    a, _ = r.view.paragraph(start)
    head = r.text[a:start]
    lead = head.lstrip()
    if not lead or lead[0] not in DASHES or any(ch in OPENERS or ch in CLOSERS for ch in head) or \
            _ATTRIBUTED.search(lead, 1):
        return start  # no dash opening the paragraph, or another attribution or quotation before
    return a + (len(head) - len(lead)) + 1
