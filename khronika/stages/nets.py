"""slovnet's taggers (natasha's morphology tagger, syntax parser and NER tagger) on a batch, computed
with slovnet's own weights and the very same products and sums, in fewer steps:

* the CNN encoder keeps its input as batch × sequence × features (slovnet swaps the axes at every
  layer), and a convolution's windows are the padded input copied once, one offset at a time, into
  slovnet's order of features and offsets, and multiplied by the filters;
* the word vectors of a batch (navec's, shared by the three models) are looked up once for the
  morphology tagger and the syntax parser, each vector's pieces gathered from one flat table of
  navec's centroids (``navec_vectors``: the very values slovnet's two-index gather picks);
* the NER tagger's best path (Viterbi, slovnet's ``CRF.decode``) takes each step's best scores with
  ``max`` where slovnet gathers them at the ``argmax``, and walks back each text's path in plain lists.

The tags, heads, relations and NER tags are slovnet's, bit for bit (tests/test_annotate_batches.py).
Only ``annotate.py`` uses this module.
"""
from __future__ import annotations

import numpy as np


def words_of(model, batch) -> np.ndarray:
    """The word vectors (navec) of a slovnet input batch (``word_id``, ``shape_id``, ``pad_mask``)."""
    word = model.emb.word
    if hasattr(word, "codes") and hasattr(word, "indexes"):  # navec's product-quantised table
        return navec_vectors(word.indexes.array, word.codes.array, batch.word_id)
    return word(batch.word_id)


def navec_vectors(indexes: np.ndarray, codes: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """slovnet's ``NavecEmbedding`` of word ``ids``: each word's vector is, for each of its ``qdim`` pieces,
    the centroid its index names (``codes[piece, indexes[id, piece]]``), the pieces one after another.
    Taken here as rows of the centroids seen as one table of ``qdim * centroids`` rows (``np.take`` of
    rows, where slovnet's gather by two index arrays goes value by value): the same values, copied."""
    qdim, centroids, chunk = codes.shape
    rows = indexes[ids.ravel()].astype(np.intp)
    rows += np.arange(qdim, dtype=np.intp) * centroids
    return np.take(codes.reshape(qdim * centroids, chunk), rows, axis=0).reshape(*ids.shape, qdim * chunk)


def encoded(model, batch, words: np.ndarray | None = None) -> np.ndarray:
    """What slovnet's embedding and CNN encoder make of ``batch``: batch × sequence × features."""
    if words is None:
        words = words_of(model, batch)
    x = np.concatenate((words, model.emb.shape(batch.shape_id)), axis=-1)
    for layer in model.encoder.layers:
        x = _convolved(layer.conv, x)
        np.clip(x, 0, None, out=x)
        norm = layer.norm  # (x - mean) / std * weight + bias, each step in place: the same operations in turn
        x -= norm.mean.array
        x /= norm.std.array
        x *= norm.weight.array
        x += norm.bias.array
        x[batch.pad_mask] = 0
    return x


def _convolved(conv, x: np.ndarray) -> np.ndarray:
    """slovnet's ``Conv1d`` along the sequence of ``x`` (batch × sequence × features)."""
    filters, features, width = conv.weight.shape
    out = np.matmul(windows(x, width, conv.padding), conv.weight.array.reshape(filters, features * width).T)
    out += conv.bias.array
    return out.reshape(x.shape[0], -1, filters)


def windows(x: np.ndarray, width: int, padding: int) -> np.ndarray:
    """The convolution's windows of ``x`` (batch × sequence × features) padded with ``padding`` zeros at
    either end: one row per window, its features, then its offsets (slovnet's order of the filters' weights),
    as ``sliding_window_view(padded, width, axis=1)`` reshaped, filled one offset at a time (a copy of whole
    feature rows, where the view's copy goes three values at a time)."""
    batch, length, features = x.shape
    steps = length + 2 * padding - width + 1
    out = np.empty((batch, steps, features, width), dtype=x.dtype)
    for offset in range(width):  # window ``s`` at ``offset`` reads ``x[s + offset - padding]``, a zero outside ``x``
        first = max(0, padding - offset)  # the first window whose row there is within ``x``
        last = min(steps, length + padding - offset)  # the window after the last one
        out[:, :first, :, offset] = 0
        out[:, last:, :, offset] = 0
        if first < last:
            out[:, first:last, :, offset] = x[:, first + offset - padding:last + offset - padding, :]
    return out.reshape(-1, features * width)


def _lengths(batch) -> list[int]:
    return (~batch.pad_mask).sum(-1).tolist()


def morph_tags(model, batch, words: np.ndarray | None = None) -> list[np.ndarray]:
    """The morphology tagger's tag ids of each sequence of ``batch``."""
    best = model.head.decode(model.head(encoded(model, batch, words)))
    return [best[i, :n] for i, n in enumerate(_lengths(batch))]


def parses(model, batch, words: np.ndarray | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """The syntax parser's head ids and relation ids of each sequence of ``batch``."""
    x = encoded(model, batch, words)
    mask = ~batch.pad_mask
    heads = model.head.decode(model.head(x), mask)
    rels = model.rel.decode(model.rel(x, heads), mask)
    return [(heads[i, :n], rels[i, :n]) for i, n in enumerate(_lengths(batch))]


def ner_tags(model, batch) -> list[np.ndarray]:
    """The NER tagger's tag ids of each sequence of ``batch`` (its CRF's best paths)."""
    return best_paths(model.head(encoded(model, batch)), ~batch.pad_mask, model.head.crf.transitions.array)


def best_paths(emissions: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """slovnet's ``CRF.decode``: for each sequence (batch × sequence × tags, ``mask`` true on its
    tokens) the tags of its best path."""
    batch_size, seq_len, _ = emissions.shape
    steps = emissions.swapaxes(1, 0)
    live = mask.swapaxes(1, 0)[:, :, None]
    full = int(mask.sum(-1).min()) if batch_size else 0  # steps where every sequence is still on
    score = steps[0]
    history = []
    for index in range(1, seq_len):
        scores = score[:, :, None] + transitions  # batch × from × to
        scores += steps[index][:, None, :]
        history.append(scores.argmax(-2))
        score = scores.max(-2) if index < full else np.where(live[index], scores.max(-2), score)
    back = np.stack(history, axis=1) if history else np.zeros((batch_size, 0, score.shape[-1]), dtype=np.int_)
    out = []
    for i, size in enumerate((mask.sum(-1) - 1).tolist()):
        best = int(score[i].argmax())
        tags = [best]
        for step in reversed(back[i, :size].tolist()):
            best = step[best]
            tags.append(best)
        tags.reverse()
        out.append(np.array(tags))
    return out
