"""The compiled regular expressions kept on disk (``regex_cache.py``): a pattern read from the table is the
pattern ``re`` compiles, in a new process as in this one."""
import re
import subprocess
import sys

import pytest

from khronika import regex_cache

PATTERNS = [
    (r"(?<!\w)(?:встреч[аиу]|переговор\w*)(?!\w)", re.IGNORECASE),
    (r"^(?P<day>\d{1,2})\s+(?P<month>[а-яё]+)(?:\s+(?P<year>\d{4}))?", 0),
    (r"(?i:министр\w*)\s+(?-i:[А-ЯЁ]\w+)", 0),
    (r"""(?x) ( \d+ ) \s* - \s* (\d+)  # a range""", 0),
    (r"^\s*$", re.MULTILINE),
    (r"(.)\1+", re.DOTALL),
    (r"[\u0400-\u04ff]+|[^\W\d_]+", 0),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module as a new process finds it, its table in an empty cache folder; ``fresh()`` again: the table
    as the next process reads it."""
    monkeypatch.setenv("KHRONIKA_CACHE", str(tmp_path))

    def new_process():
        table = regex_cache.Table("regex", regex_cache.re_fingerprint)
        monkeypatch.setattr(regex_cache, "_patterns", table)
        return table

    new_process()
    return new_process


def test_regex_cache_patterns_read_from_the_table_are_those_compiled(fresh):
    compiled = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert compiled == [regex_cache._original(p, f) for p, f in PATTERNS]
    regex_cache._patterns.save()
    table = fresh()
    again = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert table.grown is False and len(table.used) == len(PATTERNS)  # every one read from the table
    assert again == compiled
    assert [(r.groups, r.groupindex, r.flags) for r in again] == [(r.groups, r.groupindex, r.flags) for r in compiled]
    assert again[1].match("3 марта 2031").group("month", "year") == ("марта", "2031")
    assert again[5].sub(r"\1", "ссссобщение") == "собщение"


def test_regex_cache_leaves_out_what_no_process_used_lately(fresh):
    regex_cache.compile("старый", 0)
    regex_cache._patterns.save()
    for n in range(regex_cache.KEEP_SAVES + 1):
        table = fresh()
        regex_cache.compile(f"новый{n}", 0)  # each process compiles one pattern of its own, and not the old one
        table.save()
    entries = fresh()._loaded()
    assert ("старый", 0) not in entries and (f"новый{regex_cache.KEEP_SAVES}", 0) in entries
    assert len(entries) == regex_cache.KEEP_SAVES


def test_regex_cache_bytes_and_debug_patterns_compiled_as_before(fresh):
    assert regex_cache.compile(rb"\d+", 0) == re.compile(rb"\d+")
    assert regex_cache.compile("слово", re.DEBUG | re.I) is not None
    assert regex_cache._patterns._loaded() == {}


def test_regex_cache_a_damaged_table_is_built_again(fresh, tmp_path):
    (tmp_path / f"regex-{regex_cache.re_fingerprint()}.marshal").write_bytes(b"\x00not marshal")
    assert regex_cache.compile("слово", 0) == re.compile("слово")
    assert ("слово", 0) in regex_cache._patterns._loaded()


def test_regex_cache_a_new_process_reads_the_patterns_of_the_last(tmp_path):
    """Two processes, the second one's khronika patterns all read from the table the first one wrote."""
    script = ("import khronika.stages.clean, khronika.timex, khronika.regex_cache as r; "
              "print(len(r._patterns.used), r._patterns.grown)")
    env = {"KHRONIKA_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    first, second = (subprocess.run([sys.executable, "-c", script], env=env | {"PYTHONPATH": ":".join(sys.path)},
                                    capture_output=True, text=True, check=True).stdout.split() for _ in range(2))
    assert first[1] == "True" and second[1] == "False"
    assert int(second[0]) >= int(first[0]) > 50



def test_regex_cache_a_pattern_of_a_str_subclass_compiled_as_before_and_the_table_still_written(fresh, tmp_path):
    class Name(str):
        pass

    assert regex_cache.compile(Name(r"\w+ая"), 0) == regex_cache._original(r"\w+ая", 0)
    regex_cache._patterns.put((Name("ключ"), 0), "значение")  # left out: marshal writes no subclass of str
    regex_cache.compile("слово", 0)
    regex_cache._patterns.save()
    assert set(fresh()._loaded()) == {("слово", 0)}
