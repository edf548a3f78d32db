"""Cleaning on invented texts, one behaviour per test, and one end-to-end check on the seed files."""
from pathlib import Path

import pytest

from khronika.pipeline import Pipeline
from khronika.records import Document, PartialDate, Source
from khronika.stages.clean import CleanStage, clean

BODY = ("Министры иностранных дел Германии и Франции обсудили торговлю.\n\n"
        "Стороны договорились продолжить консультации на уровне экспертов.")


def removed_texts(raw):
    return [(raw[s.start:s.stop], s.reason) for s in clean(raw).removed]


def test_clean_drops_social_line_and_uses_site_as_source():
    raw = f"Вестник.Ru в Telegram\n\nГермания и Франция сверили позиции\n\n{BODY}"
    result = clean(raw)
    assert result.source == "Вестник.Ru"
    assert "Telegram" not in result.text
    assert result.text.startswith("Германия и Франция сверили позиции\n\n")


def test_clean_social_line_without_a_site_names_no_source():
    result = clean(f"{BODY}\n\nМы в Telegram")
    assert result.text == BODY
    assert result.source is None


@pytest.mark.parametrize("line", ["Комментарии (12)", "Комментарии +", "Новые комментарии 3",
                                  "34 комментария", "1 комментарий"])
def test_clean_drops_comment_counters(line):
    raw = f"{line}\n{BODY}\n{line}"
    assert clean(raw).text == BODY
    assert removed_texts(raw) == [(line, "comments"), (line, "comments")]  # body between: two spans


@pytest.mark.parametrize("line", ["Все новости", "Ещё новости по теме",
                                  "Подписывайтесь на наш канал в Дзене",
                                  "Читайте также: Парламент одобрил новый бюджет",
                                  "Фото: пресс-служба правительства"])
def test_clean_drops_navigation_lines(line):
    assert clean(f"{BODY}\n{line}\nПереговоры продолжатся осенью.").text == \
        f"{BODY}\nПереговоры продолжатся осенью."


@pytest.mark.parametrize("heading", ["Новости партнеров", "Главное за день", "Другие новости",
                                     "Лента новостей", "Читайте также:", "ДРУГИЕ НОВОСТИ",
                                     "Последние заявления:", "Другие пресс-релизы:", "Свежие материалы раздела:"])
def test_clean_drops_headline_block_to_the_end(heading):
    raw = (f"{BODY}\n\n{heading}\nВ Анкаре открылась выставка\nСборная проиграла в финале\n"
           "Курс евро вырос, а доллара упал\nПодписывайтесь на наши новости.\nПремьер ушел в отставку\n")
    result = clean(raw)
    assert result.text == BODY
    assert removed_texts(raw) == [(raw[raw.index(heading):len(raw.rstrip())], "headlines")]


@pytest.mark.parametrize("intro", ["Стороны подписали следующие документы:",
                                   "Последние:", "Другие итоги встречи в цифрах:"])
def test_clean_keeps_a_list_the_text_introduces(intro):
    """Only a heading of two or three words and a colon that opens like "Последние …" heads other stories."""
    raw = f"{BODY}\n\n{intro}\nМеморандум о сотрудничестве в энергетике\nПрограмма обменов в сфере культуры\n"
    assert "Меморандум о сотрудничестве" in clean(raw).text


def test_clean_headline_block_stops_at_body_text():
    raw = ("Первый абзац заметки о встрече.\n\nЧитайте также\nВ Анкаре открылась выставка\n"
           "Сборная проиграла в финале\n\nВторой абзац заметки, который надо сохранить.")
    assert clean(raw).text == ("Первый абзац заметки о встрече.\n\n"
                               "Второй абзац заметки, который надо сохранить.")


@pytest.mark.parametrize("bullet", ["- ", "• "])
def test_clean_drops_trailing_related_links(bullet):
    raw = (f"{BODY}\n{bullet}Премьер прибыл в Анкару для переговоров\n"
           f"{bullet}Парламент одобрил бюджет на следующий год\n\n")
    result = clean(raw)
    assert result.text == BODY
    assert removed_texts(raw) == [(raw[len(BODY) + 1:].rstrip(), "related")]


@pytest.mark.parametrize("tail", [
    "Стороны договорились о следующем:\n- расширить торговлю\n- провести новую встречу",
    "Стороны договорились о следующем:\n- Расширить торговлю\n- Провести новую встречу",
    "Итоги встречи\n- расширить торговлю\n- провести новую встречу",
    "- Это конец заметки, а не ссылка.",
])
def test_clean_keeps_trailing_lists_that_are_not_links(tail):
    assert clean(f"{BODY}\n{tail}").text == f"{BODY}\n{tail}"


def test_clean_keeps_bullets_in_the_middle():
    raw = f"- Премьер прибыл в Анкару\n- Парламент одобрил бюджет\n{BODY}"
    assert clean(raw).text == raw


def test_clean_caption_printed_twice_is_the_title_and_removed():
    raw = f"Министры на ступенях дворца\nМинистры на ступенях дворца\n{BODY}"
    result = clean(raw)
    assert result.title == "Министры на ступенях дворца"
    assert result.text == BODY
    assert removed_texts(raw) == [("Министры на ступенях дворца\nМинистры на ступенях дворца", "caption")]


