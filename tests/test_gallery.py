"""A photo gallery's captions are its text; an article's photo captions are not (khronika/captions.py, through
``read_file`` on pages of our own)."""
from pathlib import Path

from khronika.read import read_file

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages_more"


def test_a_gallery_page_reads_its_captions_and_an_article_page_does_not():
    [gallery] = list(read_file(str(PAGES / "gallery.html")))
    [article] = list(read_file(str(PAGES / "article_photos.html")))
    assert "Джеймс Мванги и Тесфайе Мелесе подписывают" in gallery.text and "Пабло Ортега" not in gallery.text
    assert "©" not in gallery.text and "Фото:" not in gallery.text and gallery.published == "2026-10-30"
    assert "Кастро" not in article.text and "Порт Сан-Антонио" not in article.text
