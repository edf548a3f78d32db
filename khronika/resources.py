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
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        emb = NewsEmbedding()
        return cls(Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb), MorphVocab())


@functools.lru_cache(maxsize=1)
def shared() -> Resources:
    """The process-wide resources (loaded on first use, about two seconds)."""
    return Resources.load()
