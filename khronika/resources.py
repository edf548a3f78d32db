"""Models shared by the stages, built once per process (as natasha's ``NewsEmbedding`` is)."""
from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Resources:
    """natasha's segmenter, embedding, morphology tagger, syntax parser and NER tagger.

    All models ship inside the natasha/slovnet packages; nothing is fetched."""

    segmenter: object
    morph_tagger: object
    syntax_parser: object
    ner_tagger: object
    morph_vocab: object

    @classmethod
    def load(cls) -> Resources:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        emb = NewsEmbedding()
        return cls(Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb), morph_vocab())


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
