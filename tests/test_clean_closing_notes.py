"""Closing lines of a page that date it when a note shares their line or stands below them (``tails.py``)."""
import pytest

from khronika.records import PartialDate
from khronika.stages.clean import clean

BODY = ("Министры иностранных дел Чили и Уругвая обсудили торговлю.\n\n"
        "Стороны договорились продолжить консультации на уровне экспертов.")


@pytest.mark.parametrize("tail", [
    "Перевод с польского. Опубликовано: 14.05.2031, 10:15",  # a note of translation, then the stamp
    "Опубликовано: 14.05.2031, 10:15. Перевод с чешского",  # the stamp, then the note
    "Перевод со шведского. Опубликовано 14 мая 2031 года",
    "Перевод с хинди. 14.05.2031",
    "Подготовлено по материалам агентств. Опубликовано: 14.05.2031",
])
def test_a_closing_stamp_sharing_its_line_with_a_note_dates_the_page(tail):
    result = clean(f"{BODY}\n\n{tail}\n")
    assert result.text == BODY
    assert (result.published, result.published_from) == (PartialDate(2031, 5, 14), "text")


@pytest.mark.parametrize("tail", [
    "Перевод с польского. Стороны встретятся 14.05.2031",  # a sentence of the text, not a stamp
    "Перевод с польского. Опубликовано: 14 мая",  # no year
])
def test_a_note_beside_no_closing_stamp_dates_nothing(tail):
    assert clean(f"{BODY}\n\n{tail}\n").published_from == "none"


@pytest.mark.parametrize("language", ["румынского", "словацкого", "эстонского", "датского", "корейского",
                                      "персидского", "урду"])
def test_a_note_of_translation_from_any_language_is_dropped(language):
    note = f"Перевод с {language}"
    assert clean(f"{BODY}\n\n{note}").text == BODY


@pytest.mark.parametrize("tail", [
    "Асунсьон, 14.05.2031\nВестник Парагвая",  # the outlet's name under the closing place and date
    "Асунсьон, 14 мая 2031 г.\n\nРадио Ньяндути",
    "Опубликовано: 14.05.2031\nPress Review",
])
def test_an_outlet_name_under_a_closing_date_leaves_the_date_to_the_page(tail):
    result = clean(f"{BODY}\n\n{tail}\n")
    assert result.text == BODY
    assert result.published == PartialDate(2031, 5, 14)


def test_a_short_last_line_under_no_closing_date_stays():
    raw = f"{BODY}\n\nВестник Парагвая"
    assert clean(raw).text == raw


@pytest.mark.parametrize("contacts", [
    "Контакты для СМИ: Управление по связям с прессой, press@mfa.example",
    "Контакты для прессы: пресс-секретарь министра",
    "Для справок: +595 21 000 000",
    "Аккредитация: press@mfa.example (до 12 мая)",
])
def test_a_press_contacts_line_below_the_closing_date_is_dropped_with_it(contacts):
    result = clean(f"{BODY}\n\nАсунсьон, 14 мая 2031 г.\n\n{contacts}\n")
    assert result.text == BODY
    assert (result.published, result.dateline_place) == (PartialDate(2031, 5, 14), "Асунсьон")
