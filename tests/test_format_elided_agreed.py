"""A meeting told by its ordinal alone as the object of those agreeing to hold it (``Пятое стороны условились
провести в Суве в 2029 году``), its noun left out after the sentence before told one: that round, planned.  Invented
sentences only."""
import pytest

from khronika.format_rounds import elided_round
from tests.test_format_idle_and_joint import _history


@pytest.mark.parametrize("sentence, rnd", [
    ("Третье стороны условились провести в Нукуалофе во второй половине 2029 года.", 3),
    ("Четвертую министры намерены провести в Осло весной.", 4),
    ("Пятое делегации договорились провести в Рабате.", 5),
    ("Вторую стороны планируют провести в Дакаре в 2030 году.", 2),
    ("Седьмое состоялось в мае 2030 года.", 7),  # as before: a verb of holding right after it
    ("Третье место стороны решили провести в споре.", None),  # a noun after the ordinal: not elided
    ("Вторую половину дня министры решили провести в музее.", None),
])
def test_an_ordinal_agreed_to_be_held(sentence, rnd):
    assert elided_round(sentence) == rnd


def test_the_next_round_agreed_on_by_its_ordinal_alone_is_planned(tmp_path):
    hist = _history(tmp_path, "Комитет в Суве\n\nСува, 4 декабря 2026 /Fiji Sun/. Фиджи и Вануату договорились "
                    "о совместном патрулировании промысла тунца. Такое решение было принято на втором заседании "
                    "Совместного комитета по рыболовству, прошедшем в Суве во вторник и среду.\n\nПервое заседание "
                    "комитета состоялось в марте в Порт-Виле. Третье стороны условились провести в Порт-Виле во "
                    "второй половине 2027 года.\n", "совместный комитет")
    assert ("planned", 3, "2027") in hist and ("round", 1, "2026-03") in hist
