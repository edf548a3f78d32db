"""A ministry of several fields listed with commas and closed by ``и`` is one position, whatever case its title is
in; a comma before another title still ends it (sentences invented for these tests)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, role", [
    ("Министр экономики, торговли и промышленности Кении Питер Камау заявил, что переговоры успешны.",
     ("Питер Камау", "министр экономики, торговли и промышленности", "Кения")),
    ("Министр провела встречу с министром сельского хозяйства, водных ресурсов и лесов Ганы Кофи Асанте.",
     ("Кофи Асанте", "министр сельского хозяйства, водных ресурсов и лесов", "Гана")),
])
def test_a_ministry_of_listed_fields_is_one_position(roles_of, text, role):
    assert role in roles_of(text)


def test_a_comma_before_another_title_ends_the_position(roles_of):
    found = roles_of("Министр обороны Кении, генерал армии Питер Камау заявил, что учения прошли.")
    assert not any(", генерал" in position for _, position, _ in found), found
