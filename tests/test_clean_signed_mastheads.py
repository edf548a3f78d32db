"""A statement signed by its office below its closing place and date, and a masthead line of a few labels, an issue's
number among them, date the page (texts written for these tests)."""
import pytest

from khronika.stages.clean import clean

BODY = "Министр иностранных дел провел переговоры с коллегой из Боливии и обсудил торговлю."


@pytest.mark.parametrize("signature", [
    "Департамент печати и информации\nМинистерство иностранных дел Эквадора",
    "Пресс-служба МИД Эквадора",
    # the office's name carried on to the next line in the genitive, a contact line below it
    "Отдел по связям с общественностью\nМинистерства внешней торговли Эквадора",
    "Пресс-служба\nФедерального министерства транспорта, связи и цифрового развития\nКонтакт: press@mintrans.example",
    "Управление коммуникаций\nМинистерства иностранных дел",
])
def test_a_closing_date_above_the_offices_signature_dates_the_statement(signature):
    result = clean(f"Заявление для прессы\n\n{BODY}\n\nКито, 3 марта 2031 года\n\n{signature}\n")
    assert result.published is not None and result.published.iso() == "2031-03-03", result.published
    assert "Департамент" not in result.text and "Пресс-служба" not in result.text


def test_a_closing_line_that_is_a_sentence_is_no_signature():
    result = clean(f"Заявление\n\n{BODY}\n\nКито, 3 марта 2031 года\n\nПосольство продолжит работу в обычном режиме.\n")
    assert "Посольство продолжит" in result.text


@pytest.mark.parametrize("line", [
    "THE ANDEAN WEEKLY · Еженедельник · Среда, 5 марта 2031 года · Том 12, № 9",
    "Обзор внешней политики стран региона · Выпуск №31 · среда, 5 марта 2031",
])
def test_a_masthead_with_an_issue_number_dates_the_page(line):
    result = clean(f"{line}\n\nГлавы МИД провели переговоры\n\n{BODY}")
    assert result.published is not None and result.published.iso() == "2031-03-05", result.published


def test_a_sentence_beside_a_date_is_no_masthead():
    result = clean(f"Министры провели переговоры в Лиме · 5 марта 2031 года\n\nЗаголовок\n\n{BODY}")
    assert result.published is None or result.published_from != "dateline"
