"""Sides called good neighbours (``добрые соседи``, ``надёжный сосед``), and the speaker's side acting "as" partners
or neighbours (``мы прошли этот путь как добрые соседи``); a neighbour named by geography only is none. Sentences
written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("«Лаос и Вьетнам — добрые соседи», — сказал министр иностранных дел Лаоса.",
                 [("positive", "Лаос", "Вьетнам")], id="good_neighbours"),
    pytest.param("Министр иностранных дел Лаоса назвал Вьетнам надежным соседом.",
                 [("positive", "Лаос", "Вьетнам")], id="a_reliable_neighbour"),
    pytest.param("«Мы прошли этот путь как добрые соседи», — сказал министр иностранных дел Лаоса по итогам "
                 "переговоров с Вьетнамом.", [("positive", "Лаос", "Вьетнам")], id="we_as_good_neighbours"),
    pytest.param("Эстония и Латвия — ближайшие соседи, напомнил министр.", [], id="nearest_by_geography"),
])
def test_stance_neighbours(run, text, expected):
    assert run(text) == expected
