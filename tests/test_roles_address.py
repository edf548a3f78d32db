"""A form of address between a title and the name (``д-р``, ``доктор``, ``господин``) is no word of the position."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, person", [
    ("Министр иностранных дел Кении д-р Альфред Мутуа прибыл в Дели с визитом.", "Альфред Мутуа"),
    ("Министр иностранных дел Кении доктор Альфред Мутуа прибыл в Дели с визитом.", "Альфред Мутуа"),
    ("В Дели прошла встреча с министром иностранных дел Кении доктором Альфредом Мутуа.", "Альфред Мутуа"),
    ("В Дели прошла встреча с министром иностранных дел Кении господином Альфредом Мутуа.", "Альфред Мутуа"),
])
def test_roles_form_of_address_before_the_name_leaves_the_position(roles, text, person):
    found = roles(text)
    assert (person, "министр иностранных дел", "Кения") in found, found
    assert not any(name == person and pos != "министр иностранных дел" for name, pos, _ in found), found