def test_clean_caption_in_the_middle_is_removed_but_not_the_title():
    raw = f"Германия и Франция сверили позиции\n{BODY}\nЛидеры у входа\n\nЛидеры у входа\nКонец заметки."
    result = clean(raw)
    assert result.title == "Германия и Франция сверили позиции"
    assert "Лидеры у входа" not in result.text
    assert result.text.endswith("экспертов.\n\nКонец заметки.")


def test_clean_keeps_a_sentence_printed_twice():
    raw = "Стороны обменялись мнениями.\nСтороны обменялись мнениями.\nКонец."
    assert clean(raw).text == raw


def test_clean_closing_attribution_gives_source_and_date():
    raw = f"{BODY}\n\nПресс-служба МИД Франции, 03.04.2019\n"
    result = clean(raw)
    assert result.text == BODY
    assert result.source == "Пресс-служба МИД Франции"
    assert (result.published, result.published_from) == (PartialDate(2019, 4, 3), "text")
    assert removed_texts(raw) == [("Пресс-служба МИД Франции, 03.04.2019", "attribution")]


def test_clean_only_the_last_closing_line_is_attribution():
    raw = f"{BODY}\nПресс-служба МИД Германии, 02.04.2019\nПресс-служба МИД Франции, 03.04.2019"
    result = clean(raw)
    assert result.text == f"{BODY}\nПресс-служба МИД Германии, 02.04.2019"
    assert (result.source, result.published) == ("Пресс-служба МИД Франции", PartialDate(2019, 4, 3))


def test_clean_a_closing_disclaimer_naming_the_outlet_leaves_the_date_line_above_it():
    raw = (f"{BODY}\n\nПеревод: Обзор СМИ, 14.05.2031\n\nМатериалы сайта содержат оценки исключительно зарубежных "
           "СМИ и не отражают позицию редакции Обзора.")
    result = clean(raw)
    assert result.text == BODY
    assert (result.published, result.published_from) == (PartialDate(2031, 5, 14), "text")


def test_clean_closing_place_and_date_gives_place_not_source():
    result = clean(f"{BODY}\nМинск, 30 мая 2019 г.")
    assert (result.source, result.dateline_place) == (None, "Минск")
    assert result.published == PartialDate(2019, 5, 30)


@pytest.mark.parametrize("line, place, source", [
    ("Кито, 3 марта 2031 (АПИ)", "Кито", "АПИ"),  # an agency's dateline printed below the text
    ("КИТО, 3 марта 2031 г. /АПИ/.", "Кито", "АПИ"),
])
def test_clean_a_closing_dateline_dates_and_places_the_page(line, place, source):
    result = clean(f"{BODY}\n\n{line}\n")
    assert (result.text, result.dateline_place, result.source) == (BODY, place, source)
    assert (result.published, result.published_from) == (PartialDate(2031, 3, 3), "text")


@pytest.mark.parametrize("line", ["Кито, 3 марта (АПИ)",  # no year: no page date
                                  "Кито, 3 марта 2031 года, стороны договорились встретиться снова."])
def test_clean_a_closing_dateline_without_a_year_or_in_a_sentence_dates_nothing(line):
    assert clean(f"{BODY}\n\n{line}\n").published_from == "none"


def test_clean_closing_line_without_full_date_is_kept():
    raw = f"{BODY}\nПресс-служба МИД Франции, в 2019 году"
    result = clean(raw)
    assert result.text == raw
    assert (result.source, result.published_from) == (None, "none")


@pytest.mark.parametrize("lead, place, source, published", [
    ("БЕРЛИН, 12 апреля 2018 года. /БелТА/. Канцлер выступил", "Берлин", "БелТА", "2018-04-12"),
    ("ПАРИЖ, 5 апреля 2018 – РИА Новости. Президент выступил", "Париж", "РИА Новости", "2018-04-05"),
    ("НЬЮ-ЙОРК, 3 мая 2018 (Reuters) - Биржи выросли", "Нью-Йорк", "Reuters", "2018-05-03"),
    ("РОСТОВ-НА-ДОНУ. 14 июня 2018. ИНТЕРФАКС - Суд начал", "Ростов-на-Дону", "Интерфакс", "2018-06-14"),
    ("АНКАРА, 7 окт 2018 - Премьер заявил", "Анкара", None, "2018-10-07"),
    ("КАСТРИС, Сент-Люсия, 9 марта 2031 (CMC) — Премьер заявил", "Кастрис", "CMC", "2031-03-09"),
    ("ГАМИЛЬТОН, Бермудские Острова, 2 июня 2031 года (AP) – Губернатор заявил", "Гамильтон", "AP", "2031-06-02"),
])
def test_clean_dateline_variants(lead, place, source, published):
    raw = f"Заголовок заметки\n{lead} о переговорах.\nВторой абзац."
    result = clean(raw)
    assert (result.dateline_place, result.source) == (place, source)
    assert (result.published.iso(), result.published_from) == (published, "dateline")
    assert result.text == raw  # the dateline is part of the lead sentence


def test_clean_dateline_year_is_inferred_from_a_past_reference():
    raw = ("ПЕКИН, 15 дек. /Синьхуа/. Министры подвели итоги года. Переговоры начались "
           "в марте 2012 года, а протокол подписали 20 мая 2012 года.")
    result = clean(raw)
    assert (result.published, result.published_from) == (PartialDate(2012, 12, 15), "dateline")
    assert result.source == "Синьхуа"


