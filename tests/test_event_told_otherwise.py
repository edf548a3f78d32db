"""Acts outlets tell in other words: a refusal told as an answer (``ответила отказом``)."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow


def test_a_refusal_told_as_an_answer(events):
    got = events("Министр иностранных дел Фиджи предложила провести консультации. Но Апиа ответила отказом.")
    assert "REJECT" in types(got), types(got)
    got = events("Гвинея попросила Сенегал выдать бывшего министра, однако Дакар ответил решительным отказом.")
    assert "REJECT" in types(got), types(got)
    got = events("Правительство Непала в очередной раз ответило отказом на предложение Индии о переговорах.")
    assert "REJECT" in types(got), types(got)
