"""A verb of saying the parser left without a subject, a person named just before it in the nominative: the person
speaks, not the place or body after ``в`` (``Министр X заявила в сенате, что …``). And an unnamed spokesman of a body
(``— подчеркнул представитель ведомства``) is the person the text names as the head of its press office. Invented
sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


def test_named_minister_speaks_not_the_assembly(run):
    _, quotes, _ = run("Министр иностранных дел Фернанда Рохас на прошлой неделе заявила в Национальном конгрессе, "
                       "что Ла-Пас «остается приверженным переговорам» и вернется к ним весной.")
    assert [s for s, _q, _d in quotes] == ["Фернанда Рохас"]


def test_spokesman_is_the_head_of_the_press_office(run):
    _, quotes, _ = run("Как сообщил руководитель пресс-службы МИД Армении Лусине Петросян, в министерство был вызван "
                       "посол Греции.\n\n«Мы не раз обращали внимание коллег на недопустимость таких шагов», — "
                       "подчеркнул представитель внешнеполитического ведомства.")
    assert ("Лусине Петросян", "Мы не раз обращали внимание коллег на недопустимость таких шагов", True) in quotes
