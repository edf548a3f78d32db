"""The two sides expressing satisfaction together (``Стороны выразили удовлетворение ходом …``) hold besides a view they
share: a convergence between them; thanks go one way and are none. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow

TALKS = ("Министр иностранных дел Казахстана провел в Астане переговоры с министром иностранных дел Монголии. "
         "Казахстан и Монголия подписали соглашение о транзите.\n\n")


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_satisfaction_of_the_sides_is_a_convergence(run):
    found = run(TALKS + "Стороны выразили удовлетворение ходом сотрудничества в энергетике.")
    assert any(p == "converge" and {h, o} == {"Казахстан", "Монголия"} for p, h, o in found)
