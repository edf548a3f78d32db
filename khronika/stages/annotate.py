"""Annotation with natasha's models: sentences, tokens with morphology and syntax, raw NER spans.

Several documents are annotated at once (``AnnotateStage.many``; ``__call__`` is one of them): each
model runs on the sentences (NER: the texts) of all of them, sorted by length into batches that pad
little, and straight on the words of our segmentation, as natasha's ``Doc`` would run it on each
document (``tag_morph``, ``parse_syntax``, ``tag_ner``, ``normalize``).  Adapters turn the models'
output into our records; nothing from natasha or slovnet leaves this module.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np
from natasha.doc import DocToken
from natasha.norm import normalize, syntax_normalize
from natasha.segment import Segmenter, Sent
from natasha.span import envelop_spans
from slovnet.conll import parse_conll_tag
from slovnet.exec.infer import text_words
from slovnet.span import Span

from ..morph import lemma_as, parses
from ..record_base import maker
from ..records import Document, Mention, Sentence, Token
from ..resources import Resources
from ..settings import DEFAULT, Settings
from . import nets
from .clean.heads import lead_start
from .clean.pieces import pieces, tokens
from .clean.place_lines import placed_lead

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


class Word(NamedTuple):
    """A token of the segmentation, as natasha's ``Token`` reads (``start``, ``stop``, ``text``; unpacked by
    natasha's ``Doc.segment``), made without its record's generic ``__init__`` (every word of every text)."""

    start: int
    stop: int
    text: str


class ParagraphSegmenter(Segmenter):
    """razdel's sentences, cut at blank lines as well: a headline, a dateline or a menu line
    without a full stop is never one sentence with the paragraph after it; and cut into pieces of at
    most ``max_chars`` (``clean/pieces.py``), so that the parser's cost stays linear in the text."""

    def __init__(self, max_chars: int = DEFAULT.limits.max_sentence_chars):
        super().__init__()
        self.max_chars = max_chars

    def tokenize(self, text):
        for start, stop in tokens(text, self.max_chars):
            yield Word(start, stop, text[start:stop])

    def sentenize(self, text):
        for sent in _label_cuts(_dateline_cuts(text, self._paragraphs(text))):
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
               if (lead := lead_start(line := text[m.start():m.start() + _DATELINE_MAX]) or placed_lead(line))]
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


# "Коротко: Перу отозвала посла …": an adverb and a colon opening a digest's line, then the sentence
_LABEL = re.compile(r"([А-ЯЁ][а-яё]+):[ \t]+(?=[А-ЯЁ«\"])")


def _label_cuts(sents):
    """The sentences with an adverb that labels a digest's line (``Коротко:``, ``Кратко:``) cut off as a sentence of
    its own: the parser, which roots the sentence in the label, would hang the subject after it on it."""
    for sent in sents:
        m = _LABEL.match(sent.text)
        found = parses(m[1].lower()) if m else []
        if not found or found[0].tag.POS != "ADVB":
            yield sent
            continue
        label = sent.text[:m.end(1) + 1]
        yield Sent(sent.start, sent.start + len(label), label)
        yield Sent(sent.start + m.end(), sent.stop, sent.text[m.end():])


_LINE_START = re.compile(r"^(?=\S)", re.MULTILINE)
_DATELINE_MAX = 200  # characters of a line that may hold a dateline


BATCH_COST = 64  # what running a batch costs beyond its positions, in positions (the models' calls, their decoders)


