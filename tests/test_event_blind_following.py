"""A state told to follow another's lead blindly (``слепо копирует решения``, ``слепо следует``) or called a regime
(``назвал власти X «режимом»``) is accused of it; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [e.type for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text", [
    "Руководство Македонии слепо копирует директивы Евросоюза, забывая о собственных интересах.",
    "По словам Захаровой, Кишинев \"слепо следует\" указаниям Вашингтона.",
    "Официальный представитель МИД России заявила, что Рига в очередной раз слепо повторяет решения Вашингтона.",
    "Правительство Черногории слепо выполняет директивы ЕС, заявил посол России.",
])
def test_following_another_state_blindly_is_an_accusation(found, text):
    assert found(text) == ["ACCUSE"]


def test_following_a_coach_blindly_is_no_event(found):
    assert found("Он слепо следовал за своим тренером.") == []


@pytest.mark.parametrize("text", [
    "Глава МИД Литвы назвал правительство Белоруссии «режимом, захватившим власть силой».",
    "Президент Франции называет военное правительство Нигера хунтой.",
])
def test_calling_a_government_a_regime_is_an_accusation(found, text):
    assert found(text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Министр заявил, что режим прекращения огня нарушен.",
    "Министр назвал безвизовый режим с Грузией важным достижением.",
])
def test_a_regime_that_is_no_name_called_is_no_accusation(found, text):
    assert "ACCUSE" not in found(text)
