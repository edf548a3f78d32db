"""A word of a name that a dictionary knows only as a plural form of a title (``Лам`` of ``лама``) is a word of the
name, not a title glued before it. Invented sentences."""
import pytest

from khronika import names


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


def test_plural_title():
    assert names.plural_title("Лам")
    assert not names.plural_title("Министр") and not names.plural_title("министра") and not names.plural_title("Лама")
    assert not names.plural_title("Президентов") and not names.plural_title("Министры")  # plurals with an ending


@pytest.mark.parametrize("text, name", [
    ("Вьетнамскую делегацию возглавил заместитель министра Лам Ван Хоа.", "Лам Ван Хоа"),
    ("По словам министра Лам Сокхона, стороны договорились о демаркации.", "Лам Сокхон"),
    ("Министр Лам Сокха прибыл в Бангкок.", "Лам Сокха"),
])
def test_lam_is_a_name(full, text, name):
    doc = full(text)
    assert name in {e.name for e in doc.entities if e.type == "person"}
    assert not any(r.position.startswith("лам") for r in doc.roles)