def by_length(sizes: list[int], budget: int, cost: int = BATCH_COST) -> list[list[int]]:
    """The indexes of items of these ``sizes`` (tokens) in batches of similar length, each within
    ``budget`` positions (its count times its largest size; a larger item alone): in order of size, cut
    where the batches' positions (padding each item to the largest of its batch) and ``cost`` for each
    batch add up to the least (one pass of dynamic programming over the sorted sizes).  Empty items
    are left out."""
    order = sorted((i for i in range(len(sizes)) if sizes[i]), key=sizes.__getitem__)
    ordered = [sizes[i] for i in order]
    best = [0] * (len(order) + 1)  # best[j]: the least cost of the first ``j`` items
    start = [0] * (len(order) + 1)  # start[j]: where the last batch of that least cost starts
    for j in range(1, len(order) + 1):
        largest = ordered[j - 1]
        fits = max(1, budget // largest)  # items a batch of this largest size can hold
        first = max(0, j - fits)
        best[j], start[j] = min((best[i] + (j - i) * largest, i) for i in range(first, j))
        best[j] += cost
    batches: list[list[int]] = []
    j = len(order)
    while j:
        batches.append(order[start[j]:j])
        j = start[j]
    return batches[::-1]


WORDS_CACHED = 50_000  # words whose vocabulary ids are kept (the cache starts again beyond: memory stays flat)


class Models:
    """natasha's morphology tagger, syntax parser and NER tagger (slovnet's inference behind them) on
    lists of words, each list of items given run as one batch.  The three share their vocabularies:
    each word's ids are looked up once, and morphology and syntax read one encoded input."""

    def __init__(self, resources: Resources):
        self.morph, self.syntax, self.ner = (m.infer for m in
                                             (resources.morph_tagger, resources.syntax_parser, resources.ner_tagger))
        self.shared = all(_same_vocabularies(self.morph.encoder, m.encoder) for m in (self.syntax, self.ner))
        self.one_table = self.shared and _same_vectors(self.morph.model, self.syntax.model)
        self.ids: dict[str, tuple[int, int]] = {}  # word -> its word id and shape id (shared vocabularies)

    def tag_parse(self, words: list[list[str]], budget: int) -> tuple[list, list]:
        """For each list of words (a sentence): its tags (``POS|Feat=Value|…``) and its parse
        (token numbers, head numbers, relations), in batches of ``budget`` tokens (``by_length``)."""
        tags: list = [[] for _ in words]
        parses: list = [([], [], []) for _ in words]
        for batch in by_length([len(w) for w in words], budget):
            morph_input = self.encoded(self.morph, [words[i] for i in batch])
            syntax_input = morph_input if self.shared else self.encoded(self.syntax, [words[i] for i in batch])
            vectors = nets.words_of(self.morph.model, morph_input) if self.one_table else None  # navec's
            for i, tagged in zip(batch, self.morph.decoder(nets.morph_tags(self.morph.model, morph_input, vectors))):
                tags[i] = tagged
            parsed = nets.parses(self.syntax.model, syntax_input, vectors)
            for i, parse in zip(batch, self.syntax.decoder(parsed)):
                parses[i] = parse
        return tags, parses

    def spans(self, texts: list[str], words: list[list[str]], budget: int) -> list[list]:
        """For each text, split into ``words`` as slovnet splits it: its NER spans (``start``, ``stop``,
        ``type``), in batches of ``budget`` tokens."""
        out: list = [[] for _ in texts]
        for batch in by_length([len(w) for w in words], budget):
            found = self.ner.decoder(nets.ner_tags(self.ner.model, self.encoded(self.ner, [words[i] for i in batch])))
            for i, tagged in zip(batch, found):
                out[i] = ner_spans(texts[i], words[i], tagged)
        return out

    def encoded(self, infer, items: list[list[str]]):
        """slovnet's input of these lists of words (its encoder's ``item`` of each, then ``input``)."""
        encoder = infer.encoder
        if not self.shared:
            return encoder.input([encoder.item(words) for words in items])
        if len(self.ids) > WORDS_CACHED:
            self.ids.clear()
        rows = []
        for words in items:
            ids = [self.ids.get(w) or self._ids(encoder, w) for w in words]
            rows.append(([i for i, _ in ids], [shape for _, shape in ids]))
        return encoder.input(rows)

    def _ids(self, encoder, word: str) -> tuple[int, int]:
        (word_id,), (shape_id,) = encoder.item([word])
        self.ids[word] = (word_id, shape_id)
        return word_id, shape_id


def ner_spans(text: str, words: list[str], tags) -> list[Span]:
    """slovnet's ``bio_spans(find_tokens(text, words), tags)`` (``BIOMarkup.to_span``) in one loop: each word
    found in ``text`` after the word before it, a span opened at a ``B-`` tag, stretched by ``I``, closed by
    ``O`` or the next ``B``; without a record per word, nor a call of slovnet's ``parse_bio`` per tag."""
    out = []
    previous = start = stop = None
    offset = 0
    for word, tag in zip(words, tags):
        at = text.find(word, offset)
        offset = at + len(word)
        part, _, kind = tag.partition("-")  # slovnet's ``parse_bio``: no type without a dash (falsy either way)
        if part == "O":
            if previous:
                out.append(Span(start, stop, previous))
                previous = None
        elif part == "B":
            if previous:
                out.append(Span(start, stop, previous))
            previous, start, stop = kind or None, at, offset
        elif part == "I":
            stop = offset
    if previous:
        out.append(Span(start, stop, previous))
    return out


def _same_vocabularies(a, b) -> bool:
    return all(x.items == y.items for x, y in ((a.words_vocab, b.words_vocab), (a.shapes_vocab, b.shapes_vocab)))


def _same_vectors(a, b) -> bool:
    """Whether two models look their words up in one table of word vectors (natasha's navec)."""
    return all(x is y or np.array_equal(x, y) for x, y in ((a.emb.word.indexes.array, b.emb.word.indexes.array),
                                                           (a.emb.word.codes.array, b.emb.word.codes.array)))


@functools.lru_cache(maxsize=4096)
def _pos_feats(tag: str) -> tuple[str, dict]:
    """The part of speech and the features of a tag: one dict per tag, which every token of that tag holds
    (no stage changes a token's features), so that a document's tokens pickled for the trip back from a worker
    process carry each tag's features once."""
    pos, feats = parse_conll_tag(tag)
    return pos, dict(feats)


def adapt_token(sentence_id: int, number: int, token, tag: str, head: str, rel: str) -> Token:
    """A token of the segmentation with its tag and parse as a record: ids ``sentence_token`` as natasha
    numbers them, the lemma ``morph.lemma_as`` for the tagged part of speech, ``ё`` folded.  Made as pickle
    makes a record (``record_base.maker``: the fields in ``Token``'s order, no frozen ``__init__``)."""
    pos, feats = _pos_feats(tag)
    return _TOKEN(token.start, token.stop, token.text, f"{sentence_id}_{number}", pos, feats,
                  lemma_as(token.text, pos).replace("ё", "е"), f"{sentence_id}_{head}", rel)


_TOKEN = maker(Token)


def acyclic(numbers: list[str], heads: list[str], rels: list[str]) -> tuple[list[str], list[str]]:
    """The parse with every cycle broken: the parser may make two words each other's head (``пленных`` ←→
    ``освобождены``), and every walk up or down the tree must end.  The word where a walk up from a word comes
    back on itself is attached to the sentence's root (made the root, when the sentence has none)."""
    head_of = dict(zip(numbers, heads))
    heads, rels = list(heads), list(rels)
    root = next((n for n, h in zip(numbers, heads) if h == "0"), None)
    index = {n: i for i, n in reversed(list(enumerate(numbers)))}  # ``numbers.index``, each looked up once
    ends: set[str] = set()  # words whose walk up ends (at the root or outside the parse): no walk through them loops
    unique = len(index) == len(numbers)  # (a word numbered twice has one head in ``head_of``: walk all the way)
    for start in numbers:
        seen, node = {start}, head_of.get(start)
        while node is not None and node != "0" and node in head_of and node not in ends:
            if node in seen:  # a cycle: cut it where it closed
                at = index[node]
                if root is None:
                    root, heads[at], rels[at] = node, "0", "root"
                else:
                    heads[at] = root
                head_of[node] = heads[at]
                break
            seen.add(node)
            node = head_of[node]
        if unique:
            ends |= seen  # once cut, a cycle's words walk up to the root as well
    return heads, rels


def adapt_span(text: str, span, tokens: list, vocab) -> Mention:
    """A NER span as a mention, with natasha's normal form of the tokens under it (``vocab``: its
    ``MorphVocab``)."""
    return Mention(start=span.start, stop=span.stop, type=span.type, text=text[span.start:span.stop],
                   normal=normal_form(span.type == "ORG", tokens, vocab) or None)


NORMALS_CACHED = 20_000  # spans whose normal forms are kept (the cache starts again beyond)
_normals: dict[tuple, str] = {}


def normal_form(org: bool, tokens: list, vocab) -> str:
    """natasha's normal form of a span's tokens (``syntax_normalize`` for an organisation), each
    reading of a span computed once: natasha reads the tokens' words, tags, the spaces between them
    and, for an organisation, which of them depends on which."""
    method = syntax_normalize if org else normalize
    if any(isinstance(t, DocToken) for t in tokens):  # a token outside every sentence: no tags to key on
        return method(vocab, tokens)
    base = tokens[0].start if tokens else 0
    ids = {t.id: k for k, t in enumerate(tokens)}
    key = (org, tuple((t.text, t.pos, tuple(t.feats.items()), t.start - base, t.stop - base,
                       ids.get(t.head_id, -1) if org else 0) for t in tokens))
    found = _normals.get(key)
    if found is None:
        if len(_normals) >= NORMALS_CACHED:
            _normals.clear()
        found = _normals[key] = method(vocab, tokens)
    return found


class Segmented:
    """One text in natasha's segmentation: its tokens, and its sentences each with the tokens within it."""

    def __init__(self, text: str, segmenter: ParagraphSegmenter):
        self.text = text
        self.tokens = list(segmenter.tokenize(text))
        self.sents = list(segmenter.sentenize(text))
        self.groups = list(envelop_spans(self.tokens, self.sents))
        # slovnet's own words of the text for NER: the tokens, unless one was cut (``pieces.tokens``)
        cut = any(t.stop - t.start >= segmenter.max_chars for t in self.tokens)
        self.words = text_words(text) if cut else [t.text for t in self.tokens]


class AnnotateStage:
    name = "annotate"
    requires = frozenset({"text"})
    provides = frozenset({"sentences", "ner"})

    def __init__(self, resources: Resources, settings: Settings = DEFAULT):
        self.r = resources
        self.max_sentence_chars = settings.limits.max_sentence_chars
        self.batches = settings.annotate

    @functools.cached_property
    def models(self) -> Models:
        return Models(self.r)

    def __call__(self, doc: Document) -> Document:
        return self.many([doc])[0]

    def many(self, docs: list[Document]) -> list[Document]:
        """``docs`` annotated together, each as it is alone (up to the rounding of the models' sums)."""
        segmenter = ParagraphSegmenter(self.max_sentence_chars)
        texts = [Segmented(d.text, segmenter) for d in docs if d.text.strip()]
        words = [[t.text for t in group] for seg in texts for group in seg.groups]
        tags, parses = self.models.tag_parse(words, self.batches.sentence_tokens)
        spans = self.models.spans([seg.text for seg in texts], [seg.words for seg in texts], self.batches.text_tokens)
        tags, parses = iter(tags), iter(parses)
        done = iter(self._record(seg, tags, parses, found) for seg, found in zip(texts, spans))
        return [doc.replace(**next(done)) if doc.text.strip() else doc.replace(sentences=(), ner=()) for doc in docs]

    def _record(self, seg: Segmented, tags: Iterator, parses: Iterator, spans: list) -> dict:
        """The sentences and NER mentions of one text, its sentences' tags and parses taken from
        ``tags`` and ``parses``."""
        sentences = []
        record: dict[int, Token] = {}  # id(segment token) -> its record
        for sentence_id, (sent, group) in enumerate(zip(seg.sents, seg.groups), 1):
            tagged, (numbers, heads, rels) = next(tags), next(parses)
            heads, rels = acyclic(numbers, heads, rels)
            records = tuple(adapt_token(sentence_id, n, t, tag, h, r)
                            for t, tag, n, h, r in zip(group, tagged, numbers, heads, rels))
            record.update((id(t), r) for t, r in zip(group, records))
            sentences.append(Sentence(start=sent.start, stop=sent.stop, text=sent.text, tokens=records))
        # natasha normalises a span over all the text's tokens under it (one outside every sentence untagged)
        under = [record.get(id(t)) or DocToken(t.start, t.stop, t.text) for t in seg.tokens]
        vocab = self.r.morph_vocab
        mentions = tuple(adapt_span(seg.text, span, group, vocab)
                         for span, group in zip(spans, envelop_spans(under, spans)))
        return {"sentences": tuple(sentences), "ner": mentions}
