"""A meeting told again, a sentence after its report, as the first since a time (``Это первый подобный контакт с
2019 года``, ``Встреча стала первой в таком формате с июля 2019 года``): the format the report named resumed, and
its meeting before the break dated (invented sentences, other countries)."""
import pytest

from khronika.format_again import first_since
from tests.test_format_carry import ingested_formats


def _history(fmt: dict) -> set[tuple]:
    return {(h["status"], h["round"], h["date"]) for h in fmt["history"]}


@pytest.mark.parametrize("sentence, told", [
    ("Это первый подобный контакт на уровне замминистров с 2019 года.", True),
    ("Встреча стала первой в таком формате с июля 2019 года.", True),
    ("Переговоры стали первыми за три года.", True),
    ("Она стала первой встречей министров после долгого перерыва.", True),
    ("Это первый визит министра в Лиму.", False),  # first ever, not since a time
    ("Это первый визит министра в Лиму с 2019 года.", False),  # a visit, not the format's meeting
    ("Министр впервые с 2019 года посетил Лиму.", False),  # no meeting told again
    ("Это вторая встреча с 2019 года.", False),
])
def test_a_meeting_told_again_as_the_first_since_a_time(sentence, told):
    assert first_since(sentence) is told


@pytest.mark.parametrize("again, before", [
    ("Это первый подобный контакт на уровне замминистров с 2019 года.", "2019"),
    ("Встреча стала первой в таком формате с июля 2019 года.", "2019-07"),
    ("Консультации стали первыми с марта 2018 года.", "2018-03"),
])
def test_the_meeting_before_the_break_of_a_format_named_in_the_headline(tmp_path, again, before):
    text = ("Чили и Аргентина возобновили консультации замминистров\n\n"
            "Сантьяго, 24 сентября 2026 года. Заместители министров иностранных дел Чили и Аргентины провели в "
            f"среду в Сантьяго консультации. {again} Диалог был приостановлен аргентинской стороной в 2020 году.\n")
    (fmt,) = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    history = _history(fmt)
    assert ("meeting", None, before) in history
    assert any(status == "resumed" for status, _, _ in history)
    assert ("suspended", None, "2020") in history


def test_a_first_meeting_ever_is_no_break(tmp_path):
    text = ("Чили и Аргентина провели консультации замминистров\n\n"
            "Сантьяго, 24 сентября 2026 года. Заместители министров иностранных дел Чили и Аргентины провели в "
            "среду в Сантьяго консультации. Это первая встреча в таком формате.\n")
    formats = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    assert not any(h["status"] in ("resumed", "suspended") for f in formats for h in f["history"])
