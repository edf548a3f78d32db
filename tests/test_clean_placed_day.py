"""Datelines that name their city and no day of the month: a weekday, an outlet in brackets or slashes."""
import pytest

from khronika.stages.clean import clean
from khronika.stages.clean.place_lines import place_line


@pytest.mark.parametrize("line, place, agency", [
    ("Кито, вторник", "Кито", None),  # a line alone
    ("Кито, вторник.", "Кито", None),
    ("ЛИМА, среда", "Лима", None),  # in capitals
    ("Лима, среда (Андина). Министр иностранных дел Перу провел переговоры.", "Лима", "Андина"),
    ("Лима, среда /Андина/ — Министр иностранных дел Перу провел переговоры.", "Лима", "Андина"),
    ("Бразилиа, воскресенье. Министр иностранных дел Бразилии провел переговоры.", "Бразилиа", None),
    ("Кито (Пренса) — Министр иностранных дел Эквадора провел переговоры.", "Кито", "Пренса"),
    ("КИТО (Пренса) – Министр иностранных дел Эквадора провел переговоры.", "Кито", "Пренса"),
    ("Кито /Пренса/. Министр иностранных дел Эквадора провел переговоры.", "Кито", "Пренса"),
])
def test_a_city_with_a_weekday_or_an_outlet_places_the_page(line, place, agency):
    head = place_line(line)
    assert head is not None and (head.place, head.agency, head.date, head.kind) == (place, agency, None, "place")


@pytest.mark.parametrize("line", [
    "Кито, как и прежде, ждет ответа от соседей.",  # a sentence's first words
    "Кито и Лима договорились о встрече.",
    "Кито, вторник и среда стали днями траура.",  # a weekday that opens a list, no dateline
    "Кито (столица Эквадора) примет саммит.",  # a remark in brackets, then the sentence goes on
    "Окраина, вторник (Пренса) — Министр провел переговоры.",  # no city of the gazetteer
    "Кито, Пятница",  # a weekday in lower case only
])
def test_no_dateline_no_place(line):
    assert place_line(line) is None


def test_clean_a_weekday_dateline_under_a_title_places_the_page():
    top = ("Агентство · Политика · 21.11.2031\n\nКито, пятница\n\nГлавы МИД провели переговоры\n\n"
           "Министр иностранных дел Эквадора провел переговоры с коллегой из Перу.")
    result = clean(top)
    assert result.dateline_place == "Кито"
