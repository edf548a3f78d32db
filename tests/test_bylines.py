"""An author's name alone on a line at the foot of a page, above its service lines, is no person of the news; a
signature with its title below, or a name the text names elsewhere, stays one (invented pages)."""
import pytest

pytestmark = pytest.mark.slow

BODY = ("Министры иностранных дел Кении и Уганды провели переговоры в Найроби. Стороны договорились о торговле.\n\n"
        "Эксперты считают, что товарооборот вырастет.\n\n")


def people(annotate, text):
    return {e.name for e in annotate(text).entities if e.type == "person"}


def test_a_byline_above_the_service_lines_is_no_person(annotate):
    assert people(annotate, BODY + "Ольга Берестова\n\nПодписаться на рассылку «Международная жизнь»") == set()


def test_a_byline_above_two_service_lines_is_no_person(annotate):
    assert people(annotate, BODY + "Тимур Ахмеджанов\n\nПоделиться\nВсе новости рубрики") == set()


def test_a_signature_with_its_title_below_stays_a_person(annotate):
    assert people(annotate, BODY + "Джон Окемба\nМинистр иностранных дел Кении") == {"Джон Окемба"}


def test_a_name_the_text_names_elsewhere_stays_a_person(annotate):
    text = ("Министры иностранных дел Кении и Уганды провели переговоры в Найроби. Об этом сообщил Джон Окемба.\n\n"
            "Окемба\n\nПоделиться")
    assert "Джон Окемба" in people(annotate, text)



@pytest.mark.parametrize("footer", [
    "Дата 14.03.2031\nАвтор Зарина Мукашева\nРубрики: Азия, Политика",
    "Автор Зарина Мукашева",
    "Автор материала Зарина Мукашева",
    "Текст З. Мукашева",
    "Авторы Зарина Мукашева и Тимур Ахмеджанов",
    "Корреспондент Зарина Мукашева",
])
def test_a_byline_label_without_its_colon_is_dropped(footer):
    from khronika.stages.clean import clean
    assert "Мукашева" not in clean(BODY + footer).text


@pytest.mark.parametrize("line, kept", [
    ("Текст Соглашения опубликован на сайте министерства.", "Текст Соглашения"),
    ("Автор доклада Зарина Мукашева считает, что торговля вырастет.", "Зарина Мукашева"),
    ("Текст Соглашения", "Текст Соглашения"),  # one capitalised word is no name
])
def test_a_line_that_opens_with_such_a_word_stays(line, kept):
    from khronika.stages.clean import clean
    assert kept in clean(BODY + line).text

