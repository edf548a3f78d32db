"""Bytes to text: encoding detection, the plausibility of the result, and the characters removed.

``decode_text`` reads UTF-8, UTF-16 (with a BOM), CP1251 and KOI8-R; ``plausible`` says whether a
decoded text reads as text in the expected scripts (Cyrillic or Latin letters in words of one script
and one case pattern) or as mojibake, box drawing, a foreign script or no letters at all; ``scrub``
removes NULs and other control characters and replaces lone surrogates.
"""
from __future__ import annotations

import codecs
import functools
import math
import re

from .errors import ReadError
from .settings import DEFAULT, LimitSettings

# Letter frequencies of Russian text (percent), to tell CP1251 from KOI8-R: read with the wrong
# one of the two, Russian text turns into rare letters with swapped case.
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}
_RU_PUNCT = "«»—–“”„№…’"
_CASE_ODDITY = re.compile(r"[а-яё][А-ЯЁ]")  # a capital right after a small letter: "пРИ"
_CYRILLIC_8BIT = ("cp1251", "koi8-r")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Letters of the expected scripts: Cyrillic (the Cyrillic block and its supplement: Russian and the
# letters of other Cyrillic alphabets in names) and Latin (with the accented letters of European names).
_CYRILLIC = "\u0400-\u052f"
_LATIN = "a-zA-ZÀ-ÖØ-öø-ž"
_CAPITALS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WORD = re.compile(r"[^\W\d_]+")
_ONE_SCRIPT = re.compile(rf"[{_CYRILLIC}]+|[{_LATIN}]+")
_CASE_PATTERNS = (str.islower, str.isupper, str.istitle)
_SAMPLE_CHARS = 200_000  # plausibility is judged on the start of a long text
# Tab and line break are kept, \f, \v and other separators become line breaks, every other control
# character (NUL included) is removed.
_BREAK_CONTROLS = "\f\v\x1c\x1d\x1e\x85"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def decode_text(data: bytes, limits: LimitSettings = DEFAULT.limits) -> tuple[str, str]:
    """Decode bytes of (Russian) text; returns ``(text, encoding)``.

    A BOM decides when the text it gives is plausible (else it is dropped as noise); then UTF-8,
    strict, or with U+FFFD for the few bad bytes when at least ``utf8_min_share`` of the non-ASCII
    bytes are valid UTF-8 (a bad byte, a truncated last letter); otherwise the better of CP1251 and
    KOI8-R by Russian letter frequencies, with charset-normalizer breaking near ties."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            rest = data[len(bom):]
            if encoding == "utf-8-sig":
                text = mostly_utf8(rest, limits.utf8_min_share)
            else:
                text = data.decode(encoding, errors="replace")
            if text is not None and plausible(text, limits):
                return text, encoding
            data = rest
            break
    utf8 = mostly_utf8(data, limits.utf8_min_share)
    if utf8 is not None:
        return utf8, "utf-8"
    sample = data[:_SAMPLE_CHARS]  # one byte a character: the choice is made on the start of a long text
    candidates = {}
    for encoding in _CYRILLIC_8BIT:
        if encoding == "cp1251" and b"\x98" in data:  # CP1251 leaves byte 0x98 undefined; KOI8-R maps all 256
            continue
        candidates[encoding] = _russian_score(sample.decode(encoding))
    ranked = sorted(candidates, key=candidates.get, reverse=True)
    best = ranked[0]
    if len(ranked) > 1 and candidates[ranked[0]] - candidates[ranked[1]] < 1.0:
        from charset_normalizer import from_bytes  # here: its import (tens of ms) is for a rare text

        match = from_bytes(sample, cp_isolation=list(_CYRILLIC_8BIT)).best()
        if match is not None and codecs.lookup(match.encoding).name in candidates:
            best = codecs.lookup(match.encoding).name
    return data.decode(best), best


def mostly_utf8(data: bytes, min_share: float) -> str | None:
    """``data`` as UTF-8 when it is valid, or when its invalid bytes are few (at most ``1 - min_share``
    of the non-ASCII bytes) or only a sequence cut short at the end; bad bytes become U+FFFD.  Counted
    with str methods only: a large file of another encoding is mostly bad bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        truncated = exc.reason == "unexpected end of data" and exc.end == len(data)
    high = len(data) - len(data.decode("ascii", errors="ignore"))
    sample = data[:_SAMPLE_CHARS]
    if not truncated and _bad_utf8(sample) > (1 - min_share) * (len(sample) - len(sample.decode("ascii", "ignore"))):
        return None  # plainly another encoding: no need to read on
    if truncated or _bad_utf8(data) <= (1 - min_share) * high:
        return data.decode("utf-8", errors="replace")
    return None


def _bad_utf8(data: bytes) -> int:
    """How many invalid sequences ``data`` holds as UTF-8 (one U+FFFD each)."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())


def _russian_score(text: str) -> float:
    """Log-likelihood of the non-ASCII characters of ``text`` as Russian, with a penalty for
    each small-then-capital letter pair.  Higher is more Russian-looking."""
    score = 0.0
    for char in text:
        if ord(char) < 128:
            continue
        if char.lower() in _RU_FREQ:
            score += math.log(_RU_FREQ[char.lower()] / 100)
        else:
            score += math.log(0.01 if char in _RU_PUNCT else 0.0001)
    return score + len(_CASE_ODDITY.findall(text)) * math.log(0.001)


def word_share(text: str) -> float | None:
    """The share of the letters of ``text`` (its start, when long) that stand in plausible words:
    letters of one expected script (Cyrillic or Latin), all small, all capitals, capitalised, or
    capitals with a small ending (``МИДа``).  ``None`` when it has no letters at all."""
    letters = good = 0
    for word in _WORD.findall(text[:_SAMPLE_CHARS]):
        letters += len(word)
        if (_plausible_short(word) if len(word) <= WORDS_CACHED_CHARS else _plausible(word)):
            good += len(word)
    return good / letters if letters else None


def _plausible(word: str) -> bool:
    """Whether a word is of one script, all small, all capitals, capitalised, or capitals with a small ending."""
    return bool(_ONE_SCRIPT.fullmatch(word)) and (any(f(word) for f in _CASE_PATTERNS) or _upper_then_lower(word))


WORDS_CACHED_CHARS = 32  # the words of every text read are judged once each (a long one, rare, every time)
_plausible_short = functools.lru_cache(maxsize=65536)(_plausible)


def _upper_then_lower(word: str) -> bool:
    """Two capitals or more, then small letters: an abbreviation with a case ending or a suffix
    (``МИДа``, ``ООНовский``)."""
    head = len(word) - len(word.lstrip(_CAPITALS))
    return head >= 2 and word[head:].islower()


def plausible(text: str, limits: LimitSettings = DEFAULT.limits) -> bool:
    """Whether ``text`` reads as text of the expected scripts (see ``word_share``)."""
    share = word_share(text)
    return share is not None and share >= limits.min_word_share


def binary_problem(name: str, text: str, limits: LimitSettings = DEFAULT.limits) -> ReadError | None:
    """``E_BINARY`` when more than ``max_control_share`` of ``text`` are control characters other
    than tab, line breaks and carriage returns (NUL included); fewer are removed by ``scrub``."""
    controls = len(text) - len(_CONTROL.sub("", text)) - text.count("\r")
    if text and controls / len(text) > limits.max_control_share:
        return ReadError(name, "E_BINARY", detail=f"{controls} control characters")
    return None


def scrub(text: str) -> str:
    """``text`` without NULs and control characters (tab and line breaks kept, ``\\r\\n`` and
    ``\\r``, form and vertical feeds as ``\\n``) and with lone surrogates as U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _BREAK_CONTROLS:
        text = text.replace(char, "\n")
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def checked_text(name: str, text: str, limits: LimitSettings = DEFAULT.limits) -> str:
    """``text`` scrubbed (``scrub``), or a ``ReadError`` for ``name`` raised: ``E_BINARY`` for more
    control characters than ``max_control_share``, ``E_EMPTY``, ``E_TOO_LONG`` over
    ``max_document_chars``, ``E_NOT_TEXT`` when it does not read as text (``plausible``)."""
    binary = binary_problem(name, text, limits)
    if binary:
        raise binary
    text = scrub(text)
    if not text.strip():
        raise ReadError(name, "E_EMPTY")
    if len(text) > limits.max_document_chars:
        raise ReadError(name, "E_TOO_LONG", chars=len(text), limit=limits.max_document_chars)
    share = word_share(text)
    if share is None or share < limits.min_word_share:
        detail = "no letters" if share is None else f"only {share:.0%} of its letters form words of one script"
        raise ReadError(name, "E_NOT_TEXT", detail=detail)
    return text
