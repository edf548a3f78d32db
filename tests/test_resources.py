"""The models' loading: vocabularies shared across slovnet's packs hold what each pack holds."""
from natasha.data import NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
from slovnet.exec.pack import Pack

from khronika.resources import shared_vocabularies

NAMES = {NEWS_MORPH: ("word", "shape", "tag"), NEWS_SYNTAX: ("word", "shape", "rel"),
         NEWS_NER: ("word", "shape", "tag")}


def vocabularies() -> dict[tuple[str, str], object]:
    out = {}
    for path, names in NAMES.items():
        with Pack(path) as pack:
            out.update(((path, name), pack.load_vocab(name)) for name in names)
    return out


def test_shared_vocabularies_give_what_each_pack_gives_alone():
    alone = vocabularies()
    with shared_vocabularies():
        together = vocabularies()
    assert {k: v.items for k, v in together.items()} == {k: v.items for k, v in alone.items()}
    assert {k: v.item_ids for k, v in together.items()} == {k: v.item_ids for k, v in alone.items()}
    assert together[NEWS_MORPH, "word"] is together[NEWS_SYNTAX, "word"] is together[NEWS_NER, "word"]
    assert together[NEWS_MORPH, "tag"] is not together[NEWS_NER, "tag"]  # other items, a vocabulary of their own


def test_the_loader_is_slovnets_own_again_after():
    before = Pack.load_vocab
    with shared_vocabularies():
        assert Pack.load_vocab is not before
    assert Pack.load_vocab is before


def test_the_models_share_one_word_vocabulary(resources):
    infers = [m.infer for m in (resources.morph_tagger, resources.syntax_parser, resources.ner_tagger)]
    assert infers[0].encoder.words_vocab is infers[1].encoder.words_vocab is infers[2].encoder.words_vocab


def test_news_vectors_are_natashas_embedding_as_the_taggers_read_it(resources):
    from natasha import NewsEmbedding

    from khronika.resources import news_vectors

    natasha, ours = NewsEmbedding(), news_vectors()
    assert ours.meta.id == natasha.meta.id
    assert ours.pq.indexes.tobytes() == natasha.pq.indexes.tobytes()
    assert ours.pq.codes.tobytes() == natasha.pq.codes.tobytes() and ours.pq.codes.shape == natasha.pq.codes.shape
    for tagger in (resources.morph_tagger, resources.syntax_parser, resources.ner_tagger):
        word = tagger.infer.model.emb.word
        assert word.indexes.array.tobytes() == natasha.pq.indexes.tobytes()
        assert word.codes.array.tobytes() == natasha.pq.codes.tobytes()


def test_copies_packed_alike_but_for_their_time_are_unpacked_once(monkeypatch):
    import gzip

    from slovnet.exec import pack

    class Packed:  # a pack holding one vocabulary, gzipped at a given time
        def __init__(self, words: list[str], mtime: int):
            self.data = gzip.compress("\n".join(words).encode("utf8"), mtime=mtime)

        def read(self, name):
            return self.data

    unpacked = []
    monkeypatch.setattr(pack, "decompress", lambda data: unpacked.append(data) or gzip.decompress(data))
    with shared_vocabularies():
        a, b = (Pack.load_vocab(Packed(["<pad>", "мир", "дом"], t), "word") for t in (1_000, 2_000))
        c = Pack.load_vocab(Packed(["<pad>", "мир", "сад"], 1_000), "word")
    assert a is b and a.items == ["<pad>", "мир", "дом"] and c.items == ["<pad>", "мир", "сад"]
    assert len(unpacked) == 2
