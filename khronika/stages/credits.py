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
from ..morph import fold
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
    ``data/clean_words.tsv``), as one pattern, longest first, a final colon or dot optional."""
    found = {fold(p).rstrip(":—– ").rstrip(".") for p in phrases("byline") | phrases("credit")}
    found |= {fold(w) for w in WORDS["BYLINE_JOBS"]}
    alts = sorted((a for a in found if a), key=lambda a: (-len(a), a))
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, alts))})\.?(?!\w)", re.IGNORECASE)


def _outlet_or_place(word: str) -> bool:
    """A word a credit line may hold besides its label and the name: an outlet's in Latin letters or capitals, or a
    city's or country's (written from)."""
    return bool(_LATIN.fullmatch(word) or _CAPITALS.fullmatch(word) or gazetteer.place_name(word)
                or gazetteer.lookup_country(word))


def credit_line(span: Mention, v: DocView, names_told: list[str]) -> bool:
    """The name stands on a credit line (see the module docstring) and its surname is named nowhere else."""
    start = v.text.rfind("\n", 0, span.start) + 1
    stop = v.text.find("\n", span.stop)
    line = v.text[start:stop if stop >= 0 else len(v.text)]
    rest = (line[:span.start - start] + " " + line[span.stop - start:]).replace("ё", "е").replace("Ё", "Е")
    words = _WORD.findall(rest)
    left = _WORD.findall(_labels().sub(" ", rest))
    if not words or not all(_outlet_or_place(w) for w in left):
        return False
    if len(left) == len(words) and not any(_LATIN.fullmatch(w) or _CAPITALS.fullmatch(w) for w in left) \
            and not (line[:span.start - start].strip() == "" and _DASHED.fullmatch(line[span.stop - start:])):
        return False  # no label, no outlet, no dash: "Анна Осокина, Лима" may be a list of participants' cities
    return surname_named_once(span, names_told)
