"""Tables for the pure date rules in ``khronika.dates``."""
import pytest

from khronika.dates import MONTHS, find_dates, foot_day, infer_year, parse_date, weekday_of
from khronika.records import PartialDate
from khronika.timex import find_timexes


@pytest.mark.parametrize("word, month", [
    ("январь", 1), ("января", 1), ("январю", 1), ("январём", 1), ("январе", 1),
    ("февраля", 2), ("март", 3), ("марта", 3), ("мартом", 3), ("апреле", 4), ("май", 5),
    ("мая", 5), ("мае", 5), ("июня", 6), ("июле", 7), ("августу", 8), ("сентябре", 9),
    ("октября", 10), ("ноябрем", 11), ("декабрь", 12),
    ("янв", 1), ("февр", 2), ("сент", 9), ("нояб", 11), ("дек", 12),
])
def test_dates_months_in_all_cases(word, month):
    assert MONTHS[word] == month


@pytest.mark.parametrize("text, expected", [
    ("5 июня 2018 года", PartialDate(2018, 6, 5)),
    ("5 июня 2018 г.", PartialDate(2018, 6, 5)),
    ("5 июня 2018г.", PartialDate(2018, 6, 5)),
    ("5 ИЮНЯ 2018", PartialDate(2018, 6, 5)),
    ("5-го июня 2018 года", PartialDate(2018, 6, 5)),
    ("5 июня", PartialDate(None, 6, 5)),
    ("11 нояб.", PartialDate(None, 11, 11)),
    ("в октябре 2019 года", PartialDate(2019, 10)),
    ("октябре 2019", PartialDate(2019, 10)),
    ("Октябрь 2019 г.", PartialDate(2019, 10)),
    ("2019 года", PartialDate(2019)),
    ("в 2019 году", PartialDate(2019)),
    ("03.04.19", PartialDate(2019, 4, 3)),
    ("03.04.2019", PartialDate(2019, 4, 3)),
    ("2019-04-03", PartialDate(2019, 4, 3)),
    ("2019-04-03T08:30:00+03:00", PartialDate(2019, 4, 3)),
    ("2019-04-03 08:30", PartialDate(2019, 4, 3)),
    ("  5 июня 2018 года. ", PartialDate(2018, 6, 5)),
    ("апрель 19-го, 2016", PartialDate(2016, 4, 19)),  # month first, as pages translated from English print it
    ("июня 5, 2018", PartialDate(2018, 6, 5)),
    # English ordinals, as pages in English print their dates: the day, not the month alone
    ("5th June 2018", PartialDate(2018, 6, 5)),
    ("June 5th, 2018", PartialDate(2018, 6, 5)),
    ("1st March 2018", PartialDate(2018, 3, 1)),
    ("Mar 2nd, 2018", PartialDate(2018, 3, 2)),
    ("23rd October 2018", PartialDate(2018, 10, 23)),
])
def test_dates_parse_date_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, year", [
    ("01.02.00", 2000), ("01.02.69", 2069), ("01.02.70", 1970), ("01.02.99", 1999),
])
def test_dates_two_digit_years(text, year):
    assert parse_date(text).year == year


@pytest.mark.parametrize("text", [
    "31 апреля 2018 года",  # no such day
    "29 февраля 2019 года",  # not a leap year
    "12.13.2018",  # no month 13
    "вчера",
    "5 июня 2018 года в Берлине",  # more than a date
    "апрель 31-го, 2016",
    "апрель 19 2016",  # month first only with its comma
    "2019",  # a bare number is not a year
    "",
])
def test_dates_parse_date_rejects(text):
    assert parse_date(text) is None


def test_dates_find_dates_offsets_and_values():
    text = ("Договор от 12 мая 2011 года вступил в силу в январе 2012 года, "
            "а 3 июня стороны обновили его; запись от 01.02.13 и ISO 2014-05-06T10:00; в 2015 году всё.")
    found = [(text[start:stop], date.iso() or (date.month, date.day))
             for start, stop, date in find_dates(text)]
    assert found == [
        ("12 мая 2011 года", "2011-05-12"),
        ("январе 2012 года", "2012-01"),
        ("3 июня", (6, 3)),
        ("01.02.13", "2013-02-01"),
        ("2014-05-06T10:00", "2014-05-06"),
        ("2015 году", "2015"),
    ]


