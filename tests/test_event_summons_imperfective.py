"""A summons to a ministry told in the imperfective past (``посла вызывали в МИД``) is one protest, as the
perfective one is; a series of them (``неоднократно``, ``не раз``) is a habit, and a call home for consultations no
protest.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Вчера в МИД Норвегии вызывали посла Ирана.",
    "Поверенного в делах Венгрии в четверг вызывали в министерство иностранных дел Словакии.",
    "Посла Чили вызывали во внешнеполитическое ведомство Аргентины в связи с инцидентом на границе.",
])
def test_a_summons_told_in_the_imperfective_is_a_protest(acts_of, text):
    assert ("PROTEST", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "Посла Чили неоднократно вызывали в МИД Аргентины.",
    "Посла Ирана в прошлом году вызывали в Тегеран для консультаций.",
])
def test_summonses_as_a_habit_or_a_call_home_are_no_protest(types_of, text):
    assert "PROTEST" not in types_of(text)