def test_clean_dateline_before_the_reference_is_next_year():
    result = clean("ПЕКИН, 15 февраля. /Синьхуа/. Переговоры начались в марте 2012 года.")
    assert result.published == PartialDate(2013, 2, 15)


def test_clean_dateline_without_year_evidence_stays_undated():
    result = clean("ПЕКИН, 15 февраля. /Синьхуа/. Министры встретились в субботу и обсудили торговлю.")
    assert (result.published, result.published_from) == (PartialDate(), "none")
    assert (result.dateline_place, result.source) == ("Пекин", "Синьхуа")


def test_clean_dateline_ignores_future_references():
    result = clean("ПЕКИН, 15 февраля. /Синьхуа/. Новый раунд планируется провести в июне 2030 года.")
    assert result.published == PartialDate()


def test_clean_dateline_needs_the_date_right_after_the_place():
    result = clean("НАТО, по данным на 12 апреля 2018 года, расширяется.\nВторой абзац.")
    assert (result.dateline_place, result.published_from) == (None, "none")


def test_clean_dateline_only_near_the_top():
    raw = "\n".join(f"Абзац номер {n}." for n in range(6)) + "\nПЕКИН, 15 мая 2012 года. /Синьхуа/. Текст."
    assert clean(raw).dateline_place is None


@pytest.mark.parametrize("header, place, published", [
    ("(12 апреля 2018 года, Берлин)", "Берлин", "2018-04-12"),
    ("12 апреля 2018 года, Берлин", "Берлин", "2018-04-12"),
    ("Нижний Новгород, 12 апреля 2018 г.", "Нижний Новгород", "2018-04-12"),
    ("Ростов-на-Дону, 12 апреля 2018 г.", "Ростов-на-Дону", "2018-04-12"),
    ("(12 апреля 2018 года, Берлин, Германия)", "Берлин", "2018-04-12"),
    ("12.04.2018 14:35", None, "2018-04-12"),
])
def test_clean_header_date(header, place, published):
    raw = f"Заголовок заметки\n\n{header}\n\n{BODY}"
    result = clean(raw)
    assert (result.dateline_place, result.published.iso(), result.published_from) == \
        (place, published, "dateline")
    assert header in result.text
    assert result.title == "Заголовок заметки"


@pytest.mark.parametrize("line", ["12 апреля 2018 года министры Германии и Франции встретились.",
                                  "12 апреля 2018 года, министры встретились"])
def test_clean_header_date_needs_a_line_of_its_own(line):
    assert clean(f"Заголовок заметки\n{line}\n{BODY}").published_from == "none"


def test_clean_weekday_alone_does_not_date_a_document():
    result = clean("В субботу министры обороны двух стран встретились в Анкаре.")
    assert (result.published, result.published_from) == (PartialDate(), "none")


def test_clean_text_without_date_evidence_is_undated():
    result = clean(f"Германия и Франция сверили позиции\n{BODY}\nВ 2014 году такие встречи прекратились.")
    assert (result.published, result.published_from, result.dateline_place) == (PartialDate(), "none", None)


@pytest.mark.parametrize("first_line, title", [
    ("Германия и Франция сверили позиции", "Германия и Франция сверили позиции"),
    ("Канцлер: торговля важнее споров", "Канцлер: торговля важнее споров"),
    ("Придет ли конец спорам?", "Придет ли конец спорам?"),
    ("Министры Германии и Франции встретились в Берлине.", None),
    ("Стороны договорились о следующем:", None),
    ("Очень длинная первая строка " * 10, None),
    ("БЕРЛИН, 12 апреля. /БелТА/", None),
    ("(12 апреля 2018 года, Берлин)", None),
])
def test_clean_title_detection(first_line, title):
    result = clean(f"\n\n{first_line}\n{BODY}")
    assert result.title == title
    assert result.text.startswith(first_line.strip())  # the title stays in the body


def test_clean_removed_spans_point_at_the_raw_text():
    raw = ("Вестник.Ru в Telegram\nКомментарии (4)\n\nГермания и Франция сверили позиции\n"
           f"{BODY}\n- Премьер прибыл в Анкару\n")
    assert removed_texts(raw) == [("Вестник.Ru в Telegram", "social"), ("Комментарии (4)", "comments"),
                                  ("- Премьер прибыл в Анкару", "related")]


@pytest.mark.parametrize("heading", ["Комментарии (3)", "Обсуждение", "Комментарии читателей:", "Комментарии: 12"])
def test_clean_drops_readers_comments_after_the_article_to_the_end(heading):
    raw = (f"Германия и Франция сверили позиции\n{BODY}\n\n{heading}\n\nПётр Смирнов, 12:40\n"
           "Давно пора! Министр должен уйти в отставку.\n\nОтветить\n")
    result = clean(raw)
    assert "Смирнов" not in result.text and "отставку" not in result.text
    assert result.text.endswith("на уровне экспертов.")


def test_clean_drops_a_social_pages_comments_signed_with_names():
    raw = (f"Германия и Франция сверили позиции\n{BODY}\n\nКомментарии\nAnna Schmidt: Gute Nachricht!\n"
           "Пётр К.: Давно пора, удачи дипломатам!\n")
    result = clean(raw)
    assert "Пётр" not in result.text and "Schmidt" not in result.text
    assert result.text.endswith("на уровне экспертов.")
    raw = (f"Германия и Франция сверили позиции\n{BODY}\n\nКомментарии\nАнна Шмидт: по ее словам, консультации "
           "прошли спокойно.\n")  # one signed line is no readers' section
    assert "Шмидт" in clean(raw).text


