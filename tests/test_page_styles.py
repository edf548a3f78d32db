"""Pages in the styles users feed (an AMP page, a live blog, a page with readers' comments, a print version, a foreign
outlet's Russian edition with its photo labels, a Telegram repost, a photo gallery told in its captions, a page dated
only in its JSON-LD or only at its foot, a "read also" block of other stories with their own dates and names): the
clutter gives no person, event or quote and the page's date is the article's.  Unit rules first, on invented lines;
the whole pages (tests/fixtures/pages_more) through the pipeline last."""
from pathlib import Path

import pytest

from khronika.read import read_file
from khronika.records import Document
from khronika.stages.clean import clean

LEAD = ("Министр иностранных дел Малави провел в Лилонгве переговоры с коллегой из Замбии. Стороны обсудили "
        "строительство железной дороги и пограничную торговлю.")
BODY = f"{LEAD}\n\nСледующий раунд консультаций министры назначили на весну."


@pytest.mark.parametrize("stamp", [
    "Опубликовано: 14.05.2031 10:20 | Автор: Вера Солнцева | Рубрика: В мире",
    "14 мая 2031, 10:20 · Раздел: Политика · Текст: Вера Солнцева",
    "14.05.2031 | Категория: Международные отношения | Просмотров: 1 204",
    "Дата: 14.05.2031 | Теги: Малави, Замбия | Автор: Вера Солнцева",
])
def test_a_stamp_line_with_a_section_tags_or_a_counter_beside_the_byline_goes_and_dates_the_page(stamp):
    result = clean(f"Малави и Замбия сверили позиции\n\n{stamp}\n\n{BODY}")
    assert result.published.iso() == "2031-05-14" and "Солнцева" not in result.text and "14.05" not in result.text


@pytest.mark.parametrize("byline", [
    "Трансляцию вела Дарина Лапина", "Трансляцию вели: Дарина Лапина, Федор Кучин",
    "Над материалом работали: Дарина Лапина и Федор Кучин", "Текст и фото: Федор Кучин",
])
def test_a_live_blog_s_and_a_report_s_crew_line_goes(byline):
    assert clean(f"{BODY}\n\n{byline}").text == BODY


@pytest.mark.parametrize("clutter", [
    "Версия для слабовидящих\nКарта сайта\nОбратная связь",
    "Адрес материала: https://vestnik.example/world/2031/05/14/malawi",
    "Распечатано 16.05.2031. Все права защищены.",
    "Вестник Юга не несет ответственности за содержание сторонних сайтов.",
    "Южный Вестник использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим.",
    "Следующая статья\nНаверх",
    "Подписаться на канал: @vestnik_demo",
    "Категории: Малави | Замбия | Железные дороги\nПоследняя правка страницы: 14 мая 2031",
])
def test_a_page_s_footer_controls_and_notices_go(clutter):
    assert clean(f"{BODY}\n\n{clutter}").text == BODY


def test_a_sentence_about_a_ministry_s_responsibility_stays():
    text = f"{BODY}\n\nПосольство не несет ответственности за содержание заявлений частных лиц, заявил посол."
    assert clean(text).text == text


@pytest.mark.parametrize("labels", [
    "Автор фото,\nGetty Images\nПодпись к фото,\nПрезидент Замбии Питер Мвале (справа) на саммите в 2029 году",
    "Источник изображения,\nAFP\nПодпись к фото,\nЗамбийская делегация прибыла в Лилонгве накануне",
    "Подпись к фото, Президент Замбии Питер Мвале принимает гостей",
    "Image source, Reuters",
])
def test_a_photo_s_labelled_credit_and_caption_go(labels):
    result = clean(f"{LEAD}\n\n{labels}\n\nСледующий раунд консультаций министры назначили на весну.")
    assert result.text == BODY


def test_a_label_word_inside_a_sentence_stays():
    text = f"{BODY}\n\nПодпись к фотографии, сделанной в 1964 году, долго оставалась загадкой для историков."
    assert "Подпись к фотографии" in clean(text).text


@pytest.mark.parametrize("desk", ["Русская служба Вестника Европы", "Отдел международной политики",
                                  "Специальный корреспондент"])
def test_the_author_s_name_above_a_desk_line_beside_the_date_goes(desk):
    result = clean(f"Малави и Замбия сверили позиции\n\nНадежда Ветлугина\n{desk}\n\n14 мая 2031\n\n{BODY}")
    assert "Ветлугина" not in result.text and result.text.endswith(BODY) and result.published.iso() == "2031-05-14"


def test_a_paragraph_above_the_date_is_no_desk_line():
    text = f"Надежда Ветлугина\nВстреча прошла в отделе протокола.\n\n14 мая 2031\n\n{BODY}"
    assert "Ветлугина" in clean(text).text


@pytest.mark.parametrize("forward", ["Переслано из: МИД Малави", "Forwarded from МИД Малави"])
def test_a_channel_handle_goes_and_a_repost_s_source_line_stays_to_name_the_author(forward):
    result = clean(f"Вестник Юга\n@vestnik_yuga\n{forward}\n{BODY}\n\n14 мая 2031")
    assert "@" not in result.text and f"{forward}\n{LEAD}" in result.text


PAGES = Path(__file__).resolve().parent / "fixtures" / "pages_more"

