"""Declension of foreign names no dictionary knows: the nominative of a word of a name in an oblique case, by the
endings of Russian declension (``Инадой`` → ``Инада``, ``Байдена`` → ``Байден``, ``Нгоем`` → ``Нгой``).  Pure functions
over a word and the case the tagger saw; ``khronika.names`` calls them after the dictionary."""
from __future__ import annotations

import re

from .morph import parses as _parses

CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
NAME_GRAMMEMES = {"Name", "Surn", "Patr"}

# Endings of oblique cases of names that no dictionary knows, by case: (ending, replacement).
# Feminine (and foreign) names in -а/-я: Инадой → Инада, Гэмбой → Гэмба, Кисиды → Кисида.
# Masculine consonant stems: Байденом → Байден, Байдена → Байден, Байдену → Байден.
_FOREIGN_ENDINGS = {
    "Ins": (("ей", "я"), ("ой", "а"), ("ом", ""), ("ем", "ь")),
    "Gen": (("ы", "а"),),
    "Dat": (("у", ""), ("ю", "ь")),
}
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_HUSHING = set("жшчщц")
VELAR_OR_HUSHING = frozenset("гкхжшчщ")
# Consonants before a soft sign that ends a man's foreign name (``Лебрюнель``, ``Сюйлянь``, ``Кашмирь``; the Hungarian
# gy and ty are written дь, ть: ``Варадь``, genitive ``Варадя``, also as the last part of a double surname).
_SOFT = frozenset("лнрдт")


# A woman's foreign name in -а/-я declines as a noun of that declension, so its accusative ends in -у/-ю after a
# consonant or -и (``Вию Лиепиню`` → ``Лиепиня``, ``Ольгу Мвангу`` → ``Мванга``, ``Лючию`` → ``Лючия``); a man's
# accusative never does (his is his genitive, ``Байдена``, ``Гавия``), and a woman's consonant-final name does not
# decline (``Ангелу Меркель``).
_FEMININE_ACCUSATIVE = (("у", "а"), ("ю", "я"))


def foreign_name(word: str, case: str | None, inner: bool = False, feminine: bool = False) -> str:
    """``inner``: a word after the first of a name, which may be a short syllable of an East Asian name
    (``Мун Чжэ Ина`` → ``Мун Чжэ Ин``); ``feminine``: the name is a woman's, told by another word of it."""
    if feminine and case == "Acc" and len(word) > 3 and (inner and word[-2].lower() in CONSONANTS
                                                         or word[-2:].lower() == "ию"):
        for ending, repl in _FEMININE_ACCUSATIVE:
            if word.lower().endswith(ending):
                return word[:-1] + repl
    if case == "Acc" and inner and a_stem_accusative(word):
        return word[:-1] + "я"  # "Педро Гарсию Лопеса" → "Гарсия": a man's accusative in -ию is a name in -ия's
    for ending, repl in _FOREIGN_ENDINGS.get(case or "", ()):
        stem = word[: -len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 2 and stem[-1].lower() in CONSONANTS:
            if stem[-1].lower() in _HUSHING:  # Джорджей → Джорджа, hushing stems take -ей/-ем for -а/zero
                repl = {"ей": "а", "ем": ""}.get(ending, repl)
            return stem + repl
    if case in ("Gen", "Acc") and word.endswith("а") and len(word) > (2 if inner else 3) \
            and word[-2].lower() in CONSONANTS:
        return word[:-1]  # Байдена → Байден: masculine consonant stems
    if case in ("Gen", "Dat", "Loc") and word.lower().endswith(("ьи", "ии")) and len(word) > 4:
        return word[:-1] + "я"  # Пеньи → Пенья, Гарсии → Гарсия: names in -ья/-ия (-ии their dative too; -ьи, read
        # as the locative of a noun such as "пение", is their genitive only)
    if case in ("Gen", "Acc") and not feminine and word.endswith("я") and len(word) > 4 \
            and word[-2].lower() in _SOFT:
        return word[:-1] + "ь"  # Лебрюнеля → Лебрюнель, Сюйляня → Сюйлянь: masculine soft stems
    return word


# The accusative of a name in -ия/-ья after a consonant (``Гарсию``, ``Пенью``): no man's genitive nor accusative of
# another name ends so (``Гавия`` is ``Гавий``'s): a man's name with such a word after its first is in the accusative.
_A_STEM_ACCUSATIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ][иь]ю$")


