"""Where a capitalised word stands decides whether it is a person's name: after a place's or a border crossing's
noun it is a place (``placed``); a common noun or verb form opening a sentence is no name, unless it is the surname
of a full name of the document (``pseudo_name``, ``surname_again``); a title that is also a given name
(``given_title``) and a body's name glued before a given name (``complement_glued``) tell where the name begins.
Split off the entity stage (khronika/stages/entities.py)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .. import gazetteer, lexicon, names, names_phrase
from ..morph import fold, lemmas
from ..records import Mention, Token
from ..view import DocView

CROSSING_HEADS = lexicon.words("gazetteer_words.tsv")["CROSSING_HEADS"]
PAIRED_HEADS = lexicon.words("gazetteer_words.tsv")["PAIRED_HEADS"]
GIVEN_TITLES = lexicon.words("titles.tsv")["GIVEN_TITLES"]


def given_title(words, v: DocView) -> bool:
    """A title that is a given name too (``с сенегальским коллегой Шейхом Мбоупом``): capitalised inside a sentence,
    before one more word of the name in the same case; a title opening a sentence or written in lower case is one."""
    (word, case, token), rest = words[0], words[1:]
    if len(rest) != 1 or not word[:1].isupper() or token.start in v.sentence_firsts:
        return False
    if _opens(token, v, ".!?:;—–-(«\""):
        return False
    return names.title_lemma(word) in GIVEN_TITLES and (case is None or rest[0][1] in (None, case))


_UNDECLINED_ENDS = frozenset("уюоеиэ")


# The last words of ministers' fields (``дел`` of ``министр иностранных дел``, ``обороны``): data/role_ministries.tsv.
_FIELDS = frozenset(p.split()[-1] for p in gazetteer.ministries().values() if p.startswith("министр "))


def complement_glued(words, v: DocView) -> bool:
    """The name of a body after a common noun glued to the given name after it (``директор парагвайской части
    Кагуасу Хосе Рамон Ибарра``): an undeclined first word (a vowel but -а/-я ends it: not ``министра обороны
    Абдирашида Абди Нура``) no dictionary knows right after a lower-case noun in the genitive, before a given name
    the dictionary knows; not after a minister's field (``министр иностранных дел Хилдебрандо Хосе Мельгар``: ``дел``
    names no body, the name is the minister's, its first given name one no dictionary knows)."""
    first, second = words[0][0], words[1][0]
    prev = v.before(words[0][2].start, 1)
    return bool(prev) and prev[0].pos == "NOUN" and prev[0].text.islower() and prev[0].feats.get("Case") == "Gen" \
        and fold(prev[0].text) not in _FIELDS \
        and not names.is_known(first) and not names.known_name(first) and names.given_name(second) \
        and first[-1:].lower() in _UNDECLINED_ENDS


def pseudo_name(token: Token, v: DocView) -> bool:
    """A verb form (``Дискриминируются ли …``) or an adverb (``Сегодня, 13:20``), or a common noun capitalised
    only because it opens a sentence, a line or an item of a path of links ("Стороны провели…", "Главная / Политика"):
    the dictionary knows it as a common noun, and as one in the case the tagger sees (``Шумов``
    is only the genitive of ``шум``, so as a subject it is a surname).  A quoted word («Яблоко»)
    is a name."""
    if names.is_function_word(token.text) and not token.text.isupper() and not names.known_name(token.text):
        return True
    return _common_word(token, v) and not surname_again(token, v)  # the surname asked last: it reads the whole text


def _common_word(token: Token, v: DocView) -> bool:
    """``pseudo_name`` but for a surname the document writes in full elsewhere."""
    if not token.text.isupper() and (names.is_verb_form(token.text) or names.is_adverb(token.text)) \
            and not names.known_name(token.text) and not _full_name_form(token, v):
        return True  # "Что", opening a newsletter's name «Что случилось», is no one
    if token.text.isupper() or not names.is_common_noun(token.text):
        return False
    if token.pos == "PROPN" and not names_phrase.common_noun_in_case(token.text, token.feats.get("Case")):
        return False
    return _opens(token, v, ".!?:;—–-(/|•›>")


def _opens(token: Token, v: DocView, marks: str) -> bool:
    """The word opens the text, a line, or what follows one of ``marks`` (a sentence's or a clause's end, a
    bracket, a quotation mark …)."""
    prev = v.before(token.start, 1)
    return not prev or prev[0].text in marks or "\n" in v.text[prev[0].stop:token.start]


def _full_name_form(token: Token, v: DocView) -> bool:
    """A word that reads as a verb form (``Белея``, a gerund's) standing inside a sentence, where the document writes
    the same word elsewhere as the last of a full name (``президента Луиса Белея`` … ``правительство Белея``): the
    surname in that case."""
    if _opens(token, v, ".!?:;—–-(/|•›>\"«"):
        return False
    return any(m.end() != token.stop for m in _after_capitalised(token.text, v))