# page: (the article's date, surnames of the article's persons, words of the clutter that must not reach the text)
CASES = {
    "amp.html": ("2026-04-17", {"Мвинйи", "Хальворсен"}, ["Отиено", "Окелло", "Заварзин", "Эгеланн", "Реклама"]),
    "live.html": ("2026-02-09", {"Асанте", "Ндиайе", "Туре"}, ["Кольцова", "Ярцев"]),
    "live.txt": ("2026-02-12", {"Уилкинсон", "Персауд"}, ["Бушуева"]),
    "comments.html": ("2026-05-22", {"Лок", "Вергара"}, ["Пронин", "Ширяева", "Ступин", "Осуждаю", "Лавров"]),
    "comments.txt": ("2026-09-18", {"Бхатнагар", "Ортис"}, ["Семенов", "Воронина", "Корнеев", "Осуждаю", "Теги"]),
    "print.html": ("2026-03-11", {"Страуме"}, ["Калниня", "Рубрика", "Адрес материала", "Распечатано"]),
    "foreign.html": ("2026-06-04", {"Хофбауэр"}, ["Айхингер", "Вебер", "Главачек", "Deutsch"]),
    "foreign_copy.txt": ("2026-10-08", {"Кураиши", "Озтюрк"},
                         ["Голубев", "Getty", "Подпись", "Хамдани", "Резаи", "ответственности", "Пропустить"]),
    "jsonld_only.html": ("2026-08-19", {"Сетьявана", "Харпер"}, ["Гуляев", "Дизон", "Метки"]),
    "bottom_date.txt": ("2026-10-26", {"Брагин", "Сейтжанов"}, ["слабовидящих", "Карта сайта"]),
    "read_also.txt": ("2026-11-12", {"Очир", "Юн Хе Сон"}, ["Ван Лэй", "Батсурэн", "Казахстана", "Пастухова"]),
    "region_copy.txt": ("2026-11-05", {"Травников", "Чжан Лимин"}, ["Рыбакова", "Вольский", "Бердске"]),
    "tg_repost.txt": ("2026-09-03", {"Нурланов", "Кайя"}, ["@dipvestnik", "Подписаться"]),
    "gallery.html": ("2026-10-30", {"Вальдивьесо", "Мендонса", "Мванги", "Мелесе", "Хальворсен"},
                     ["Ортега", "Кречет", "Кнут"]),
    "article_photos.html": ("2026-07-08", {"Урсуа", "Кларк"}, ["Кастро", "Сан-Антонио"]),
}


@pytest.fixture(scope="module")
def pages(pipeline):
    out = {}
    for name in CASES:
        [source] = list(read_file(str(PAGES / name)))
        out[name] = pipeline(Document.from_source(source))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_page_of_any_style_gives_the_article_only(pages, name):
    doc = pages[name]
    date, persons, clutter = CASES[name]
    assert doc.published.iso() == date
    assert [word for word in clutter if word in doc.text] == []
    names = [e.name for e in doc.entities if e.type == "person"]
    assert [n for n in names if not any(p in n for p in persons)] == []
    evidence = [doc.text[e.start:e.stop] for e in doc.events] + [q.text for q in doc.quotes]
    assert [t for t in evidence if any(word in t for word in clutter)] == []


@pytest.mark.parametrize("note", [
    "Материал подготовлен редакцией Вестника Юга", "(Подготовлено по материалам агентства AFP; перевод редакции)",
    "По материалам агентств", "Подготовлено на основе сообщений информагентств",
])
def test_a_closing_note_on_who_prepared_the_text_goes_and_the_date_above_it_still_dates_the_page(note):
    result = clean(f"{BODY}\n\nЛилонгве, 14/05/2031\n{note}")
    assert result.text == BODY and result.published.iso() == "2031-05-14"


def test_a_last_sentence_opening_with_po_materialam_stays():
    text = f"{BODY}\n\nПо материалам следствия, обвиняемый передавал сведения иностранной разведке."
    assert clean(text).text == text


LISTING = """Результаты поиска по запросу «Малави»

12.05.2031
Президент Малави Джойс Банда-Мвале встретилась с послом Индии
Стороны обсудили поставки удобрений и строительство больницы в Блантайре…

9 мая 2031, 14:20
Министры энергетики Малави и Мозамбика подписали соглашение о линии электропередачи…

2 мая 2031
Глава МИД Малави раскритиковал доклад ООН
Министр назвал доклад «необъективным» и пообещал направить ответ…

Показать еще"""


def test_a_listing_page_s_dated_teasers_go():
    text = clean(LISTING).text
    assert "Банда-Мвале" not in text and "Мозамбика" not in text and "необъективным" not in text


def test_a_chronology_of_dated_sentences_stays():
    text = (f"{BODY}\n\nХроника отношений:\n\n12.05.2029\nСтраны установили дипломатические отношения.\n\n"
            "9 мая 2030\nПодписан договор о дружбе и сотрудничестве.")
    assert clean(text).text == text


@pytest.mark.slow
def test_a_listing_page_gives_no_person_or_event(pipeline):
    [source] = list(read_file(str(PAGES / "listing.html")))
    doc = pipeline(Document.from_source(source))
    assert [e.name for e in doc.entities if e.type == "person"] == [] and doc.events == ()
