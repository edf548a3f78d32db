"""One document as the quote rules read it (``Reading``), and what they find (``Found`` quoted or
reported words with their ``Attribution``)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ...marks import DASHES
from ...records import Document, Token
from ...settings import QuoteSettings
from .actors import Actors
from .salience import Salience
from .speakers import Speaker, Speakers


@dataclass
class Attribution:
    verb: Token | None  # the verb of speech (None for a name label)
    start: int  # the attribution's extent in the text
    stop: int
    speaker: Speaker = field(default_factory=Speaker)


# The attribution of the last attributed quote: where it ends, and the attribution.
Previous = tuple[int, Attribution] | None


@dataclass
class Found:
    start: int
    stop: int
    direct: bool
    attribution: Attribution | None
    evidence: tuple[int, int]
    order: int  # where the speaker is resolved in reading order
    after_colon: bool = False  # unattributed, after a colon: the speaker of the paragraph's speech before, if any
    needs_speaker: bool = False  # no quote unless the speaker resolves ("назвал «…»")
    loose: bool = False  # unattributed inside a sentence: the principal speaker's words, else no quote


class Reading:
    """The text, view, actors, speakers and salience of one document, shared by the quote rules."""

    def __init__(self, doc: Document, settings: QuoteSettings):
        self.doc = doc
        self.text = doc.text
        self.settings = settings
        self.actors = Actors(doc)
        self.view = self.actors.view
        self.speakers = Speakers(self.actors, settings)
        self.salience = Salience(self.actors)

    def in_quote(self, offset: int) -> bool:
        """Inside the direct speech found so far."""
        return self.salience.in_quote(offset)


def quote_id(doc_id: str, start: int, stop: int) -> str:
    return "q:" + hashlib.sha1(f"{doc_id}|{start}|{stop}".encode()).hexdigest()[:12]


STAMP_LINE = re.compile(r"\s*\d{1,2}[:.]\d{2}[ \t]*\n")  # a live blog's entry time on a line of its own


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``..``b`` without white space and dashes around it, nor trailing ``,;:``, nor a leading line that is only a
    time stamp (``09:40``, a live blog's entry)."""
    stamp = STAMP_LINE.match(text, a, b)
    if stamp is not None:
        a = stamp.end()
    while a < b and (text[a].isspace() or text[a] in DASHES):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:" + DASHES):
        b -= 1
    return a, b
