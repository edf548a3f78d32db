"""The date an HTML page states in its markup, in the schemes real outlets use (meta tags of several vocabularies,
JSON-LD with an ``@graph`` or a list, microdata, ``<time pubdate>``, a ``data-published`` attribute, a stamp above the
text in an element no class marks, a post's ``<time>`` under its text), with the page clutter around the article
(a cookie banner, a menu, a photo's caption, a "Главное" listing above and a "Читайте также" block below with their
own dates, a subscription line, a footer's copyright years).  Pages of our own making, dated after the day the tests
run as well: the date read never depends on the wall clock."""
import pytest

from khronika.page_date import header_date, page_date
from khronika.read import read_file

P1 = "Министр иностранных дел Уругвая провел в Монтевидео переговоры с коллегой из Гайаны о морской торговле."
P2 = "По итогам встречи министры подписали меморандум о сотрудничестве в области таможенного контроля и портов."
P3 = "Следующий раунд консультаций стороны договорились провести в Джорджтауне в первой половине будущего года."
BODY = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
COOKIE = ('<div class="cookie-banner">Мы используем файлы cookie, чтобы сайт работал лучше. '
          '<button>Принять</button></div>')
MAIN = ('<aside class="main-news"><h3>Главное</h3><ul><li><span class="date">01.02.{y}</span> '
        '<a>Премьер Суринама Роберт Каллендер ушел в отставку</a></li></ul></aside>')
RELATED = ('<aside class="related"><h3>Читайте также</h3><ul><li><a href="/a">Президент Белиза Марк Оуэнс прибыл в '
           'Гватемалу</a><time datetime="{y}-01-15">15 января</time></li><li><a href="/b">Глава МИД Гондураса '
           'посетит Манагуа</a><time datetime="{y}-01-20">20 января</time></li></ul></aside>')
FOOT = '<footer><p>© 2009–2040 Сетевое издание «Вестник Атлантики». Все права защищены.</p></footer>'
CAPTION = '<figure><img src="x.jpg"><figcaption>Министры в Монтевидео. Фото: пресс-служба МИД</figcaption></figure>'


def _page(head="", top="", bottom="", side="", y="2031", h1=True):
    return ('<html lang="ru"><head><meta charset="utf-8"><title>Уругвай и Гайана подписали меморандум</title>'
            f'{head}</head><body>{COOKIE}<nav><a>Главная</a> <a>Политика</a> <a>В мире</a></nav>{side}<main><article>'
            + ('<h1>Уругвай и Гайана подписали меморандум</h1>' if h1 else '') + f'{top}{CAPTION}{BODY}{bottom}'
            f'</article>{RELATED}</main><p>Подписывайтесь на наш канал в Telegram</p>{FOOT}</body></html>'
            ).replace("{y}", y)


PAGES = {
    "a JSON-LD @graph with a later modification":
        dict(head='<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},'
                  '{"@type":"NewsArticle","dateModified":"{y}-03-06T08:00:00+03:00",'
                  '"datePublished":"{y}-03-04T12:30:00+03:00"}]}</script>'),
    "a JSON-LD list": dict(head='<script type="application/ld+json">[{"@type":"BreadcrumbList"},'
                                '{"@type":"Article","datePublished":"{y}-03-04"}]</script>'),
    "microdata in the body": dict(top='<meta itemprop="dateModified" content="{y}-03-05">'
                                      '<meta itemprop="datePublished" content="{y}-03-04">'),
    "a plain date meta tag": dict(head='<meta name="date" content="{y}-03-04">'),
    "an Open Graph article time": dict(head='<meta property="og:article:published_time" content="{y}-03-04T07:00Z">'),
    "a Dublin Core creation date": dict(head='<meta name="DC.date.created" content="{y}-03-04">'),
    "a time element marked pubdate": dict(top='<time pubdate datetime="{y}-03-04T10:00">4 марта</time>'),
    "a stamp in an element no class marks": dict(top='<div class="article-meta">4 марта {y} г., 12:30 · Обновлено: '
                                                     '5 марта {y} г., 09:10</div>'),
    "an update printed before the publication": dict(
        top='<div class="info"><span class="updated">Обновлено 6 марта {y}, 09:10</span> '
            '<span class="published">Опубликовано 4 марта {y}, 12:30</span></div>'),
    "a listing of other stories above the article": dict(side=MAIN, top='<div class="date">04.03.{y}</div>'),
    "a date attribute beside a year-less date": dict(
        top='<span class="article__date" data-published="{y}-03-04T12:30">4 марта, 12:30</span>'),
    "a post's time under its text": dict(
        h1=False, bottom='<div class="message_footer"><span class="views">1.2K</span> <a class="message_date">'
                         '<time datetime="{y}-03-04T09:15:00+00:00">09:15</time></a></div>'),
    "a blog's update time before its publication time": dict(
        top='<time class="updated" datetime="{y}-03-06T10:00">6 марта</time> '
            '<time class="entry-date published" datetime="{y}-03-04T10:00">4 марта</time>'),
    "a blog's time marked published and updated at once": dict(
        top='<time class="entry-date published updated" datetime="{y}-03-04T10:00">4 марта</time>'),
    "a microformat's abbr with its date in the title": dict(
        top='<abbr class="published" title="{y}-03-04T10:00:00+03:00">4 марта</abbr>'),
    "a date in a content attribute": dict(
        top='<span class="article__header__date" content="{y}-03-04T10:00:00+03:00">4 мар, 10:00</span>'),
    "a date closing the article": dict(bottom='<p class="article-date">4 марта {y} года</p>'
                                              '<div class="share">Поделиться: <a>ВКонтакте</a></div>'),
}


