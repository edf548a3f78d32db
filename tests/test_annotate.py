import pytest

from khronika.records import Document, Source
from khronika.stages.annotate import AnnotateStage

pytestmark = pytest.mark.slow


def test_annotate_offsets_point_into_the_text(resources):
    text = "Глава МИД Бразилии Марсиу Тавейра прибыл в Анкару.\nПереговоры продлятся два дня."
    doc = AnnotateStage(resources)(Document.from_source(Source(path="x.txt", text=text)))
    assert len(doc.sentences) == 2
    for s in doc.sentences:
        assert text[s.start:s.stop] == s.text
        for t in s.tokens:
            assert text[t.start:t.stop] == t.text and t.pos and t.head_id is not None
    assert all(text[m.start:m.stop] == m.text for m in doc.ner)
    assert {m.type for m in doc.ner} >= {"PER", "LOC"}


def test_annotate_empty_text_gives_empty_annotation(resources):
    doc = AnnotateStage(resources)(Document.from_source(Source(path="x.txt", text="  \n ")))
    assert doc.sentences == () and doc.ner == ()


def test_annotate_blank_line_ends_a_sentence():
    from khronika.stages.annotate import ParagraphSegmenter

    text = "Визит отложен\n\nagency.ru, 3 мая\n\nМинистр прибыл в Рим. Переговоры начнутся завтра."
    sents = [(s.start, s.stop, s.text) for s in ParagraphSegmenter().sentenize(text)]
    assert [t for _, _, t in sents] == ["Визит отложен", "agency.ru, 3 мая", "Министр прибыл в Рим.",
                                        "Переговоры начнутся завтра."]
    assert all(text[a:b] == t for a, b, t in sents)


@pytest.mark.parametrize("dateline", ["БЕРЛИН, 4 июня. /Интерфакс/ - ", "БЕРЛИН, 4 июня 2025. /Интерфакс/. ",
                                      "БЕРЛИН, 4 июня — РИА Новости. ", "БЕРЛИН, 4 июня (Reuters) - "])
def test_annotate_dateline_is_a_sentence_of_its_own(dateline):
    from khronika.stages.annotate import ParagraphSegmenter

    text = (f"Глава МИД прибыл в Берлин\nПодробности визита\n{dateline}"
            "Министр прибыл в Берлин. Переговоры начнутся завтра.")
    sents = [(s.start, s.stop, s.text) for s in ParagraphSegmenter().sentenize(text)]
    assert all(text[a:b] == t for a, b, t in sents)
    assert "Министр прибыл в Берлин." in [t for _, _, t in sents]
    assert dateline.strip() in [t for _, _, t in sents]
    assert sents[0][2].startswith("Глава МИД прибыл в Берлин")


def test_annotate_a_parse_with_a_cycle_is_made_a_tree():
    from khronika.stages.annotate import acyclic

    # two words each other's head (as the parser once made "пленных" and "освобождены"), beside the root
    heads, rels = acyclic(["1", "2", "3", "4"], ["2", "0", "4", "3"], ["nsubj", "root", "obj", "acl"])
    assert heads == ["2", "0", "2", "3"] and rels == ["nsubj", "root", "obj", "acl"]
    heads, rels = acyclic(["1", "2"], ["2", "1"], ["obj", "acl"])  # no root at all: the cycle's word becomes it
    assert heads == ["0", "1"] and rels == ["root", "acl"]
    assert acyclic(["1", "2", "3"], ["0", "1", "2"], ["root", "obj", "amod"]) == (["0", "1", "2"],
                                                                                ["root", "obj", "amod"])


def test_no_stage_changes_the_features_every_token_of_a_tag_shares(pipeline, monkeypatch):
    """Every token of one tag holds one features dict (``annotate._pos_feats``), in every document read: a stage that
    changed a token's features would change them for all of them.  After the whole pipeline, each dict handed out is
    still its tag's features, and it is the very dict the tokens hold."""
    from khronika.stages import annotate

    real, handed = annotate._pos_feats, []

    def recorded(tag: str):
        got = real(tag)
        handed.append((tag, got[1]))
        return got

    monkeypatch.setattr(annotate, "_pos_feats", recorded)
    text = ("ОСЛО, 4 марта. Министр иностранных дел Норвегии Ингрид Сольхейм провела переговоры с коллегой из Чили.\n\n"
            "Стороны подписали меморандум и договорились провести следующее заседание комиссии в Сантьяго в мае. "
            "«Мы ждем новых шагов», — заявила она журналистам.")
    doc = pipeline(Document.from_source(Source(path="feats.txt", text=text)))
    held = {id(t.feats) for s in doc.sentences for t in s.tokens}
    assert handed and held <= {id(feats) for _, feats in handed}
    assert all(feats == dict(annotate.parse_conll_tag(tag)[1]) for tag, feats in handed)


@pytest.mark.parametrize("label", ["Коротко", "Кратко"])
def test_annotate_an_adverb_labelling_a_digest_line_is_a_sentence_of_its_own(label):
    from khronika.stages.annotate import ParagraphSegmenter

    text = f"Итоги недели.\n\n{label}: Эквадор в марте отозвал посла из Боливии."
    sents = [s.text for s in ParagraphSegmenter().sentenize(text)]
    assert sents == ["Итоги недели.", f"{label}:", "Эквадор в марте отозвал посла из Боливии."]


@pytest.mark.parametrize("text", ["Лавров: Россия готова к диалогу.", "Заявление: Эквадор отозвал посла."])
def test_annotate_a_name_or_a_noun_before_a_colon_stays_in_its_sentence(text):
    from khronika.stages.annotate import ParagraphSegmenter

    assert [s.text for s in ParagraphSegmenter().sentenize(text)] == [text]
