"""The annotate stage on several documents at once: natasha's models run on the sentences of all of
them in batches of similar length, and each document gets what it gets alone."""
import pytest

from khronika.records import Document, Source
from khronika.stages.annotate import AnnotateStage, by_length

TEXTS = [
    "Министр иностранных дел Бразилии Марсиу Тавейра прибыл в Анкару.\n\nПереговоры с турецким коллегой "
    "продлятся два дня, сообщили в посольстве.",
    "Визит отложен",
    "",
    "ОТТАВА, 4 апреля. Премьер-министр Канады заявил журналистам: «Мы готовы продолжить диалог с "
    "Мексикой по вопросам торговли». Следующий раунд консультаций намечен на осень. Стороны обсудят "
    "поставки зерна, энергетику и сотрудничество в Арктике, а также подготовку визита в Оттаву.",
    "Делегация Норвегии во главе с государственным секретарём провела в Хельсинки консультации по "
    "безопасности в Балтийском регионе " + "ж" * 2100 + " и договорилась встретиться снова.",
    "   \n ",
]


def test_by_length_keeps_each_batch_within_its_budget_and_every_item_once():
    sizes = [5, 1, 40, 0, 3, 3, 120, 7]
    batches = by_length(sizes, 20)
    assert sorted(i for b in batches for i in b) == [i for i, s in enumerate(sizes) if s]  # an empty item: none
    assert all(len(b) * max(sizes[i] for i in b) <= 20 or len(b) == 1 for b in batches)
    assert [sizes[i] for b in batches for i in b] == sorted(s for s in sizes if s)  # by length
    assert by_length([], 20) == []



def test_by_length_pads_little_where_a_batch_costs_more_than_its_padding():
    # twenty one-word lines and a long sentence: padding the lines to 30 words costs more than a second batch
    assert by_length([1] * 20 + [30], 1024) == [list(range(20)), [20]]
    assert by_length([30] + [1] * 20, 1024) == [list(range(1, 21)), [0]]
    # two sentences of nearly one length: one batch, its padding cheaper than running a second one
    assert by_length([4, 3], 1024) == [[1, 0]]
    assert by_length([1] * 20 + [30], 1024, cost=1000) == [[*range(20), 20]]

@pytest.mark.slow
def test_documents_annotated_together_get_what_each_gets_alone(resources):
    stage = AnnotateStage(resources)
    docs = [Document.from_source(Source(path=f"{i}.txt", text=t)) for i, t in enumerate(TEXTS)]
    together = stage.many(docs)
    assert together == [stage(d) for d in docs]
    assert together[2].sentences == () and together[5].ner == ()
    assert len(together[3].sentences) == 4 and {m.type for m in together[3].ner} >= {"LOC"}
    tokens = [t for s in together[4].sentences for t in s.tokens]
    assert all(t.pos and t.head_id and t.lemma for t in tokens)  # a cut token (over 2000 characters) too


@pytest.mark.slow
def test_the_batch_budget_does_not_change_the_annotation(resources):
    import dataclasses

    from khronika.settings import DEFAULT

    docs = [Document.from_source(Source(path=f"{i}.txt", text=t)) for i, t in enumerate(TEXTS)]
    small = dataclasses.replace(DEFAULT, annotate=dataclasses.replace(DEFAULT.annotate, sentence_tokens=16,
                                                                      text_tokens=16))
    assert AnnotateStage(resources, small).many(docs) == AnnotateStage(resources).many(docs)


@pytest.mark.slow
def test_annotation_is_what_natashas_doc_gives(resources):
    """The models run on our segmentation's words as natasha's ``Doc`` runs them on one document."""
    from natasha import Doc

    from khronika.stages.annotate import ParagraphSegmenter

    stage = AnnotateStage(resources)
    for text in (TEXTS[0], TEXTS[3], TEXTS[0]):  # again: the normal forms remembered (annotate.normal_form)
        nd = Doc(text)
        nd.segment(ParagraphSegmenter())
        nd.tag_morph(resources.morph_tagger)
        nd.parse_syntax(resources.syntax_parser)
        nd.tag_ner(resources.ner_tagger)
        for span in nd.spans:
            span.normalize(resources.morph_vocab)
        ours = stage(Document.from_source(Source(path="x.txt", text=text)))
        tokens = [(t.start, t.stop, t.id, t.pos, t.feats, t.head_id, t.rel) for s in ours.sentences for t in s.tokens]
        assert tokens == [(t.start, t.stop, t.id, t.pos, t.feats or {}, t.head_id, t.rel)
                          for s in nd.sents for t in s.tokens]
        assert [(m.start, m.stop, m.type, m.normal) for m in ours.ner] == [
            (s.start, s.stop, s.type, s.normal or None) for s in nd.spans]


@pytest.mark.slow
def test_nets_give_slovnets_tags_parses_and_ner_tags_bit_for_bit(resources):
    """``nets.py`` computes slovnet's models with fewer copies: on a padded batch of sentences of several
    lengths (one of a single word) the ids are slovnet's own, to the last one."""
    import numpy as np

    from khronika.stages import nets

    words = [t.split() for t in TEXTS if t.strip()] + [["Визит"], "Москва , 4 апреля .".split()]
    for tagger, ours in ((resources.morph_tagger, nets.morph_tags), (resources.syntax_parser, nets.parses),
                         (resources.ner_tagger, nets.ner_tags)):
        infer = tagger.infer
        batch = infer.encoder.input([infer.encoder.item(w) for w in words])
        theirs = list(infer.model.head.crf.decode(infer.model(batch.word_id, batch.shape_id, batch.pad_mask),
                                                  ~batch.pad_mask) if ours is nets.ner_tags else
                      infer.process([batch]))
        mine = ours(infer.model, batch)
        assert len(mine) == len(theirs) == len(words)
        for a, b in zip(mine, theirs):
            assert all(np.array_equal(x, y) for x, y in zip(a, b)) if isinstance(a, tuple) else np.array_equal(a, b)
