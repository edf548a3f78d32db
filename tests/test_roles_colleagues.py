"""An official who meets the colleagues of a named country is of the document's other side (sentences written for
these tests)."""
import pytest

pytestmark = pytest.mark.slow



TWO_SIDES = " Словакия и Чехия подписали соглашение. Чехия и Словакия продолжат консультации."


@pytest.mark.parametrize("text, holder, position, country", [
    ("В Братиславе министр иностранных дел Петер Хорват провел переговоры со своим чешским коллегой." + TWO_SIDES,
     "Петер Хорват", "министр иностранных дел", "Словакия"),
    ("Министр обороны Петер Хорват и министр финансов Мирослав Ковач встретились с чешскими коллегами."
     + TWO_SIDES, "Мирослав Ковач", "министр финансов", "Словакия"),
    ("Премьер-министр Петер Хорват обсудил с коллегой из Чехии вопросы энергетики." + TWO_SIDES,
     "Петер Хорват", "премьер-министр", "Словакия"),
    ("Министр иностранных дел Ян Новак провел переговоры со словацким коллегой Петером Хорватом." + TWO_SIDES
     + " Чехия ждет. Китай наблюдает. Китай молчит.", "Ян Новак", "министр иностранных дел", "Чехия"),
])
def test_who_meets_colleagues_of_a_country_is_of_the_other_side(roles, text, holder, position, country):
    found = roles(text)
    assert (holder, position, country) in found, found


def test_the_colleague_himself_is_not_given_the_other_side(roles):
    found = roles("Министр иностранных дел Ян Новак провел переговоры со словацким коллегой Петером Хорватом."
                  + TWO_SIDES)
    assert ("Петер Хорват", "министр иностранных дел", "Чехия") not in found, found


def test_no_side_when_two_others_are_named_as_often(roles):
    found = roles("Министр иностранных дел Петер Хорват встретился с чешским коллегой. Чехия и Словакия спорят."
                  " Польша и Словакия согласны. Польша молчит.")
    assert ("Петер Хорват", "министр иностранных дел", None) in found, found
