"""A photo gallery's captions are its text; an article's photo captions are not (khronika/gallery.py)."""
from pathlib import Path

import pytest

from khronika.gallery import gallery_captions, with_captions
from khronika.read import read_file

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages_more"

FIGURES = ("<figure><img src='1.jpg'><figcaption>1/3. Перу, Лима, 4 мая. Президент Перу Хорхе Кальдерон и "
           "премьер Бельгии Ян Ван Дамме после переговоров. <span class='credit'>Фото: Мигель Рейес/EFE</span>"
           "</figcaption></figure>"
           "<figure><img src='2.jpg'><figcaption>Фото 2 из 3. Министры подписывают меморандум о сотрудничестве в "
           "портах. © Агентство / Ана Лопес</figcaption></figure>"
           "<figure><img src='3.jpg'><figcaption>3/3. Участники встречи у здания МИД. Фото: AP</figcaption></figure>")
CAPTIONS = ["Перу, Лима, 4 мая. Президент Перу Хорхе Кальдерон и премьер Бельгии Ян Ван Дамме после переговоров.",
            "Министры подписывают меморандум о сотрудничестве в портах.", "Участники встречи у здания МИД."]


@pytest.mark.parametrize("page", [
    '<html><head><script type="application/ld+json">{"@type": "ImageGallery"}</script></head><body>{}</body></html>',
    '<html><body><div class="article__photo-gallery">{}</div></body></html>',
    '<html><body><div itemscope itemtype="https://schema.org/ImageGallery">{}</div></body></html>',
])
def test_a_gallery_s_captions_are_read_without_counters_and_credits(page):
    assert gallery_captions(page.replace("{}", FIGURES)) == CAPTIONS


def test_an_article_s_photo_captions_stay_out():
    page = f"<html><body><article><h1>Заголовок</h1>{FIGURES}<p>Текст статьи.</p></article></body></html>"
    assert gallery_captions(page) == []


def test_captions_the_text_holds_already_are_not_added_twice():
    page = f'<html><body><div class="gallery">{FIGURES}</div></body></html>'
    text = f"Заголовок\n\n{CAPTIONS[1]}"
    assert with_captions(page, text) == f"{text}\n\n{CAPTIONS[0]}\n\n{CAPTIONS[2]}"


def test_a_gallery_page_reads_its_captions_and_an_article_page_does_not():
    [gallery] = list(read_file(str(PAGES / "gallery.html")))
    [article] = list(read_file(str(PAGES / "article_photos.html")))
    assert "Джеймс Мванги и Тесфайе Алему подписывают" in gallery.text and "Пабло Ортега" not in gallery.text
    assert "1/3" not in gallery.text and "©" not in gallery.text and gallery.published == "2026-10-30"
    assert "Кастро" not in article.text and "Порт Сан-Антонио" not in article.text
