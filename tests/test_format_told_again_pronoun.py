"""A body's meetings told after its name by a pronoun (``Ее шестое заседание прошло …``, ``Последнее из них
состоялось …``), a list of rounds whose last is to come (``…, седьмое запланировано на …``), a meeting put off that
keeps the day another report planned it for, joint sittings of two governments under their two names, and peace
talks with a movement named by its descriptor (invented sentences, other countries)."""
import pytest

from khronika.format_again import ITS_MEETING


@pytest.mark.parametrize("sentence, told", [
    ("Ее шестое заседание прошло в Арике.", True),
    ("Его очередная сессия намечена на май.", True),
    ("Их предыдущий раунд состоялся в Вене.", True),
    ("Последнее из них состоялось в Праге в 2029 году.", True),
    ("Следующее из них пройдет в Лиме.", True),
    ("Ее министр прибыл в Лиму.", False),  # no meeting of it
    ("Из них двое были задержаны.", False),
])
def test_a_meeting_told_by_a_pronoun_of_the_format_before(sentence, told):
    assert bool(ITS_MEETING.search(sentence)) is told
