"""The words of a report's evidence that fusion compares (``evidence_words``), each as one word however an outlet
writes it:

* content words cut to a crude stem (``FusionSettings.stem_chars``), a noun whose lemma is shorter than that (but of
  four letters at least: not ``год``) as its lemma (``меры``, ``мерам``: ``мера``);
* a country named in one word or in several (``Тринидада и Тобаго``, ``Южного Судана``, ``Новой Зеландии``: not the
  ``Судан`` of its second word), its capital (``Дамаск отказался``) or its adjective (``сирийская сторона``) as the
  country, ``iso:XX`` (``country_word``);
* a count written in figures or in words (``11 рыбаков``, ``одиннадцать рыбаков``, ``семи компаний``) as ``num:N`` —
  not a day, a year, a time or a format's name (``20 ноября``, ``2031 года``, ``10:30``, ``«2+2»``);
* words of one thing however an outlet words it, a set of ``data/fusion_words.tsv`` standing for each of them: the
  verbs of one act (``отклонила``, ``отверг``, ``отказался``: ``ONE_REFUSAL``; ``ONE_EXPULSION``: ``act_word``) and
  the persons an act counts (``четырех человек``, ``четырех физических лиц``: ``ONE_PERSONS``);
* ``BOTH_WAYS`` beside its own stem when a word tells acts both sides took against each other as one (``обменялись
  высылками``, ``взаимные санкции``: ``data/fusion_words.tsv``, ``BOTH_WAYS``; ``compat.one_way_and_both``).
"""
from __future__ import annotations

import functools
import re

from .. import gazetteer, lexicon
from ..dates import MONTH_NAMES
from ..lexicon import Column
from ..morph import fold, lemma, parses
from ..settings import FusionSettings

_FUSION_WORDS = lexicon.words("fusion_words.tsv")

# Verbs that tell one act however an outlet words it ("отклонила", "отверг", "отказался"), and nouns of one thing
# counted ("человек", "лиц"): the set's name stands for each of them among the words of an evidence, so that two
# tellings of one act share their verb.
_ONE_ACT = {lem: name.lower() for name in ("ONE_REFUSAL", "ONE_EXPULSION") for lem in _FUSION_WORDS[name]}
_ONE_ACT_STEMS = frozenset(lem[:4] for lem in _ONE_ACT)
ONE_ACTS = frozenset(_ONE_ACT.values())  # the words that stand for those verbs ("one_refusal")
ONE_EXPULSION = "ONE_EXPULSION".lower()  # the one that stands for a verb of an expulsion
_ONE_THING = {lem: name.lower() for name in ("ONE_PERSONS",) for lem in _FUSION_WORDS[name]}
_BOTH_WAYS = _FUSION_WORDS["BOTH_WAYS"]
BOTH_WAYS = "both_ways"  # the word that stands for an exchange of acts among a report's words

# Cardinal numerals by their lemma (``data/fusion_numbers.tsv``).
_CARDINALS: dict[str, int] = {row["word"]: row["number"] for row in lexicon.table(
    "fusion_numbers.tsv", (Column("word"), Column("number", convert=int)), key=("word",))}
_NOT_COUNTED = frozenset(fold(m) for m in MONTH_NAMES)  # "20 ноября" is a day, not twenty of anything
_YEAR = re.compile(r"(?:год|г\b|гг\b)", re.I)

_SHORT_LEMMA = 4  # the fewest letters of a lemma that stands for a short word's forms (``act_word``)
_HYPHENED = re.compile(r"\w+(?:-\w+)*")
_SEPARATOR = re.compile(r"\s+(?:[-–—]\s+)?")  # between the words of one name: "Папуа — Новая Гвинея"
_LONGEST_NAME = 4  # words of a country's name ("Сент-Винсент и Гренадины", "Босния и Герцеговина")


def evidence_words(text: str, settings: FusionSettings) -> frozenset[str]:
    """Content words of the evidence, cut to a crude stem, each written one way (see the module)."""
    words = set()
    tokens = list(_HYPHENED.finditer(text))
    i = 0
    while i < len(tokens):
        found, n = _country_name(text, tokens, i)
        if found:
            words.add(found)
            i += n
            continue
        token = tokens[i].group()
        count = _count(text, tokens, i)
        if count is not None:
            words.add(f"num:{count}")
        elif "-" in token and (country := country_word(token)):  # a capital of two words ("Буэнос-Айрес")
            words.add(country)
        else:
            words.update(_word(w, settings) for w in token.split("-") if not w.isdigit()
                         and (len(w) >= 4 or lemma(fold(w)) in _ONE_THING))
            if lemma(fold(token)) in _BOTH_WAYS:
                words.add(BOTH_WAYS)
        i += 1
    words.discard("")
    return frozenset(words) if len(words) >= settings.min_evidence_words else frozenset()


# Where one clause of a sentence ends and another begins: a heading's line break, a colon, a semicolon
# ("обменялись высылками: сначала X выслал …").
_CLAUSE_END = re.compile(r"[\n:;]")


