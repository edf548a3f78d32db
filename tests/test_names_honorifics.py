"""A Malay honorific before a name (``Датук Сери``, ``Датин``) is no part of the name nor of
the position before it (sentences written for these tests)."""
import pytest

pytestmark = pytest.mark.slow


def _persons(pipeline, text):
    from khronika.records import Document, Source

    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    ents = {e.id: e for e in doc.entities}
    return {ents[m.entity].name for m in doc.mentions if m.type == "PER" and m.entity in ents}


def test_a_malay_honorific_of_two_words_is_no_part_of_the_name_nor_of_the_position(pipeline, roles):
    text = "Премьер-министр Малайзии Датук Сери Амран Юсоф провел переговоры с президентом Индонезии."
    assert _persons(pipeline, text) == {"Амран Юсоф"}
    assert ("Амран Юсоф", "премьер-министр", "Малайзия") in roles(text)
    assert _persons(pipeline, "Делегацию сопровождала Датин Сити Рамли.") == {"Сити Рамли"}


def test_an_honorific_the_tagger_parts_from_the_name_is_no_person(pipeline):
    text = "Глава МИД Датук Сери Утама Хаджи Амран Хаджи Юсоф, выступая в парламенте, заявил о поддержке."
    assert _persons(pipeline, text) == {"Амран Хаджи Юсоф"}


def test_a_bhutanese_honorific_in_any_case_is_no_part_of_the_name_nor_of_the_position(pipeline, roles):
    text = "Министр экономики и торговли Лёнпо Карма Дорджи Вангди провел переговоры с делегацией Индии."
    assert _persons(pipeline, text) == {"Карма Дорджи Вангди"}
    assert any(r[0] == "Карма Дорджи Вангди" and r[1] == "министр экономики и торговли" for r in roles(text))
    text = "Делегация была принята премьер-министром Лёнченом Таши Пенджором."
    assert _persons(pipeline, text) == {"Таши Пенджор"}
