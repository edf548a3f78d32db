"""Page dates and bylines of real pages (issue 10, item 3), on invented pages of invented outlets: English month
names in a stamp, a breadcrumb, a date only in the closing line, a dateline with an agency unknown to us in
brackets, a JSON Lines record dated only by its address; bylines with a job or an outlet."""
import json

import pytest

from khronika.dates import find_dates, url_date
from khronika.read import read_file
from khronika.records import PartialDate
from khronika.stages.clean import clean

LEAD = ("Министр иностранных дел Чили провел в Сантьяго переговоры с аргентинским коллегой. Стороны обсудили "
        "пограничное сотрудничество и договорились продолжить консультации.")
BODY = f"{LEAD}\n\nСледующая встреча министров запланирована на весну."


@pytest.mark.parametrize("text, date", [
    ("3 March 2031", PartialDate(2031, 3, 3)),
    ("March 3, 2031", PartialDate(2031, 3, 3)),
    ("Sep 14, 2029", PartialDate(2029, 9, 14)),
    ("14 Sept. 2029", PartialDate(2029, 9, 14)),
    ("October 2030", PartialDate(2030, 10, None)),
])
def test_find_dates_reads_english_month_names(text, date):
    assert [d for _, _, d in find_dates(text)] == [date]


@pytest.mark.parametrize("stamp, iso", [
    ("Опубликовано 4 March 2031, 08:15 · Обновлено 5 March 2031", "2031-03-04"),  # an update is never the date
    ("Posted Feb 11, 2030 | 17:40", "2030-02-11"),
    ("Дата публикации: 9 December 2029", "2029-12-09"),
    ("Friday, November 20, 2026 at 9:05 pm", "2026-11-20"),  # an English weekday is no place
    ("Posted on Monday, 3 March 2031, 10:40 am | Last updated 4 March 2031", "2031-03-03"),
    ("Дата: Tue, 4 Mar 2031 07:00:00 +0300", "2031-03-04"),  # a mail header: weekday and zone offset
])
def test_a_stamp_with_an_english_month_dates_the_page(stamp, iso):
    result = clean(f"Вестник Анд\n\nЧили и Аргентина сверили позиции\n\n{stamp}\n\n{BODY}")
    assert result.published.iso() == iso and stamp not in result.text


def test_a_stamp_with_a_space_after_each_dot_dates_the_page():
    result = clean(f"Вестник Анд\n\nЧили и Аргентина сверили позиции\n\nОпубликовано: 4. 3. 2031, 08:15\n\n{BODY}")
    assert result.published.iso() == "2031-03-04"


def test_an_english_weekday_before_a_date_is_no_dateline_place():
    result = clean(f"Friday, November 20, 2026\n\n{BODY}")
    assert result.dateline_place is None and result.published.iso() == "2026-11-20"


def test_a_page_stamp_of_an_update_alone_dates_the_version_read():
    assert clean(f"Updated on 3 March 2031\n\n{BODY}").published.iso() == "2031-03-03"
    assert clean(f"Posted 2 March 2031 · Updated on 3 March 2031\n\n{BODY}").published.iso() == "2031-03-02"


def test_an_english_date_in_the_body_is_no_page_date():
    text = f"{LEAD}\n\nДоклад, опубликованный 4 March 2031, министры не обсуждали."
    assert clean(text).published_from == "none"


@pytest.mark.parametrize("crumbs, iso", [
    ("Вести.Ru › В мире › 3 марта 2031, 10:40", "2031-03-03"),
    ("Pravda.sk > Мир > 5 мая 2029", "2029-05-05"),
])
def test_a_breadcrumb_with_a_date_dates_the_page(crumbs, iso):
    assert clean(f"{crumbs}\n\nЧили и Аргентина сверили позиции\n\n{BODY}").published.iso() == iso


@pytest.mark.parametrize("row", ["Главная » Политика » 12.07.2030", "12.07.2030   👁 1,2K   Поделиться"])
def test_a_row_of_page_controls_with_a_date_goes_and_dates_the_page(row):
    result = clean(f"{row}\n\nЧили и Аргентина сверили позиции\n\n{BODY}")
    assert result.published.iso() == "2030-07-12" and row not in result.text


