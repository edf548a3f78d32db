"""A session of a body the sentence only sets up, told in its relative clause (``решили учредить экспертный совет,
первое заседание которого пройдет весной``), is part of what was agreed, no meeting announced; a session of a body
that exists is (``работу комиссии, очередное заседание которой пройдет …``); on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

BEFORE = "В Таллине прошло пятое заседание межправительственной эстонско-финской комиссии. "


@pytest.fixture(scope="module")
def consults(read_news):
    def go(text):
        return [(e.factuality, e.round) for e in read_news(text, "2026-03-13").events if e.type == "CONSULT"]
    return go


@pytest.mark.parametrize("text", [
    BEFORE + "Стороны решили учредить рабочую группу по энергетике, первая встреча которой пройдет в Турку в "
             "апреле.",
    "Президенты Эстонии и Финляндии договорились о создании совместной комиссии, первая встреча которой состоится "
    "осенью.",
    BEFORE + "Министры решили учредить экспертный совет, заседания которого будут проходить раз в квартал.",
])
def test_a_session_of_a_body_to_be_set_up_is_no_meeting(consults, text):
    assert ("planned", 1) not in consults(text) and all(f != "planned" for f, _ in consults(text))


def test_a_session_of_a_body_that_exists_is_planned(consults):
    got = consults(BEFORE + "Министры обсудили работу комиссии, шестое заседание которой пройдет в Турку в апреле.")
    assert ("planned", 6) in got
