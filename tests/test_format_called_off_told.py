"""A meeting called off told before the date it had been planned for, and the number it would have had (invented
sentences, other countries)."""
import pytest

from khronika.format_rounds import round_in
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence, number", [
    ("Сессия стала бы шестой по счету.", 6),
    ("Встреча стала бы пятой в таком формате.", 5),
    ("Консультации стали бы седьмыми.", 7),
])
def test_the_number_a_meeting_called_off_would_have_had(sentence, number):
    assert round_in(sentence) == number


@pytest.mark.parametrize("sentence", ["Это стало бы катастрофой.", "Консультации стали бы первыми с мая."])
def test_no_number_where_none_would_have_been(sentence):
    assert round_in(sentence) is None


@pytest.mark.slow
def test_a_meeting_called_off_before_its_date_and_the_reporting_day(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Чили отменила сессию комиссии с Перу\n\nСАНТЬЯГО, 16 марта 2026. Чили отменила сессию смешанной "
        "чилийско-перуанской рыболовной комиссии, которая должна была пройти в Лиме 18 марта, заявил в понедельник "
        "пресс-секретарь правительства.\n\nСессия стала бы шестой по счету. Предыдущая, пятая, прошла "
        "в Сантьяго в мае 2025 года.\n"))
    (commission,) = [f for f in formats if "комиссия" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in commission["history"]] == [
        ("round", 5, "2025-05"), ("cancelled", 6, "2026-03-18")]
