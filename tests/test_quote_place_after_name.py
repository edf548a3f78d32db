"""An unnamed spokesman of a body (``— подчеркнул представитель ведомства``) is the person the text names as the head
of its press office. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


def test_spokesman_is_the_head_of_the_press_office(run):
    _, quotes, _ = run("Посла Греции пригласили в министерство, уточнила руководитель пресс-службы МИД Армении "
                       "Лусине Петросян.\n\n«Такие шаги недопустимы между партнерами», — "
                       "добавил представитель ведомства.")
    assert ("Лусине Петросян", "Такие шаги недопустимы между партнерами", True) in quotes
