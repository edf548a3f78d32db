"""An act said to do damage or harm (``шаг, который наносит ущерб двусторонним отношениям``, ``причиняют вред миру в
регионе``) is a negative stance of who says so towards whose act it is; negated, or an act of no side, none.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("«Камбоджа пошла на шаг, который наносит ущерб двусторонним отношениям», — заявила официальный "
                 "представитель МИД Таиланда.", ("negative", "МИД Таиланда", "Камбоджа"),
                 id="a_step_damages_relations"),
    pytest.param("Министр иностранных дел Египта заявил, что действия Эфиопии причиняют вред миру и стабильности "
                 "в регионе.", ("negative", "Египет", "Эфиопия"), id="acts_harm_peace"),
    pytest.param("Официальный представитель МИД Китая заявила, что меры Японии нанесли серьезный ущерб "
                 "сотрудничеству.", ("negative", "МИД Китая", "Япония"), id="past_serious_damage"),
])
def test_damage(stances_of, text, expected):
    assert expected in stances_of(text)


@pytest.mark.parametrize("text", [
    pytest.param("Министр иностранных дел Египта заявил, что меры Эфиопии не наносят ущерба отношениям.",
                 id="negated"),
    pytest.param("Наводнение нанесло серьезный ущерб экономике Италии.", id="no_one_says_it"),
])
def test_no_damage(stances_of, text):
    assert not [s for s in stances_of(text) if s[0] == "negative"]
