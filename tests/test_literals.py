"""``literals``: the words every match of an expression holds, and the gate that spares scanning a text without them."""
from __future__ import annotations

import re

import pytest

from khronika import format_names, format_rounds, formats, literals
from khronika.timex.patterns import _KINDS

SENTENCES = [
    "Пятый раунд консультаций по безопасности прошел в Лиме.",
    "МИНИСТРЫ ОБОРОНЫ ДВУХ СТРАН ВПЕРВЫЕ ВСТРЕТИЛИСЬ В ФОРМАТЕ «2+2».",
    "Совместная межправительственная комиссия по торговле соберется в сентябре 2031 года.",
    "Следующее, двенадцатое, заседание решено провести в Квито.",
    "Встреча стала уже третьей по счету, сообщил в понедельник источник.",
    "Погода в выходные будет теплой, а на прошлой неделе шли дожди.",
    "Делегации в третий раз обсудили маршрут через пролив.",
    "XIV Форум регионов откроется 3–5 ноября.",
    "Ничего не произошло.",
    "",
]


def _patterns() -> list[re.Pattern]:
    out = [row["pattern"] for row in format_names._PATTERNS] + [rx for _, rx in _KINDS]
    out += [k.pattern for k in formats.KINDS] + list(formats.GENERAL) + list(format_rounds._ROUND_TOLD)
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_text_an_expression_matches_is_always_scanned(sentence):
    hay = literals.haystack(sentence)
    for rx in _patterns():
        if rx.search(sentence):
            assert literals.may_match(rx, hay), rx.pattern


def test_the_words_every_match_holds():
    assert literals.needs(re.compile(r"(?:раунд|встреч)\w*\s+по", re.I)) == ("встреч", "раунд")
    assert literals.needs(re.compile(r"консультаци\w*|переговор\w*", re.I)) == ("консультаци", "переговор")
    assert literals.needs(re.compile(r"август|августа|августе")) == ("август",)  # the shortest of those it holds
    assert literals.needs(re.compile(r"\d+\s*(?:км)?")) is None  # a word that may be left out is not needed
    assert literals.needs(re.compile(r"(?<=саммит )\w+")) is None  # nor one a lookaround reads


def test_a_text_without_the_words_is_not_scanned():
    rx = re.compile(r"контактн\w+\s+групп\w*", re.I)
    assert not literals.may_match(rx, literals.haystack("Стороны договорились продолжить диалог."))
    assert literals.may_match(rx, literals.haystack("КОНТАКТНАЯ ГРУППА соберется вновь."))


@pytest.mark.parametrize(("pattern", "text"), [
    ("ix", "ıx"),  # the engine reads the dotless i as i, case folding does not
    ("in", "İn"),  # a capital I with a dot: one letter, two when folded
    ("вот", "ᲀот"),  # a Cyrillic letter's old form, folded to it
    ("σ", "ΑΣ"),  # a final sigma when lower-cased, not when folded
])
def test_letters_folded_otherwise_than_the_engine_reads_them(pattern, text):
    rx = re.compile(pattern, re.I)
    assert rx.search(text)
    assert literals.may_match(rx, literals.haystack(text))



@pytest.mark.parametrize("sentence", SENTENCES + ["Рабочая группа İzmir по торговле соберется вновь."])
def test_an_index_answers_as_each_expression_asked_alone(sentence):
    patterns = _patterns()
    hay = literals.haystack(sentence)
    expected = tuple(i for i, rx in enumerate(patterns) if literals.may_match(rx, hay))
    assert literals.Index(patterns).candidates(hay) == expected


def test_an_index_gives_the_expressions_of_the_words_a_text_holds_in_order():
    index = literals.Index([re.compile(r"комисси\w+", re.I), re.compile(r"\d+"), re.compile(r"саммит|форум", re.I)])
    assert index.candidates(literals.haystack("Форум прошел в Боготе.")) == (1, 2)
    assert index.candidates(literals.haystack("Делегации обсудили маршрут.")) == (1,)
    assert index.candidates(None) == (0, 1, 2)  # a text the literals cannot be looked for in: every expression


def test_literals_read_from_their_table_on_disk_are_those_read_from_the_pattern(tmp_path, monkeypatch):
    from khronika import regex_cache

    monkeypatch.setenv("KHRONIKA_CACHE", str(tmp_path))
    rx = re.compile(r"(?i)(?<!\w)(?:переговор\w*|встреч[аи])\s+в\s+(?:Женеве|Вене)")
    monkeypatch.setattr(literals, "_read", regex_cache.Table("literals", lambda: "test"))
    read = literals._literals(rx)
    assert read == literals._read_literals(rx) and read is not None
    literals._read.save()
    monkeypatch.setattr(literals, "_read", regex_cache.Table("literals", lambda: "test"))
    monkeypatch.setattr(literals, "_read_literals", lambda rx: pytest.fail("read again"))
    assert literals._literals(rx) == read