def test_clean_keeps_a_section_of_reactions_headed_comments_in_the_article():
    raw = (f"Германия и Франция сверили позиции\n{BODY}\n\nКомментарии\n\nКак заявили наблюдатели, консультации "
           "прошли в спокойной обстановке, а стороны подтвердили готовность продолжить диалог.\n")
    assert "наблюдатели" in clean(raw).text


def test_clean_collapses_blank_lines_and_strips():
    raw = "\n \n\xa0\nПервый абзац.\n\n\n \n\nВторой абзац. \n\t\nКомментарии (2)\n\nТретий абзац.\n\n"
    assert clean(raw).text == "Первый абзац.\n\nВторой абзац. \n\nТретий абзац."


def test_clean_handles_crlf_line_breaks():
    raw = "Вестник.Ru в Telegram\r\nПервый абзац.\r\nВторой абзац.\r\n"
    result = clean(raw)
    assert result.text == "Первый абзац.\nВторой абзац."
    assert removed_texts(raw) == [("Вестник.Ru в Telegram", "social")]


def test_clean_empty_text():
    result = clean("")
    assert (result.text, result.removed, result.title, result.published_from) == ("", (), None, "none")


IDEMPOTENCE_TEXTS = [
    f"Вестник.Ru в Telegram\nКомментарии +\n\nЗаголовок\n\n{BODY}\n\nДругие новости\nЧто-то случилось\n",
    f"Подпись\nПодпись\n{BODY}\n\nПресс-служба МИД Франции, 03.04.2019",
    f"Заголовок\nАбзац.\nПодпись\nЗаметка.\nПодпись\n{BODY}\n- Ссылка на другую новость\n",
    f"\n\xa0\n{BODY}\n\n\n\nКонец.",
]


@pytest.mark.parametrize("raw", IDEMPOTENCE_TEXTS)
def test_clean_is_idempotent(raw):
    once = clean(raw)
    twice = clean(once.text)
    assert twice.text == once.text
    assert twice.removed == ()


def make_doc(raw, **metadata):
    return Document.from_source(Source(path="note.txt", text=raw)).replace(**metadata)


def test_clean_stage_fills_text_and_metadata():
    raw = f"Заголовок заметки\nПЕКИН, 15 мая 2012 года. /Синьхуа/. {BODY}\n- Ссылка на другую новость"
    doc = Pipeline([CleanStage()])(make_doc(raw))
    assert doc.text == raw[:raw.index("\n- ")]
    assert (doc.title, doc.source, doc.dateline_place) == ("Заголовок заметки", "Синьхуа", "Пекин")
    assert (doc.published, doc.published_from) == (PartialDate(2012, 5, 15), "dateline")
    assert [s.reason for s in doc.removed] == ["related"]
    assert {"raw", "text", "published", "removed"} <= doc.done


def test_clean_stage_keeps_metadata_from_the_reader():
    raw = f"Заголовок заметки\nПЕКИН, 15 мая 2012 года. /Синьхуа/. {BODY}"
    doc = CleanStage()(make_doc(raw, title="Из HTML", source="Сайт", published=PartialDate(2012, 5, 16)))
    assert (doc.title, doc.source) == ("Из HTML", "Сайт")
    assert (doc.published, doc.published_from) == (PartialDate(2012, 5, 16), "metadata")


SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"


def test_clean_seed_files_end_to_end():
    got = {}
    for path in sorted(SEEDS.glob("*.txt")):
        result = clean(path.read_text(encoding="utf-8"))
        got[path.name[:3]] = (result.published.iso(), result.published_from)
    assert got == {
        "000": ("2016-12-15", "text"),
        "001": ("2019-05-30", "dateline"),
        "002": (None, "none"),
        "003": ("2017-03-20", "dateline"),
        "004": (None, "none"),
    }


# Page excerpts of our own in the styles of several outlets (tests/fixtures/pages/): dates, sources
# and the boilerplate each page prints around its article.
PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.mark.parametrize("page, published, published_from, source, place, title", [
    ("ria_style", "2025-12-02", "dateline", "РИА Новости", "Москва",
     "Министры иностранных дел Венгрии и Сербии обсудили транзит газа"),
    ("tass_style", "2030-12-06", "dateline", "ТАСС", "Буэнос-Айрес",
     "Глава МИД Чили посетит Аргентину на следующей неделе"),
    ("interfax_style", "2024-03-14", "dateline", "Интерфакс", "Осло", None),
    ("kommersant_style", "2025-12-02", "dateline", None, None, "Переговоры в Вене зашли в тупик"),
    ("izvestia_style", "2025-12-02", "dateline", None, None,
     "Президенты Казахстана и Монголии договорились о поставках зерна"),
    ("mid_style", "2025-12-02", "text", None, None, "О переговорах заместителя Министра иностранных дел с Послом Перу"),
])
def test_clean_pages_metadata(page, published, published_from, source, place, title):
    result = clean((PAGES / f"{page}.txt").read_text(encoding="utf-8"))
    assert (result.published.iso(), result.published_from) == (published, published_from)
    assert (result.source, result.dateline_place, result.title) == (source, place, title)


