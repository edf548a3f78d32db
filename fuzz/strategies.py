"""Hypothesis strategies for the fuzz targets when atheris is not installed: bytes that look like each
format (and raw bytes), so that generated inputs reach past the first check."""
from __future__ import annotations

import json

from hypothesis import strategies as st

_WORDS = st.sampled_from(["Министр", "посол", "встретился", "в", "Лиме", "МОСКВА,", "3 марта.", "/ТАСС/.", "—",
                          "«Мы", "готовы»,", "Главная", "|", "©", "2021", "\n", "\n\n", "...", "Читайте", "также:"])
_PROSE = st.lists(_WORDS, max_size=80).map(" ".join)
_TEXT = st.one_of(_PROSE, st.text(max_size=400), st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
_ENCODED = st.tuples(_TEXT, st.sampled_from(["utf-8", "cp1251", "koi8-r", "utf-16", "utf-8-sig"])).map(
    lambda t: t[0].encode(t[1], errors="replace"))
_BYTES = st.one_of(st.binary(max_size=2000), _ENCODED,
                   st.tuples(_ENCODED, st.binary(max_size=8), st.integers(0, 400)).map(
                       lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:]))
_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)
_RECORD = st.fixed_dictionaries({"text": _TEXT | _JSON}, optional={
    "title": _TEXT | _JSON, "published": _TEXT | st.integers() | _JSON, "source": _TEXT | _JSON, "url": _TEXT})
_LINE = st.one_of(_RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)), _JSON.map(json.dumps),
                  st.text(max_size=100), st.integers(1, 300).map(lambda n: "[" * n + "]" * n))
_TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>alert(1)</script>", "<title>", "</title>",
                         '<meta charset="koi8-r">', '<meta charset="bogus">', "<article>", "</article>", "<br>",
                         "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "<time datetime='2021-02-03'>"])
_HTML = st.lists(st.one_of(_TAGS, _PROSE), max_size=60).map("".join)

STRATEGIES = {
    "decode": _BYTES,
    "jsonl": st.one_of(st.lists(_LINE, max_size=6).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
                       _BYTES),
    "html": st.one_of(st.tuples(_HTML, st.sampled_from(["utf-8", "cp1251", "koi8-r"])).map(
        lambda t: t[0].encode(t[1], errors="replace")), _BYTES),
    "clean": st.one_of(_PROSE.map(str.encode), _BYTES),
}
