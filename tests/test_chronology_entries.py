"""A chronology's entries (``khronika/chronology.py``): a timeline explainer's paragraphs each open with their day
(``7 марта. МИД объявляет …``), told in the historical present; each entry's acts take its day, and a day it names
without a year counts from it.  A put-off meeting proposed anew takes its new day, not the time it was put off
(``when.put_off_before``).  Invented news of invented outlets."""
import pytest

from khronika.chronology import entry_date, entry_starts
from khronika.records import PartialDate
from khronika.stages.clean.items import digest_items
from khronika.timex import find_timexes

TIMELINE = """Как Перу и Чили дошли до кризиса
Хронология событий

Опубликовано 20.04.2030 10:00

В пятницу МИД Перу предложил провести отложенный раунд консультаций 20 мая в Лиме.

3 марта. МИД Чили объявляет персоной нон грата советника посольства Перу.

6 марта. Лима вызывает посла Чили и вручает ему ноту протеста.

9 марта. Сантьяго откладывает на неопределенный срок раунд консультаций, намеченный на 25 марта.

19 апреля. Перу предлагает новую дату консультаций.

Переговоры ведутся с 2026 года."""


@pytest.mark.parametrize("line, date", [
    ("7 августа. МИД объявляет персоной нон грата советника.", PartialDate(None, 8, 7)),
    ("21 ноября 2022 года, Гавана — стороны возобновили переговоры.", PartialDate(2022, 11, 21)),
    ("Август 2023 года, Каракас — четвертый цикл.", PartialDate(2023, 8)),
    ("12 марта 2024 года в Москве прошли переговоры.", None),  # a sentence that opens with its date
    ("7 августа", None),  # a day heading alone
])
def test_an_entry_opens_with_its_date(line, date):
    assert entry_date(line) == date


def test_three_entries_make_a_chronology():
    assert len(entry_starts(TIMELINE)) == 4
    assert len(digest_items(TIMELINE)) == 4
    assert entry_starts("3 марта. Одна запись.\n\n6 марта. Другая.") == frozenset()


def test_a_day_without_its_year_counts_from_its_entry():
    [x] = [x for x in find_timexes(TIMELINE, PartialDate(2030, 4, 20)) if x.text == "25 марта"]
    assert x.date == PartialDate(2030, 3, 25)


@pytest.mark.slow
def test_each_entrys_acts_take_its_day(read_news):
    doc = read_news(TIMELINE, "2030-04-20")
    days = {(e.type, e.factuality): e.date.iso() for e in doc.events}
    assert days[("SANCTION", "occurred")] == "2030-03-03"
    assert days[("PROTEST", "occurred")] == "2030-03-06"
    assert days[("CONSULT", "negated")] == "2030-03-25"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "В понедельник МИД Перу предложил провести отложенный в марте раунд консультаций 20 мая в Лиме.",
    "В понедельник МИД Перу предложил провести 20 мая в Лиме раунд консультаций, отложенный в марте.",
])
def test_a_put_off_round_proposed_anew_takes_its_new_day(read_news, text):
    doc = read_news(text, "2030-04-10")
    [meeting] = [e for e in doc.events if e.type == "CONSULT"]
    assert meeting.date.iso() == "2030-05-20"
