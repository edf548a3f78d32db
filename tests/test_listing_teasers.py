"""A listing page's teasers (``khronika/teasers.py``): a tag's or a rubric's page of other stories, each its headline
as a link and a summary below it, under day headings; reading gives each heading, headline and summary as a paragraph,
and the weekdays of a summary are counted from its day heading, each day's stories an item of their own.  Invented
pages of invented outlets."""
import pytest

from khronika.read import read_file
from khronika.records import Document, PartialDate, Source
from khronika.stages.clean.items import digest_items
from khronika.teasers import with_teasers
from khronika.timex import find_timexes

TEASERS = [
    ("12 марта", "Перу и Эквадор провели консультации в Кито",
     "Замминистра иностранных дел Перу во вторник провел консультации с эквадорской делегацией."),
    ("9 марта", "Чили и Боливия договорились о новом переходе",
     "Министры в понедельник подписали меморандум в Ла-Пасе."),
    ("5 марта", "Уругвай выслал советника посольства Парагвая",
     "Асунсьон пообещал ответить зеркально."),
]


def listing_page(teasers=TEASERS) -> str:
    days = "\n".join(f'<section class="day"><h2>{day}</h2><div class="teaser"><a href="/news/{k}/"><h3>{title}</h3>'
                     f'</a><p>{summary}</p><span class="time">12:0{k}</span></div></section>'
                     for k, (day, title, summary) in enumerate(teasers))
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Дипломатия — Вестник Анд</title>'
            '<meta property="og:updated_time" content="2031-03-14T10:00:00+03:00"></head><body><header>'
            '<a class="logo" href="/">Вестник Анд</a><nav><a href="/world/">Мир</a></nav></header><main>'
            f'<h1>Дипломатия</h1>\n{days}\n<a class="more" href="?page=2">Показать еще</a>'
            '<aside><h3>Популярное</h3><ul><li><a href="/x/">Синоптики пообещали снег к выходным в Лиме</a></li>'
            '<li><a href="/y/">Клуб из Кито выиграл кубок в серии пенальти</a></li></ul></aside></main>'
            '<footer><p>© 2031 Вестник Анд.</p></footer></body></html>')


def text_of(tmp_path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [source] = list(read_file(str(path)))
    return source.text


def test_every_teaser_is_read_with_its_headline_under_its_day(tmp_path):
    paragraphs = text_of(tmp_path, listing_page()).split("\n\n")
    for day, title, summary in TEASERS:
        assert paragraphs.index(day) + 1 == paragraphs.index(title) == paragraphs.index(summary) - 1
    assert not any("Синоптики" in p for p in paragraphs)  # the popular stories' links are no teasers


def test_an_article_with_a_related_block_is_read_as_extracted():
    html = listing_page()
    text = "Министры Перу и Эквадора провели переговоры в Лиме.\n\nСтороны подписали соглашение о торговле."
    assert with_teasers(html, text) == text  # the extraction read more than the teasers: not a listing


def test_two_teasers_make_no_listing():
    text = "Дипломатия"
    assert with_teasers(listing_page(TEASERS[:2]), text) == text


def test_each_day_of_a_listing_is_an_item():
    text = "\n\n".join(["Дипломатия"] + [p for day, title, summary in TEASERS for p in (day, title, summary)])
    items = digest_items(text)
    assert [text[a:b].split("\n")[0] for a, b in items] == [day for day, _, _ in TEASERS]


def test_a_weekday_under_a_day_heading_is_counted_from_that_day():
    text = ("Дипломатия\n\n12 марта\n\nЗамминистра во вторник провел консультации.\n\n9 марта\n\n"
            "Вчера министры встретились.")
    got = [(t.text, t.date.iso()) for t in find_timexes(text, PartialDate(2031, 3, 14))]
    assert got == [("12 марта", "2031-03-12"), ("во вторник", "2031-03-11"), ("9 марта", "2031-03-09"),
                   ("Вчера", "2031-03-08")]


def test_a_stamp_of_days_ago_heads_nothing():
    text = "2 дня назад\n\nДелегация вернулась в Лиму в субботу."
    assert [t.date.iso() for t in find_timexes(text, PartialDate(2031, 3, 14))] == ["2031-03-12", "2031-03-08"]


@pytest.mark.slow
def test_a_story_under_a_day_heading_is_told_as_of_that_day(pipeline):
    text = ("Дипломатия\n\n12 марта\n\nБоливия и Парагвай провели консультации в Асунсьоне\n\n"
            "Стороны договорились упростить пограничный контроль.\n\n9 марта\n\n"
            "Чили выслало советника посольства Перу\n\nЛима пообещала ответить зеркально.\n\n6 марта\n\n"
            "Аргентина открыла консульство в Тарихе\n\nЭто третье консульство страны в Боливии.")
    doc = pipeline(Document.from_source(Source(path="tag.txt", text=text, published="2031-03-14")))
    told = {doc.text[e.start:e.stop].split()[0]: e for e in doc.events}
    assert told["Боливия"].date.iso() == told["Стороны"].date.iso() == "2031-03-12"
    assert told["Чили"].date.iso() == "2031-03-09"
    # told as of that day, not by words of its own: fusion takes it as that day or a few days before
    assert {told[w].date_from for w in ("Боливия", "Стороны", "Чили")} == {"document"}


@pytest.mark.slow
def test_a_page_without_day_headings_dates_its_stories_by_itself(pipeline):
    text = "Боливия и Парагвай провели консультации в Асунсьоне.\n\nСтороны договорились упростить контроль."
    doc = pipeline(Document.from_source(Source(path="a.txt", text=text, published="2031-03-14")))
    assert {e.date.iso() for e in doc.events} == {"2031-03-14"}


def block_listing_page(stamp: str = "") -> str:
    """A listing whose day headings are plain blocks and whose headlines are bare links, with an update stamp above."""
    days = "\n".join(f'<div class="date">{day}</div><div class="entry"><a class="ttl" href="/n/{k}.html">{title}</a>'
                     f'<p class="lead">{summary}</p></div>' for k, (day, title, summary) in enumerate(TEASERS))
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Дипломатия — Андский курьер</title>'
            '</head><body><div class="top"><a href="/">Андский курьер</a></div><div class="main">'
            f'<h1>Дипломатия</h1>{stamp}\n{days}\n</div></body></html>')


