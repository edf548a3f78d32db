"""annotate.ner_spans: slovnet's spans of BIO tags over words found in the text, in one loop."""
import itertools

from slovnet.bio import bio_spans
from slovnet.token import find_tokens

from khronika.stages.annotate import ner_spans

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I", "B")


def slovnets(text, words, tags):
    return [(s.start, s.stop, s.type) for s in bio_spans(find_tokens(text, words), tags)]


def test_every_short_run_of_tags_gives_slovnets_spans():
    text = "Посол Чили  посол Чили — и  посол"  # repeated words, runs of spaces
    words = text.split()
    for n in range(len(words) + 1):
        for tags in itertools.product(TAGS, repeat=min(n, 4)):
            tags = list(tags) + ["I-PER"] * (n - len(tags))
            assert [(s.start, s.stop, s.type) for s in ner_spans(text, words, tags)] == slovnets(text, words, tags)


def test_fewer_tags_than_words_and_offsets_in_the_text():
    text = "Глава МИД Перу Хуан Кабрера прибыл в Осло."
    words = ["Глава", "МИД", "Перу", "Хуан", "Кабрера", "прибыл", "в", "Осло", "."]
    tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "B-LOC"]
    got = [(text[s.start:s.stop], s.type) for s in ner_spans(text, words, tags)]
    assert got == [("МИД Перу", "ORG"), ("Хуан Кабрера", "PER"), ("Осло", "LOC")]
    assert [(s.start, s.stop, s.type) for s in ner_spans(text, words, tags)] == slovnets(text, words, tags)
