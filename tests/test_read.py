"""Tests of khronika.read: files, folders and stdin in, Source records or ReadErrors out."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from khronika.errors import ReadError
from khronika.read import decode_text, expand_paths, read_all, read_file
from khronika.records import Source

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def fixture(name: str) -> str:
    return str(FIXTURES / name)


def read_one(path: str, **kwargs) -> Source | ReadError:
    results = list(read_file(path, **kwargs))
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize("name, encoding, text", [
    ("cp1251.txt", "cp1251", "Правительство утвердило план развития северных портов."),
    ("koi8r.txt", "koi8-r", "Депутаты одобрили поправки к закону о таможенных сборах."),
    ("bom.txt", "utf-8-sig", "Посол Чили вручил верительные грамоты в четверг.\n"),
])
def test_read_txt_detects_encoding(name, encoding, text):
    src = read_one(fixture(name))
    assert isinstance(src, Source)
    assert (src.text, src.encoding, src.format, src.path) == (text, encoding, "txt", fixture(name))


def test_read_txt_utf8_normalises_newlines_and_keeps_text():
    src = read_one(fixture("utf8.txt"))
    assert src.encoding == "utf-8"
    assert src.text == ("Москва, 12 апреля. Министр экономики встретился с делегацией из Казахстана.\n"
                        "Стороны обсудили поставки удобрений и строительство нового моста через реку.\n"
                        "Переговоры продолжатся в июне.\n")


SENTENCES = [
    "Посольство Франции в Москве возобновило выдачу виз с понедельника.",
    "СОВЕТ БЕЗОПАСНОСТИ ООН СОБЕРЁТСЯ НА ЭКСТРЕННОЕ ЗАСЕДАНИЕ В ПЯТНИЦУ",
    "Глава МИД: «Переговоры идут трудно» — заявил он журналистам.",  # no « » — in KOI8-R
    "Юг",
]


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("sentence, encoding", [
    (s, e) for s in SENTENCES for e in ("cp1251", "koi8-r") if _encodable(s, e)])
def test_read_decode_text_tells_cp1251_from_koi8r(sentence, encoding):
    assert decode_text(sentence.encode(encoding)) == (sentence, encoding)


def test_read_decode_text_utf16_bom_is_text_not_binary(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes("Стороны подписали протокол.".encode("utf-16"))
    src = read_one(str(path))
    assert (src.text, src.encoding) == ("Стороны подписали протокол.", "utf-16")


def test_read_html_extracts_text_and_metadata_without_boilerplate():
    src = read_one(fixture("news.html"))
    assert isinstance(src, Source)
    assert src.format == "html"
    assert src.title == "Россия и Вьетнам договорились о поставках риса"
    assert src.published == "2021-09-14"
    assert src.source == "Северный вестник"
    assert src.url == "https://vestnik.example.org/world/2021/rice-deal"
    assert "подписали в среду меморандум о долгосрочных поставках риса" in src.text
    assert "соберётся в Москве до конца года." in src.text
    for boilerplate in ("Главная страница", "Спортивная рубрика", "Все права защищены", "Подписывайтесь"):
        assert boilerplate not in src.text


def test_read_html_respects_meta_charset(tmp_path):
    page = ('<html><head><meta charset="windows-1252"><title>Zürich</title></head><body><article>'
            '<p>Der Außenminister traf in Zürich seinen Amtskollegen aus Genf zu einem Gespräch.</p>'
            '</article></body></html>')
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    src = read_one(str(path))
    assert src.encoding == "cp1252"
    assert "Der Außenminister traf in Zürich" in src.text


def test_read_html_without_article_is_e_html_and_quiet(tmp_path, capsys, caplog):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Пусто</title></head><body></body></html>", encoding="utf-8")
    err = read_one(str(path))
    assert isinstance(err, ReadError)
    assert (err.code, err.path) == ("E_HTML", str(path))
    assert capsys.readouterr().err == ""
    assert not [r for r in caplog.records if r.name.startswith(("trafilatura", "htmldate"))]


def test_read_jsonl_good_lines_survive_a_broken_one():
    results = list(read_file(fixture("articles.jsonl")))
    assert [type(r) for r in results] == [Source, ReadError, Source]
    first, error, second = results
    assert first.path == fixture("articles.jsonl") + ":1"
    assert (first.text, first.title, first.url, first.published, first.source) == (
        "Премьер-министр Индии прибыл с визитом в Токио.", "Визит в Японию", "https://example.org/a",
        "2022-05-23", "Агентство Восток")
    assert (error.code, error.path, error.details["line"]) == ("E_JSONL", fixture("articles.jsonl"), 2)
    assert "line 2" in str(error)
    # the blank line 3 is skipped; line numbers still count it; values are coerced to str
    assert (second.path, second.published, second.title) == (fixture("articles.jsonl") + ":4", "2023", None)


@pytest.mark.parametrize("line, detail", [
    ('["text"]', "not a JSON object"),
    ('{"title": "Без текста"}', 'no "text" string'),
    ('{"text": 42}', 'no "text" string'),
    ('{"text": "   "}', '"text" is empty'),
    ('{"text": "обрыв', "invalid JSON"),
])
def test_read_jsonl_bad_line_reasons(tmp_path, line, detail):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Хорошая строка."}\n' + line + "\n", encoding="utf-8")
    good, err = read_file(str(path))
    assert good.text == "Хорошая строка."
    assert (err.code, err.details["line"]) == ("E_JSONL", 2)
    assert detail in err.details["detail"]


@pytest.mark.parametrize("field", ["body", "content", "article"])
def test_read_jsonl_takes_a_scrapers_name_of_the_text(tmp_path, field):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({field: "Министры Чили и Перу провели переговоры.", "headline": "Переговоры"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    (source,) = read_file(str(path))
    assert (source.text, source.title) == ("Министры Чили и Перу провели переговоры.", "Переговоры")


def test_read_jsonl_not_utf8_is_e_decode(tmp_path):
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"text": "Текст в CP1251."}\n'.encode("cp1251"))
    assert read_one(str(path)).code == "E_DECODE"


@pytest.mark.parametrize("name, code", [
    ("image.txt", "E_BINARY"),
    ("report.pdf", "E_UNSUPPORTED"),
    ("empty.txt", "E_EMPTY"),
    ("blank.txt", "E_EMPTY"),
    ("no-such-file.txt", "E_NOT_FOUND"),
])
def test_read_bad_files_give_one_error(name, code):
    err = read_one(fixture(name))
    assert isinstance(err, ReadError)
    assert (err.code, err.path) == (code, fixture(name))


def test_read_control_characters_without_nul_are_binary(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(bytes(range(1, 9)) * 10 + "немного текста".encode())
    assert read_one(str(path)).code == "E_BINARY"


def test_read_unreadable_file_is_e_read(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()  # a folder named like a text file: opening it fails
    err = read_one(str(path))
    assert (err.code, err.path) == ("E_READ", str(path))


def test_read_expand_paths_walks_folders_sorted_skipping_hidden():
    folder = FIXTURES / "folder"
    expanded = expand_paths([str(folder), "-", fixture("missing.txt"), fixture("utf8.txt")])
    assert expanded[:5] == [str(folder / "a.html"), str(folder / "b.txt"), str(folder / "notes.pdf"),
                            str(folder / "sub" / "c.txt"), "-"]
    assert isinstance(expanded[5], ReadError)
    assert (expanded[5].code, expanded[5].path) == ("E_NOT_FOUND", fixture("missing.txt"))
    assert expanded[6:] == [fixture("utf8.txt")]


def test_read_all_reads_folder_and_goes_on_after_errors():
    results = list(read_all([str(FIXTURES / "folder"), fixture("missing.txt"), fixture("koi8r.txt")]))
    assert [(type(r).__name__, r.path) for r in results] == [
        ("Source", str(FIXTURES / "folder" / "a.html")),
        ("Source", str(FIXTURES / "folder" / "b.txt")),
        ("ReadError", str(FIXTURES / "folder" / "notes.pdf")),
        ("Source", str(FIXTURES / "folder" / "sub" / "c.txt")),
        ("ReadError", fixture("missing.txt")),
        ("Source", fixture("koi8r.txt")),
    ]
    assert results[2].code == "E_UNSUPPORTED"


def test_read_stdin_as_text():
    stdin = io.BytesIO("Саммит откроется во вторник.\r\nДелегации уже прибыли.".encode("cp1251"))
    results = list(read_all(["-"], stdin=stdin))
    assert results == [Source(path="<stdin>", text="Саммит откроется во вторник.\nДелегации уже прибыли.",
                              format="txt", encoding="cp1251")]


def test_read_stdin_empty_is_e_empty():
    err = read_one("-", stdin=io.BytesIO(b""))
    assert (err.code, err.path) == ("E_EMPTY", "<stdin>")


@pytest.mark.parametrize("footer, url", [
    ("<footer>© 2021 Вестник</footer>", ""),
    ("<p>Встреча прошла 12 мая 2019 года.</p>", ""),
    ("", '<link rel="canonical" href="https://vestnik.example.org/world/2021/meeting">'),
])
def test_read_html_date_only_from_markup(tmp_path, footer, url):
    body = "<p>" + "Министры иностранных дел двух стран обсудили в Вене торговлю и визовый режим. " * 5 + "</p>"
    page = (f"<html><head><title>Встреча</title>{url}</head><body><article><h1>Встреча</h1>{body}</article>"
            f"{footer}</body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(str(path)).published is None  # no date the page's markup states


def test_read_html_date_from_a_meta_tag(tmp_path):
    body = "<p>" + "Министры иностранных дел двух стран обсудили в Вене торговлю и визовый режим. " * 5 + "</p>"
    page = ('<html><head><title>Встреча</title>'
            '<meta property="article:published_time" content="2025-12-02T17:53:00+03:00">'
            f'</head><body><article><h1>Встреча</h1>{body}</article></body></html>')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(str(path)).published == "2025-12-02"


@pytest.mark.parametrize("published, expected", [
    ("2025-12-02T17:53:00+03:00", "2025-12-02T17:53:00+03:00"),  # ISO as given
    ("Tue, 02 Dec 2025 17:53:00 +0300", "2025-12-02"),
    ("02.12.2025 17:53", "2025-12-02"),
    ("2 декабря 2025, 17:53 МСК", "2025-12-02"),
    ("2 декабря, 17:53", "2 декабря, 17:53"),  # no year: left as given, the document stays undated
    ("вчера", "вчера"),
])
def test_read_jsonl_published_dates(tmp_path, published, expected):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Министры встретились.", "published": published}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert read_one(str(path)).published == expected


def test_read_links_to_folders_are_followed_once(tmp_path):
    from khronika.read import expand_paths

    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("Текст.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "linked").symlink_to(real)
    (folder / "loop").symlink_to(folder)
    found = expand_paths([str(folder)])
    assert [f for f in found if isinstance(f, str)] == [str(folder / "linked" / "a.txt")]
    (skipped,) = [f for f in found if not isinstance(f, str)]
    assert skipped.path.endswith("loop") and "read already" in str(skipped)


def test_read_html_ends_a_paragraph_after_the_title_and_each_block(tmp_path):
    page = ("<html><head><title>Переговоры в Берлине</title></head><body><article>"
            "<h1>Советники так и не договорились в Берлине</h1>"
            "<p>Встреча политических советников завершилась поздно вечером в четверг после девяти часов "
            "переговоров.</p><p>Итогового документа стороны так и не согласовали, сообщили участники.</p>"
            "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    src = read_one(str(path))
    assert "договорились в Берлине\n\nВстреча политических" in src.text
    assert "переговоров.\n\nИтогового документа" in src.text


def test_read_html_takes_the_date_of_an_element_marked_as_the_date(tmp_path):
    body = "".join(f"<p>Министры иностранных дел Чили и Перу провели переговоры в Лиме, абзац {n}.</p>"
                   for n in range(6))
    page = ('<html><head><meta charset="utf-8"><title>Переговоры в Лиме</title></head><body><article>'
            '<h1>Переговоры в Лиме</h1><div class="article-date">14 марта 2031 года, 21:40 (МСК)</div>'
            f'{body}</article><footer>© 2011–2031 Вестник</footer></body></html>')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(str(path)).published == "2031-03-14"


def test_read_jsonl_takes_metadata_under_the_usual_other_names(tmp_path):
    from khronika.jsonl import read_jsonl
    from khronika.settings import DEFAULT

    data = ('{"text": "Министры встретились в Лиме.", "date": "24.11.2031", "link": "https://x.example/a", '
            '"headline": "Переговоры", "site": "Вестник"}\n'
            '{"text": "Министры встретились снова.", "published": "2031-11-25", "date": "2020-01-01"}\n').encode()
    first, second = list(read_jsonl("f.jsonl", data, DEFAULT.limits))
    assert (first.published, first.url, first.title, first.source) == ("2031-11-24", "https://x.example/a",
                                                                       "Переговоры", "Вестник")
    assert second.published == "2031-11-25"  # khronika's own name first
