"""Relations raised to a new level in a headline after a speaker's label (``X: Перу и Чили перешли на новый уровень
отношений``), parsed with no subject: the two sides named right before the verb. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_new_level_in_a_labelled_headline(run):
    text = ("Мендоса: Перу и Эквадор перешли на новый уровень отношений\n\n"
            "Лима, 4 мая. Министр иностранных дел Перу Лусия Мендоса провела переговоры в Кито.")
    found = [s for s in run(text) if s[0] == "positive"]
    assert any({s[1], s[2]} == {"Перу", "Эквадор"} for s in found)
