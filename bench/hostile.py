"""The hostile inputs of ``bench/trials.py``: one folder holding every kind of bad input that
``tests/test_hostile_input.py`` covers, and a few more, beside good texts.

``build(folder, good)`` writes them and returns ``{kind: file name}``; the good texts are copied in
as ``good_N.txt``.  Nothing here is read by khronika itself."""
from __future__ import annotations

import json
import os
import random
import shutil
import socket
from pathlib import Path

GOOD = "Министр иностранных дел России Сергей Лавров провёл переговоры в Токио с японским коллегой."
WORDS = ("слово", "переговоры", "министр", "и", "в", "Токио", "2024", "встреча", "делегаций")


def _jsonl(*records) -> bytes:
    return ("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n").encode()


def _bytes_kinds(rng: random.Random, long: int) -> dict[str, tuple[str, bytes]]:
    """Kinds that are plain files: kind → (file name, content).  Each text is its own (a numbered
    sentence), since a text stored once already is not stored again under another name."""
    n = iter(range(1, 100))

    def text() -> str:
        return f"{GOOD} Встреча номер {next(n)}."

    good = text().encode()
    two = (text() + " " + GOOD).encode()
    return {
        "utf8_one_bad_byte": ("bad_byte.txt", two[:40] + b"\xff" + two[40:]),
        "utf8_truncated_last_letter": ("truncated.txt", (text() + " Итог").encode()[:-1]),  # cut inside "г"
        "jsonl_lone_surrogate": ("surrogate.jsonl", _jsonl({"text": text() + " \ud800", "title": "Визит \udfff"})),
        "jsonl_nested_100000_deep": ("deep.jsonl", _jsonl("[" * 100_000 + "]" * 100_000)),
        "jsonl_object_nested_deep": ("deep_obj.jsonl", _jsonl('{"a":' * 50_000 + "1" + "}" * 50_000)),
        "jsonl_invalid_json": ("invalid.jsonl", b'{"text": "\xd0\x9c\xd0\xb8\n{oops\n'),
        "jsonl_metadata_not_strings": ("meta.jsonl", _jsonl({"text": text(), "title": ["x"]},
                                                            {"text": text(), "url": {"href": "x"}},
                                                            {"text": text(), "source": 5})),
        "jsonl_text_not_a_string": ("textnum.jsonl", _jsonl({"text": 12345}, {"text": None}, {"title": "no text"})),
        "jsonl_array_record": ("array.jsonl", _jsonl([text()], text(), 7)),
        "nul_and_control_characters": ("nul.txt", f"{text()}\x00 {GOOD}\x07\t{GOOD}\x0c{GOOD}\x1b".encode()),
        "mostly_control_characters": ("controls.txt", bytes(rng.randrange(0, 32) for _ in range(4000))),
        "sentence_without_breaks": ("long_sentence.txt", " ".join(rng.choice(WORDS) for _ in range(long // 4))[:long]
                                    .encode()),
        "letters_and_punctuation_without_spaces": ("no_spaces.txt",
                                                   "".join(rng.choice("абвгдежзиклмнопрст,;-") for _ in range(long))
                                                   .encode()),
        "binary_garbage": ("garbage.txt", rng.randbytes(20_000)),
        "random_high_bytes": ("noise.txt", bytes(rng.randrange(128, 256) for _ in range(4000))),
        "utf16le_without_bom": ("utf16.txt", (text() * 3).encode("utf-16-le")),
        "utf16_bom_before_utf8": ("bom16.txt", b"\xff\xfe" + good),
        "utf8_bom_before_cp1251": ("bom_cp1251.txt", b"\xef\xbb\xbf" + text().encode("cp1251")),
        "empty_file": ("empty.txt", b""),
        "whitespace_only": ("blank.txt", b" \n\t\r\n   \n"),
        "hangul_text": ("hangul.txt", "한국어 텍스트 입니다. 외교부 장관 회담".encode()),
        "digits_only": ("digits.txt", b"12 345 - 678 90 / 2024 11 28"),
        "gzip_named_txt": ("packed.txt", b"\x1f\x8b\x08\x00" + rng.randbytes(3000)),
        "html_with_script": ("page.html",
                             f"<html><body><script>alert(1)</script><p>{text()}</p></body></html>".encode()),
        "html_nested_50000_deep": ("deep.html", ("<div>" * 50_000 + text() + "</div>" * 50_000).encode()),
        "html_not_html": ("binary.html", rng.randbytes(5000)),
        "cr_only_line_endings": ("cr.txt", (text() + "\r").encode() * 5),
        "unsupported_suffix": ("notes.docx", good),
    }


def build(folder: Path, good: list[Path], seed: int = 13, long: int = 199_000) -> dict[str, str]:
    """Write the hostile inputs and copies of ``good`` into ``folder``; return kind → file name
    (relative to ``folder``).  ``long``: the characters of the two texts without sentence breaks (the
    largest inputs; at most the limit of 200,000 characters a document, else they are refused)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, str] = {}
    for kind, (name, data) in _bytes_kinds(rng, long).items():
        (folder / name).write_bytes(data)
        kinds[kind] = name
    os.mkfifo(folder / "pipe.txt")
    kinds["fifo"] = "pipe.txt"
    for kind, name, target in (("symlink_to_dev_zero", "zero.txt", "/dev/zero"),
                               ("symlink_to_dev_urandom", "random.txt", "/dev/urandom"),
                               ("dangling_symlink", "dangling.txt", str(folder / "nowhere.txt"))):
        (folder / name).symlink_to(target)
        kinds[kind] = name
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    kinds["symlink_loop"] = "loop_a.txt"
    (folder / "dir_loop").mkdir()
    (folder / "dir_loop" / "up").symlink_to(folder, target_is_directory=True)
    kinds["directory_symlink_loop"] = "dir_loop/up"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(folder / "socket.txt"))
        kinds["unix_socket"] = "socket.txt"
    except OSError:  # a path too long for a socket address: the kind is left out
        pass
    finally:
        sock.close()
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(2 * 2**30)  # sparse: 2 GiB without using the disk
    kinds["sparse_2_gib_file"] = "huge.txt"
    with open(os.fsencode(folder) + b"/\xff\xfe-news.txt", "wb") as f:
        f.write(f"{GOOD} Файл с именем не в UTF-8.".encode())
    kinds["file_name_not_utf8"] = "\\xff\\xfe-news.txt"
    (folder / "new\nline.txt").write_bytes(b"\x00" * 10)
    kinds["newline_in_file_name"] = "new\\nline.txt"
    (folder / "a[").mkdir()
    (folder / "a[" / "b].txt").write_bytes(b"")
    kinds["markup_in_file_name"] = "a[/b].txt"
    (folder / "folder.txt").mkdir()
    kinds["folder_named_txt"] = "folder.txt"
    for i, path in enumerate(good):
        shutil.copyfile(path, folder / f"good_{i}.txt")
    return kinds
