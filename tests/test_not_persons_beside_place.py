"""One word read as a person's, joined by ``и``/``или`` to a word the document names as a place, is a place too; a
person joined to a person stays one. Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


def people(doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "person"}


@pytest.mark.parametrize("text, place", [
    ("Комиссия собралась в провинции Хуапхан. Хуапхан и Сайсаны в тот момент все еще восстанавливались после бури.",
     "Сайсаны"),
    ("Комиссия собралась в провинции Хуапхан. Хуапхан и Пхонсали в тот момент восстанавливались после паводка.",
     "Пхонсали"),
    ("Совещание прошло в провинции Кампот. Пострадали Кампот и Такео.", "Такео"),
])
def test_a_word_beside_a_place_is_a_place(full, text, place):
    assert place not in people(full(text)), people(full(text))


def test_a_person_beside_a_person_stays_one(full):
    doc = full("В переговорах участвовали министр Сомсак Пхонгсават и Бунтонг Читтамани из провинции Хуапхан.")
    assert "Бунтонг Читтамани" in people(doc), people(doc)
