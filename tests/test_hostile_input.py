"""Hostile input (issue 13, item 1): every bad input is one line naming the file and the reason, the run
goes on with the others, nothing blocks, nothing grows without bound and no garbage is stored.

Inputs that could hang or exhaust memory if a fix regressed (a FIFO, ``/dev/zero``, a 2 GiB file) are
read by the command line in a subprocess with a timeout and a memory limit."""
from __future__ import annotations

import io
import json
import os
import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from khronika.errors import ReadError
from khronika.ingest import ingest
from khronika.read import read_all, read_file
from khronika.records import Document, Source
from khronika.settings import DEFAULT, LimitSettings
from khronika.stages.annotate import ParagraphSegmenter
from khronika.stages.clean.pieces import pieces
from khronika.store import Store

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Министр иностранных дел России Сергей Лавров провёл переговоры в Токио с японским коллегой."


class Verbatim:
    """A pipeline without models: the raw text is the text."""

    def __call__(self, doc: Document) -> Document:
        return doc.replace(text=doc.raw)

    def redate(self, doc: Document) -> Document:
        return doc


def only(path, **kwargs) -> Source | ReadError:
    results = list(read_file(str(path), **kwargs))
    assert len(results) == 1, results
    return results[0]


def jsonl(tmp_path, *lines: str) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- crashes -------------------------------------------------------------------------------------

def test_lone_surrogate_escape_is_replaced_and_the_document_hashes(tmp_path):
    path = jsonl(tmp_path, json.dumps({"text": GOOD + " \ud800", "title": "Визит \udfff"}))
    src = only(path)
    assert src.text == GOOD + " \ufffd" and src.title == "Визит \ufffd"
    assert len(Document.from_source(src).content_hash) == 64


