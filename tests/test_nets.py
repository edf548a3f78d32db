"""``nets.py``'s convolution windows and encoder: the very numbers of the plain formulas they replace."""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from khronika.stages import nets


def reference_windows(x: np.ndarray, width: int, padding: int) -> np.ndarray:
    padded = np.pad(x, ((0, 0), (padding, padding), (0, 0)))
    return sliding_window_view(padded, width, axis=1).reshape(-1, x.shape[2] * width)


def test_windows_are_the_sliding_windows_of_the_padded_input():
    x = np.random.default_rng(3).standard_normal((4, 7, 5)).astype(np.float32)
    for width, padding in ((3, 1), (1, 0), (5, 2), (3, 0)):
        ours = nets.windows(x, width, padding)
        assert ours.dtype == x.dtype and ours.tobytes() == reference_windows(x, width, padding).tobytes()


def reference_encoded(model, batch) -> np.ndarray:
    """The encoder as the plain formulas write it: a new array at every step."""
    x = np.concatenate((model.emb.word(batch.word_id), model.emb.shape(batch.shape_id)), axis=-1)
    for layer in model.encoder.layers:
        filters, features, width = layer.conv.weight.shape
        windows = reference_windows(x, width, layer.conv.padding)
        x = np.matmul(windows, layer.conv.weight.array.reshape(filters, features * width).T) + layer.conv.bias.array
        x = x.reshape(batch.word_id.shape[0], -1, filters).clip(0)
        norm = layer.norm
        x = (x - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
        x[batch.pad_mask] = 0
    return x


def test_the_encoder_computes_the_plain_formulas_bit_for_bit(resources):
    words = [s.split() for s in ("Министр иностранных дел России провёл переговоры в Токио .",
                                 "Визит", "Москва , 4 апреля .")]
    for tagger in (resources.morph_tagger, resources.syntax_parser, resources.ner_tagger):
        infer = tagger.infer
        batch = infer.encoder.input([infer.encoder.item(w) for w in words])
        assert nets.encoded(infer.model, batch).tobytes() == reference_encoded(infer.model, batch).tobytes()


def test_navec_vectors_are_slovnets_lookup(resources):
    for tagger in (resources.morph_tagger, resources.syntax_parser, resources.ner_tagger):
        emb = tagger.infer.model.emb.word
        ids = np.random.default_rng(7).integers(0, emb.indexes.array.shape[0], size=(5, 9))
        ids[0, :3] = emb.indexes.array.shape[0] - 1  # the padding word
        ours = nets.navec_vectors(emb.indexes.array, emb.codes.array, ids)
        assert ours.dtype == emb(ids).dtype and ours.shape == emb(ids).shape
        assert ours.tobytes() == emb(ids).tobytes()


def test_best_paths_are_slovnets_crf_decode(resources):
    crf = resources.ner_tagger.infer.model.head.crf
    rng = np.random.default_rng(11)
    for batch, length in ((1, 40), (3, 25), (5, 12), (2, 1)):
        emissions = rng.standard_normal((batch, length, crf.transitions.array.shape[0])).astype(np.float32)
        lengths = rng.integers(1, length + 1, size=batch)
        lengths[0] = length
        mask = np.arange(length)[None, :] < lengths[:, None]
        ours = nets.best_paths(emissions, mask, crf.transitions.array)
        theirs = crf.decode(emissions, mask)
        assert [p.tolist() for p in ours] == [p.tolist() for p in theirs]