def test_the_headline_under_a_breadcrumb_is_the_title():
    result = clean(f"Вести.Ru › В мире › 3 марта 2031, 10:40\n\nЧили и Аргентина сверили позиции\n\n{BODY}")
    assert result.title == "Чили и Аргентина сверили позиции"


def test_a_breadcrumb_with_a_sentence_is_no_date_line():
    line = "Главная › Министры встретились в Сантьяго и обсудили границу › 3 марта 2031"
    assert clean(f"{line}\n\n{BODY}").published_from == "none"


def test_the_closing_line_dates_the_page_under_a_relative_header_and_its_byline_goes():
    raw = (f"Андский вестник · Вчера, 18:40 · Политика\n\nЧили и Аргентина сверили позиции\n\n{BODY}\n\n"
           "03.03.2031 · Текст: Гульнара Ахметова")
    result = clean(raw)
    assert result.published == PartialDate(2031, 3, 3) and result.published_from == "text"
    assert "Ахметова" not in result.text


@pytest.mark.parametrize("tail", [
    "Текст: Мария Иванова | 7 апреля 2030",
    "17.09.2029 · Андрей Козлов, BBC",
    "03.03.2031 · Фото: AP · Текст: Ольга Осокина",
])
def test_a_closing_stamp_beside_a_byline_or_a_signature(tail):
    result = clean(f"{BODY}\n\n{tail}")
    assert result.published_from == "text" and tail not in result.text


def test_a_date_the_last_paragraph_tells_is_no_closing_date():
    text = f"{LEAD}\n\nСледующий раунд переговоров пройдет 03.03.2031 · так условились министры."
    assert clean(text).published_from == "none"


@pytest.mark.parametrize("line, iso, agency", [
    ("Эр-Рияд, 4 марта 2031 года (SPA). Министерство иностранных дел королевства сообщило о переговорах.",
     "2031-03-04", "SPA"),
    ("Кувейт, 9 января 2030 г. /KUNA/ – Министр иностранных дел страны принял посла.", "2030-01-09", "KUNA"),
])
def test_a_dateline_with_an_agency_in_brackets_after_the_year(line, iso, agency):
    result = clean(f"{line}\n\n{BODY}")
    assert (result.published.iso(), result.source, result.dateline_place) == (iso, agency, line.split(",")[0])


@pytest.mark.parametrize("line, iso, agency", [
    ("Кито, 6 мая 2031 (7tv). Министерство иностранных дел Эквадора вызвало посла Перу.", "2031-05-06", "7tv"),
    ("Лион, 2 июня 2030 года (20 Minutes). Министр иностранных дел Франции принял посла Мали.", "2030-06-02",
     "20 Minutes"),
])
def test_a_dateline_with_an_outlet_whose_name_opens_with_figures(line, iso, agency):
    result = clean(f"{line}\n\n{BODY}")
    assert (result.published.iso(), result.source) == (iso, agency)


def test_a_count_in_brackets_after_a_dateline_is_no_outlet():
    line = "Кито, 6 мая 2031 (2 фото). Министерство иностранных дел Эквадора вызвало посла Перу."
    assert clean(f"{line}\n\n{LEAD}").published_from == "none"


@pytest.mark.parametrize("line", [
    "Эр-Рияд, 4 марта (SPA). Министерство иностранных дел королевства сообщило о переговорах.",  # no year
    "Москва, 2 декабря 2030 (по данным наблюдателей) стояла холодная погода.",  # no agency, no sentence after
])
def test_a_mixed_case_line_without_year_or_agency_stays_undated(line):
    assert clean(f"{line}\n\n{LEAD}").published_from == "none"


@pytest.mark.parametrize("url, date", [
    ("https://andes-news.example/ru/2031/03/04/chile-argentina/", PartialDate(2031, 3, 4)),
    ("https://agency.example/20300709/talks-123.html", PartialDate(2030, 7, 9)),
    ("https://agency.example/news/2030-07-09/talks", PartialDate(2030, 7, 9)),
    ("https://agency.example/news/2030/07/talks", None),  # no day
    ("https://agency.example/2031/02/30/talks", None),  # no calendar date
    ("https://agency.example/search?from=/2031/03/04/", None),  # a query is not the address
])
def test_url_date(url, date):
    assert url_date(url) == date


