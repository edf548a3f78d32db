"""Dates listed together (``khronika.timex``): every member of a list is read, the first member of a comma list is not
lost, and a year told once after the last member dates the members before it.  Invented sentences."""
import pytest

from khronika.format_dates import years_listed
from khronika.records import PartialDate
from khronika.timex import find_timexes

AUTUMN = PartialDate(2031, 11, 20)  # the anchor


def read(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.date.iso()) for t in find_timexes(text, AUTUMN)]


@pytest.mark.parametrize("text, expected", [
    # a comma list of years: one expression dated by its first member, the preposition kept
    ("Выборы в парламент Чили проходили в 2023, 2025 и 2027 годах.", [("в 2023, 2025 и 2027 годах", "2023")]),
    ("Форумы в Лиме прошли в 2021, 2022, 2024 и 2026 гг.", [("в 2021, 2022, 2024 и 2026 гг.", "2021")]),
    ("Саммиты Андского сообщества состоятся в 2032 и 2033 годах.", [("в 2032 и 2033 годах", "2032")]),
    ("Послы Перу встречались в 2027 или 2028 году.", [("в 2027 или 2028 году", "2027")]),
    # a comma list of days in one month: its first day
    ("Консультации Боливии и Парагвая прошли 4, 5 и 6 ноября.", [("4, 5 и 6 ноября", "2031-11-04")]),
    ("Министры Ганы и Того встретились 3 и 4 ноября.", [("3 и 4 ноября", "2031-11-03")]),
    ("Переговоры в Аккре шли с 8 по 10 ноября.", [("с 8 по 10 ноября", "2031-11-08")]),
    # the year told once, after the last member
    ("Раунды диалога Кении и Уганды прошли в марте и июле 2029 года.",
     [("в марте", "2029-03"), ("июле 2029 года", "2029-07")]),
    ("Делегации Непала съездили в Дакку 12 февраля и 9 апреля 2028 года.",
     [("12 февраля", "2028-02-12"), ("9 апреля 2028 года", "2028-04-09")]),
    ("Визиты состоялись в мае 2026 и сентябре 2027 года.",
     [("в мае 2026", "2026-05"), ("сентябре 2027 года", "2027-09")]),
    ("Встречи прошли 2 и 3 октября соответственно.", [("2 и 3 октября", "2031-10-02")]),
])
def test_listed_dates(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Турнир по теннису прошёл в формате 2+2 в 2030 году.", [("в 2030 году", "2030")]),
    ("Матч Ганы и Того закончился со счётом 2:2.", []),
    ("Спортсмены Чили заняли 1 и 2 места на чемпионате в 2030 году.", [("в 2030 году", "2030")]),
    ("Позвоните по номеру 8 800 2024 2025.", []),
    # the later member is a year only, or a new clause: the month keeps its own year
    ("Посол прибыл в октябре, а в 2032 году уедет.", [("в октябре", "2031-10"), ("в 2032 году", "2032")]),
    # a later member before the first: no year borrowed backwards
    ("Сессии прошли в декабре и феврале 2031 года.", [("в декабре", "2030-12"), ("феврале 2031 года", "2031-02")]),
])
def test_not_listed(text, expected):
    assert read(text) == expected


def test_years_listed_sees_every_year():
    x = find_timexes("Выборы в Эквадоре прошли в 2021, 2023 и 2025 годах.", AUTUMN)[0]
    assert years_listed(x) == ["2021", "2023", "2025"]
