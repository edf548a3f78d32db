"""How many documents an outcome of a meeting says were signed (``стороны подписали 17 соглашений``,
``подписан пакет из пятнадцати документов``): outlets word the summary line of a visit differently, but its count
is the same, and two visits of one day rarely sign as many.  Counts of a few (two) are too common to tell."""
from __future__ import annotations

import re

_WORDS = {"три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4}
_TENS = ("пят", "шест", "сем", "восем", "девят", "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат",
         "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат")
_NUMBER = r"(\d{1,3}|три|тр[её]х|четыре|четыр[её]х|(?:" + "|".join(_TENS) + r")(?:ь|и))"
_SIGNED = re.compile(_NUMBER + r"\s+(?:[а-яё]+(?:ых|их)\s+)?(?:соглашени[йяю]|документ(?:ов|а|ы|ам)\b"
                     r"|меморандум(?:ов|а|ы)\b|договор(?:ов|а|ы)\b)", re.I)


def documents_signed(text: str) -> int | None:
    """The count of documents the evidence says were signed (three or more), else None."""
    for m in _SIGNED.finditer(text):
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else _WORDS.get(word)
        if n is None:
            stem = word[:-1]
            n = _TENS.index(stem) + 5 if stem in _TENS else None
        if n is not None and n >= 3:
            return n
    return None
