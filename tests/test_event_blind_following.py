"""A state told to follow another's lead blindly (``слепо копирует решения``, ``пошла на поводу у``) is accused of it;
on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [e.type for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text", [
    "Руководство Сербии слепо копирует решения Брюсселя в ущерб национальным интересам.",
    "По словам Захаровой, Кишинев \"слепо следует\" указаниям Вашингтона.",
    "Официальный представитель МИД России заявила, что Рига в очередной раз пошла на поводу у Вашингтона.",
    "Правительство Черногории слепо выполняет директивы ЕС, заявил посол России.",
])
def test_following_another_state_blindly_is_an_accusation(found, text):
    assert found(text) == ["ACCUSE"]


def test_following_a_coach_blindly_is_no_event(found):
    assert found("Он слепо следовал за своим тренером.") == []