def test_a_jsonl_record_without_published_takes_the_date_of_its_url(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"url": "https://andes-news.example/ru/2031/03/04/chile/", "text": BODY},
               {"url": "https://andes-news.example/ru/2031/03/04/chile/", "published": "2031-03-05", "text": BODY},
               {"url": "https://andes-news.example/ru/chile/", "text": BODY}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    assert [s.published for s in read_file(str(path))] == ["2031-03-04", "2031-03-05", None]


@pytest.mark.parametrize("byline", [
    "Автор: Ольга Осокина, обозреватель",
    "Автор: Ольга Осокина, политический обозреватель",
    "Текст: Игорь Соколов",
])
def test_bylines_with_a_job_are_no_text(byline):
    raw = f"Чили и Аргентина сверили позиции\n\n{byline}\n\n{BODY}"
    assert byline not in clean(raw).text


@pytest.mark.parametrize("signature", ["Андрей Козлов, BBC", "Марина Лебедева, DW", "Жан Мартен, AFP"])
def test_a_signature_with_the_outlet_closing_the_text_goes(signature):
    result = clean(f"Чили и Аргентина сверили позиции\n\n{BODY}\n\n{signature}")
    assert signature not in result.text and result.text.endswith("на весну.")


def test_a_last_line_of_a_name_and_a_body_stays():
    text = f"{BODY}\n\nДелегацию возглавил:\nАндрей Козлов, МИД Чили"
    assert clean(text).text == text


@pytest.mark.parametrize("word, pseudo", [("Спасибо", True), ("Пожалуйста", True), ("Здравствуйте", True),
                                          ("Сегодня", True), ("Ольга", False), ("Ли", False), ("Путин", False)])
def test_a_word_of_courtesy_alone_is_no_name(word, pseudo):
    """``Спасибо, Ольга Петровна.`` in a stenogram: the tagger's lone ``Спасибо`` is no person."""
    from khronika import names
    assert names.is_adverb(word) is pseudo


def test_an_html_page_without_a_date_takes_the_date_of_its_canonical_address(tmp_path):
    page = ('<html><head><title>Чили и Аргентина</title><link rel="canonical" href="https://andes-news.example/ru/'
            '{path}chile-argentina/"></head><body><article><h1>Чили и Аргентина сверили позиции</h1>'
            f'<p>{LEAD}</p><p>Следующая встреча министров запланирована на весну, сообщили в министерстве.</p>'
            '</article></body></html>')
    dated, undated = tmp_path / "dated.html", tmp_path / "undated.html"
    dated.write_text(page.format(path="2031/03/04/"), encoding="utf-8")
    undated.write_text(page.format(path="politics/"), encoding="utf-8")
    assert [s.published for f in (dated, undated) for s in read_file(str(f))] == ["2031-03-04", None]


@pytest.mark.parametrize("line, iso", [
    ("Кито, 3 февр. 2031 (АЭН)", "2031-02-03"),  # a dateline on a line of its own, the lead on the next
    ("Лима, 14 мая 2030 года /ПНА/", "2030-05-14"),
])
def test_a_dateline_with_its_agency_in_brackets_alone_on_its_line(line, iso):
    result = clean(f"{line}\n\n{BODY}")
    assert (result.published.iso(), result.dateline_place) == (iso, line.split(",")[0])


@pytest.mark.parametrize("line", [
    "Кито, 3 февр. (АЭН)",  # no year
    "Кито, 3 февраля 2031 (по данным наблюдателей)",  # no agency
])
def test_a_line_of_a_place_and_a_date_without_year_or_agency_alone_stays_undated(line):
    assert clean(f"{line}\n\n{BODY}").published_from == "none"


def test_a_channel_and_a_show_before_the_date_of_an_issue_date_the_transcript():
    raw = f"ТВК. Передача «Мир сегодня». Выпуск от 9 марта 2031 года, 21:00\n\n{BODY}"
    assert clean(raw).published.iso() == "2031-03-09"
    assert clean(f"А. Петров. Доклад о встрече 9 марта 2031 года\n\n{BODY}").published_from == "none"


