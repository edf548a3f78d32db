"""A lone capital letter in a name: the last word of a Burmese name (``Тин Маунг У``) and a Burmese honorific opening
one (``У Мин Тхейн``) are words of it, not a patronymic's initial. Invented sentences."""
import pytest

from khronika import names


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


def people(doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "person"}


def test_a_lone_letter_is_no_patronymic():
    assert not names.is_patronymic("У") and not names.is_patronymic("А.")
    assert names.is_patronymic("Иванович") and names.is_patronymic("Петровна")


@pytest.mark.parametrize("text, name", [
    ("Делегацию армии возглавил генерал-майор Тин Маунг У.", "Тин Маунг У"),
    ("С речью выступил заместитель министра торговли Чжо Мин У.", "Чжо Мин У"),
    ("На переговорах присутствовал заместитель министра иностранных дел У Мин Тхейн.", "У Мин Тхейн"),
])
def test_a_burmese_name_keeps_its_one_letter_word(full, text, name):
    assert name in people(full(text)), people(full(text))


@pytest.mark.parametrize("text, name", [
    ("Министр Сергей Иванович Петров заявил о росте торговли.", "Сергей Петров"),
    ("Документ подписали С.В.Петров и послы.", "Петров"),
])
def test_russian_names_with_patronymics_and_initials_read_as_before(full, text, name):
    assert name in people(full(text)), people(full(text))


def test_two_letters_for_a_j_are_one_initial(full):
    assert names.INITIAL.match("Дж.") and not names.INITIAL.match("Ди.")
    doc = full("Заместитель министра иностранных дел Кении Дж.Окелло провел консультации в Москве.")
    assert people(doc) == {"Окелло"}
    both = full("Министр Джон Окелло прибыл в Москву. Дж. Окелло провел консультации.")
    assert people(both) == {"Джон Окелло"}


def test_a_surname_after_a_j_initial_joins_the_one_full_name_with_that_initial():
    from khronika.resolve import initials_of, surname_links

    assert initials_of(["Дж.Окелло"]) == initials_of(["Дж. Окелло"]) == {"д"}
    persons = [{"id": "e:1", "name": "Джон Окелло"}, {"id": "e:2", "name": "Питер Окелло"},
               {"id": "e:3", "name": "Окелло", "aliases": ["Дж.Окелло"]}]
    assert surname_links(persons) == {"e:3": "e:1"}