@pytest.mark.parametrize("year", ["2026", "2031"])
@pytest.mark.parametrize("style", sorted(PAGES))
def test_a_page_of_each_markup_style_gives_its_own_date(tmp_path, style, year):
    path = tmp_path / "page.html"
    path.write_text(_page(y=year, **PAGES[style]), encoding="utf-8")
    [source] = list(read_file(str(path)))
    assert source.published == f"{year}-03-04"
    assert all(p in source.text for p in (P1, P2, P3))


def test_a_date_below_the_text_after_another_storys_link_is_not_the_pages():
    html = _page(bottom='<ul><li><a href="/c">Премьер Суринама Роберт Каллендер ушел в отставку</a> '
                        '<span class="date">01.02.2031</span></li></ul>')
    text = f"{P1}\n{P2}\n{P3}"
    assert page_date(html, text, None, None) is None
    assert page_date(html, text, None, "2031-03-04") == "2031-03-04"  # the canonical address's day comes first


@pytest.mark.parametrize("meta", ['<meta property="article:modified_time" content="2031-03-06">',
                                  '<meta name="publisher" content="Вестник Атлантики">',
                                  '<meta itemprop="dateModified" content="2031-03-06">'])
def test_a_modification_or_a_publisher_is_no_header_date(meta):
    assert header_date(f"<html><head>{meta}</head><body><p>{P1}</p></body></html>") is None


def test_a_pubdate_attribute_below_the_title_beats_the_oldest_time_of_the_page():
    html = _page(top='<time pubdate datetime="2031-03-04T10:00">4 марта</time>')
    assert page_date(html, f"{P1}\n{P2}", "2031-01-15", None) == "2031-03-04"


def test_the_day_of_reading_in_a_sites_header_above_the_headline_is_no_page_date():
    html = ('<html><body><header><div>Понедельник, 30 ноября 2026</div><nav><a>Главная</a></nav></header><article>'
            f'<h1>Уругвай и Гайана подписали меморандум</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>'
            '<div>04.03.2026 12:30</div></article></body></html>')
    assert page_date(html, f"{P1}\n{P2}\n{P3}", None, None) == "2026-03-04"
    assert page_date(html.replace("<h1>", "<h2>"), P1, None, None) == "2026-11-30"  # no headline: the stamp above


def test_a_machine_date_of_a_day_its_month_has_not_is_none():
    from khronika.page_date import _day

    assert _day("2031-02-28T10:00:00+03:00") == "2031-02-28"
    assert _day("2031-02-31T10:00:00+03:00") is None
    assert _day("20310431") is None


def test_meta_tags_that_disagree_give_the_day_most_of_them_state():
    head = ('<meta name="publish-date" content="2030-03-04"><meta property="article:published_time" '
            'content="2031-03-04T10:00:00+03:00"><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2031-03-04T10:00:00+03:00"}</script>')
    assert header_date(_page(head=head)) == "2031-03-04"