@pytest.mark.parametrize("page, removed", [
    ("ria_style", [("17:53 02.12.2025 (обновлено: 18:10 02.12.2025)", "stamp"), ("Прослушать", "ui"),
                   ("© РИА Новости / Олег Кузнецов", "credit"), ("Перейти в медиабанк", "ui"),
                   ("Читайте также: Венгрия и Австрия подписали соглашение о границе", "related"),
                   ("Подписывайтесь на РИА Новости в Дзене", "subscribe")]),
    ("tass_style", [("6 декабря 2030 в 09:41", "stamp"), ("Поделиться", "ui"),
                    ("Иван Соколов, корреспондент", "byline"),
                    ("Теги: Чили, Аргентина, дипломатия", "tags")]),
    ("interfax_style", [("Опубликовано: 14 марта 2024, 09:12 Обновлено: 15 марта 2024, 11:40", "stamp"),
                        ("Автор: Мария Осокина", "byline"), ("Фото: пресс-служба МИД Норвегии", "credit")]),
    ("kommersant_style", [("Газета «Вестник» №215 от 02.12.2025, стр. 6", "stamp"),
                          ("Алексей Морозов, специальный корреспондент «Вестника»", "byline"),
                          ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "ui")]),
    ("mid_style", [("Главная", "ui"), ("Министерство\nПресс-служба\nНовости\nДокументы", "menu"),
                   ("Поделиться\nВерсия для печати", "ui"), ("02.12.2025", "attribution")]),
])
def test_clean_pages_boilerplate(page, removed):
    raw = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
    assert removed_texts(raw) == removed


def test_clean_pages_keep_the_body():
    raw = (PAGES / "izvestia_style.txt").read_text(encoding="utf-8")
    text = clean(raw).text
    assert "Ранее стороны договорились о встрече 14 ноября 2025 года." in text
    assert "Фото" not in text and "Обновлено" not in text


@pytest.mark.parametrize("stamp, published", [
    ("17:53 02.12.2025", "2025-12-02"),
    ("02.12.2025, 17:53", "2025-12-02"),
    ("2 декабря 2025, 17:53", "2025-12-02"),
    ("• 14 февраля 2030 в 09:41", "2030-02-14"),
    ("Опубликовано: 2 декабря 2025, 17:53", "2025-12-02"),
    ("Дата публикации: 02.12.2025", "2025-12-02"),
    ("Вторник, 2 декабря 2025 г., 17:53 МСК", "2025-12-02"),
    ("kavkaz.ru Посмотреть оригинал март 3-го, 2015", "2015-03-03"),
    ("kavkaz.ruПосмотреть оригиналмарт 3-го, 2015", "2015-03-03"),
    ("Обновлено: 03.12.2025 10:00 | Опубликовано: 02.12.2025 17:53", "2025-12-02"),
    ("02.12.2025 17:53 (GMT-5)", "2025-12-02"),
    ("2 декабря 2025 г., 11:45 AEDT", "2025-12-02"),  # a time zone's abbreviation
    ("Вестник Анд · Политика · 2 декабря 2025, 17:53 CET", "2025-12-02"),
    ("Итоги дня. Выпуск от 2 декабря 2025 года, 21:00", "2025-12-02"),
])
def test_clean_date_stamps(stamp, published):
    result = clean(f"Заголовок заметки\n{stamp}\n{BODY}")
    assert (result.published.iso(), result.published_from) == (published, "dateline")
    assert result.title == "Заголовок заметки"


def test_clean_update_alone_dates_a_document_by_the_version_read():
    """An update's stamp never outweighs a publication date, but the only stamp of a page dates the version read
    (what its "сегодня" and weekdays count from)."""
    result = clean(f"Заголовок заметки\nОбновлено: 03.12.2025 10:00\n{BODY}")
    assert (result.published, result.published_from) == (PartialDate(2025, 12, 3), "dateline")
    assert "Обновлено" not in result.text
    result = clean(f"Заголовок заметки\nОбновлено: 03.12.2025 10:00\n{BODY}\n\nМосква, 2 декабря 2025 г.")
    assert result.published == PartialDate(2025, 12, 2)  # the closing line's date wins


def test_clean_publication_line_before_update_line():
    result = clean(f"Опубликовано: 02.12.2025 17:53\nОбновлено: 05.12.2025 10:00\n{BODY}")
    assert result.published == PartialDate(2025, 12, 2)


@pytest.mark.parametrize("stamp, published", [
    ("17:53 02.12.2025", PartialDate(2025, 12, 2)),
    ("00:10 03.12.2025", PartialDate(2025, 12, 2)),  # the dateline's day, the stamp's year
    ("00:10 02.01.2026", PartialDate(2025, 12, 2)),  # a dateline of December on a January page
])
def test_clean_dateline_takes_the_year_of_a_stamp(stamp, published):
    result = clean(f"{stamp}\nМОСКВА, 2 дек — РИА Новости. {BODY}")
    assert (result.published, result.published_from, result.dateline_place) == (published, "dateline", "Москва")


def test_clean_january_dateline_on_a_page_stamped_in_december():
    result = clean(f"23:55 31.12.2025\nМОСКВА, 1 янв — РИА Новости. {BODY}")
    assert result.published == PartialDate(2026, 1, 1)


def test_clean_dateline_in_mixed_case_needs_a_known_agency():
    assert clean(f"Москва, 2 декабря 2025 — РИА Новости. {BODY}").dateline_place == "Москва"
    assert clean(f"Москва, 2 декабря 2025 — холодный день. {BODY}").published_from == "none"


