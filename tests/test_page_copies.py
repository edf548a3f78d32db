"""Plain-text copies of pages in the styles real outlets and channels print them (a stamp line on top, a publication
and an update stamp in either order, a date only at the foot, a date in English or ISO order, a weekday before the
date, a feed's labelled field, a post's views and reactions beside its stamp, a source line, a byline under the
text): each gives its publication date, keeps the article's body whole and drops its clutter.  Texts of our own
making."""
import pytest

from khronika.stages.clean import clean

TITLE = "Уругвай и Гайана подписали меморандум"
P1 = "Министр иностранных дел Уругвая провел в Монтевидео переговоры с коллегой из Гайаны о морской торговле."
P2 = "По итогам встречи министры подписали меморандум о сотрудничестве в области таможенного контроля и портов."
P3 = "Следующий раунд консультаций стороны договорились провести в Джорджтауне в первой половине будущего года."
BODY = f"{P1}\n\n{P2}\n\n{P3}"


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def _placed(line: str, where: str) -> str:
    """The page with ``line`` on top, under the title or at the foot."""
    return {"top": _page(line, TITLE, BODY), "under the title": _page(TITLE, line, BODY),
            "foot": _page(TITLE, BODY, line)}[where]


COPIES = {
    "a stamp on top, a copyright below": _page("04.03.2031 12:30", TITLE, BODY, "© 2009–2040 «Вестник Атлантики»"),
    "a publication and an update stamp": _page(TITLE, "Опубликовано 4 марта 2031 в 12:30 | Обновлено 5 марта 2031 "
                                                      "в 08:00", BODY),
    "an update printed first": _page(TITLE, "Обновлено: 06.03.2031 09:10", "Опубликовано: 04.03.2031 12:30", BODY),
    "a date only at the foot": _page(TITLE, BODY, "4 марта 2031 г."),
    "an English date on top": _page("March 4, 2031", TITLE, BODY),
    "an ISO stamp": _page("2031-03-04 12:30", TITLE, BODY),
    "a weekday before the date": _page("Вторник, 4 марта 2031", TITLE, BODY),
    "a feed's labelled field": _page(TITLE, "Дата публикации: 2031-03-04T12:30:00+03:00", BODY),
    "a time before the date": _page(TITLE, "12:30, 4 марта 2031", BODY),
    "a source beside the date": _page(TITLE, "04 марта 2031 | Источник: Вестник Атлантики", BODY),
    "a byline under the text above its date": _page(TITLE, BODY, "Игорь Стрельников", "04.03.2031"),
    "a post's views before its stamp": _page("Посольство Уругвая", BODY, "👁 3.1K  04.03.2031 09:15"),
    "a post's stamp before its views": _page("Посольство Уругвая", BODY, "04.03.2031 09:15  👁 512"),
    "a post's reactions before its day": _page("Посольство Уругвая", BODY, "❤ 120  🔁 14  04.03.2031"),
    "a clock before a post's stamp": _page("Посольство Уругвая", BODY, "🕒 04.03.2031 09:15"),
    "a clock and views on top": _page("🕒 04.03.2031 09:15  👁 1,2K", TITLE, BODY),
}


@pytest.mark.parametrize("style", sorted(COPIES))
def test_a_copy_of_each_style_gives_its_date_and_its_body_only(style):
    result = clean(COPIES[style])
    assert result.published.iso() == "2031-03-04"
    assert all(p in result.text for p in (P1, P2, P3))
    assert not any(w in result.text for w in ("👁", "🕒", "❤", "Опубликовано", "Обновлено", "©", "Стрельников"))


def test_a_copyright_year_alone_dates_nothing():
    assert clean(_page(TITLE, BODY, "© 2031 Вестник Атлантики")).published.iso() is None


@pytest.mark.parametrize("line", ["👁 3.1K  12 участников", "🔥 Срочно: министры подписали меморандум 04.03.2031"])
def test_a_line_of_icons_with_words_is_no_stamp(line):
    assert clean(_page(TITLE, BODY, line)).published.iso() is None


@pytest.mark.parametrize("line", ["Время публикации: 12:30 04.03.2031", "Дата создания: 04.03.2031",
                                  "Дата размещения: 04.03.2031", "Пресс-релиз от 4 марта 2031 г.",
                                  "Дата изменения: 06.03.2031 | Дата публикации: 04.03.2031",
                                  "Дата обновления: 06.03.2031, дата публикации: 04.03.2031"])
@pytest.mark.parametrize("where", ["top", "under the title", "foot"])
def test_a_stamp_of_each_label_gives_the_publication_day_and_goes(line, where):
    result = clean(_placed(line, where))
    assert result.published.iso() == "2031-03-04"
    assert line not in result.text


@pytest.mark.parametrize("line", ["Дата обновления: 06.03.2031", "Дата изменения: 06.03.2031"])
def test_an_updates_stamp_alone_is_read_whole_and_dates_the_version_read(line):
    result = clean(_page(TITLE, line, BODY))
    assert (result.published.iso(), line in result.text) == ("2031-03-06", False)


@pytest.mark.parametrize("line", ["Игорь Стрельников, 4 марта 2031", "4 марта 2031, Игорь Стрельников"])
@pytest.mark.parametrize("where", ["top", "under the title", "foot"])
def test_an_authors_name_beside_the_date_goes_and_the_date_dates_the_page(line, where):
    result = clean(_placed(line, where))
    assert (result.published.iso(), result.source) == ("2031-03-04", None)
    assert "Стрельников" not in result.text


@pytest.mark.parametrize("crumbs", ["Главная / Новости / Международное сотрудничество",
                                    "Главная › Политика › Отношения с соседями", "Главная » Пресс-центр » В мире"])
def test_a_breadcrumb_of_sections_of_several_words_goes(crumbs):
    result = clean(_page(crumbs, TITLE, "04.03.2031 12:30", BODY))
    assert (crumbs in result.text, result.title, result.published.iso()) == (False, TITLE, "2031-03-04")


@pytest.mark.parametrize("site_day", ["Понедельник, 30 ноября 2026", "30 ноября 2026", "Сегодня: 30.11.2026"])
@pytest.mark.parametrize("nav", ["Главная / Новости / В мире", "Политика   Экономика   Мир   Общество   Спорт"])
def test_the_day_of_reading_a_sites_header_prints_above_its_navigation_is_no_page_date(site_day, nav):
    assert clean(_page(site_day, nav, TITLE, "04.03.2031 12:30", BODY)).published.iso() == "2031-03-04"


def test_a_date_above_the_navigation_dates_a_page_that_gives_no_other():
    assert clean(_page("4 марта 2031", "Главная / Новости / В мире", TITLE, BODY)).published.iso() == "2031-03-04"
