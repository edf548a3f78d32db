"""Models shared by the stages, built once per process (as natasha's ``NewsEmbedding`` is)."""
from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Resources:
    """natasha's segmenter, morphology tagger, syntax parser and NER tagger (their word vectors natasha's news
    embedding: ``news_vectors``) and its morphology vocabulary.

    All models ship inside the natasha/slovnet packages; nothing is fetched."""

    segmenter: object
    morph_tagger: object
    syntax_parser: object
    ner_tagger: object
    morph_vocab: object

    @classmethod
    def load(cls) -> Resources:
        from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        emb = news_vectors()
        with shared_vocabularies():
            return cls(Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb), morph_vocab())


def news_vectors():
    """natasha's ``NewsEmbedding()`` as the taggers read it (slovnet's ``inject_navec`` takes its id and its
    product-quantised vectors, ``pq.indexes`` and ``pq.codes``), without navec's word index and the tables of
    its similarities (``PQ.precompute``), which only navec's own lookups (``emb[word]``, ``emb.sim``) use and
    whose building took a fifth of the models' loading.  The vectors are the very arrays ``NewsEmbedding`` holds
    (read as ``PQ.from_file`` reads them)."""
    import numpy as np
    from natasha.data import NEWS_EMBEDDING
    from navec.meta import Meta
    from navec.navec import META, PQ_, Navec
    from navec.pq import PQ
    from navec.tar import Tar

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        file = tar.load(PQ_)
        vectors, dim, qdim, centroids = np.frombuffer(file.read(4 * 4), np.uint32)
        pq = PQ.__new__(PQ)  # ``PQ.from_file`` less ``precompute``
        pq.vectors, pq.dim, pq.qdim, pq.centroids = vectors, dim, qdim, centroids
        pq.indexes = np.frombuffer(file.read(vectors * qdim), np.uint8).reshape(vectors, qdim)
        pq.codes = np.frombuffer(file.read(), np.float32).reshape(qdim, centroids, -1)
    return Navec(meta, None, pq)


@contextlib.contextmanager
def shared_vocabularies() -> Iterator[None]:
    """While inside, slovnet's packs give one ``Vocab`` per distinct list of items: the morphology tagger,
    the syntax parser and the NER tagger each ship the same 250,000 words (and the same shapes), and
    unpacking and indexing each copy took a third of the models' loading.  A ``Vocab`` is only read
    (``encode``, ``decode``), so the taggers share it; each holds the very items it would alone.  Copies packed
    alike (the same compressed stream, gzip's header but for its time) are not even unpacked again: the same
    stream unpacks to the same items."""
    from slovnet.exec import pack

    original = pack.Pack.load_vocab
    loaded: dict[str, object] = {}
    unpacked: dict[bytes, object] = {}  # by the gzip member less its modification time (bytes 4-8): one stream

    def load_vocab(self, id):  # as ``Pack.load_vocab`` (``bytes_vocab``), the same items read once
        packed = self.read(pack.vocab_name(id))
        key = packed[:4] + packed[8:]  # the packs' copies differ in their time only: each unpacked once
        if key not in unpacked:
            content = pack.decompress(packed).decode("utf8")
            if content not in loaded:
                loaded[content] = pack.Vocab(content.splitlines())
            unpacked[key] = loaded[content]
        return unpacked[key]

    pack.Pack.load_vocab = load_vocab
    try:
        yield
    finally:
        pack.Pack.load_vocab = original


def morph_vocab():
    """natasha's ``MorphVocab()``, its dictionary named by path: pymorphy2 would find it through
    ``pkg_resources``' entry points, whose import and scan take a quarter of a second of every start."""
    import pymorphy2_dicts_ru
    from natasha.morph.vocab import MorphForm, MorphVocab
    from pymorphy2.analyzer import MorphAnalyzer

    vocab = MorphVocab.__new__(MorphVocab)
    MorphAnalyzer.__init__(vocab, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)
    return vocab


@functools.lru_cache(maxsize=1)
def shared() -> Resources:
    """The process-wide resources (loaded on first use, about two seconds)."""
    return Resources.load()
