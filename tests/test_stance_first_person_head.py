"""A verb in the first person opening a transcript's answer (``Сожалеем об этом решении``), which the parser may take
for another part of speech, is the speaker's side's stance.  Texts written for these tests."""
import pytest

pytestmark = pytest.mark.slow

BRIEFING = ("Брифинг официального представителя МИД Эстонии\n\nВопрос: Как в Таллине оценивают решение Риги отложить "
            "консультации?\n\nОтвет: 25 мая латвийская сторона уведомила нас о переносе пятого раунда "
            "консультаций.\n\n")


def test_regret_in_the_first_person_is_the_speakers_sides(stances_of):
    found = stances_of(BRIEFING + "Сожалеем об этом решении.")
    assert any(p == "negative" and h == "Эстония" for p, h, _ in found), found


def test_a_first_person_line_of_no_cue_is_no_stance(stances_of):
    found = stances_of(BRIEFING + "Сообщаем об этом решении.")
    assert not [s for s in found if s[0] == "negative"], found
