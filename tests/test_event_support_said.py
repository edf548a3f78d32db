"""Support declared, spoken for or promised (``заявил о поддержке усилий X``, ``высказались в поддержку плана``,
``пообещал содействие``) and a standing kind attitude (``положительно относится к идее``, ``позитивно смотрит на
эту идею``) are SUPPORT; a negative attitude or support told as a topic is not.  Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Чехии заявил о поддержке усилий Загреба по вступлению в ОЭСР.",
    "Президенты Монголии и Казахстана высказались в поддержку плана урегулирования.",
    "Глава МИД Норвегии пообещал содействие в скорейшем возвращении рыбаков на родину.",
    "Дакар положительно относится к этой идее.",
    "Замминистра сказал, что литовская сторона позитивно смотрит на это предложение.",
])
def test_support_said_or_held_is_support(types_of, text):
    assert "SUPPORT" in types_of(text)


@pytest.mark.parametrize("text", [
    "Министр отрицательно относится к этой идее.",
    "Министр заявил, что поддержка Загреба будет продолжена.",
])
def test_a_negative_attitude_or_support_as_a_topic_is_none(types_of, text):
    assert "SUPPORT" not in types_of(text)
