"""A side that says it does not accept attempts of another (``не приемлет попыток``), does not recognise a ruling
(``не признаёт решения суда``) or cannot accept a state of affairs (``не можем принять, когда …``) holds a negative
stance. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def negative(stances):
    return [(h, o) for p, h, o in stances if p == "negative"]


def test_attempts_not_accepted(run):
    text = ("В заявлении МИД Вьетнама говорится, что Вьетнам «не приемлет попыток Китая превратить переговоры о "
            "рыболовстве в площадку для давления».")
    assert ("Вьетнам", "Китай") in negative(run(text))


def test_ruling_not_recognised(run):
    text = "Министр иностранных дел Чили заявил, что Чили не признает решения суда, вынесенного по иску Боливии."
    assert any(h == "Чили" for h, _ in negative(run(text)))


def test_state_of_affairs_not_accepted(run):
    text = ("Президент Кении Уильям Руто заявил, что Найроби не может принять, когда Эфиопия в одиночку решает "
            "судьбу общей реки.")
    assert any(h == "Кения" for h, _ in negative(run(text)))

