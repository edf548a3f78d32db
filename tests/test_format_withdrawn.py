"""A meeting called off by a side's withdrawal (``отказался от консультаций``, ``сочла нецелесообразным проведение
переговоров``, ``считает встречу нецелесообразной``), for ``format_status.status_of`` (invented sentences)."""
import pytest

from khronika.format_status import status_of


@pytest.mark.parametrize("sentence, status", [
    ("МИД Чили отказался от консультаций, намеченных на март.", "cancelled"),
    ("Правительство Перу отказалось от запланированного визита министра.", "cancelled"),
    ("Стороны отказались от очередного раунда переговоров.", "cancelled"),
    ("Кабинет счел нецелесообразным проведение переговоров в нынешних условиях.", "cancelled"),
    ("Намеченную на май встречу министров Кито считает «нецелесообразной».", "cancelled"),
    ("Делегация Боливии отказалась от участия во встрече.", None),  # the meeting may well be held
    ("Стороны отказались от применения силы и провели консультации.", "meeting"),
    ("Эквадор считает нецелесообразным расширение группы.", None),  # no meeting
    ("На встрече стороны сочли нецелесообразным повышение пошлин.", None),  # the meeting is the setting
    ("По итогам консультаций Кито счел нецелесообразным продление квот.", None),
])
def test_a_meeting_a_side_withdrew_from_is_called_off(sentence, status):
    assert status_of(sentence, []) == status
