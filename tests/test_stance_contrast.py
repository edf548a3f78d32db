"""Two sides' positions set against each other in one sentence (``X настаивает на A, Y считает …``, ``…, тогда как Y
не готов …``, ``…, а Y — на B``), on sentences written for these tests with invented persons: a divergence of the
first side with the second; none where the second clause is an attribution (``…, заявил Y``), no side follows, or
the clause after is the same side's."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Лима настаивает на арбитраже, Сантьяго считает достаточными двусторонние консультации.",
                 [("diverge", "Перу", "Чили")], id="insists_while_the_other_considers"),
    pytest.param("Лима настаивает на арбитраже, а Сантьяго — на двусторонних консультациях.",
                 [("diverge", "Перу", "Чили")], id="ellipsis_after_a_dash"),
    pytest.param("Братислава настаивает на сохранении транзита газа через территорию Чехии, тогда как Прага не готова "
                 "его продлевать.", [("diverge", "Словакия", "Чехия")], id="whereas"),
    pytest.param("Перу настаивает на пересмотре границы, заявил министр иностранных дел Чили Альберто ван Кларен.", [],
                 id="an_attribution"),
    pytest.param("Перу настаивает на пересмотре договора с Чили о границе.", [], id="no_second_clause"),
    pytest.param("Министр иностранных дел Перу настаивал, что Чили должна пересмотреть договор о границе.", [],
                 id="what_is_insisted_on"),
    pytest.param("«Наши партнеры из Боливии настаивали на арбитраже, мы — на консультациях», — сказал министр "
                 "иностранных дел Перу.", [], id="we_are_the_speaker"),
    pytest.param("Лима настаивает на арбитраже, Перу считает это важным.", [], id="the_same_side"),
])
def test_stance_of_contrasted_positions(run, text, expected):
    assert run(text) == expected