@pytest.mark.parametrize("line", [
    "2 декабря 2025 года министры встретились в Вене.",  # a body sentence tells of an event
    "Министры встретятся 2 декабря 2025 года",
    "Саммит 2 декабря 2025 года: итоги",
])
def test_clean_dates_in_sentences_are_not_publication_dates(line):
    assert clean(f"{line}\n{BODY}").published_from == "none"


@pytest.mark.parametrize("line", ["2014 год", "Октябрь 2019 г.", "Вторник"])
def test_clean_a_line_without_a_day_is_no_stamp(line):
    raw = f"Заголовок заметки\n{line}\n{BODY}"
    assert (clean(raw).text, clean(raw).published_from) == (raw, "none")


def test_clean_site_line_gives_the_source():
    result = clean(f"Заголовок заметки\nkavkaz.ru Посмотреть оригинал\n{BODY}")
    assert (result.source, result.text) == ("kavkaz.ru", f"Заголовок заметки\n{BODY}")


@pytest.mark.parametrize("line, reason", [
    ("Фото: РИА Новости / Иван Петров", "credit"),
    ("© AP Photo / Петр Иванов", "credit"),
    ("Министры на встрече в Вене. Фото: пресс-служба МИД Австрии", "credit"),
    ("Автор: Иван Петров", "byline"),
    ("Беседовала Анна Смирнова", "byline"),
    ("Текст: И. Петров, фото: А. Сидоров", "byline"),
    ("Иван Петров, корреспондент", "byline"),
    ("Анна Смирнова, политический обозреватель", "byline"),
    ("Теги: Россия, Китай, переговоры", "tags"),
    ("Метки › дипломатия", "tags"),
    ("ЧИТАЙТЕ ТАКЖЕ Венгрия и Австрия подписали соглашение", "related"),
    ("По теме: Венгрия и Австрия подписали соглашение", "related"),
    ("© 2025 Вестник. Все права защищены.", "credit"),
    ("Все права защищены. Сетевое издание «Вестник».", "notice"),
    ("Мы используем файлы cookie, чтобы сайт был удобнее.", "notice"),
    ("При полном или частичном использовании материалов ссылка на «Вестник» обязательна.", "notice"),
    ("18+", "ui"),
    ("Версия для печати", "ui"),
    ("Просмотров: 1 234", "counter"),
    ("3 мин. чтения", "counter"),
    ("Время чтения: 4 минуты", "counter"),
    ("Поделиться:", "ui"),
    ("Нашли опечатку?", "ui"),
    ("Материал подготовила Ольга Рябцева", "byline"),
    ("Текст подготовил Игорь Соколов", "byline"),
    ("Записала Ольга Рябцева", "byline"),
    ("Редактор: Игорь Соколов", "byline"),
    ("Репортаж: Огуст Мвангала", "byline"),
    ("Специальный корреспондент: Тереза Оканья", "byline"),
    ("Обозреватель: Ларс Хедлунд", "byline"),
    ("Автор: Амаду Н'Диайе", "byline"),  # a name with an elided letter and its apostrophe
    ("Текст: Шейла О’Брайен", "byline"),
    ("Ошибка в тексте? Выделите ее и нажмите Ctrl+Enter", "ui"),
    ("Заметили опечатку? Выделите фрагмент и нажмите Ctrl + Enter.", "ui"),
    ("Сегодня, 13:20", "stamp"),
    ("Вчера в 09:05", "stamp"),
    ("Синьхуа / Ли Мин", "credit"),  # a photo's credit with no label: agency / photographer
    ("EPA-EFE/Джон Картер", "credit"),
    ("Анадолу / Reuters", "credit"),
])
def test_clean_drops_page_furniture(line, reason):
    raw = f"{BODY}\n{line}\nПереговоры продолжатся осенью."
    assert removed_texts(raw) == [(line, reason)]
    assert clean(raw).text == f"{BODY}\nПереговоры продолжатся осенью."


@pytest.mark.parametrize("line", [
    "Текст соглашения опубликован на сайте министерства.",
    "Текст соглашения",  # a subheading, no byline
    "Текст Соглашения",
    "Главный редактор газеты Иван Петров задержан в Минске.",
    "Россия / Китай: итоги года",  # a slash in a heading with more words is no credit
    "Посол Иван Петров / архив",
    "По теме переговоров стороны не договорились.",
    "Автор идеи — министр иностранных дел Австрии.",
    "Иван Петров, корреспондент газеты, задержан в Минске.",
    "Фото на паспорт теперь можно сделать в посольстве.",
    "Видео",
    "Реклама товаров из Китая выросла на треть.",
    "Поделиться опытом приехали дипломаты из десяти стран.",
    "Сегодня в 13:20 министры подпишут протокол.",
    "Ошибка в расчетах стоила компании миллиард.",
    "Записал Игорь Соколов в блокнот, что встреча перенесена.",
    "Редактор газеты Игорь Соколов задержан.",
])
def test_clean_keeps_body_lines_like_furniture(line):
    raw = f"{BODY}\n{line}\nПереговоры продолжатся осенью."
    assert clean(raw).text == raw


