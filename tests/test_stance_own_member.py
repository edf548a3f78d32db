"""A body's own leader is no other side of its stance: ``Партия X раскритиковала поездку: ее лидер Y назвал …``, ``…,
его председатель Y …``, ``их представитель Y``; a person named without such a possessive stays the other side.
Sentences written for these tests, invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, person", [
    pytest.param("Президент Эквадора посетил Лиму. Оппозиционная Партия обновления Эквадора раскритиковала поездку: "
                 "ее лидер Рамон Эстрада назвал визит «ошибкой».", "Рамон Эстрада", id="colon_her_leader"),
    pytest.param("Премьер Чили подписал соглашение с Боливией. Социалистическая партия Чили осудила соглашение, ее "
                 "председатель Игнасио Мальдонадо назвал договор «позором».", "Игнасио Мальдонадо",
                 id="comma_chairman"),
])
def test_the_holder_s_own_leader_is_no_other_side(run, text, person):
    assert not any(o == person for _, _, o in run(text))


def test_an_honorific_is_no_possessive(run):
    assert ("positive", "Министерство иностранных дел Мальты", "Лоренцо Кавалли") in run(
        "Министерство иностранных дел Мальты выражает глубокую признательность Его Превосходительству послу Лоренцо "
        "Кавалли за многолетнюю работу.")


def test_a_person_criticised_stays_the_other_side(run):
    assert ("negative", "Молдавия", "Ион Кэлина") in run("Премьер-министр Молдовы раскритиковал Иона Кэлину за "
                                                         "поездку в Москву.")
