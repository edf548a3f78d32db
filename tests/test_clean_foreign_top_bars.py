"""A translated page keeps its own top bar or stamp in its language (a weekday, a month name, a time zone of its
country), and a press release ends with an end mark below its closing place and date: both date the page (texts
written for these tests)."""
import pytest

from khronika.dates import find_dates
from khronika.stages.clean import clean
from khronika.stages.clean.heads import lead_start

BODY = "Министр иностранных дел Эквадора провел переговоры с коллегой из Боливии и обсудил торговлю."


@pytest.mark.parametrize("line, iso", [
    ("El Comercio · Mundo · Jueves 6 de marzo de 2031", "2031-03-06"),
    ("Kompas.id | Internasional | Kamis, 6 Maret 2031 09:15 WIB", "2031-03-06"),
    ("Gazeta Wyborcza | Świat | Czwartek, 6 marca 2031", "2031-03-06"),
    ("Der Standard · Außenpolitik · Donnerstag, 6. März 2031", "2031-03-06"),
    ("Hürriyet | Dünya | 6 Mart 2031 Perşembe 10:40", "2031-03-06"),
    ("Le Soleil · International · jeudi 6 mars 2031", "2031-03-06"),
])
def test_a_top_bar_in_the_pages_language_dates_it(line, iso):
    result = clean(f"{line}\n\nГлавы МИД провели переговоры\n\n{BODY}")
    assert result.published is not None and result.published.iso() == iso, (result.published, result.published_from)


@pytest.mark.parametrize("text, iso", [
    ("6 de marzo de 2031", "2031-03-06"), ("6. März 2031", "2031-03-06"), ("6 czerwca 2031", "2031-06-06"),
    ("6 Agustus 2031", "2031-08-06"), ("listopadu 2031", "2031-11"),
    ("6. јул 2031.", "2031-07-06"), ("6 вересня 2031 року", "2031-09-06"), ("6 октомври 2031", "2031-10-06"),
    ("6 юни 2031 г.", "2031-06-06"), ("6 кастрычніка 2031", "2031-10-06"),
])
def test_month_names_of_other_languages(text, iso):
    (_, _, date), = find_dates(text)
    assert date.iso() == iso


def test_no_month_name_is_two_months():
    from khronika.dates import _month
    assert _month("listopada") == 11 and _month("srpna") == 8 and _month("srpnja") == 7


def test_a_closing_line_in_the_cyrillic_of_another_language_dates_the_release():
    result = clean(f"Сообщение для прессы\n\n{BODY}\n\nСкопје, 3 октомври 2031\n")
    assert result.published is not None and result.published.iso() == "2031-10-03", result.published


@pytest.mark.parametrize("mark", ["-КОНЕЦ-", "###", "— Конец —", "(ENDS)"])
def test_an_end_mark_below_the_closing_date_leaves_it_dating_the_release(mark):
    result = clean(f"Сообщение для прессы\n\n{BODY}\n\nКито, 3 марта 2031 года\n\n{mark}\n")
    assert result.published is not None and result.published.iso() == "2031-03-03", result.published
    assert mark not in result.text


def test_an_end_word_in_a_sentence_is_no_mark():
    result = clean(f"Сообщение\n\n{BODY}\n\nКонец переговоров намечен на пятницу.\n")
    assert "Конец переговоров" in result.text


@pytest.mark.parametrize("line, place", [
    ("Любляна 4 марта (СТА) – Министры иностранных дел Словении и Хорватии провели переговоры.", "Любляна"),
    ("ТАЛЛИН 4 марта /ЭРР/ – Министры Эстонии и Латвии провели переговоры.", "Таллин"),
])
def test_a_dateline_without_a_comma_before_an_agency_and_a_dash(line, place):
    result = clean(f"Новости\n\n{line}\n")
    assert result.dateline_place == place and result.day_month == (3, 4)
    assert line[lead_start(line):].startswith("Министры")  # the agency is no word of the lead


def test_a_sentence_opening_with_a_city_and_a_day_is_no_dateline():
    result = clean("Новости\n\nЛюбляна 4 марта приняла делегацию Хорватии.\n")
    assert result.dateline_place is None and result.day_month is None
    assert lead_start("Любляна 4 марта приняла делегацию Хорватии.") == 0
