"""Two sides together for the same thing (``X и Y выступают за …``, ``Министры … высказались за …``, ``будут
поддерживать инициативы друг друга``) converge; one side alone, a description (``силы, выступающие за …``) or the
negation is none. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Москва и Пекин выступают за многополярный мир.", [("converge", "Россия", "Китай")],
                 id="coordinated_subject"),
    pytest.param("Министры иностранных дел Египта и Кении провели переговоры в Каире. Министры также осудили насилие "
                 "в Ливии и высказались за отмену торговых пошлин.",
                 [("converge", "Египет", "Кения")], id="the_ministers_of_the_talks"),
    pytest.param("Индия и Бразилия будут поддерживать инициативы друг друга в международных организациях.",
                 [("converge", "Индия", "Бразилия")], id="each_others_candidacies"),
    pytest.param("Министры иностранных дел Египта и Мексики провели переговоры в Каире. Обе страны добиваются членства "
                 "в Совете по правам человека и, как отмечается в коммюнике, «будут поддерживать инициативы друг "
                 "друга».", [("converge", "Египет", "Мексика")], id="the_verb_before_the_conjunction"),
    pytest.param("Россия выступает за диалог с Индией.", [], id="one_side_alone"),
    pytest.param("Мексика поддержит своего давнего друга Перу на саммите.", [("positive", "Мексика", "Перу")],
                 id="a_friend_supported_is_no_joint_position"),
    pytest.param("Сторонники партии, выступающие за выход из ЕС, собрались в Лондоне.", [], id="a_description"),
    pytest.param("Япония и Южная Корея не выступают за отмену санкций.", [], id="negated"),
])
def test_stance_advocate(run, text, expected):
    assert run(text) == expected
