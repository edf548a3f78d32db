"""``Об этом в пятницу, 14 марта, заявил X``: a time told between ``Об этом`` and the verb leaves the sentence before
X's words; the clause up to the comma is none. Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.parametrize("between", ["", " в пятницу, 14 марта,", " вечером в пятницу"])
def test_about_this_with_a_time_between(run, between):
    text = ("Рига решила выслать военного атташе Белоруссии до конца недели. Об этом" + between +
            " заявил официальный представитель МИД Латвии Арнис Калныньш.")
    _, quotes, _ = run(text)
    assert quotes == [("Арнис Калныньш", "Рига решила выслать военного атташе Белоруссии до конца недели", False)]
