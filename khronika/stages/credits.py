"""A name on a credit line of its own: a byline's or a photo credit's label (``Репортаж: Анна Осокина``, ``(Ред.:
Чжан Вэйминь)``, ``Беседовала Анна Осокина``), an outlet in Latin letters or capitals (``Анна Осокина, Morning Post``,
``(КНА / Чжан Вэйминь)``, ``Анна Осокина, ARD, Берлин``), the city or country written from, and nothing else (with
neither label nor outlet, the place must follow a dash: ``Анна Осокина – Рим``); named
nowhere else on the page, it is the author's or the photographer's, no person of the news.  (The cleaning drops the
credit lines it recognises by their place on the page; this reads the line itself, wherever it stands.)"""
from __future__ import annotations

import functools
import re

from .. import gazetteer
from ..lexicon import alternation
from ..morph import fold, parses
from ..records import Mention
from ..view import DocView
from .clean.lines import WORDS, phrases
from .not_persons import surname_named_once

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*")  # with diacritics: "Agência", "Łódź", "Última"
_CAPITALS = re.compile(r"[А-ЯЁ]{2,}")
_DASHED = re.compile(r"\s*[–—-]\s*[^\W\d_][\w'’ -]*\.?")  # after the name: "– Рим", "— Ватикан"


@functools.cache
def _labels() -> re.Pattern:
    """The labels a credit line opens with (``data/clean_phrases.tsv``: byline and credit; the byline jobs of
    ``data/clean_words.tsv``), as one pattern (a tree of their shared beginnings, ``lexicon.alternation``: four times
    faster than the plain alternation over a long line), longest first, a final colon or dot optional."""
    return re.compile(rf"(?<!\w)(?:{alternation(label_words())})\.?(?!\w)", re.IGNORECASE)


def label_words() -> set[str]:
    """The labels of ``_labels``, folded, without a final colon or dot."""
    found = {fold(p).rstrip(":—– ").rstrip(".") for p in phrases("byline") | phrases("credit")}
    found |= {fold(w) for w in WORDS["BYLINE_JOBS"]}
    return {a for a in found if a}


def _outlet_or_place(word: str) -> bool:
    """A word a credit line may hold besides its label and the name: an outlet's in Latin letters or capitals, or a
    city's or country's (written from)."""
    return bool(_LATIN.fullmatch(word) or _CAPITALS.fullmatch(word) or gazetteer.place_name(word)
                or gazetteer.lookup_country(word))


def credit_line(span: Mention, v: DocView, names_told: list[str]) -> bool:
    """The name stands on a credit line (see the module docstring) and its surname is named nowhere else."""
    item, line_part = _part(v.text, span.start, span.stop), _part(v.text, span.start, span.stop, whole=True)
    words, left = _rest(v.text, *item, span)
    if len(left) == len(words) and item != line_part:  # no label in the item of a masthead line: the line as a
        words, left = _rest(v.text, *line_part, span)  # whole ("• X (США, 31)"; a line of one item is read once)
    labelled = len(left) < len(words)  # "Политический обозреватель Анна Осокина": the job's adjective too
    if not words or not all(_outlet_or_place(w) or labelled and _adjective(w) for w in left):
        return False
    start, stop = line_part
    line = v.text[start:stop]
    if len(left) == len(words) and not any(_LATIN.fullmatch(w) or _CAPITALS.fullmatch(w) for w in left) \
            and not (line[:span.start - start].strip() == "" and _DASHED.fullmatch(line[span.stop - start:])):
        return False  # no label, no outlet, no dash: "Анна Осокина, Лима" may be a list of participants' cities
    return surname_named_once(span, names_told)


# Marks that part a masthead line into items (``Вести Дили · Новости · Автор: Анна Осокина | 12 марта 2026``).
_ITEM_MARKS = re.compile(r"\s[·|•]\s")


def _rest(text: str, start: int, stop: int, span: Mention) -> tuple[list[str], list[str]]:
    """The words of ``text[start:stop]`` but the span's, and those of them left when the labels are taken out."""
    line = text[start:stop]
    rest = (line[:span.start - start] + " " + line[span.stop - start:]).replace("ё", "е").replace("Ё", "Е")
    return _WORD.findall(rest), _WORD.findall(_labels().sub(" ", rest))


def _part(text: str, start: int, stop: int, whole: bool = False) -> tuple[int, int]:
    """The offsets of the line the span ``start:stop`` stands on, or (unless ``whole``) of its item between the marks
    that part a line of a masthead (``_ITEM_MARKS``) where the line has them."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", stop)
    b = b if b >= 0 else len(text)
    for m in () if whole else _ITEM_MARKS.finditer(text, a, b):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= stop:
            return a, m.start()
    return a, b


def _adjective(word: str) -> bool:
    """Can the word be an adjective (``Политический``, before a journalist's job)?"""
    return any(p.is_known and p.tag.POS == "ADJF" for p in parses(word))
