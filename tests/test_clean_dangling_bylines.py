"""A byline whose date stamp the page's markup held apart (``Анна Осокина · <time>…</time>``), and stamps of Spanish
and English pages with ``a. m.`` / ``p.m.`` (texts written for these tests)."""
import pytest

from khronika.read import read_file
from khronika.stages.clean import clean
from khronika.stages.clean.heads import stamp

BODY = "Министры обороны провели в четверг в Лиме заседание совместной комиссии."


@pytest.mark.parametrize("line", ["Мария Торрес ·", "Пабло Гутьеррес |", "Анна Торрес и Хуан Перес •"])
def test_a_name_before_a_dangling_separator_is_a_byline(line):
    result = clean(f"Заголовок о переговорах в Лиме\n\n{line}\n\n{BODY}\n")
    assert line.split()[0] not in result.text and "Министры обороны" in result.text


def test_a_sentence_ending_in_a_dash_stays():
    result = clean(f"Заголовок о переговорах\n\nМинистры договорились о главном —\n\n{BODY}\n")
    assert "договорились о главном" in result.text


@pytest.mark.parametrize("s, iso", [("3 de marzo de 2031 - 09:15 a. m.", "2031-03-03"),
                                    ("November 3, 2031, 9:05 p.m.", "2031-11-03")])
def test_a_stamp_with_the_hour_of_the_day_in_latin_letters(s, iso):
    head = stamp(s)
    assert head is not None and head.date.iso() == iso


def test_a_page_whose_byline_holds_the_time_element(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Переговоры в Лиме</title></head><body><article><h1>Переговоры в Лиме</h1>"
                    '<p class="autor">Мария Торрес · <time datetime="2031-03-07T07:15:00-05:00">7 de marzo de 2031'
                    f" - 07:15 a. m.</time></p><p>{BODY}</p></article></body></html>", encoding="utf-8")
    source = next(iter(read_file(str(page))))
    assert "Торрес" not in clean(source.text).text