def _after_capitalised(word: str, v: DocView, ending: str = "") -> Iterator[re.Match]:
    """Each place the document writes ``word`` (and one of the endings the pattern ``ending`` allows) right after a
    capitalised word: the last word of a full name."""
    return re.finditer(rf"[А-ЯЁ][а-яё]+ {re.escape(word)}{ending}(?![\w-])", v.text)


def surname_again(token: Token, v: DocView) -> bool:
    """A common noun opening a sentence that is the surname of a full name the document writes (``Винт заявил …``
    after ``министр Сесар Винт``): the same word (in any case of a man's) after a capitalised word elsewhere, a
    verb, a comma or ``и`` after it here (adverbs between: ``Винт также заявил``), and never the common noun in lower
    case in the document."""
    word = token.text
    nxt = v.after(token.stop)
    while nxt is not None and nxt.pos in ("ADV", "PART"):
        nxt = v.after(nxt.stop)
    if len(word) < 3 or nxt is None or not (nxt.text in (",", "и") or nxt.pos in ("VERB", "AUX")):
        return False
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", v.text):
        return False
    ending = "(?:а|у|ом|е)?" if word[-1].lower() in names.CONSONANTS else ""  # "Роберта Винта" for "Винт"
    return any(m.start() + len(m.group(0)) - len(word) != token.start and (t := v.after(m.start())) is not None
               and t.pos == "PROPN" and not names.is_common_noun(t.text) and not gazetteer.lookup_country(t.text)
               for m in _after_capitalised(word, v, ending))


def placed(span: Mention, v: DocView, named: set[str]) -> bool:
    """A one-word name the tagger read as a person's that stands where places do: governed by ``в``/``из`` in the
    locative or genitive (``в малийском Каесе``) or beside a place noun (``в регионе Кабинда``) — unless a
    word of a person's longer name of the document (``разочаровался в Смите`` after ``Джон Смит``)."""
    tokens = v.words_in(span.start, span.stop)
    word = fold(tokens[0].text) if len(tokens) == 1 else ""
    if word and _paired_after_plural_head(tokens[0], v):
        return True
    if not word or names.known_name(word) or any(len(n) > 2 and (word.startswith(n[:-1]) or n.startswith(word[:-1]))
                                                 for n in named):  # not "И" of "Ван И", "да" of "Лула да Силва"
        return False
    t = tokens[0]
    return after_place_head(t, v) or after_place_head(t, v, chained=True)


_DASHES = frozenset("—–-")


def _plural_head(t) -> bool:
    """A place noun in the plural written as a common noun (``острова``, ``островов``; ``Острова`` opening a
    sentence)."""
    return t.text[1:].islower() and t.feats.get("Number") == "Plur" and bool(lemmas(t.text) & gazetteer.PLACE_HEADS)


def _paired_after_plural_head(t, v: DocView) -> bool:
    """Is the word one of two names joined by ``и`` right after a place noun in the plural (``острова Томас и
    Грейс``, ``городов Виктория и Нельсон``)? Such names are the places, even where a dictionary knows a given name."""
    before = v.before(t.start, 3)
    if before and _plural_head(before[0]):
        nxt = v.after(t.stop)
        far = v.after(nxt.stop) if nxt is not None and nxt.text == "и" else None
        return far is not None and far.text[:1].isupper()
    return len(before) == 3 and before[0].text == "и" and before[1].text[:1].isupper() and _plural_head(before[2])


def after_place_head(t, v: DocView, chained: bool = False) -> bool:
    """Does token ``t`` stand where a place's name does: after ``в``/``из`` in the locative or genitive, after a place
    noun, after a border crossing's noun (``пункта пропуска Кайлахун``, ``пограничный пост Мбала``); ``chained``: as
    the second name of a crossing after a dash (``пост Мбала — Кигоба``)."""
    before = v.before(t.start, 4)
    if chained:
        if len(before) < 2 or before[0].text not in _DASHES or not before[1].text[:1].isupper():
            return False
        t, before = before[1], v.before(before[1].start, 4)
    head = next((x for x in before if x.pos != "ADJ" and not gazetteer.adjective_country(x.text)), None)
    if head is None:
        return False
    if fold(head.text) in ("в", "во", "из") and t.feats.get("Case") in ("Loc", "Gen"):
        return True
    heads = lemmas(head.text)
    if heads & CROSSING_HEADS:  # a post or a road names places after an adjective or as a pair: not "на посту Х"
        k, nxt = before.index(head) + 1, v.after(t.stop)
        paired = nxt is not None and nxt.text in _DASHES and (far := v.after(nxt.stop)) is not None \
            and far.text[:1].isupper()  # "пост Мбала — Кигоба": two ends of one crossing
        return not heads & PAIRED_HEADS or k < len(before) and before[k].pos == "ADJ" or paired or chained
    return bool(heads & gazetteer.PLACE_HEADS)