@pytest.mark.parametrize("stamp", ["", '<p class="upd">Обновлено 14.03.2031</p>'])
def test_a_block_holding_a_day_alone_heads_the_teasers_below_it(tmp_path, stamp):
    paragraphs = text_of(tmp_path, block_listing_page(stamp)).split("\n\n")
    for day, title, summary in TEASERS:
        assert paragraphs.index(day) + 1 == paragraphs.index(title) == paragraphs.index(summary) - 1, paragraphs


def test_a_long_paragraph_no_teaser_holds_makes_the_page_an_article():
    text = ("Министры Перу и Эквадора провели переговоры в Лиме и обсудили торговлю.\n\n"
            + "\n\n".join(summary for _, _, summary in TEASERS))
    assert with_teasers(block_listing_page(), text) == text


def test_teasers_whose_headline_links_lost_their_address_are_read(tmp_path):
    """A scraper may strip a headline link's address (``<a class="card__title">``): still a headline."""
    teasers = TEASERS + [("2 марта", "Боливия и Парагвай продлили соглашение о транзите",
                          "Министры в среду подписали протокол в Асунсьоне."),
                         ("1 марта", "Колумбия вызвала посла Венесуэлы",
                          "МИД Колумбии заявил протест в связи с инцидентом на границе.")]
    html = listing_page(teasers).replace('<a href="/news/', '<a class="card__title" data-id="')
    paragraphs = text_of(tmp_path, html).split("\n\n")
    for day, title, summary in teasers:
        assert paragraphs.index(day) + 1 == paragraphs.index(title) == paragraphs.index(summary) - 1, paragraphs


def test_an_aggregators_source_lines_under_its_teasers_keep_it_a_listing():
    """An aggregator's rubric page names under each teaser the outlets that told it (``Вестник Анд · ещё 4
    источника``): lines of the teasers' own, not an article's text beside them."""
    html = listing_page().replace('<span class="time">', '<span class="src">Вестник Анд · Андина · ещё 4 источника'
                                  '</span> <span class="time">')
    text = "Асунсьон пообещал ответить зеркально.\n\nВестник Анд · Андина · ещё 4 источника 12:02\n\nДипломатия"
    paragraphs = with_teasers(html, text).split("\n\n")
    for day, title, summary in TEASERS:
        assert paragraphs.index(day) + 1 == paragraphs.index(title) == paragraphs.index(summary) - 1