def test_file_name_not_utf8_is_read_and_stored_under_a_printable_name(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/\xff\xfe-news.txt"
    with open(raw, "wb") as f:
        f.write(GOOD.encode("utf-8"))
    (src,) = read_all([str(folder)])
    assert src.path == f"{folder}/\\xff\\xfe-news.txt" and src.text == GOOD
    with Store.in_memory() as store:
        report = ingest([str(folder)], store, Verbatim)
        assert report.counts["added"] == 1
        assert [d["path"] for d in store.documents()] == [src.path]


def test_jsonl_nested_100000_deep_is_refused_by_depth_and_the_next_line_is_read(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    nested = json.dumps({"text": GOOD, "extra": 1}).replace("1}", "[" * 70 + "]" * 70 + "}")
    path = jsonl(tmp_path, deep, nested, json.dumps({"text": GOOD}))
    first, second, third = read_file(str(path))
    assert (first.code, first.details["line"]) == ("E_JSONL", 1)
    assert "nested deeper than 64 levels" in str(first) and "--max-json-depth" in str(first)
    assert (second.code, second.details["line"]) == ("E_JSONL", 2)
    assert third.text == GOOD
    raised = LimitSettings(max_json_depth=100)
    assert [type(r) for r in read_file(str(path), limits=raised)] == [ReadError, Source, Source]


# --- hangs and unbounded reads -------------------------------------------------------------------

def _cli(args: list[str], cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """``khronika ARGS`` in a subprocess: at most 60 s and 1.5 GiB of address space."""
    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (3 * 2**29, 3 * 2**29))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "khronika.cli", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=60, env=env, preexec_fn=limit_memory)


def test_fifo_device_link_and_huge_file_are_skipped_without_blocking_or_reading(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "random.txt").symlink_to("/dev/urandom")
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(2 * 2**30)  # sparse: 2 GiB without using the disk
    (folder / "a[").mkdir()
    (folder / "a[" / "b].txt").write_bytes(b"")  # "[/b]" would be a closing tag of rich's markup
    (folder / "new\nline.txt").write_bytes(b"\x00" * 10)
    result = _cli(["ingest", "in", "--db", "k.db", "-q"], tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 3, err
    assert "Traceback" not in err
    assert "in/pipe.txt: not a regular file but a FIFO" in err
    assert "in/zero.txt: not a regular file but a character device" in err
    assert "in/random.txt: not a regular file but a character device" in err
    assert "in/huge.txt: 2048.0 MiB is over the limit of 100 MiB (raise it with --max-file-mb)" in err
    assert "in/a[/b].txt: no text in it" in err
    assert "in/new\\nline.txt: looks like a binary file" in err
    assert "0 added" in result.stdout.decode() and "6 skipped" in result.stdout.decode()


def test_fifo_as_store_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "k.db")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = _cli(["ingest", "a.txt", "--db", "k.db"], tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert "k.db is not a khronika database or is damaged: it is not a regular file" in err


def test_store_name_not_utf8_is_refused_with_one_line(tmp_path):
    result = _cli(["ingest", "a.txt", "--db", os.fsdecode(b"\xff.db")], tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert "\\xff.db is not a khronika database or is damaged: its name is not valid UTF-8" in err


def test_file_and_stdin_over_the_size_limit_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 20, encoding="utf-8")
    small = LimitSettings(max_file_mb=0.001)
    assert only(path, limits=small).code == "E_TOO_LARGE"
    stdin = io.BytesIO(GOOD.encode("utf-8") * 20)
    err = only("-", stdin=stdin, limits=small)
    assert err.code == "E_TOO_LARGE" and str(err).startswith("<stdin>: more than ")
    assert only(path).text == GOOD * 20


def test_document_over_the_length_limit_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(GOOD * 10, encoding="utf-8")
    err = only(path, limits=LimitSettings(max_document_chars=100))
    assert err.code == "E_TOO_LONG" and "--max-document-chars" in str(err)


# --- a long run of text without sentence breaks --------------------------------------------------

def test_sentence_free_line_of_20000_words_is_cut_into_bounded_pieces():
    random.seed(13)
    words = [random.choice(("слово", "переговоры", "министр", "и", "в", "Токио", "2024")) for _ in range(20_000)]
    text = " ".join(words)
    limit = DEFAULT.limits.max_sentence_chars
    sents = list(ParagraphSegmenter(limit).sentenize(text))
    assert len(sents) >= len(text) // limit
    assert all(0 < len(s.text) <= limit and text[s.start:s.stop] == s.text for s in sents)
    assert " ".join(s.text for s in sents).split() == words  # every word in one piece, in order, none cut


def test_pieces_cut_after_punctuation_else_at_a_space_else_hard():
    text = "слово " * 30 + "итог, " + "слово " * 30
    cuts = pieces(text, 200)
    assert all(b - a <= 200 for a, b in cuts) and text[:cuts[0][1]].endswith("итог,")
    assert pieces("ааааа " * 100, 100)[0] == (0, 95)
    letters = "б" * 1000
    assert pieces(letters, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]
    tokens = list(ParagraphSegmenter(300).tokenize(letters))
    assert [(t.start, t.stop) for t in tokens] == pieces(letters, 300)  # tokens nest in the pieces
    assert pieces(GOOD, 2000) == [(0, len(GOOD))]


# --- garbage stored with exit 0 ------------------------------------------------------------------

def test_utf8_with_one_bad_byte_or_a_truncated_last_letter_is_utf8(tmp_path):
    data = (GOOD + " " + GOOD).encode("utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(data[:40] + b"\xff" + data[40:])
    src = only(path)
    assert src.encoding == "utf-8" and src.text.count("\ufffd") == 1
    assert src.text.replace("\ufffd", "") == GOOD + " " + GOOD
    path.write_bytes(GOOD.encode("utf-8")[:-2])  # "коллегой." without its dot, cut inside its last letter
    src = only(path)
    assert (src.encoding, src.text) == ("utf-8", GOOD[:-2] + "\ufffd")


def test_random_high_bytes_are_no_text(tmp_path):
    random.seed(7)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(random.randrange(128, 256) for _ in range(4000)))
    err = only(path)
    assert err.code == "E_NOT_TEXT" and "does not read as text in Cyrillic or Latin letters" in str(err)


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff"])
def test_a_utf16_bom_before_utf8_text_is_dropped_not_read_as_hangul(tmp_path, bom):
    src = only("-", stdin=io.BytesIO(bom + GOOD.encode("utf-8")))
    assert (src.text, src.encoding) == (GOOD, "utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(bom + GOOD.encode("utf-8"))
    assert only(path).text == GOOD


def test_text_in_another_script_or_without_letters_is_refused(tmp_path):
    path = jsonl(tmp_path, json.dumps({"text": "한국어 텍스트 입니다"}), json.dumps({"text": "12 345 — 678"}),
                 json.dumps({"text": GOOD}))
    hangul, digits, good = read_file(str(path))
    assert (hangul.code, hangul.details["line"]) == ("E_JSONL", 1) and "Cyrillic or Latin" in str(hangul)
    assert "no letters" in str(digits) and good.text == GOOD
    from khronika.decode import word_share

    assert word_share("Нұрсұлтан Назарбаев, МИДа, ООНовский, «Ғылым», Jürgen Škoda, NATO, iPhone") > 0.85


def test_word_share_judges_long_and_repeated_words_alike():
    """Words of up to ``WORDS_CACHED_CHARS`` letters are judged once and remembered, longer ones every time:
    the same judgement either way, a word seen before as when first seen."""
    from khronika.decode import WORDS_CACHED_CHARS, word_share

    long_good, long_mixed = "а" * (WORDS_CACHED_CHARS + 5), "а" * WORDS_CACHED_CHARS + "bcd"
    assert word_share(f"{long_good} {long_mixed}") == len(long_good) / (len(long_good) + len(long_mixed))
    twice = "Посол вРучил ноту. Посол вРучил ноту."
    assert word_share(twice) == word_share(twice) == 18 / 30


def test_nul_and_control_characters_are_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(f"{GOOD}\x00 {GOOD}\x07\t{GOOD}\r\n{GOOD}\x0c{GOOD}\x1b".encode())
    assert only(path).text == f"{GOOD} {GOOD}\t{GOOD}\n{GOOD}\n{GOOD}"
    src = only(jsonl(tmp_path, json.dumps({"text": f"{GOOD}\u0000 {GOOD}\u0085{GOOD}", "title": "В\u0000изит"})))
    assert (src.text, src.title) == (f"{GOOD} {GOOD}\n{GOOD}", "Визит")


@pytest.mark.parametrize("field, value, got", [
    ("title", ["x"], "an array"), ("url", {"href": "x"}, "an object"), ("source", 5, "a number"),
    ("published", True, "a boolean"), ("published", "2024-03-01", None), ("published", 2023, None),
])
def test_jsonl_metadata_must_be_strings(tmp_path, field, value, got):
    path = jsonl(tmp_path, json.dumps({"text": GOOD, field: value}), json.dumps({"text": GOOD + " Ещё."}))
    first, second = read_file(str(path))
    assert second.text == GOOD + " Ещё."
    if got is None:
        assert isinstance(first, Source) and first.published == str(value)
    else:
        assert (first.code, first.path, first.details["line"]) == ("E_JSONL_FIELD", str(path), 1)
        assert str(first) == f"{path}: line 1: {field!r} is {got}, not a string; the record is skipped"


def test_ingest_goes_on_after_every_bad_input_and_names_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "noise.txt").write_bytes(bytes(range(128, 256)) * 8)
    (folder / "deep.jsonl").write_text("[" * 5000 + "]" * 5000 + "\n" + json.dumps({"text": GOOD + " Да."}),
                                       encoding="utf-8")
    with Store.in_memory() as store:
        report = ingest([str(folder)], store, Verbatim)
    assert (report.counts["added"], report.counts["skipped"]) == (2, 3)
    assert sorted(Path(p).name for p, _ in report.skipped) == ["deep.jsonl", "noise.txt", "pipe.txt"]
    assert all(reason.count("\n") == 0 for _, reason in report.skipped)


def test_invalid_json_is_named_with_its_column_once(tmp_path):
    unterminated, no_name = read_file(str(jsonl(tmp_path, '{"text": "Ми', "{oops")))
    assert "invalid JSON (Unterminated string starting at column 10)" in str(unterminated)
    assert "invalid JSON (Expecting property name enclosed in double quotes at column 2)" in str(no_name)


def test_jsonl_with_a_bad_byte_keeps_its_other_lines_and_a_utf8_bom_before_cp1251_is_dropped(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": GOOD}, ensure_ascii=False).encode(), json.dumps({"text": GOOD + " Да."}).encode()]
    at = lines[0].index("иностранных".encode())
    path.write_bytes(lines[0][:at] + b"\xff" + lines[0][at:] + b"\n" + lines[1] + b"\n")
    first, second = read_file(str(path))
    assert first.text.count("\ufffd") == 1 and second.text == GOOD + " Да."
    txt = tmp_path / "a.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("cp1251"))
    assert (only(txt).text, only(txt).encoding) == (GOOD, "cp1251")


@pytest.mark.slow
def test_annotate_stage_parses_a_sentence_free_line_in_bounded_pieces(resources):
    from dataclasses import replace

    from khronika.stages.annotate import AnnotateStage

    words = ["переговоры", "министров", "в", "Токио", "и", "Москве"] * 500
    settings = replace(DEFAULT, limits=LimitSettings(max_sentence_chars=400))
    doc = Document.from_source(Source(path="x.txt", text=" ".join(words)))
    doc = AnnotateStage(resources, settings)(doc)
    assert all(len(s.text) <= 400 for s in doc.sentences) and len(doc.sentences) >= 40
    assert [t.text for s in doc.sentences for t in s.tokens] == words


def test_cli_limit_options_reach_the_reader(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app

    (tmp_path / "a.txt").write_text(GOOD * 20, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "k.db"),
                                      "--max-file-mb", "0.001"])
    assert result.exit_code == 3
    assert "a.txt: 3380 bytes is over the limit of 0.001 MiB (raise it with --max-file-mb)" in result.output


@pytest.mark.parametrize("revision, tables", [
    (None, ["CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)", "CREATE TABLE users (id INTEGER)"]),
    ("ab12cd34ef56", ["CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                      "CREATE TABLE orders (id INTEGER)"]),
])
def test_another_applications_alembic_database_is_refused_untouched(tmp_path, revision, tables):
    import sqlite3

    from khronika.errors import KhronikaError
    from khronika.store import Store

    db = tmp_path / "their.db"
    with sqlite3.connect(db) as conn:
        for statement in tables:
            conn.execute(statement)
        if revision:
            conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    before = db.read_bytes()
    with pytest.raises(KhronikaError) as refused:
        Store(db)
    assert refused.value.code == "E_DB"
    assert db.read_bytes() == before and not (tmp_path / "their.db-wal").exists()  # not even switched to WAL