def test_clean_drops_a_menu_run_but_not_an_introduced_list():
    menu = "Главная\n\nНовости\n\nВидео\n\nИзбранное\n\nПоделиться\n\nМой список\n"
    raw = f"Заголовок заметки\n{menu}\n{BODY}"
    assert removed_texts(raw) == [("Главная", "ui"), ("Новости\n\nВидео", "menu"),
                                  ("Избранное\n\nПоделиться\n\nМой список", "ui")]
    listed = "В саммите участвуют:\nРоссия\nКитай\nИндия\nБразилия\nЮАР\n"
    assert clean(f"{BODY}\n{listed}").text == f"{BODY}\n{listed}".strip()


def test_clean_cuts_a_marker_printed_before_every_line():
    lines = ["Заголовок заметки", "", "Министры обсудили торговлю.", "Стороны договорились о консультациях."]
    raw = "\n".join(f"{{Source, Unknown}} {line}" if line else "{Source, Unknown} " for line in lines)
    result = clean(raw)
    assert (result.text, result.title) == ("\n".join(lines), "Заголовок заметки")
    assert all(s.reason == "prefix" and raw[s.start:s.stop] == "{Source, Unknown} " for s in result.removed)


def test_clean_keeps_a_bracket_on_some_lines_only():
    raw = f"[Справка] Переговоры идут с 2019 года.\n{BODY}"
    assert clean(raw).text == raw


def test_clean_drops_a_news_feed_run():
    feed = ("17:40 Министры Чили и Перу подписали протокол\n2 декабря, 17:15 | Саммит в Вене перенесли на весну\n"
            "16:50\nПремьер Эстонии ушел в отставку")
    raw = f"{BODY}\n{feed}\nПереговоры продолжатся осенью."
    assert removed_texts(raw) == [(feed, "headlines")]


@pytest.mark.parametrize("lines", [
    "10:00 Делегации прибыли в Вену.\n12:30 Начались переговоры.",  # a live blog: sentences
    "17:40 Министры Чили и Перу подписали протокол",  # one item is no feed
])
def test_clean_keeps_timed_sentences_and_single_items(lines):
    raw = f"{BODY}\n{lines}\nПереговоры продолжатся осенью."
    assert clean(raw).text == raw


def test_clean_an_outlet_before_a_date_is_the_source_not_a_place():
    from khronika.stages.clean.heads import header
    from khronika.stages.clean.tails import closing

    head = header("Коммерсантъ, 14 ноября 2025")
    assert head is not None and head.place is None and head.agency == "Коммерсантъ"
    assert header("(12 апреля 2018 года, Берлин)").place == "Берлин"
    assert closing("Ведомости, 30 мая 2019 г.").place is None


@pytest.mark.parametrize("raw, place, agency, month_day", [
    ("Москва. 3 апреля. INTERFAX.RU - Министры провели переговоры.", "Москва", "Interfax", "04-03"),
    ("ДАЛЯНЬ, 22 июл — РИА Новости. Министры провели переговоры.", "Далянь", "РИА Новости", "07-22"),
    ("ЛИМА, 9 июн. /Синьхуа/. Министры провели переговоры.", "Лима", "Синьхуа", "06-09"),
])
def test_clean_year_less_datelines_of_more_agencies(raw, place, agency, month_day):
    from khronika.stages.clean.heads import yearless_day

    result = clean(raw)
    assert (result.dateline_place, result.source, result.published_from) == (place, agency, "none")
    assert yearless_day(result.text) == month_day


def test_clean_mixed_case_place_with_a_full_stop_needs_a_known_agency():
    assert clean("Москва. 3 апреля стороны провели переговоры.").dateline_place is None


# ---- rows of page controls and menus, bylines beside a stamp, signatures in brackets


@pytest.mark.parametrize("row", ["Поделиться   ВКонтакте   Telegram   Одноклассники",
                                 "Поделиться: Facebook  X  Telegram", "👁 3,2K  ↗ Поделиться",
                                 "Подписаться | Комментарии 1,4K",
                                 "Политика   Экономика   Мир   Общество   Спорт", "Главная / Пресс-центр / Новости"])
def test_clean_drops_rows_of_controls_and_menu_items(row):
    raw = f"Германия и Франция сверили позиции\n{row}\n\n{BODY}"
    assert clean(raw).text == f"Германия и Франция сверили позиции\n\n{BODY}"


@pytest.mark.parametrize("line", ["Германия / Франция: позиции сблизились", "Париж   и   Берлин",
                                  "Министры обсудили торговлю, энергетику и визы"])
def test_clean_keeps_lines_that_are_no_rows(line):
    assert line in clean(f"{line}\n\n{BODY}").text


def test_clean_drops_a_name_alone_beside_the_date_stamp():
    raw = f"Германия и Франция сверили позиции\n\nОпубликовано: 13.03.2026, 08:40\nЕлена Соколова\n\n{BODY}"
    result = clean(raw)
    assert ("Елена Соколова", "byline") in removed_texts(raw)
    assert result.text == f"Германия и Франция сверили позиции\n\n{BODY}"
    assert result.published == PartialDate(2026, 3, 13)


def test_clean_keeps_a_name_line_far_from_any_stamp():
    raw = f"{BODY}\n\nЕлена Соколова\n\nСтороны обменялись мнениями."
    assert "Елена Соколова" in clean(raw).text


def test_clean_drops_a_signature_in_brackets():
    raw = f"{BODY}\n[Корреспонденты: Ван Мин, Ольга Петрова]"
    assert clean(raw).text == BODY
    assert removed_texts(raw) == [("[Корреспонденты: Ван Мин, Ольга Петрова]", "byline")]