@pytest.mark.parametrize("text", [
    "встреча в 15 часов в зале 2017",
    "версия 1.2.3.4 вышла",
    "на складе 2017 ящиков",
    "он марта не видел",
    "31 июня",
    "в 12015 году",
    "адрес 10.11.12.13",
    "код 15.12.163",
])
def test_dates_find_dates_ignores_non_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("month, day, text, expected", [
    (3, 14, "Стороны вспомнили визит в ноябре 2015 года.", 2016),
    (12, 14, "Стороны вспомнили визит в ноябре 2015 года.", 2015),
    (5, 10, "Соглашение от 10 мая 2018 года выполнено.", 2018),  # the same day: that year
    (5, 9, "Соглашение от 10 мая 2018 года выполнено.", 2019),
    (4, 2, "Сначала в марте 2014 года, потом в январе 2016 года.", 2016),  # the latest reference
    (2, 1, "Договор продлят до марта 2019 года; подписан он в мае 2017 года.", 2018),
    (2, 1, "Все решится до конца. В мае 2017 года договор подписали.", 2018),  # one sentence only
    (6, 1, "Саммит планируется провести в октябре 2022 года.", None),  # future only
    (6, 1, "Визит к осени 2022 года будет в сентябре 2022 года.", None),
    (6, 1, "Санкции действуют с 2014 года.", None),  # a bare year is too little evidence
    (6, 1, "Министры встретились в субботу.", None),
    (6, 1, "", None),
    (3, None, "Об этом сообщили в марте 2016 года.", 2016),
    (2, None, "Об этом сообщили в марте 2016 года.", 2017),
    # the milestone of a history says nothing of how long ago it was
    (2, 10, "Последний раз министры встречались в этом формате в декабре 2015 года.", None),
    (2, 10, "Предыдущее заседание прошло в сентябре 2015 года.", None),
    (2, 10, "Первая встреча состоялась в декабре 2015 года, визит в январе 2016 года.", None),
    # a year named more than a year later: the story is of a later year
    (2, 10, "Визит прошел в январе 2016 года. Следующую встречу проведут в 2019 году.", None),
    # a reference ten months or more before the dateline within its year: the story may be of the next year too
    (11, 23, "Переговоры прервали в январе 2016 года.", None),
    (10, 5, "Переговоры прервали в марте 2016 года.", 2016),
])
def test_dates_infer_year(month, day, text, expected):
    assert infer_year(month, day, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Переговоры прошли в понедельник.", 0),
    ("Во вторник министр улетел.", 1),
    ("в среду", 2),
    ("В пятницу и в субботу", 4),
    ("в воскресенье", 6),
    ("Субботний выпуск", None),
    ("Сделка без дат.", None),
])
def test_dates_weekday_of(text, expected):
    assert weekday_of(text) == expected


def test_find_dates_skips_only_texts_where_the_full_scan_finds_nothing():
    from khronika.dates import _DATE, _build

    texts = ("в марте прошлого года министры встретились", "Переговоры прошли в мае, в июне и в июле.",
             "апрель, двадцатое, две тысячи семнадцатого года", "в ноябре текущего года и в году следующем",
             "Встреча прошла 20 марта 2017 года в Токио.", "марте 2017", "апрель 19-го, 2016", "15.12.16",
             "во вторник, ٢٠ марта", "в 2014 году", "")
    for text in texts:
        full = [(m.start(), m.end(), d) for m in _DATE.finditer(text) if (d := _build(m))]
        assert find_dates(text) == full


def test_find_dates_tried_at_its_starts_finds_what_the_full_scan_finds():
    from khronika.dates import _DATE, _build

    texts = ("Саммит назначен на Nov. 3, 2031, а консультации — на дек.  2030 г.",
             "Визит 1.5.2031, 31.02.2031 и 2031-05-04T10:00+03:00; ещё 05/06/2031 и 2031/6/5.",
             "12мая 2031 и 7-го июня 2031 года; в 1999г. и в 2031 году; мая\n\n2031; Мая 2031.",
             "Январь 5, 2031 года и 3.IV.2031, 20.12.31 и 10-11-2031; 2031 — год встречи.",
             "а2031 года, .2031 года, x 31 декабря, 3 1 января 2031, сентябрь 12-го, 2031 и ноябрь 2031",
             "On 4th May 2031 and June 5th, 2031; 24th Street, 1st Avenue")
    for text in texts:
        full = [(m.start(), m.end(), d) for m in _DATE.finditer(text) if (d := _build(m))]
        assert full and find_dates(text) == full


@pytest.mark.parametrize("text", ["Стороны договорились встретиться в декабре 2031 года.",
                                  "Министры решили провести следующий раунд в декабре 2031 года.",
                                  "Четыре страны союза откроют границы для грузовых автомобилей соседей с 1 декабря "
                                  "2031 года."])
