"""Access to detainees granted is a concession (``предоставлен консульский доступ``, ``предоставили доступ к
задержанному``), and the detainee a preposition takes (``доступ к задержанному``) names a person, no detention; a
promise (``пообещала увеличить число инспекторов``) is support, and a promised answer a threat, no support.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Вечером власти Мальты предоставили тунисскому консулу доступ к задержанному.",
    "Рыбакам из Сенегала предоставлен консульский доступ, сообщил МИД Гамбии.",
])
def test_access_granted_is_a_concession(types_of, text):
    assert "CONCEDE" in types_of(text)


def test_the_detainee_after_a_preposition_is_no_detention(types_of):
    found = types_of("МИД Туниса потребовал незамедлительно предоставить консулу доступ к задержанному.")
    assert "COERCE" not in found and "REQUEST" in found


@pytest.mark.parametrize("text", [
    "Норвежская сторона пообещала увеличить число инспекторов в порту к сентябрю.",
    "Глава МИД Эстонии пообещал изучить проект строительства терминала.",
])
def test_a_promise_is_support(types_of, text):
    assert "SUPPORT" in types_of(text)


@pytest.mark.parametrize("text", [
    "МИД Белоруссии пообещал, что решение Осло не останется без ответа.",
    "Посольство Ирана пообещало ответные меры.",
])
def test_a_promised_answer_is_a_threat_not_support(types_of, text):
    found = types_of(text)
    assert "THREATEN" in found and "SUPPORT" not in found


def test_a_promise_to_insist_is_no_support(types_of):
    assert "SUPPORT" not in types_of("Премьер Эстонии пообещал, что правительство будет упорно настаивать на "
                                     "возвращении спорных островов.")


@pytest.mark.parametrize("text", [
    "«Ответ последует», — пообещала официальный представитель МИД Эстонии.",
    "Таллин назвал эти меры незаконными санкциями и пообещал защитить интересы своих предприятий.",
])
def test_an_answer_promised_before_or_after_the_verb_is_no_support(types_of, text):
    assert "SUPPORT" not in types_of(text)