def one_way_told(lead: str, at: int, rest: str = "") -> bool:
    """An act told by its own clause of a sentence that names an exchange of acts only in another clause (a heading,
    ``ОБМЕН ВЫСЫЛКАМИ\nВо вторник X объявил …``; a summary before a colon, ``X и Y обменялись высылками: сначала X
    выслал …, затем Y ответил``), nor in the further sentences told of it (``rest``): one side's act, not the exchange
    (``compat.one_way_and_both``).  ``at``: the trigger's offset in ``lead``."""
    if not 0 <= at < len(lead) or _exchange(rest):
        return False
    start = max((m.end() for m in _CLAUSE_END.finditer(lead, 0, at)), default=0)
    stop = next((m.start() for m in _CLAUSE_END.finditer(lead, at)), len(lead))
    return _exchange(lead) and not _exchange(lead[start:stop])


def _exchange(text: str) -> bool:
    """A word of an exchange of acts (``BOTH_WAYS``) in the text."""
    return any(lemma(fold(t.group())) in _BOTH_WAYS for t in _HYPHENED.finditer(text))


def _word(w: str, settings: FusionSettings) -> str:
    return country_word(w) or _ONE_THING.get(lemma(fold(w))) or act_word(fold(w), settings)


def _country_name(text: str, tokens: list, i: int) -> tuple[str | None, int]:
    """A country's name of several words beginning with the ``i``-th word (``Тринидада и Тобаго``), as ``iso:XX``,
    and how many words it takes; (None, 0) when there is none."""
    if not tokens[i].group()[:1].isupper():
        return None, 0
    for n in range(min(_LONGEST_NAME, len(tokens) - i), 1, -1):
        words = tokens[i:i + n]
        if not words[-1].group()[:1].isupper() or any(
                not _SEPARATOR.fullmatch(text[a.end():b.start()]) for a, b in zip(words, words[1:])):
            continue
        country = gazetteer.lookup_country(text[words[0].start():words[-1].end()])
        if country:
            return f"iso:{country.code}", n
    return None, 0


def _count(text: str, tokens: list, i: int) -> int | None:
    """The number a count tells (``11``, ``одиннадцать``, ``семи``), not a day, a year or a time; else None."""
    token = tokens[i].group()
    number = int(token) if token.isdigit() and len(token) <= 6 else _CARDINALS.get(lemma(fold(token)))
    if number is None:
        return None
    after, before = text[tokens[i].end():tokens[i].end() + 2], text[max(0, tokens[i].start() - 2):tokens[i].start()]
    if after[:1] in ":." and after[1:2].isdigit() or before[-1:] in (":", ".") and before[:1].isdigit() \
            or "+" in (after[:1], before[-1:]):
        return None  # "10:30", "20.11.2031"; a format's name, "«5+5»", "2+2"
    following = fold(tokens[i + 1].group()) if i + 1 < len(tokens) else ""
    if following in _NOT_COUNTED or _YEAR.match(following) or token.isdigit() and len(token) == 4:
        return None
    return number


@functools.lru_cache(maxsize=1 << 16)  # every word of every evidence compared, the same words report after report
def country_word(word: str) -> str | None:
    """The country a capitalised word names (``Сирии``), stands for (its capital: ``Дамаск отказался``) or is the
    adjective of (``Сирийская сторона``, ``Сирийская Арабская Республика``), as ``iso:SY``; None for any other word
    (an adjective within a sentence, ``сирийский министр``, is a word of its own: it tells whose minister)."""
    country = gazetteer.country_or_capital(word) if word[:1].isupper() else None
    country = country or gazetteer.adjective_country(word)
    return f"iso:{country.code}" if country else None


def act_word(word: str, settings: FusionSettings) -> str:
    """A folded word's stem, or the name of the act its verb tells (``отклонила``, ``отверг``: one refusal).  Not
    agreements: a meeting's outcomes are many agreements, told with any of their verbs."""
    if word[:4] in _ONE_ACT_STEMS:
        name = _ONE_ACT.get(lemma(word))
        if name:
            return name
    return _short_noun(word, settings.stem_chars) or word[:settings.stem_chars]


@functools.lru_cache(maxsize=65536)
def _short_noun(word: str, stem_chars: int) -> str:
    """The lemma of a noun shorter than the crude stem, whose stem would hold its ending (``меры``, ``мерам``: ``мера``;
    ``ноту``, ``нота``); not one of fewer than four letters (``году``, ``года``: a word of any text, as words that short
    are, ``_word``), nor a lemma as long as the stem, which may be another word's stem (``послу``: ``посол``, the stem
    of ``посольство``), nor a verb or pronoun (``будет``, ``было``: ``быть``)."""
    found = parses(word)
    if not found or found[0].tag.POS != "NOUN":
        return ""
    short = fold(found[0].normal_form)
    return short if _SHORT_LEMMA <= len(short) < stem_chars else ""
