"""Talks the sides are to open on a treaty or a question are what they agree or decide, no meeting of their own,
unless set for a day or a place; talks begun took place.  On sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Канада и Польша договорились начать переговоры о соглашении о статусе вооруженных сил.",
    "Главный итог — решение начать переговоры о соглашении о статусе войск.",
    "Канада и Польша начнут переговоры о статусе войск.",
    "Канада и Польша в среду договорились начать консультации по визовому режиму.",
    "Чили и Перу согласились начинать переговоры о свободной торговле.",
    "Министры обороны Испании и Австралии договорились приступить к переговорам о соглашении о взаимном доступе войск.",
    "Лидеры Вьетнама, Лаоса и Камбоджи условились вернуться к переговорам о зоне свободной торговли.",
    "Эквадор и Колумбия договорились перейти к переговорам о демаркации границы.",
    "Канада и Польша приступят к переговорам о статусе войск.",
])
def test_talks_to_open_are_no_meeting(acts_of, text):
    assert not any(t == "CONSULT" for t, _ in acts_of(text))


@pytest.mark.parametrize("text, told", [
    ("Канада и Польша начнут переговоры о статусе войск в понедельник в Варшаве.", ("CONSULT", "planned")),
    ("Канада и Польша начали переговоры о статусе войск.", ("CONSULT", "occurred")),
    ("Канада и Польша приступили к переговорам о статусе войск.", ("CONSULT", "occurred")),
    ("Канада и Польша вернутся к переговорам о статусе войск в понедельник в Варшаве.", ("CONSULT", "planned")),
])
def test_talks_set_or_begun_are_a_meeting(acts_of, text, told):
    assert told in acts_of(text)