def test_dates_an_aim_told_by_an_infinitive_gives_no_year_to_a_yearless_dateline(text):
    assert infer_year(11, 25, text) is None  # what lies ahead says nothing of the story's own year
    assert infer_year(11, 25, "Министры встретились в октябре 2031 года.") == 2031


@pytest.mark.parametrize("text, expected", [("24.XI.2031", (2031, 11, 24)), ("2031/11/24", (2031, 11, 24)),
                                            ("2031.11.24", (2031, 11, 24)), ("3.III.2031", (2031, 3, 3))])
def test_dates_year_first_and_roman_month_forms(text, expected):
    d = parse_date(text)
    assert (d.year, d.month, d.day) == expected
    assert parse_date("2031/13/45") is None and find_dates("версия 2031.1.2.3") == []


@pytest.mark.parametrize("text, expected", [("14. 3. 2031", (2031, 3, 14)), ("7. 12. 2029", (2029, 12, 7))])
def test_dates_a_space_after_each_dot(text, expected):
    d = parse_date(text)
    assert (d.year, d.month, d.day) == expected
    assert find_dates("пункты 1. 2. 3. 4") == [] and parse_date("14. 13. 2031") is None


@pytest.mark.parametrize("text, expected", [
    ("Консулы двух стран встретились в Лиме.\n\n👍 57  ❤️ 9\n👁 3,1K · 16 мар в 09:30", "03-16"),
    ("Текст поста.\n👁 12,7K   2 янв в 7:05", "01-02"),
    ("Текст поста.\n👁 880 5 октября в 18:40\n", "10-05"),
    ("Текст поста.\n👁 3,1K · Поделиться", None),  # no date
    ("Текст поста.\nОбновлено 16 мар в 09:30", None),  # a word beside it: not a counter's line
    ("Текст поста.\n👁 3,1K · 16 мар 2031 в 09:30", None),  # a year: the page's own stamp, not year-less
    ("Текст поста.\n👁 3,1K · 16 мар", None),  # no time of posting
    ("Визит запланирован на 16 марта.", None),  # a sentence, not a stamp
])
def test_dates_foot_day_reads_a_year_less_stamp_closing_a_post(text, expected):
    assert foot_day(text) == expected


@pytest.mark.parametrize("text, told, date", [
    ("Стороны собирались в марте 2029 года в Кито, а затем в июле того же года в Лиме.", "в июле того же года",
     PartialDate(2029, 7)),
    ("Работа комиссии прервалась в 2017 году: последняя сессия прошла в мае того года.", "в мае того года",
     PartialDate(2017, 5)),
    ("Переговоры начались 3 марта 2021 года и завершились 5 мая того же года.", "5 мая того же года",
     PartialDate(2021, 5, 5)),
    ("Соглашение подписано в 2018 году и вступило в силу в конце того же года.", "в конце того же года",
     PartialDate(2018)),
    ("Договор подписан в 2016 году, в том же году его ратифицировал парламент Боливии.", "в том же году",
     PartialDate(2016)),
    ("Посольство закрыли в прошлом году, а в декабре того же года отозвали посла.", "в декабре того же года",
     PartialDate(2030, 12)),
])
def test_the_same_year_is_the_year_told_before(text, told, date):
    found = {x.text: x.date for x in find_timexes(text, PartialDate(2031, 4, 2))}
    assert found[told] == date


@pytest.mark.parametrize("text, told", [
    ("В июле того же года министры встретились в Лиме.", "В июле того же года"),  # no year told before
    ("Договор подписан 12 апреля 2016 года.\n\nМинистры встретились в Лиме.\n\nВ мае того же года всё изменилось.",
     "мае того же года"),  # two paragraphs away
])
def test_the_same_year_without_a_year_told_nearby_is_unknown(text, told):
    found = [x for x in find_timexes(text, PartialDate(2031, 4, 2)) if told in x.text]
    assert found and all(x.date.year is None for x in found)


def test_this_year_is_still_the_documents():
    [x] = find_timexes("Министры встретились в марте этого года в Лиме.", PartialDate(2031, 4, 2))
    assert x.date == PartialDate(2031, 3)


def test_a_page_stamp_a_few_days_after_a_yearless_heading_keeps_its_year():
    """A listing page updated two days after its first heading (``Обновлено: 01.05.2031`` over ``28 апреля``): the stamp
    is the page's own time, not a past it reports; a dated past a month after the heading still makes it a later
    year's."""
    from khronika.dates import infer_year

    page = "Раздел: политика. Обновлено: 01.05.2031 10:00\n\n28 апреля\nМинистры двух стран встретились в Порту."
    assert infer_year(4, 28, page) == 2031
    assert infer_year(4, 28, "Министры вспомнили встречу 20 мая 2031 года в Порту.") == 2032