@pytest.mark.parametrize("top, footer, iso", [
    ("3 часа назад", "© Вестник Анд, 28.11.2031", "2031-11-28"),  # a copyright line with the date
    ("Вчера, 18:30", "Страница сформирована 21.11.2031", "2031-11-20"),  # read the day after
    ("Сегодня, 09:10", "Страница обновлена 22.11.2031", "2031-11-22"),
    ("Позавчера в 20:05", "© Вестник Анд, 23.11.2031. Перепечатка запрещена.", "2031-11-21"),
    ("Новости / Сегодня в 07:15", "© 2010–2031 Вестник Анд. Страница обновлена 22.11.2031 07:15", "2031-11-22"),
    ("Экономика | 40 минут назад", "© Вестник Анд, 22.11.2031", "2031-11-22"),
    ("Вчера, 21:15", "Материал опубликован 22.11.2031", "2031-11-22"),  # the story's own day, not the reader's
    ("Вчера в 08:05", "Дата публикации: 22.11.2031", "2031-11-22"),
])
def test_a_relative_stamp_on_top_leaves_the_page_to_the_date_at_its_foot(top, footer, iso):
    result = clean(f"Чили и Аргентина сверили позиции\n\n{top}\n\n{BODY}\n\n{footer}")
    assert result.published.iso() == iso and footer not in result.text


def test_a_title_closing_on_its_place_and_date_dates_the_page():
    result = clean("Брифинг официального представителя МИД Чили Х.Переса, Сантьяго, 26 ноября 2031 года\n\n"
                   f"{BODY}")
    assert result.published.iso() == "2031-11-26"
    assert clean(f"Чили и Аргентина сверили позиции, Сантьяго\n\n{BODY}").published.iso() is None


@pytest.mark.parametrize("title, iso", [
    ("Чили и Аргентина сверили позиции — 25.11.2031", "2031-11-25"),
    ("Заявление МИД Чили (25 ноября 2031 года)", "2031-11-25"),
    ("Чили и Аргентина сверили позиции — что дальше", None),
])
def test_a_title_closing_on_its_date_after_a_dash_or_in_brackets_dates_the_page(title, iso):
    assert clean(f"{title}\n\n{BODY}").published.iso() == iso


def test_a_stamp_of_a_day_month_and_year_with_dashes_beside_a_byline():
    result = clean(f"Чили и Аргентина сверили позиции\n\n24-11-2031 17:32 | Анна Осокина\n\n{BODY}")
    assert (result.published.iso(), result.dateline_place) == ("2031-11-24", None)
    assert "Анна Осокина" not in result.text


def test_a_treaty_closing_on_its_signing_line_is_dated_by_it():
    raw = (f"Совместная декларация Чили и Аргентины\n\n{BODY}\n\nСовершено в г. Сантьяго 26 ноября 2031 года в двух "
           "экземплярах, каждый на испанском языке.")
    assert clean(raw).published.iso() == "2031-11-26"


@pytest.mark.parametrize("line, place", [
    ("Аддис-Абеба, 16 хедар 2024 года (25 ноября 2031 года).", "Аддис-Абеба"),
    ("ТЕГЕРАН, 4 азар 1410 (25 ноября 2031) /ИРНА/ -", "Тегеран"),
])
def test_a_dateline_of_another_calendar_takes_the_gregorian_date_in_brackets(line, place):
    result = clean(f"Чили и Аргентина сверили позиции\n\n{line} {BODY}")
    assert (result.published.iso(), result.dateline_place) == ("2031-11-25", place)


@pytest.mark.parametrize("top, foot", [
    ("Обновлено: 10 минут назад", "© Вестник Анд. Страница сформирована 28.11.2031"),  # an update's stamp dates nothing
    ("Политика | 3 часа назад", "Последнее изменение страницы: 26 ноября 2031 года"),  # no footer of the page
])
def test_a_relative_stamp_without_a_page_date_at_the_foot_leaves_the_page_undated(top, foot):
    result = clean(f"Чили и Аргентина сверили позиции\n\n{top}\n\n{BODY}\n\n{foot}")
    assert result.published.iso() != "2031-11-28" and result.published.iso() != "2031-11-26"


