"""Annotation with natasha: sentences, tokens with morphology and syntax, raw NER spans.

Adapters turn natasha's objects into our records; nothing from natasha leaves this module.
"""
from __future__ import annotations

import re

from natasha.segment import Segmenter, Sent
from natasha.segment import Token as NatashaToken

from ..morph import lemma_as
from ..records import Document, Mention, Sentence, Token
from ..resources import Resources
from ..settings import DEFAULT, Settings
from .clean.heads import lead_start
from .clean.pieces import pieces, tokens


def adapt_token(t) -> Token:
    """A natasha token as a record; its lemma is ``morph.lemma_as`` for the tagged part of speech, ``ё`` folded."""
    return Token(start=t.start, stop=t.stop, text=t.text, id=t.id, pos=t.pos, feats=dict(t.feats or {}),
                 lemma=lemma_as(t.text, t.pos).replace("ё", "е"), head_id=t.head_id, rel=t.rel)


def adapt_span(text: str, span) -> Mention:
    return Mention(start=span.start, stop=span.stop, type=span.type, text=text[span.start:span.stop],
                   normal=span.normal or None)


PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


class ParagraphSegmenter(Segmenter):
    """razdel's sentences, cut at blank lines as well: a headline, a dateline or a menu line
    without a full stop is never one sentence with the paragraph after it; and cut into pieces of at
    most ``max_chars`` (``clean/pieces.py``), so that the parser's cost stays linear in the text."""

    def __init__(self, max_chars: int = DEFAULT.limits.max_sentence_chars):
        super().__init__()
        self.max_chars = max_chars

    def tokenize(self, text):
        for start, stop in tokens(text, self.max_chars):
            yield NatashaToken(start, stop, text[start:stop])

    def sentenize(self, text):
        for sent in _dateline_cuts(text, self._paragraphs(text)):
            for a, b in pieces(sent.text, self.max_chars):
                yield Sent(sent.start + a, sent.start + b, sent.text[a:b]) if (a, b) != (0, len(sent.text)) else sent

    def _paragraphs(self, text):
        for sent in super().sentenize(text):
            pos = 0
            for piece in PARAGRAPH_BREAK.split(sent.text) if PARAGRAPH_BREAK.search(sent.text) else [sent.text]:
                at = sent.text.index(piece, pos)
                pos = at + len(piece)
                stripped = piece.strip()
                if stripped:
                    a = sent.start + at + piece.index(stripped)
                    yield Sent(a, a + len(stripped), stripped)


def _dateline_cuts(text: str, sents):
    """razdel's sentences with each dateline that opens a line (``МОСКВА, 20 октября 2025. /Интерфакс/ -
    Министр …``) as a sentence of its own, whatever razdel cut inside it, and the lead after it."""
    regions = [(m.start(), m.start() + lead) for m in _LINE_START.finditer(text)
               if (lead := lead_start(text[m.start():m.start() + _DATELINE_MAX]))]
    for sent in sents:
        inside = next(((a, b) for a, b in regions if sent.start < b and sent.stop > a), None)
        if inside is None:
            yield sent
            continue
        a, b = inside
        if sent.start < a:  # the lines before the dateline, which razdel joined to it
            before = text[sent.start:a].rstrip()
            yield Sent(sent.start, sent.start + len(before), before)
        if sent.start <= a:
            head = text[a:b].rstrip()
            yield Sent(a, a + len(head), head)
        if b < sent.stop:
            yield Sent(b, sent.stop, text[b:sent.stop])


_LINE_START = re.compile(r"^(?=\S)", re.MULTILINE)
_DATELINE_MAX = 200  # characters of a line that may hold a dateline


class AnnotateStage:
    name = "annotate"
    requires = frozenset({"text"})
    provides = frozenset({"sentences", "ner"})

    def __init__(self, resources: Resources, settings: Settings = DEFAULT):
        self.r = resources
        self.max_sentence_chars = settings.limits.max_sentence_chars

    def __call__(self, doc: Document) -> Document:
        if not doc.text.strip():
            return doc.replace(sentences=(), ner=())
        from natasha import Doc

        nd = Doc(doc.text)
        nd.segment(ParagraphSegmenter(self.max_sentence_chars))
        nd.tag_morph(self.r.morph_tagger)
        nd.parse_syntax(self.r.syntax_parser)
        nd.tag_ner(self.r.ner_tagger)
        for span in nd.spans:
            span.normalize(self.r.morph_vocab)
        sentences = tuple(
            Sentence(start=s.start, stop=s.stop, text=s.text, tokens=tuple(adapt_token(t) for t in s.tokens))
            for s in nd.sents
        )
        return doc.replace(sentences=sentences, ner=tuple(adapt_span(doc.text, s) for s in nd.spans))
