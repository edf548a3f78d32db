"""A meeting never held (``так и не был проведен``) is called off.  Invented sentences only."""
import pytest

from khronika.format_status import status_of


@pytest.mark.parametrize("sentence, status", [
    ("Запланированный на 2029 год саммит в Лиме так и не был проведен.", "cancelled"),
    ("Намеченное на осень заседание смешанной комиссии так и не провели.", "cancelled"),
    ("Встреча министров, о которой договорились в мае, так и не прошла.", "cancelled"),
    ("Комиссия по границе так и не собралась.", "cancelled"),
    ("Пятый раунд консультаций не был проведен из-за эпидемии.", "cancelled"),
    ("Третья сессия не была проведена в намеченный срок.", "postponed"),  # put off, not called off
    ("Консультации не проводились с 2029 года.", "suspended"),  # a break, not one meeting called off
    ("Консультации прошли в Кито.", "meeting"),
])
def test_a_meeting_never_held_is_called_off(sentence, status):
    assert status_of(sentence, []) == status