def test_a_footer_date_without_a_relative_stamp_on_top_is_no_page_date():
    raw = f"Справка: граница Чили и Аргентины\n\n{BODY}\n\n© Вестник Анд. Страница сформирована 21.11.2031"
    assert clean(raw).published_from == "none"


@pytest.mark.parametrize("closing", ["Сантьяго | 25.11.2031", "(Сантьяго, 25 ноября 2031 года)"])
def test_a_closing_line_of_a_place_and_a_date_dates_the_page(closing):
    result = clean(f"Чили и Аргентина сверили позиции\n\n{BODY}\n\nПодпишитесь на наш канал в YouTube\n{closing}")
    assert result.published.iso() == "2031-11-25" and result.dateline_place == "Сантьяго"
    assert closing not in result.text


@pytest.mark.parametrize("title, iso", [
    ("Стенограмма пресс-конференции официального представителя МИД Чили Х.Переса 3 марта 2031 года", "2031-03-03"),
    ("Онлайн-трансляция: главное о переговорах в Андах 14 мая 2031 года", "2031-05-14"),
    ("Брифинг пресс-секретаря президента Перу 9 апреля 2031 г.", "2031-04-09"),
    ("Президенты Чили и Перу встретятся 9 апреля 2031 года", None),  # a headline's date is the event's
    ("Расшифровка программы от 14 мая 2031 года", "2031-05-14"),  # a short record's title dated by "от"
    ("Стенограмма передачи от 2 июня 2031 г.", "2031-06-02"),
])
def test_the_title_of_a_record_closing_on_its_date_dates_the_page(title, iso):
    assert clean(f"{title}\n\n{BODY}").published.iso() == iso


def test_a_byline_element_with_the_date_dates_an_html_page(tmp_path):
    page = tmp_path / "a.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in (LEAD, LEAD.replace("Чили", "Перу")))
    page.write_text(f"<html><head><title>Чили и Аргентина</title></head><body><article><h1>Чили и Аргентина "
                    f"сверили позиции</h1><p class=\"byline\">Анна Осокина · Опубликовано: 3 марта 2031 г.</p>"
                    f"{paragraphs}</article></body></html>", encoding="utf-8")
    assert next(iter(read_file(str(page)))).published == "2031-03-03"


@pytest.mark.parametrize("page, iso", [
    # a broadcast's header of labels apart by dashes
    (f"Канал Анды — Вечерний выпуск — 14.05.2031 — субтитры\n\n{BODY}", "2031-05-14"),
    (f"Канал Анды — Итоги — 14.05.2031 — субтитры (перевод с испанского)\n\n{BODY}", "2031-05-14"),
    # a letterhead date beside a registration number
    (f"МИД ЧИЛИ\nКомментарий\n\n14 мая 2031 года      4417-14-05-2031\n\n{BODY}", "2031-05-14"),
    # an ISO stamp on top, with its source beside it: a date, no registration number
    (f"2031-05-14 09:40 | Источник: Agencia Andes\n\nЧили и Перу сверили позиции\n\n{BODY}", "2031-05-14"),
    # a schedule dated by its week, its year at the range's end, and a year-less day under it
    (f"Программа мероприятий министра на неделю 12–18 мая 2031 года\n\nПонедельник, 12 мая\n{BODY}", "2031-05-12"),
])
def test_a_broadcast_header_a_letterhead_and_a_weeks_schedule_date_the_page(page, iso):
    assert clean(page).published.iso() == iso


@pytest.mark.parametrize("lead, iso, place", [
    ("Сантьяго, 3 марта 2031 года. Правительство Чили утвердило план.", "2031-03-03", "Сантьяго"),
    ("Лима, 14 мая 2031. Министры Перу и Чили подписали меморандум.", "2031-05-14", "Лима"),
    ("Четверг, 14 мая 2031. Министры Перу и Чили подписали меморандум.", None, None),  # a weekday, no place
    ("Лима, 14 мая. Министры Перу и Чили подписали меморандум.", None, None),  # no year, no agency: a sentence
])
def test_a_place_and_a_full_date_closed_by_a_full_stop_open_the_lead(lead, iso, place):
    result = clean(f"Чили и Перу сверили позиции\n\n{lead}\n\nСледующая встреча министров запланирована на весну.")
    assert result.published.iso() == iso and result.dateline_place == place


