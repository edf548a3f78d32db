"""Rounds listed and the break told after them (``Первый раунд прошел в мае 2027 года, второй — в марте 2028 года, после
чего переговоры прервались``): each round held on its date, and the break, of the date its own words give, else none.
Invented sentences only."""
import pytest

from tests.test_format_idle_and_joint import _history

_HEAD = ("Переговоры в Найроби\n\nНайроби, 24 ноября 2031 /KNA/. Делегации Эфиопии и Эритреи провели в Найроби третий "
         "раунд переговоров при посредничестве Кении. ")


@pytest.mark.parametrize("sentence, broke", [
    ("Первый раунд переговоров при посредничестве Кении прошел в мае 2027 года, второй — в марте 2028 года, после "
     "чего переговоры прервались.", None),
    ("Первый раунд переговоров при посредничестве Кении прошел в мае 2027 года, второй — в марте 2028 года, после "
     "чего в 2029 году переговоры были заморожены.", "2029"),
])
def test_rounds_held_then_the_break(tmp_path, sentence, broke):
    hist = _history(tmp_path, _HEAD + sentence + "\n", "переговоры при посредничестве")
    assert ("round", 1, "2027-05") in hist and ("round", 2, "2028-03") in hist
    assert ("suspended", None, broke) in hist
    assert ("suspended", 1, "2027-05") not in hist
