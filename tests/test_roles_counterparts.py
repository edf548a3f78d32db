"""A head of government without a country beside his counterpart of the other side, under another name of the same
office (sentences written for these tests)."""
import pytest

from khronika.stages.roles.lexicon import counterparts

pytestmark = pytest.mark.slow


def test_counterparts_are_one_office_or_two_names_of_the_head_of_a_government():
    assert counterparts("канцлер", "премьер-министр") and counterparts("посол", "посол")
    assert not counterparts("канцлер", "министр иностранных дел")


def test_roles_chancellor_beside_a_prime_minister_of_the_other_side(roles):
    found = roles("Австрия и Чехия подписали соглашение. Соглашение подписали канцлер Карл Вебер и премьер-министр "
                  "Чехии Ян Новак в Вене. Чехия и Австрия договорились продолжить работу.")
    assert ("Карл Вебер", "канцлер", "Австрия") in found, found
    assert ("Ян Новак", "премьер-министр", "Чехия") in found, found
