"""Sides called good or key neighbours (``добрые соседи``, ``надёжный сосед``, ``ключевой сосед``) or reliable
suppliers, investors, buyers (``X — надёжный поставщик соли``: the goods supplied are no one), and the speaker's side
acting "as" partners or neighbours (``мы прошли этот путь как добрые соседи``); a neighbour named by geography only is
none. Sentences written for these tests."""
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
    pytest.param("Министр иностранных дел Канады назвал Мексику «ключевым соседом» Канады.",
                 [("positive", "Канада", "Мексика")], id="a_key_neighbour"),
    pytest.param("«Казахстан — надежный поставщик урана, и мы рассчитываем на долгосрочные контракты», — сказал "
                 "министр энергетики Франции Аньес Панье-Рюнаше.", [("positive", "Аньес Панье-Рюнаше", "Казахстан")],
                 id="a_reliable_supplier_of_goods"),
    pytest.param("«Китай остается ответственным инвестором в регионе», — заявил президент Кении Уильям Кипкорир.",
                 [("positive", "Уильям Кипкорир", "Китай")], id="a_responsible_investor"),
    pytest.param("Газпром — крупнейший поставщик газа в Европу, сообщил аналитик.", [], id="the_largest_supplier"),
])
def test_stance_neighbours(run, text, expected):
    assert run(text) == expected
