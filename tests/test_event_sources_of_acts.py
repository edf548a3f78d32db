"""Who acts in an act told by a noun predicated of its object (``X объявил дипломата персоной нон грата``), by a side
named by its adjective (``литовская сторона объявляет …``), and who does not (``вызван эстонский дипломат``: the
passive's subject is its target) (invented news)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def roles(lima_news):
    def go(text, type_):
        doc = lima_news(text)
        names = {e.id: e.name for e in doc.entities}
        return [{names.get(p.entity, p.entity): p.role for p in e.participants} for e in doc.events if e.type == type_]
    return go


@pytest.mark.parametrize("text, source", [
    ("Министр иностранных дел Эстонии Маргус Цахкна объявил первого секретаря посольства Латвии Яниса Берзиньша "
     "персоной нон грата.", "Эстония"),
    ("Как сообщили в МИД, литовская сторона объявляет советника посольства Латвии Яниса Берзиньша персоной нон грата "
     "и требует, чтобы он покинул территорию Литвы в течение 72 часов.", "Литва"),
])
def test_the_side_that_declares_a_diplomat_unwelcome_is_the_source(roles, text, source):
    found = roles(text, "SANCTION")
    assert found and found[0][source] == "source"
    assert found[0]["Латвия"] != "source"


def test_the_country_of_a_summoned_envoy_is_no_source(roles):
    found = roles("Вильнюс ответил Риге: посол отозван, в МИД вызван латвийский дипломат", "PROTEST")
    assert found and found[0].get("Латвия") != "source"


def test_the_country_of_a_diplomat_declared_unwelcome_in_the_passive_is_the_target(roles):
    found = roles("Сотрудник посольства Эстонии в Москве объявлен персоной нон грата.", "SANCTION")
    assert found and found[0]["Эстония"] == "target"


def test_who_tells_a_decision_to_declare_a_diplomat_unwelcome_is_the_source(roles):
    found = roles("Министерство иностранных дел Эстонии в пятницу вызвало посла Латвии и сообщило ему о решении "
                  "объявить персонами нон грата двух сотрудников латвийского посольства в Таллине.", "SANCTION")
    assert found and found[0]["Эстония"] == "source"
