"""A mechanism told again as a "format" at the head of a sentence (``Формат, возникший после войны, …``), as a
dialogue or a mechanism is, and meetings put off and then resumed in one sentence (``в 2023 году заседания
переносились, однако затем работа возобновилась``): postponed then, resumed after (invented sentences, other
countries)."""
import pytest

from khronika.format_again import ANOTHER_ROUND
from khronika.format_status import RESUMED_AFTER_PUT_OFF
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence, told", [
    ("Формат, возникший после войны 2020 года, не раз оказывался на грани паралича.", True),
    ("Этот формат был заморожен в 2023 году.", True),
    ("Диалог был приостановлен в 2022 году.", True),
    ("Министры обсудили формат будущих встреч.", False),  # not at the head of the sentence
])
def test_a_format_told_again_at_the_head_of_a_sentence(sentence, told):
    assert bool(ANOTHER_ROUND.search(sentence)) is told


@pytest.mark.parametrize("sentence, told", [
    ("В 2023 году заседания переносились, однако затем работа возобновилась.", True),
    ("Встречу дважды откладывали, но в марте переговоры возобновились.", True),
    ("Раунд перенесли на весну, после чего стороны восстановили контакты.", True),
    ("Раунд перенесли на весну, когда переговоры возобновятся.", False),  # to come, not told held
    ("Переговоры возобновились в марте.", False),  # nothing put off
])
def test_a_resumption_told_after_meetings_put_off(sentence, told):
    assert bool(RESUMED_AFTER_PUT_OFF.search(sentence)) is told


def test_meetings_put_off_then_resumed_of_the_format_told_sentences_before(tmp_path):
    text = ("Вена, 19 ноября 2026 года.\n\n"
            "Межправительственная комиссия Армении и Азербайджана по делимитации границы собралась в 12-й раз. "
            "Вчера делегации работали в двух группах.\n"
            "Глава армянской делегации после встречи подчеркнул, что Ереван выполняет свои обязательства.\n"
            "В Баку с этим не согласны. Там настаивают на новом соглашении. «Без гарантий говорить не о чем», "
            "— заявил замминистра. Наблюдатели отметили рост напряженности на границе.\n"
            "Формат, возникший после войны 2020 года, неоднократно оказывался на грани паралича: в 2023 году "
            "заседания откладывались из-за споров о повестке, но затем работа возобновилась.\n")
    (fmt,) = [f for f in ingested_formats(tmp_path, text) if "комиссия" in f["name"]]
    history = {(h["status"], h["round"], h["date"]) for h in fmt["history"]}
    assert {("postponed", None, "2023"), ("resumed", None, None), ("round", 12, "2026-11-19")} <= history
