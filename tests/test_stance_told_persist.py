"""A disagreement someone tells persists (``посредник отметил, что противоречия остаются``) is between the two sides
of the text, the teller's own side left aside when he is a mediator named as often as they are. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_divergence_told_by_a_mediator_is_between_the_two_sides(run):
    text = ("Делегации Эстонии и Латвии провели в Хельсинки третий раунд консультаций о морской границе. Модератором "
            "выступил министр иностранных дел Финляндии Пекка Хаависто. Эстония и Латвия условились обменяться "
            "картами, Эстония передаст свои предложения до лета.\n\n"
            "По итогам встречи Хаависто отметил, что противоречия по ключевым пунктам остаются.")
    diverge = [s for s in run(text) if s[0] == "diverge"]
    assert diverge and {diverge[0][1], diverge[0][2]} == {"Эстония", "Латвия"}


def test_divergence_told_by_one_of_the_sides_is_with_the_other(run):
    text = ("Министр иностранных дел Эстонии Тынис Пялль принял в Таллине латвийского коллегу Байбу Озолу. "
            "Эстония и Латвия подписали соглашение о связи, Латвия пригласила эстонскую делегацию в Ригу.\n\n"
            "Пялль отметил, что противоречия по вопросу рыболовных квот остаются.")
    diverge = [s for s in run(text) if s[0] == "diverge"]
    assert diverge and diverge[0][2] == "Латвия"


def test_divergence_told_by_a_host_named_most_is_between_the_pair_met_before(run):
    text = ("Представители Армении и Азербайджана Арам Петросян и Эльчин Мамедов провели в Женеве "
            "переговоры о разминировании.\n\n"
            "Встречу вел посредник Урс Келлер. Швейцария готова и дальше принимать переговоры, "
            "сказал Келлер, Швейцария предложила и своих экспертов.\n\n"
            "Келлер добавил, что противоречия по линии границы остаются.")
    diverge = [s for s in run(text) if s[0] == "diverge"]
    assert diverge and {diverge[0][1], diverge[0][2]} == {"Армения", "Азербайджан"}
