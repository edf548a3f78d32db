"""Page heads of wire copy and scraped pages (issue 10, item 3): a dateline that names its city and outlet but no day
(``БАМАКО, (АМАП) – …``, ``НИАМЕЙ – …``), a stamp whose section follows the date (``25/10/2031 – 18:20 –
Политика``), stamps labelled in the languages of foreign pages (``Julkaistu …``, ``Publicado …``), an author's row
beside the date with a reading time, and a closing date above the office's signature and postal address.  Invented
pages."""
import pytest

from khronika.records import PartialDate
from khronika.stages.clean import clean
from khronika.stages.clean.heads import header, labelled, stamp
from khronika.stages.clean.place_lines import place_line, placed_lead


@pytest.mark.parametrize("line, place, agency", [
    ("БАМАКО, (АМАП) – Министр иностранных дел Мали провел переговоры.", "Бамако", "АМАП"),
    ("Н'ДЖАМЕНА, (АТП) – Министр иностранных дел Чада провел переговоры.", "Нджамена", "АТП"),  # as the gazetteer
    ("НИАМЕЙ – Министр иностранных дел Нигера провел переговоры.", "Ниамей", None),
])
def test_a_city_and_an_outlet_without_a_day_place_the_page(line, place, agency):
    head = place_line(line)
    assert head is not None and (head.place, head.agency, head.date) == (place, agency, None)
    assert line[placed_lead(line):].startswith("Министр")


@pytest.mark.parametrize("line", [
    "ВАЖНО – Министр иностранных дел Нигера провел переговоры.",  # capitals, but no city
    "Ниамей – столица Нигера.",  # a mixed-case city before a dash: a sentence
])
def test_no_city_no_dateline(line):
    assert place_line(line) is None or placed_lead(line) == 0


def test_a_dateless_dateline_gives_place_and_outlet_and_is_not_a_participant():
    page = ("АМАП – Агентство Мали\n31/10/2031 – 09:15 – Политика\n\nБамако вызвало посла\n\n"
            "БАМАКО, (АМАП) – Министр иностранных дел Мали вызвал сегодня посла Нигера.")
    result = clean(page)
    assert (result.dateline_place, result.source, result.published) == ("Бамако", "АМАП", PartialDate(2031, 10, 31))


@pytest.mark.parametrize("line, place", [
    ("25/10/2031 – 18:20 – Политика", None),  # a section after the date is no place
    ("25/10/2031 – 18:20 – Бамако", "Бамако"),  # a city of the gazetteer is
    ("Бамако, 25 октября 2031 г.", "Бамако"),  # a place before the date, as ever
])
def test_a_label_after_the_date_is_a_section(line, place):
    head = header(line)
    assert head is not None and head.place == place and head.date == PartialDate(2031, 10, 25)


@pytest.mark.parametrize("line", [
    "Julkaistu 2.11.2031 klo 9:12",
    "Publicado 2.11.2031 às 9h12",
    "Veröffentlicht 2.11.2031 um 9:12",
])
def test_foreign_stamp_labels(line):
    head = stamp(line)
    assert head is not None and head.date == PartialDate(2031, 11, 2)


def test_an_updated_label_in_another_language_is_no_publication():
    head = stamp("Päivitetty 3.11.2031 klo 10:47")
    assert head is not None and head.date is None and head.updated == PartialDate(2031, 11, 3)


@pytest.mark.parametrize("line, kind", [
    ("Лусия Мендес · 21 de octubre de 2031 · 5 минут чтения", "stamp"),  # an author's row: dropped
    ("By Ama Owusu · October 21, 2031 · 3 min read", "stamp"),
    ("Еженедельный обзор | 21 октября 2031", "header"),  # a title and its date: kept
])
def test_an_author_row_with_a_reading_time_is_a_stamp(line, kind):
    head = labelled(line)
    assert head is not None and head.kind == kind


def test_an_author_row_does_not_stay_in_the_text():
    page = ("Переговоры в Гаруа\n\nЛусия Мендес · 21 de octubre de 2031 · 5 минут чтения\n\n"
            "Министры иностранных дел провели вчера переговоры.")
    assert "Мендес" not in clean(page).text


def test_a_closing_date_above_the_signature_and_the_address_dates_the_page():
    page = ("Совместное коммюнике\n\nМинистры провели переговоры и договорились о сотрудничестве.\n\n"
            "Бамако, 28 октября 2031 года\n\nПресс-служба министерства\n12, avenue de la Liberté, 75001 Bamako")
    result = clean(page)
    assert result.published == PartialDate(2031, 10, 28) and "avenue" not in result.text
