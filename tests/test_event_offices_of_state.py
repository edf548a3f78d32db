"""An office of a state whose body's name is capitalised (``секретарь Совета безопасности``) makes its holder a state's
official, an actor of diplomacy when the text names him by his surname alone later (invented sentences)."""
import pytest

from khronika.stages.roles.lexicon import is_national

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("position", ["секретарь Совета безопасности", "секретарь совета безопасности"])
def test_the_secretary_of_a_security_council_is_an_office_of_a_state(position):
    assert is_national(position)


def test_a_secretary_named_by_his_surname_supports_a_proposal(events):
    found = events("Секретарь Совета безопасности Армении Томас Акопян провел переговоры в Тбилиси. Грузинская сторона "
                   "предложила провести в Батуми конференцию по безопасности. Акопян поддержал эту инициативу.")
    assert "SUPPORT" in [e.type for e in found]
