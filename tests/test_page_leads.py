"""The lead of an HTML article printed in an element of its own between the headline and the body (issue 10, item 3):
the extraction drops it or moves it after the body; reading puts it back below the headline (``khronika/lead.py``).
Invented pages of invented outlets, in the layouts Russian news sites use."""
import pytest

from khronika.lead import find_lead, with_lead
from khronika.read import read_file

LEAD = ("В Монтевидео состоялись переговоры министра иностранных дел Уругвая с министром иностранных дел Эквадора, "
        "находящимся в стране с официальным визитом.")
BODY = ("<p>Стороны обсудили взаимную торговлю, поставки бананов и работу совместной комиссии по рыболовству в южной "
        "части Тихого океана, а также подготовку визита президента Эквадора.</p>\n"
        "<p>По итогам встречи министры подписали меморандум о сотрудничестве в области образования и науки и "
        "договорились продолжить консультации в следующем году в Кито.</p>")


def page(lead: str, body: str = BODY, after: str = "", above: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Переговоры в Монтевидео</title>'
            f'<meta name="date" content="2031-04-09"></head><body><div class="nav"><a href="/">Главная</a> '
            f'<a href="/pol">Политика</a></div>\n<article>{above}<h1>Министры Уругвая и Эквадора обсудили торговлю</h1>'
            f'\n{lead}\n<div class="article-body">{body}</div>{after}</article>\n'
            f'<div class="footer">© 2031 Вестник Ла-Платы. Все права защищены.</div></body></html>')


def text_of(tmp_path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [source] = list(read_file(str(path)))
    return source.text


@pytest.mark.parametrize("lead", [
    f'<div class="entry-summary"><p>{LEAD}</p></div>',
    f'<p class="lead">{LEAD}</p>',
    f'<div class="article__lead">{LEAD}</div>',
    f'<div class="article__announce-text">{LEAD}</div>',
    f'<div class="b-anons"><p>{LEAD}</p></div>',
    f'<div class="article-intro">{LEAD}</div>',
    f'<h2 class="subtitle">{LEAD}</h2>',
    f'<h2>{LEAD}</h2>',
    f'<p class="standfirst">{LEAD}</p>',
    f'<p class="teaser">{LEAD}</p>',
    f'<div class="news-header__description"><p>{LEAD}</p></div>',
])
def test_the_lead_below_the_headline_opens_the_text(tmp_path, lead):
    text = text_of(tmp_path, page(lead))
    paragraphs = text.split("\n\n")
    assert LEAD in paragraphs[:2] and text.count(LEAD) == 1
    assert paragraphs.index(LEAD) < next(k for k, p in enumerate(paragraphs) if p.startswith("Стороны обсудили"))


def test_a_lead_inside_the_header_block_of_the_headline(tmp_path):
    html = page("").replace("<h1>", '<div class="news-header"><h1>').replace(
        "</h1>", f'</h1><div class="news-header__date">9 апреля 2031</div></div><div class="news-header__lead">{LEAD}'
                 "</div>")
    assert text_of(tmp_path, html).split("\n\n")[0] == LEAD


def test_a_subtitle_without_a_full_stop_is_a_second_headline_not_a_lead(tmp_path):
    subtitle = "Министры обсудили торговлю и рыболовство в Тихом океане"
    assert find_lead(page(f'<div class="lead">{subtitle}</div>')) is None


def test_teasers_of_other_stories_below_the_body_are_no_lead(tmp_path):
    related = ('<div class="related"><p class="teaser">Парагвай и Боливия открыли новый пограничный переход на '
               "реке Пилькомайо.</p></div>")
    html = page("", after=related)
    assert find_lead(html) is None
    assert "Пилькомайо" not in text_of(tmp_path, html).split("\n\n")[0]


def test_a_rubric_or_a_short_label_is_no_lead():
    assert find_lead(page('<div class="lead">Фоторепортаж.</div>')) is None


def test_a_page_without_a_headline_element_is_left_as_extracted():
    html = page(f'<p class="lead">{LEAD}</p>').replace("<h1>", "<div>").replace("</h1>", "</div>")
    assert find_lead(html) is None


def test_a_lead_the_text_already_holds_below_the_headline_stays_where_it_is():
    headline = "Министры Уругвая и Эквадора обсудили торговлю"
    text = f"{headline}\n\n{LEAD}\n\nСтороны обсудили взаимную торговлю."
    assert with_lead(page(f'<p class="lead">{LEAD}</p>'), text) == text


def test_a_lead_the_extraction_put_after_the_body_moves_below_the_headline():
    headline = "Министры Уругвая и Эквадора обсудили торговлю"
    text = f"{headline}\n\nСтороны обсудили взаимную торговлю.\n\n{LEAD}"
    assert with_lead(page(f'<p class="lead">{LEAD}</p>'), text).split("\n\n") == [
        headline, LEAD, "Стороны обсудили взаимную торговлю."]


def test_the_lead_meeting_is_read_as_an_event(tmp_path, pipeline):
    from khronika.records import Document
    path = tmp_path / "page.html"
    path.write_text(page(f'<div class="entry-summary"><p>{LEAD}</p></div>'), encoding="utf-8")
    [source] = list(read_file(str(path)))
    doc = pipeline(Document.from_source(source))
    assert any(e.type == "CONSULT" and "Монтевидео" in doc.text[e.start:e.stop] for e in doc.events)


def test_a_page_is_parsed_once_for_its_lead_and_its_captions():
    from khronika.html_tree import page_tree

    page = "<html><body><h1>Визит в Ханой</h1><figure><figcaption>Ханой, 4 мая.</figcaption></figure></body></html>"
    assert page_tree(page) is page_tree(page)
    assert page_tree(page).xpath("//h1")[0].text_content() == "Визит в Ханой"
    assert page_tree("") is None  # nothing to parse: no lead, no captions
