"""Scraped pages of news outlets and official sites through the whole pipeline: the page's clutter (menus, breadcrumbs,
related-story blocks with their own dates and headlines, bylines and crew credits after a stamp, tag lists, counters,
cookie and subscription banners, legal footers) gives no person, role, event or quote, and the page's date is the
article's, not a related story's.  The pages (tests/fixtures/scraped) are invented in the layouts such sites use: saved
HTML (JSON-LD, ``<time datetime>``, a date element above the text) and text copied from a browser."""
from pathlib import Path

import pytest

from khronika.read import read_file
from khronika.records import Document

pytestmark = pytest.mark.slow

PAGES = Path(__file__).resolve().parent / "fixtures" / "scraped"

# page: (the article's date, surnames of the article's persons, words of the clutter that must not reach the text)
CASES = {
    "tass.html": ("2026-03-14", {"Сальгадо", "Гурунг"}, ["Фуэнтес", "Вильканчо", "Сомов", "Бутана", "cookie"]),
    "ria.html": ("2026-05-12", {"Абдурахимов", "Саидова"},
                 ["Мухамедова", "Токтогулова", "Жумабеков", "Кравцова", "Монголии"]),
    "kommersant.html": ("2026-04-08", {"Завадский", "Балчюнене"},
                        ["Воронцова", "Новак", "Озолс", "Яковлев", "Венгрия"]),
    "kremlin.html": ("2026-06-18", {"Торсдоттир"}, ["Борг", "Финляндии"]),
    "mid.html": ("2026-07-22", {"Кравченко", "Кисо"}, ["Гвинее-Бисау", "Африки"]),
    "izv.txt": ("2026-09-17", {"Пападакис", "Хаддад"}, ["Гречко", "Ридж", "Самир", "Маврис", "Культура"]),
    "lenta.txt": ("2026-10-03", {"Арайя", "Рохас", "Мунос"},
                  ["Ершова", "Литвинов", "Пеллегрини", "Асада", "Смирнов", "Силовые структуры"]),
    "rbc.txt": ("2026-11-05", {"Сейтказиев"},
                ["Гынгазов", "Полякова", "Беляев", "Аль-Мутаири", "Насир", "Папаспиру", "Орлов"]),
    "rg.txt": ("2026-10-19", {"Вонгсават", "Ле Тхань Хай"}, ["Климов", "Зайцев", "Сетиади", "Сантос", "Регистрация"]),
    "region.txt": ("2026-10-14", {"Зубков", "Пак Мин Хо"}, ["Вице-губернатор", "педагогам", "Красный проспект"]),
    "tg.txt": ("2026-08-01", {"Силвейр"}, []),
}


@pytest.fixture(scope="module")
def pages(pipeline):
    out = {}
    for name in CASES:
        [source] = list(read_file(str(PAGES / name)))
        out[name] = pipeline(Document.from_source(source))
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_scraped_page_gives_the_article_only(pages, name):
    doc = pages[name]
    date, persons, clutter = CASES[name]
    assert doc.published.iso() == date
    assert [word for word in clutter if word in doc.text] == []
    names = [e.name for e in doc.entities if e.type == "person"]
    assert [n for n in names if not any(p in n for p in persons)] == []  # no byline, credit or related-story person
    evidence = [doc.text[e.start:e.stop] for e in doc.events] + [q.text for q in doc.quotes]
    assert [t for t in evidence if any(word in t for word in clutter)] == []
