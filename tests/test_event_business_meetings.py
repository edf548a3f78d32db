"""A meeting of a state's office with the people of companies (``с представителями компаний``, a compound of a
company's word: ``агрохолдингов``, ``энергокомпаний``) is no meeting of two sides (private.py).  Sentences written for
these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министерство торговли Вьетнама провело встречу с представителями компаний по вопросам экспорта риса в Лаос.",
    "Минэкономразвития Казахстана провело встречу с представителями агрохолдингов по поставкам зерна в Китай.",
    "Министр энергетики Марокко обсудил с руководителями энергокомпаний поставки газа в Испанию.",
    "Вице-премьер Грузии встретился с представителями автоконцернов, работающих в Турции.",
])
def test_a_meeting_with_companies_people_is_no_talks(types_of, text):
    assert "CONSULT" not in types_of(text)


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Вьетнама провел встречу с представителями Лаоса.",
    "Министр торговли Казахстана встретился с делегацией Китая.",
])
def test_a_meeting_with_a_states_people_is_talks(types_of, text):
    assert "CONSULT" in types_of(text)
