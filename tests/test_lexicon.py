"""The lexicon loader: word sets and tables read from data files, every broken file named with its line."""
import re

import pytest

from khronika import lexicon
from khronika.lexicon import Column, LexiconError


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.words.cache_clear()
    lexicon.table.cache_clear()
    yield lambda name, text: (tmp_path / name).write_text(text, encoding="utf-8")
    lexicon.words.cache_clear()
    lexicon.table.cache_clear()


def test_word_sets_run_over_lines(data):
    data("w.tsv", "# comment\nGREET\tпривет здравствуй\n\nGREET\tсалют\nBYE\tпока\n")
    sets = lexicon.words("w.tsv")
    assert sets["GREET"] == {"привет", "здравствуй", "салют"} and sets["BYE"] == {"пока"}


@pytest.mark.parametrize("text, problem", [
    ("A\tслово слово\n", "w.tsv:1: 'слово' is twice in set A"),
    ("# c\nA слово\n", "w.tsv:2: a line is 'SET<TAB>words'"),
])
def test_broken_word_sets_name_file_and_line(data, text, problem):
    data("w.tsv", text)
    with pytest.raises(LexiconError, match=re.escape(problem)):
        lexicon.words("w.tsv")


def test_missing_set_names_the_file(data):
    data("w.tsv", "A\tслово\n")
    with pytest.raises(LexiconError, match=r"w\.tsv: no word set 'B' \(it has A\)"):
        lexicon.words("w.tsv")["B"]


COLUMNS = (Column("lemma"), Column("type", choices=lexicon.PLOVER_TYPES), Column("pattern", required=False,
                                                                                convert=lexicon.regex))


def test_table_rows_convert_and_keep_their_line(data):
    data("t.tsv", "# header next\nlemma\ttype\tpattern\nвстреча\tCONSULT\t^встреч\nпротест\tPROTEST\n")
    rows = lexicon.table("t.tsv", COLUMNS, key=("lemma",))
    assert [(r["lemma"], r["type"], r.line) for r in rows] == [("встреча", "CONSULT", 3), ("протест", "PROTEST", 4)]
    assert rows[0]["pattern"].match("встречи") and rows[1].get("pattern") is None


@pytest.mark.parametrize("text, problem", [
    ("lemma\ttype\nвстреча\tMEET\n", "t.tsv:2: type 'MEET' is not one of"),
    ("lemma\ttype\nвстреча\tCONSULT\nвстреча\tAGREE\n", "t.tsv:3: duplicate entry 'встреча' (first on line 2)"),
    ("lemma\ttype\tpattern\nвстреча\tCONSULT\t(unclosed\n", "t.tsv:2: pattern '(unclosed'"),
    ("lemma\tkind\n", "t.tsv:1: header ['lemma', 'kind'] lacks ['type']"),
    ("lemma\ttype\n\tCONSULT\n", "t.tsv:2: column 'lemma' is empty"),
    ("lemma\ttype\nа\tAGREE\tб\tв\n", "t.tsv:2: 4 cells for 2 columns"),
])
def test_broken_tables_name_file_and_line(data, text, problem):
    data("t.tsv", text)
    with pytest.raises(LexiconError, match=re.escape(problem)):
        lexicon.table("t.tsv", COLUMNS, key=("lemma",))


def test_missing_file_is_named(data):
    with pytest.raises(LexiconError, match=r"khronika/data/none\.tsv: no such data file"):
        lexicon.words("none.tsv")


def _plain(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@pytest.mark.parametrize("words", [
    ["пн", "пон", "понедельник", "понедельника", "вт", "вторник", "вторника"],
    ["зимой", "зима", "зим", "з", "весной", "весна"],
    ["x.y", "x", "x+", "ab", "a"],
    ["Пт", "пт"],  # alike but for the case: the plain alternation, in the words' order
])
@pytest.mark.parametrize("flags", [0, re.I])
def test_an_alternation_as_a_tree_matches_as_the_words_would(words, flags):
    text = "Пн, ПОНЕДЕЛЬНИКА и понедельник; вторникам зимой, зима и весна. x.y x+ ab a xa. пТ"
    for around in ("(?:{})", r"(?<!\w)(?:{})(?!\w)", r"(?:{})(?=\W)", "(?:{})а"):
        tree = re.compile(around.format(lexicon.alternation(words)), flags)
        plain = re.compile(around.format(_plain(words)), flags)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
