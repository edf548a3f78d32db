"""An object with a demonstrative (``ценим эту позицию``, ``поддержала это предложение``) points back as a bare ``это``
does: the other side is the one side the sentence before names; two sides there, none. Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("«Сербия не раз доказывала, что способна проводить самостоятельную политику. Мы ценим эту позицию», "
                 "— заявил министр иностранных дел Белоруссии.", ("positive", "Белоруссия", "Сербия"),
                 id="this_position"),
    pytest.param("Марокканская сторона предложила создать рабочую группу по удобрениям. Индийская делегация "
                 "поддержала это предложение.", ("positive", "Индия", "Марокко"), id="this_proposal"),
    pytest.param("Правительство Камбоджи выслало двух дипломатов. Таиланд осудил такие действия.",
                 ("negative", "Таиланд", "Камбоджа"), id="such_acts"),
])
def test_pointing_object(stances_of, text, expected):
    assert expected in stances_of(text)


def test_the_side_of_its_own_sentence_first(stances_of):
    found = stances_of("Гватемала провела консультации с Мексикой. Белиз потребовал вывести патрули, однако "
                       "гватемальская сторона отклонила это требование.")
    assert ("negative", "Гватемала", "Белиз") in found, found


def test_two_sides_before_give_none(stances_of):
    found = stances_of("Парагвай и Уругвай договорились восстановить отношения. Аргентина приветствовала это решение.")
    assert ("positive", "Аргентина", None) in found
