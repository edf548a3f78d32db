"""A state office without a country of a person whose other offices in the document are of one country (sentences
written for these tests)."""
import pytest

pytestmark = pytest.mark.slow


def test_roles_office_without_a_country_takes_the_persons_only_side(roles):
    found = roles("Министр иностранных дел Казахстана Ержан Абенов прибыл в Ашхабад. Заместитель председателя Кабинета "
                  "министров Ержан Абенов провел переговоры с коллегой.")
    assert ("Ержан Абенов", "заместитель председателя Кабинета министров", "Казахстан") in found, found
