"""Closing date lines a page prints below its story with something below them (the outlet's name, a press office's
contacts), a closing note and a stamp on one line, a city and its province (or state, district: ``штат Нью-Йорк``),
and dateline places with one-letter particles."""
import pytest

from khronika.stages.clean import clean

BODY = "Министры обсудили торговлю\n\n" + "\n\n".join(
    f"Министр в {i}-й раз заявил, что стороны сблизят позиции по вопросу о тарифах и квотах." for i in range(1, 9))


@pytest.mark.parametrize("tail, day, place", [
    ("Сантос, 3 декабря 2031\nFolha Paulista", (2031, 12, 3), "Сантос"),
    ("Мапуту, 05.12.2031\nНотисиаш ди Мапуту", (2031, 12, 5), "Мапуту"),
    ("Лилонгве, 7 мая 2031 г.\nЖ.-К. Мбеки", (2031, 5, 7), "Лилонгве"),
    ("Веллингтон, 4 декабря 2031 г.\n\nКонтакты для СМИ: Пресс-служба МИД, press@mfa.example.nz", (2031, 12, 4),
     "Веллингтон"),
    ("Виннипег, Манитоба, 9 марта 2031 г.", (2031, 3, 9), "Виннипег"),
    ("Олбани, штат Нью-Йорк, 12 апреля 2031 года", (2031, 4, 12), "Олбани"),
    ("Перевод с польского. Опубликовано: 26.11.2031, 19:40", (2031, 11, 26), None),
])
def test_a_closing_date_line_dates_the_page_whatever_short_line_stands_below_it(tail, day, place):
    r = clean(BODY + "\n\n" + tail + "\n")
    assert (r.published.year, r.published.month, r.published.day) == day
    assert r.dateline_place == place
    assert r.text.endswith("тарифах и квотах.")


def test_a_short_closing_sentence_without_a_date_line_above_stays():
    r = clean(BODY + "\n\nСледующее заседание пройдет в Гаване.\n")
    assert r.text.endswith("Следующее заседание пройдет в Гаване.")
    assert r.published.year is None


def test_a_name_line_below_a_sentence_is_no_closing():
    r = clean(BODY + "\n\nКомиссия соберется вновь весной.\nЛа Насьон\n")
    assert r.published.year is None and "весной" in r.text


@pytest.mark.parametrize("line, place", [
    ("Эгер-у-Тисы, 27 ноября 2031 (ЧТК).", "Эгер-у-Тисы"),
    ("Порт-о-Пренс, 2 марта 2031 (AFP).", "Порт-о-Пренс"),
    ("ПОРТ-О-ПРЕНС, 2 марта. /ТАСС/.", "Порт-о-Пренс"),
    ("Экс-ан-Прованс, 5 июня 2031 (AFP).", "Экс-ан-Прованс"),
])
def test_a_dateline_place_may_hold_one_letter_particles(line, place):
    r = clean("Министры встретились\n\n" + line + "\n\n" + BODY)
    assert r.dateline_place == place
    assert r.published.month is not None or r.day_month == (3, 2)


@pytest.mark.parametrize("line, place", [
    ("ЛИОН (Франция), 4 марта. /ТАСС/. Министр заявил о готовности к переговорам.", "Лион"),
    ("ОСТИН (штат Техас), 4 марта. /ТАСС/. Министр заявил о готовности к переговорам.", "Остин"),
    ("Рига, 4 марта, LETA. Министр заявил о готовности к переговорам.", "Рига"),
    ("Самарканд, 4 марта, «Дунё» – Министр заявил о готовности к переговорам.", "Самарканд"),
])
def test_a_dateline_with_a_region_in_brackets_or_an_agency_after_a_comma(line, place):
    r = clean("Министры встретились\n\n" + line + "\n\n" + BODY)
    assert r.dateline_place == place and r.day_month == (3, 4)


def test_an_abbreviated_publication_label_dates_the_page():
    r = clean("Министры встретились\n\nОпубл.: 04.03.2031\n\n" + BODY)
    assert (r.published.year, r.published.month, r.published.day) == (2031, 3, 4)
