"""A meeting told as the first since the break the clause after it tells: a resumption, the break dated by that
clause (invented sentences, other countries)."""
import pytest

from khronika.format_status import status_of
from tests.test_format_carry import ingested_formats

HELD = [{"type": "CONSULT", "factuality": "occurred", "round": None}]


@pytest.mark.parametrize("sentence", [
    "Министры провели в пятницу заседание комиссии — первое с тех пор, как ее работа была приостановлена в мае 2024 "
    "года.",
    "Комиссия собралась впервые с тех пор, как Лима заморозила контакты в 2023 году.",
])
def test_the_first_meeting_since_a_break_is_a_resumption(sentence):
    assert status_of(sentence, HELD) == "resumed"


def test_a_suspension_told_before_it_stays_one():
    sentence = "Работа комиссии была приостановлена в мае, впервые с тех пор, как ее учредили в 2011 году."
    assert status_of(sentence, []) == "suspended"


@pytest.mark.slow
def test_the_break_and_the_resumption_of_a_commission(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Перу и Чили возобновили работу комиссии после перерыва\n\nТакна, 20 марта 2026 (Correo).\n\nМинистры "
        "иностранных дел Перу и Чили провели в пятницу в Такне заседание Перуанско-чилийской комиссии по интеграции — "
        "первое с тех пор, как работа механизма была приостановлена в мае 2024 года на фоне торгового спора.\n"))
    (commission,) = [f for f in formats if "комиссия" in f["name"]]
    assert [(h["status"], h["date"]) for h in commission["history"]] == [("suspended", "2024-05"),
                                                                          ("resumed", "2026-03-20")]


def test_the_first_meeting_in_years_then_the_break_after_the_one_before():
    sentence = ("Министры собрались впервые за четыре года: прошлое заседание было в Таллине осенью 2022 года, после "
                "чего контакты были заморожены.")
    assert status_of(sentence, HELD) == "resumed"


@pytest.mark.slow
def test_a_format_revived_the_meeting_before_and_the_break(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Премьеры Польши, Литвы и Латвии возродили Рижский формат\n\nРига, 20 марта 2026 (LETA).\n\nПремьер-министры "
        "Польши, Литвы и Латвии встретились в пятницу в Риге. Это первая встреча премьеров трех стран в Рижском "
        "формате за три года: предыдущий саммит прошел в Вильнюсе в июне 2023 года, после чего контакты премьеров были "
        "заморожены.\n"))
    (riga,) = [f for f in formats if f["name"] == "Рижский формат"]
    assert {(h["status"], h["date"]) for h in riga["history"]} >= {
        ("meeting", "2023-06"), ("suspended", "2023-06"), ("resumed", "2026-03-20")}