def test_a_page_stamp_above_a_block_of_further_materials_dates_the_page():
    raw = (f"Чили и Аргентина сверили позиции\n\n{BODY}\n\n12.03.2031 17:40\n\nДополнительные материалы\n"
           "Чили — Аргентина: двусторонние отношения\nВерсия для печати")
    result = clean(raw)
    assert result.published.iso() == "2031-03-12" and "двусторонние отношения" not in result.text


def test_a_yearless_dateline_with_an_unknown_outlet_in_brackets_before_a_dash_tells_fusion_its_day():
    from khronika.stages.clean.heads import dateline, yearless_day
    assert yearless_day("Чили и Перу сверили позиции\n\nКито, 12 марта (АПИ) — Накануне прошли переговоры.") == "03-12"
    assert dateline("Кито, 12 марта (АПИ) — Накануне в Кито прошли переговоры.") is None  # no year to date the page
    assert yearless_day("Заметка\n\nКито, 12 марта (понедельник) — холодный день.") is None
    assert dateline("Кито, 12 марта — холодный день.") is None


@pytest.mark.parametrize("note", ["Andes Times. Перевод с испанского", "Перевод с английского", "Перевод редакции."])
def test_a_closing_date_above_a_translation_note_dates_the_page(note):
    text = f"2 дня назад\n\nЗаголовок\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nЛима, 14.03.2031\n{note}\n"
    r = clean(text)
    assert r.published == PartialDate(2031, 3, 14)
    assert note not in r.text


@pytest.mark.parametrize("text, day", [
    ("Лима, 24 ноября (Андина). В Лиме прошла сессия комиссии.", "11-24"),
    ("Кито, 3 марта (АПИ). Министр иностранных дел Эквадора принял посла.", "03-03"),
    ("Кито, 3 марта (АПИ) — Министр иностранных дел Эквадора принял посла.", "03-03"),
])
def test_a_yearless_dateline_with_an_unknown_agency_in_brackets_gives_its_day(text, day):
    from khronika.stages.clean.heads import yearless_day

    assert yearless_day(text) == day
    assert clean(text).published == PartialDate()


@pytest.mark.parametrize("foot", [
    "Опубликовано: 14.03.2031\nvestnik-andes.cl",
    "Опубликовано: 14 марта 2031 года\nwww.diario-sur.pe",
    "14.03.2031, 10:20\nnoticias.bo",
])
def test_a_date_stamp_at_the_foot_above_the_sites_address_dates_the_page(foot):
    result = clean(f"Сантьяго, суббота\n\nПереговоры в Сантьяго\n\n{BODY}\n\n{foot}\n")
    assert result.published == PartialDate(2031, 3, 14)
    assert "Опубликовано" not in result.text and "14.03" not in result.text


@pytest.mark.parametrize("head, iso", [
    ("Le Quotidien — Абиджан, пятница 4 марта 2033", "2033-03-04"),  # a place and a weekday before the date
    ("Daily Courier · Мир · Автор: Кваме Оусу Асанте | 12 мая 2032", "2032-05-12"),  # a byline of a foreign name
    ("The Addis Standard · Политика\nЧетверг, 5 тахшас 2025 · 14 декабря 2032", "2032-12-14"),  # another calendar
    ("THE STAR · Мир\nОпубликовано 3 июня 2032 г. в 09:10 по местному времени · Обновлено 4 июня 2032 г.",
     "2032-06-03"),  # a time zone told in words; the update's date is no publication date
])
def test_a_header_line_of_labels_and_a_date_dates_the_page(head, iso):
    assert clean(f"{head}\n\nЧили и Аргентина сверили позиции\n\n{BODY}").published.iso() == iso


def test_a_closing_place_and_date_with_a_time_written_with_h_dates_the_page():
    result = clean(f"{BODY}\n\nАбиджан, 04.03.2033 – 18h45\nКофи Куаме")
    assert result.published.iso() == "2033-03-04" and result.published_from == "text"
