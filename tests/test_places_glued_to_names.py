"""A place of the document the tagger glued before a person's name (``министр по делам Ровниля Тамо Рамоди``) is
no word of a name: the place alone elsewhere stays a place, in any case form of a name in -ь (invented sentences)."""
import pytest

pytestmark = pytest.mark.slow


def persons(doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "person"}


def test_a_place_glued_before_a_name_is_a_place_where_it_stands_alone(annotate):
    found = persons(annotate("Главный министр Ровиля Тамо Рамоди назвал карту провокацией. Эту карту опубликовали "
                             "в штате Ровиль. Народ Ровиля высказался в 1963 году."))
    assert found == {"Тамо Рамоди"}, found


def test_a_place_in_soft_sign_is_one_place_in_its_case_forms(annotate):
    found = persons(annotate("Автономное правительство Ровниля и правительство Кении провели переговоры. Министр по "
                             "делам Ровниля Тамо Рамоди заявил, что график согласован. Ровниль считает достаточным "
                             "простое большинство."))
    assert found == {"Тамо Рамоди"}, found


def test_a_place_glued_before_a_name_is_what_the_title_is_of(roles):
    found = roles("Главный министр Ровиля Тамо Рамоди назвал карту провокацией. Эту карту опубликовали в штате "
                  "Ровиль.")
    assert ("Тамо Рамоди", "главный министр", "Ровиль") in found, found