def a_stem_accusative(word: str) -> bool:
    """Does a word of a name end as the accusative of a name in -ия/-ья after a consonant does (``Эскудерию``)?"""
    return len(word) > 4 and bool(_A_STEM_ACCUSATIVE.search(word.lower()))


def match_case(word: str, like: str) -> str:
    """Copy the capitalisation pattern of ``like`` onto ``word`` (per hyphen part)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, likes = word.split("-"), like.split("-")
    out = []
    for i, part in enumerate(parts):
        ref = likes[i] if i < len(likes) else likes[-1]
        out.append(part[:1].upper() + part[1:] if ref[:1].isupper() else part)
    return "-".join(out)


_ADJECTIVAL_SURNAME = re.compile(r"[сц]к(?:ий|ой)$")
# An adjective in -иный/-ыный (one н: "карасиный", "орлиный") shares its instrumental (and a woman's oblique forms)
# with a surname in -ин/-ын ("Карасиным", "Орлиной"), the far commoner: such a reading is that surname's.
_POSSESSIVE = re.compile(r"(?<!н)[иы]ный$")


def adjectival_surname(word: str, case: str | None, feminine: bool, inner: bool = False) -> str | None:
    """A surname that declines as an adjective and that the dictionary knows only as one (a place's adjective:
    ``Дмитрия Зарецкого`` → ``Зарецкий``, ``Анны Озёрской`` → ``Озёрская``; after a given name, any adjective:
    ``Павла Тёплого`` → ``Тёплый``, ``Ольги Бойкой`` → ``Бойкая``), in the name's case; its gender the name's.  None
    when the word has no such reading."""
    pm_case = CASES.get(case or "")
    for p in _parses(word):
        if "ADJF" not in p.tag or not p.is_known or not (inner or _ADJECTIVAL_SURNAME.search(p.normal_form)) or \
                p.tag.number != "sing" or (pm_case and p.tag.case != pm_case) or (p.tag.gender == "femn") != feminine:
            continue
        if _POSSESSIVE.search(p.normal_form) and word.lower().endswith("ой" if feminine else "ым"):
            # "Григорием Карасиным", read as "карасиный": a surname in -ин
            return match_case(p.normal_form[:-2] + ("а" if feminine else ""), word)
        if p.tag.case == "nomn":
            return word
        form = p.inflect({"nomn", "sing", "femn" if feminine else "masc"})
        return match_case(form.word, word) if form else None
    return None


# Oblique endings of a man's name whose stem ends in a vowel and -й (``Нгой``, ``Макей``, ``Гуй``), as of ``Гай``:
# ``Макея``, ``Макею``, ``Макеем``.
_Y_ENDINGS = {"Gen": "я", "Acc": "я", "Dat": "ю", "Ins": "ем"}
_Y_STEM_VOWELS = frozenset("аеоуэ")


def stem_in_y(word: str, case: str | None) -> str | None:
    """The nominative in -й of a man's name in an oblique case whose stem ends in a vowel (``Нгоя``, ``Макеем`` →
    ``Нгой``, ``Макей``), where the dictionary knows no such form in that case (``Рая``: only a woman's name in the
    nominative, whose genitive is ``Раи``); None when the word does not end so."""
    ending = _Y_ENDINGS.get(case or "")
    low = word.lower()
    if ending is None or not low.endswith(ending) or len(low) < len(ending) + 2 \
            or low[-len(ending) - 1] not in _Y_STEM_VOWELS:
        return None
    pm_case = CASES[case]
    if any(p.is_known and p.tag.case == pm_case and NAME_GRAMMEMES & p.tag.grammemes for p in _parses(word)):
        return None
    return word[: -len(ending)] + "й"


def given_in_a(words: list[str], out: list[str], case: str | None) -> list[str]:
    """A man's foreign given name in -а after ``г``, ``к``, ``х``, ``ж``, ``ш``, ``ч``, ``щ`` declines with his
    surname (``Ранатхи Перамуна``, the genitive of ``Ранатха Перамун``): where a later word of the name was put in the
    nominative by cutting a man's genitive -а/-я, the given name in -и before it, left as written, is -а (not one the
    dictionary knows, nor one before a surname written so in every case: ``Луиджи Ди Лелло``); so is a woman's before
    her consonant-final surname, which does not decline (``Кейши Олливьер``: ``Кейша``)."""
    first = words[0].lower() if len(words) > 1 else ""
    if case != "Gen" or len(first) < 4 or not first.endswith("и") or first[-2] not in VELAR_OR_HUSHING \
            or out[0] != words[0] or any(p.is_known and NAME_GRAMMEMES & p.tag.grammemes for p in _parses(words[0])):
        return out
    hers = words[-1][-1:].lower() in CONSONANTS and out[-1] == words[-1]  # "Кейши Олливьер": her surname undeclined
    if not hers and not any(len(w) > 3 and w[-1:].lower() in ("а", "я")
                            and o.lower() in {w[:-1].lower() + x for x in ("", "ь", "й")}
                            for w, o in zip(words[1:], out[1:], strict=True)):
        return out
    return [words[0][:-1] + "а"] + out[1:]


def given_in_e(words: list[str], out: list[str], case: str | None) -> list[str]:
    """A given name in -е that a dative or prepositional reading put in -а, before a later word of the name left as
    written in -а/-я (``Терезе Каиквамба Вагнер``: that word would read ``Каиквамбе`` in the dative), is a name written
    so in every case (``Терезе``, French Thérèse), the name's case the tagger's slip."""
    if case not in ("Dat", "Loc") or len(words) < 2 or out[0] == words[0] or not words[0].lower().endswith("е") \
            or not any(len(w) > 3 and w[-1:].lower() in ("а", "я") and o == w
                       for w, o in zip(words[1:], out[1:], strict=True)):
        return out
    return [words[0]] + out[1:]


def given_in_consonant(words: list[str], out: list[str], case: str | None) -> list[str]:
    """A man's foreign given name declines with his surname: where every later word of the name was put in the
    nominative by cutting a man's ending of the name's case (``Уорда``, ``Сингху``), the given name before it, left as
    written and no name the dictionary knows in that case, is put in the nominative too: in the genitive (or
    accusative) one in -а after a consonant loses it (``посла Гарета Уорда``: ``Гарет``; to the dictionary ``Гарета``
    is a woman's nominative, whose genitive is ``Гареты``), in the dative one in -е after a consonant is a name in -а
    (``Нарендре Сингху``: ``Нарендра``; a consonant-final name's dative ends in -у); so where a later word is a man's
    surname declined as an adjective (``Христиана Мицкоского``: ``Христиан``)."""
    first = words[0] if len(words) > 1 else ""
    given, repl, surname = _DECLINED_WITH.get(case or "", ("", "", ""))
    if not given or len(first) < 4 or not first.endswith(given) or first[-2].lower() not in CONSONANTS \
            or out[0] != first or any(p.is_known and NAME_GRAMMEMES & p.tag.grammemes and p.tag.case == CASES[case]
                                      for p in _parses(first)):
        return out
    if not all(len(w) > 3 and w.endswith(surname) and o == w[:-1] and not _SLAVIC_FEMININE.search(w.lower())
               or _adjectival_his(w, o, case) for w, o in zip(words[1:], out[1:], strict=True)):
        return out
    return [first[:-1] + repl] + out[1:]


# A man's surname declined as an adjective, by case (``Мицкоского``, ``Мицкоскому``), and its nominative's endings.
_ADJECTIVAL = {"Gen": ("ого", "его"), "Acc": ("ого", "его"), "Dat": ("ому", "ему")}


def _adjectival_his(written: str, normal: str, case: str | None) -> bool:
    """Was a later word of the name put in the nominative from a man's adjectival case form (``Мицкоского`` →
    ``Мицкоский``, ``Новицкому`` → ``Новицкий``): a man's name, whose given name declines with it?"""
    low = written.lower()
    return len(low) > 5 and low.endswith(_ADJECTIVAL.get(case or "", ())) \
        and normal.lower().endswith(("ий", "ый", "ой"))


# By case: the given name's ending, what replaces it, and the ending each later word was cut of.
_DECLINED_WITH = {"Gen": ("а", "", "а"), "Acc": ("а", "", "а"), "Dat": ("е", "а", "у")}
_SLAVIC_FEMININE = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")  # "Анна Петрова" read as a genitive: hers, not a man's


def undeclined_hers(word: str, case: str | None, last: bool) -> bool:
    """Is ``word``, the last of a woman's name whose given name shows an oblique case, a surname in -а as written
    (``Паулы Ровира``: a woman's surname in -а left undeclined, no man's genitive ``Ровир``)?"""
    return last and case in ("Gen", "Acc") and word[-1:].lower() == "а"
