"""``morph.inflections``: a reading inflected to several sets of grammemes as pymorphy3's ``inflect`` does it,
form by form (the lexeme built once)."""
import pytest

from khronika import morph

WANTED = [{"nomn"}, {"gent"}, {"datv"}, {"accs"}, {"ablt"}, {"loct"}, {"plur"}, {"gent", "plur"}, {"loc2"},
          {"gen2"}, {"voct"}, {"femn"}, {"past"}, {"impr"}]


@pytest.mark.parametrize("word", ["делегация", "соглашению", "посольства", "министром", "переговоров", "лесу",
                                  "чаю", "пришли", "заявила", "новыми", "дней", "острова", "вице-спикер",
                                  "небывалость", "крякозябра", "три", "нём"])
def test_inflections_are_pymorphys_one_by_one(word):
    for parse in morph.parses(word):
        assert morph.inflections(parse, [set(g) for g in WANTED]) == [parse.inflect(set(g)) for g in WANTED]


def test_inflections_of_nothing_wanted():
    assert morph.inflections(morph.parses("договор")[0], []) == []


def test_morph_analyzer_reads_the_dictionary_pymorphy3_would_find():
    from pymorphy3.analyzer import lang_dict_path

    analyzer = morph.analyzer()
    assert (analyzer.dictionary.path, analyzer.lang) == (lang_dict_path("ru"), "ru")
    assert morph.lemma("переговорах") == "переговоры"


def test_fold_folds_every_kind_of_white_space_as_the_regular_expression_does():
    import re
    import sys

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c)))
    assert spaces == "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    short = f" Посол\u00a0Перу{spaces}вручил  грамоты\t"
    for text in (short, short * 5, "Ёжик\r\n\n ЗАЯВИЛ: «Всё»  ", "", " \u2003 ", "а"):
        expected = re.sub(r"\s+", " ", text.replace("ё", "е").replace("Ё", "Е")).strip().lower()
        assert morph.fold(text) == expected
    assert morph.fold(short * 5) == "посол перу вручил грамоты " * 4 + "посол перу вручил грамоты"
