"""A month named without its year after an aim (an infinitive: "договорились встретиться", "решили провести") lies
ahead of the report, as after a verb in the future tense; after a verb in the past tense it lies behind (sentences
written for these tests)."""
import pytest

from khronika.records import PartialDate
from khronika.timex import find_timexes

TODAY = PartialDate(2031, 5, 20)


@pytest.mark.parametrize("sentence, iso", [
    ("Премьеры условились встретиться в Тегусигальпе в начале августа.", "2031-08"),
    ("Стороны решили провести следующий раунд консультаций в Манагуа в середине июля.", "2031-07"),
    ("Министры договорились вернуться к этому вопросу в сентябре.", "2031-09"),
    ("Переговоры продолжатся в июле.", "2031-07"),
    ("В июле министры встретились в Манагуа.", "2030-07"),
    ("Министры подписали соглашение в марте.", "2031-03"),
])
def test_a_month_after_an_aim_lies_ahead(sentence, iso):
    [found] = find_timexes(sentence, TODAY)
    assert found.date.iso() == iso