@pytest.mark.parametrize("line, iso", [
    ("Доха, 17 октября 2029 г. – Пятое заседание совета прошло в столице.", "2029-10-17"),  # a year, a dash
    ("Алматы, 12 мая 2029. Kazinform – Форум открылся.", "2029-05-12"),  # an outlet in Latin letters
    ("Euronews | 04/11/2029 - 09:20 GMT+1", "2029-11-04"),  # slashes and a time zone
    ("NewsMaker / Экономика / 8 марта 2029, 11:02", "2029-03-08"),  # labels apart from the date
    ("📌 Еженедельный обзор | 9 июля 2029", "2029-07-09"),
])
def test_clean_datelines_and_labelled_date_lines_of_more_outlets(line, iso):
    assert clean(f"{line}\n{BODY}").published.iso() == iso


def test_clean_a_labelled_line_with_a_sentence_is_no_date_line():
    assert clean(f"Итоги / Переговоры в Женеве прошли успешно. / 3 мая 2026\n{BODY}").published_from == "none"


def test_clean_drops_a_name_alone_closing_the_text():
    """An author's signature after the last paragraph, page controls below it or not; a name closing a
    list the text introduces, or a line that is no name, stays."""
    body = "Заголовок заметки\n\nМинистры обсудили торговлю.\n\nСтороны условились встречаться чаще."
    for tail in ("\n\nОльга Рябцева", "\n\nОльга Рябцева\nРеклама\nНашли ошибку? Выделите ее и нажмите Ctrl+Enter"):
        assert ("Ольга Рябцева", "byline") in removed_texts(body + tail)
        assert "Осокина" not in clean(body + tail).text
    listed = "Заголовок заметки\n\nМинистры обсудили торговлю.\n\nДелегацию возглавил:\nИгорь Соколов"
    assert clean(listed).text == listed
    closing = body + "\n\nСовместное заявление"
    assert clean(closing).text == closing


@pytest.mark.parametrize("name", ["Анна Петрова", "Анна Петрова (Anna Petrova)"])
def test_clean_a_name_alone_between_the_headline_and_the_lead_is_a_byline(name):
    lead = ("Министры иностранных дел Чили и Перу провели в Лиме переговоры о границе и договорились создать "
            "рабочую группу экспертов.")
    result = clean(f"Чили и Перу договорились о границе\n\nВстреча прошла в Лиме\n\n{name}\n\n{lead}")
    assert name not in result.text and lead in result.text
    kept = clean(f"Чили и Перу договорились о границе.\n\n{name}\n\n{lead}")  # a sentence above: no headline
    assert name in kept.text


def test_clean_a_closing_line_says_when_the_piece_was_published():
    result = clean(f"Заголовок заметки\n{BODY}\n\nМатериал опубликован 2 декабря 2025 года.\n")
    assert result.published.iso() == "2025-12-02" and "Материал" not in result.text



@pytest.mark.parametrize("tail", ["Дата 02.03.2031 | Автор Анна Рогова", "Олег Тарасов · 14.05.2030, 10:15",
                                  "Опубликовано 14.05.2030 | Текст: Ирина Зуева"])
def test_clean_a_closing_line_of_the_author_beside_the_date_is_a_byline(tail):
    body = ("Министры Боливии и Парагвая провели переговоры в Асунсьоне.\n\nСтороны договорились продолжить "
            "диалог.\n\nСледующая встреча пройдет в Ла-Пасе.\n\n")
    result = clean(body + tail)
    assert result.text.rstrip().endswith("Ла-Пасе.")
    assert len(result.removed) == 1  # a byline (or a closing attribution)
    assert result.published.year in (2030, 2031)


def test_clean_a_closing_line_of_a_date_and_a_rubric_is_no_byline():
    result = clean("Министры Боливии и Парагвая провели переговоры.\n\nСтороны договорились продолжить диалог.\n\n"
                   "Дата 02.03.2031 | Рубрика Политика")
    assert "Рубрика" in result.text


@pytest.mark.parametrize("top, place", [
    ("Агентство · Политика · 21.11.2031\n\nГлавы МИД провели переговоры\n\nКито. Министр иностранных дел Эквадора "
     "провел переговоры с коллегой из Перу.", "Кито"),  # a lead that opens with its city alone, under a stamp
    ("21.11.2031, 15:40\n\nГлавы МИД провели переговоры\n\nЛИМА. Andina.pe\n\nСегодня министры провели "
     "переговоры.", "Лима"),  # the city and the outlet's site on a line of their own
])
def test_clean_a_lead_opening_with_its_city_alone_places_the_page(top, place):
    result = clean(top)
    assert (result.dateline_place, result.published) == (place, PartialDate(2031, 11, 21))


@pytest.mark.parametrize("top", [
    "21.11.2031\n\nИтоги. Министр иностранных дел Эквадора провел переговоры с коллегой.",  # no city
    "21.11.2031\n\nКито. Кремль\n\nМинистр провел переговоры.",  # a heading's few words, no lead nor outlet
    "21.11.2031\n\nМинистр провел переговоры с коллегой из Перу.\n\nКито. Министр иностранных дел Эквадора провел "
    "встречу с послом.",  # a city opening a later paragraph, after the lead
])
def test_clean_a_city_opening_no_lead_places_nothing(top):
    assert clean(top).dateline_place is None
