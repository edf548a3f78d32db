"""Normal forms of names and titles: pure functions over words and their tagged case.

``normalize_person`` puts a person's name into the nominative the way a Russian reader would:
dictionary names and surnames through pymorphy3, foreign names that no dictionary knows
(``Инадой``, ``Кисидой``) through the inflection patterns of Russian declension, driven by the case
the tagger saw in the name's context.  ``split_title`` separates a job title or honorific from a
name.  Positions are a gazetteer of offices; no entry names a person.
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .morph import fold
from .morph import parses as _parses
from .names_foreign import (
    CASES,
    CONSONANTS,
    NAME_GRAMMEMES,
    VELAR_OR_HUSHING,
    a_stem_accusative,
    adjectival_surname,
    foreign_name,
    given_in_a,
    given_in_consonant,
    given_in_e,
    match_case,
    stem_in_y,
    undeclined_hers,
)
from .word_classes import (  # noqa: F401  (names.is_known …: the word classes of names' rules)
    FUNCTION_POS,
    PROPER_GRAMMEMES,
    is_adverb,
    is_common_noun,
    is_function_word,
    is_known,
    is_verb_form,
)

# An initial: one capital letter, or the two letters Russian writes for an English or Arabic ``J`` (``Дж. Смит``).
INITIAL = re.compile(r"^(?:[А-ЯЁA-Z]|Дж)\.?$")
# An elided letter written before a name with an apostrophe (``Н'Гома``, ``О'Нил``, ``Д'Аламбер``).
ELIDED = re.compile(r"^[А-ЯЁA-Z]['’](?=[А-ЯЁA-Z])")

# Offices, ranks and honorifics (nominative singular lemmas), the prefixes of compound titles, and the
# abbreviations that are titles without their dot: data/titles.tsv.  Multiword titles are matched by
# their head word; the full title keeps the words the text gives.
_TITLES = lexicon.words("titles.tsv")
TITLE_WORDS = _TITLES["TITLES"]
TITLE_PREFIXES = _TITLES["TITLE_PREFIXES"]
UNDOTTED_ABBREVIATIONS = _TITLES["UNDOTTED_ABBREVIATIONS"]
# Abbreviated titles, written with a dot ("зав. кафедрой"): data/title_abbreviations.tsv.
TITLE_ABBREVIATIONS = {row["abbreviation"]: row["title"] for row in lexicon.table(
    "title_abbreviations.tsv", (lexicon.Column("abbreviation"), lexicon.Column("title")), ("abbreviation",))}
# Grammemes of proper names: a reading with one is no common noun.


def _dictionary_name(word: str, case: str | None, later_of_a_man: bool = False, later: bool = False) -> str | None:
    """The nominative of a name, surname or patronymic through pymorphy3: a dictionary parse in the
    tagged case first, then a guessed one (pymorphy3 guesses ``Эммануэлем`` as a name in ablt), then a known
    nominative (not a woman's given name's for a ``later`` word of a name in the genitive or accusative, which hers is
    not written in: ``посла Лим Кок Нина`` is ``Нин``'s, whose genitive it is), then a known prepositional form
    whatever oblique case the tagger saw (``Андрееве``), but not a woman's given name's for a later word of a man's
    name (``later_of_a_man``: any word after his first, ``Ахмеда Саида Стелле`` is no ``Стелла``'s, whose genitive
    is ``Стеллы``).  None when no singular name parse fits."""
    parses = [p for p in _parses(word) if NAME_GRAMMEMES & p.tag.grammemes and p.tag.number != "plur"]
    pm_case = CASES.get(case or "")
    in_case = [p for p in parses if p.tag.case == pm_case]
    chosen = next((p for p in in_case if p.is_known), None) or next(iter(in_case), None)
    if chosen is None:
        nominative = [p for p in parses if p.is_known and p.tag.case == "nomn"]
        if not (later and case in ("Gen", "Acc") and nominative
                and all({"Name", "femn"} <= p.tag.grammemes for p in nominative)):
            chosen = next(iter(nominative), None)  # "посла Тан Вэй Ляна" is no "Ляна"'s: hers would be "Ляны", "Ляну"
    known = [p for p in parses if p.is_known]
    cases = {p.tag.case for p in known}
    if chosen is None and case not in (None, "Nom") and known and "loct" in cases and cases <= {"datv", "loct"} \
            and len({p.normal_form for p in known}) == 1 \
            and not (later_of_a_man and all({"Name", "femn"} <= p.tag.grammemes for p in known)):
        chosen = known[0]  # "о советнике Андрееве", "корреспонденту Марине" read in another oblique case (a nominative
        # stays: "Яан Тамме"; a foreign name in -у only a dative's guess stays: "Алему")
    if chosen is None:
        return None
    if chosen.tag.case == "nomn":
        return word
    inflected = chosen.inflect({"nomn", "sing"})
    return match_case(inflected.word, word) if inflected else None


# A foreign name ending in a vowel and -и is written so in every case (``Хаменеи``, ``аль-Барадеи``, ``Шаи``): no
# dictionary guess makes it a genitive of a woman's name in -ея/-ая.
_VOWEL_I = re.compile(r"[аеоуэ]и$")


def normalize_name_word(word: str, case: str | None, inner: bool = False, feminine: bool = False) -> str:
    """Nominative of one word of a person's name, given the case seen in context (``inner``: not the
    name's first word; ``feminine``: the name is a woman's).  Both parts of a hyphenated name decline where the
    last does and the first shows the case by its own ending (``Зелинком-Ярошем`` → ``Зелинк-Ярош``, ``Франца-Йозефа``
    → ``Франц-Йозеф``); a first part written so in every case stays (``Жан-Люка``, ``Ерлан-Бекжана``).  ``case`` is
    the tagger's (``Nom``) or the dictionary's name of it (``nomn``)."""
    case = _TAGGER_CASE.get(case, case)
    out = _normalize_word(word, case, inner, feminine)
    head, dash, _ = word.partition("-")
    if not dash or out == word or not out.startswith(word[:len(head) + 1]) or not _HYPHENED.match(word):
        return out
    return _normalize_word(head, case, True, feminine) + out[len(head):]


_TAGGER_CASE = {v: k for k, v in CASES.items()}  # "nomn" → "Nom"


# A name of two capitalised parts joined by a hyphen (``Зелинк-Ярош``; not ``аль-Хасан`` nor ``Нью-Йорк``'s case).
_HYPHENED = re.compile(r"^[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+$")


def _normalize_word(word: str, case: str | None, inner: bool = False, feminine: bool = False) -> str:
    """``normalize_name_word`` of a word as a whole."""
    if INITIAL.match(word) or not re.search(r"[а-яё]", word.lower()):
        return word
    elided = ELIDED.match(word)
    if elided:  # "Н'Гомой" → "Н'Гома": the part after the apostrophe declines
        return elided.group(0) + normalize_name_word(word[elided.end():], case, True, feminine)
    if _VOWEL_I.search(word.lower()) and not known_name(word):
        return word
    known = _dictionary_name(word, case, inner and not feminine, inner) or adjectival_surname(
        word, case, feminine, inner)
    if (known is None or known == word) and not feminine:
        in_y = stem_in_y(word, case)
        if in_y is not None:
            return in_y
    if known is not None:
        return known
    return foreign_name(word, case, inner, feminine)


_INSTRUMENTAL = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ом|ем|ым)$")
# A nominative ending too: Persian and Arabic given names in -ем (``Хашем``, ``Салем``, ``Хатем``) tell an
# instrumental only as the surname (the last word) or beside another word of the name that does.
_INSTRUMENTAL_ALONE = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ом|ым)$")


def instrumental_ending(word: str) -> bool:
    """Does the word end as only an instrumental does (``Кабуловым``, ``Замиром``; not ``Хашем``)?"""
    return bool(_INSTRUMENTAL_ALONE.search(word.lower()))


def span_case(cases: list[str | None], words: list[str] | None = None) -> str | None:
    """The case of a name as a whole: the oblique case some word of it shows, else nominative.

    The tagger often reads an unknown foreign surname as nominative while the given name before
    it shows the real case (``Томоми Инадой``: Ins + Nom); and when it reads every word as
    nominative, an instrumental ending on a word no dictionary has in the nominative
    (``Ваграмом``) still tells the case."""
    oblique = [c for c in cases if c and c != "Nom"]
    if oblique and oblique[0] != "Ins" and len(words or ()) > 1 and _instrumental_alone(words[-1]) \
            and not _nominative_given(words[0]):
        return "Ins"  # "с советником Фаридом Ансаром" read as Nom + Dat: the surname ends as only an instrumental
    if oblique:  # "Леон Каку Адом": the given name would be "Леоном" in the instrumental
        return "Nom" if oblique[0] == "Ins" and len(words or ()) > 1 and _nominative_given(words[0]) else oblique[0]
    shown = [w for w in words or () if _INSTRUMENTAL.search(w.lower())
             and not any(p.is_known and p.tag.case == "nomn" for p in _parses(w))]
    last = (words or [""])[-1]
    if (len(shown) > 1 or last in shown or any(_INSTRUMENTAL_ALONE.search(w.lower()) for w in shown)) \
            and not (len(words) > 1 and _nominative_given(words[0])):
        return "Ins"
    return next((c for c in cases if c), None)


def _instrumental_alone(word: str) -> bool:
    """A surname no dictionary knows as a nominative or genitive that ends as only an instrumental does: -ом/-ым
    after a consonant (``Нарсингом``), or -ой after a consonant of a surname in -а that is not Slavic, so declines
    as a noun (``Мвангой``: not ``Ивановой``, which is a genitive too)."""
    low = word.lower()
    if len(low) < 5 or any(p.is_known and p.tag.case in ("nomn", "gent") for p in _parses(word)):
        return False
    if _INSTRUMENTAL_ALONE.search(low):
        return True
    return low.endswith("ой") and low[-3] in CONSONANTS and not slavic_surname(word[:-2] + "а")


def _nominative_given(word: str) -> bool:
    """A man's given name known only in the nominative that declines (``Леон``, not ``Ким``, also a surname): the name
    it opens is nominative, whatever a foreign surname after it seems (``Адом``, an instrumental of a noun)."""
    found = _parses(word)
    known = [p for p in found if p.is_known and {"Name", "sing"} <= p.tag.grammemes]
    return bool(known) and word[-1:].lower() in CONSONANTS and not any("Surn" in p.tag.grammemes for p in found) \
        and all(p.tag.case == "nomn" and p.tag.gender == "masc" for p in known)


def _feminine_as_written(word: str, case: str | None, gender: str | None) -> bool:
    """A woman's given name the tagger reads as a nominative (its gender told by the predicate:
    ``Мартина … заявила``) that the dictionary knows only as a man's name in an oblique case (``Мартина``
    of ``Мартин``): it stays as written."""
    if case != "Nom" or gender != "Fem" or word[-1:].lower() not in ("а", "я"):
        return False
    known = [p for p in _parses(word) if p.is_known and NAME_GRAMMEMES & p.tag.grammemes]
    return bool(known) and not any(p.tag.gender == "femn" for p in known)


def normalize_person(words: list[str], cases: list[str | None], genders: list[str | None] | None = None) -> list[str]:
    """Nominative words of a person's name (initials kept as they are: their tagged case, guessed at,
    tells nothing: ``Р.Н. Соколовым``)."""
    cases = [None if INITIAL.match(w.rstrip(".")) else c for w, c in zip(words, cases, strict=True)]
    own = [w for w in words if not INITIAL.match(w.rstrip("."))]
    case = span_case(cases, own)
    if case == "Gen" and any(a_stem_accusative(w) for w in own[1:]):
        case = "Acc"  # "министра Педро Гарсию Лопеса": "Гарсию" tells the accusative, "Лопеса" is a genitive's form too
    if len(own) == 1 and case not in (None, "Nom", "Ins") and _instrumental_alone(own[0]):
        case = "Ins"  # "с Т.Мвангой", "Д.Нарсингом" tagged a genitive: the surname's ending is an instrumental's only
    genders = genders or [None] * len(words)
    first = _parses(words[0]) if len(words) > 1 else []
    told = any(  # a woman's given name in the name's case, not also a man's (``Ким``)
        p.is_known and {"Name", "femn"} <= p.tag.grammemes and p.tag.case == CASES.get(case or "Nom") for p in first) \
        and not any(p.is_known and {"Name", "masc"} <= p.tag.grammemes for p in first)
    # the tagger's gender alone does not make a name in -у a woman's accusative: East Asian names end so undeclined
    # (``посла Ким Чольсу``, tagged feminine)
    feminine = told or "Fem" in genders and not (own and own[-1].lower().endswith("у"))
    out = []
    romance = any(w.lower() in _PORTUGUESE for w in words[1:-1])
    for k, (w, c, g) in enumerate(zip(words, cases, genders, strict=True)):
        if romance and w[-1:].lower() == "у" and len(w) > 3:  # Portuguese ``Эдуарду дус Рейс Пинту``: -у as written
            out.append(w)
            continue
        given = _given_in_u(w, case, g, words[-1]) if k == 0 and len(words) > 1 else None
        declined = any(o != x for o, x in zip(out, words))
        if k > 0 and words[k - 1].lower() in FAMILY_PARTICLES:
            out.append(_after_particle(w, case, declined))
            continue
        if 0 < k < len(words) - 1 and words[k + 1].lower() in FAMILY_PARTICLES and declined and _in_a(w, case):
            out.append(w[:-1] + "а")  # "Жоакину Тоше да Роше": "Тоша", the name it goes by, declines too
            continue
        out.append(w if _feminine_as_written(w, c, g) or told and undeclined_hers(w, case, 0 < k == len(words) - 1)
                   else given or normalize_name_word(w, case, k > 0, feminine))
    out = given_in_consonant(words, given_in_a(words, _given_agrees(words, out, case), case), case)
    return given_in_e(words, out, case)


# Particles inside Romance family names (``де Вега``, ``да Силва``): data/names_endings.tsv.
FAMILY_PARTICLES = lexicon.words("names_endings.tsv")["FAMILY_PARTICLES"]
_PORTUGUESE = lexicon.words("names_endings.tsv")["PORTUGUESE_PARTICLES"]  # names in -у written so: ``Эдуарду``


def _after_particle(word: str, case: str | None, declined: bool) -> str:
    """A surname after a Romance particle: one in -а/-я declines like ``Вега`` (``де Веги``, ``де Вегу``,
    ``де Вегой``, ``де Веге`` where a word before it shows the case: ``Карлосу де Веге``), so -а/-я is its
    nominative, never a man's genitive, unless a word before it of the same name shows that case by its own ending
    (``Доминика де Вильпена``)."""
    low = word.lower()
    if low.endswith(("а", "я")) and not declined:
        return word
    if case == "Gen" and len(word) > 3 and (low.endswith("ы") or low.endswith("и") and low[-2] in VELAR_OR_HUSHING):
        return word[:-1] + "а"
    if case == "Acc" and len(word) > 3 and low.endswith("у") and low[-2] in CONSONANTS \
            or declined and _in_a(word, case):
        return word[:-1] + "а"
    return normalize_name_word(word, case, True)


def _in_a(word: str, case: str | None) -> bool:
    """Does the word end as the dative or prepositional of a name in -а after a consonant does (``Силве``)?  Only a
    name shown declined by another of its words tells that it is no name written so in every case (``Элле``)."""
    low = word.lower()
    return case in ("Dat", "Loc") and len(low) > 3 and low.endswith("е") and low[-2] in CONSONANTS


# The endings of a man's foreign given name in -ий and of his consonant-final surname, by case (``Гавия Мансура``,
# ``Гавию Мансуру``, ``Гавием Мансуром``).
_IY_AGREEING = {"Gen": ("ия", "а"), "Acc": ("ия", "а"), "Dat": ("ию", "у"), "Ins": ("ием", "ом")}


def _given_agrees(words: list[str], out: list[str], case: str | None) -> list[str]:
    """A man's foreign given name in -ий declines with his surname (``Гавия Мансура``, ``Гавию Мансуру``, ``Гавием
    Мансуром``): where the surname was put in the nominative by cutting a man's ending of that case, the given name
    in -ия/-ию/-ием before it, left as written, is -ий (not a woman's name the dictionary knows: ``Марии``); so where
    another word after it was (``Гавием Мансуром Али``)."""
    given, surname = _IY_AGREEING.get(case or "", ("", ""))
    if not given or len(words) < 2 or not words[0].lower().endswith(given) or out[0] != words[0] \
            or any(p.is_known and "femn" in p.tag.grammemes for p in _parses(words[0])):
        return out
    if not any(w.lower().endswith(surname) and o == w[:-len(surname)] for w, o in zip(words[1:], out[1:])):
        return out
    return [words[0][:-len(given)] + "ий"] + out[1:]


def _given_in_u(word: str, case: str | None, gender: str | None, surname: str) -> str | None:
    """A foreign given name in -у/-ю in the accusative, told by the surname after it: one that ends in a consonant as
    written is a woman's, undeclined (``посла Ану Мартинес``: ``Ана``); one declined as a man's (-а/-я) leaves the given
    name as it is (``поздравил Бассиру Диомае Фая``: ``Бассиру``, not a dative); else ``_feminine_accusative``."""
    low, last = word.lower(), surname.lower()
    if case == "Acc" and low[-1:] in ("у", "ю") and len(low) >= 3 and low[-2] in CONSONANTS and \
            _dictionary_name(word, case) is None:
        if last[-1:] in CONSONANTS:
            return word[:-1] + ("а" if low.endswith("у") else "я")
        if last[-1:] in ("а", "я") and len(last) > 3:
            return word
    return _feminine_accusative(word, case, gender)


def _feminine_accusative(word: str, case: str | None, gender: str | None) -> str | None:
    """A woman's foreign given name (before a surname) in the accusative, which the tagger may call a genitive
    (``посла Нану Кикнадзе``: ``Нана``): -у/-ю after a consonant is no genitive of a name (only where the tagger
    reads a woman: a man's foreign name in -у stays as it is, ``Тосимицу``); None when that is not it."""
    if case not in ("Gen", "Acc") or gender != "Fem" or len(word) < 4 or word[-2].lower() not in CONSONANTS \
            or _dictionary_name(word, case) is not None:
        return None
    return {"у": word[:-1] + "а", "ю": word[:-1] + "я"}.get(word[-1])


def known_name(word: str) -> bool:
    """Does the dictionary know the word as a given name, surname or patronymic?"""
    return any(p.is_known and NAME_GRAMMEMES & p.tag.grammemes for p in _parses(word))


def given_name(word: str) -> bool:
    """A nominative word the dictionary knows as a given name and never as a surname (``Алла``, not
    ``Путин`` nor ``Роман``/``Романа``-like surnames)."""
    ps = [p for p in _parses(word) if p.is_known]
    return any({"Name", "nomn", "sing"} <= p.tag.grammemes for p in ps) and \
        not any("Surn" in p.tag.grammemes for p in ps)


_KIN = lexicon.words("kin_words.tsv")
KIN = _KIN["KIN"]
POSSESSIVES = _KIN["POSSESSIVES"]


def relative_surname(surname: str, given: str) -> str:
    """The surname as a relative named ``given`` bears it: ``Петров`` for ``Анна`` is ``Петрова``; a surname
    that does not change (``Грин``, ``Ли``) or a male given name keeps it."""
    female = any(p.is_known and {"Name", "nomn", "sing", "femn"} <= p.tag.grammemes for p in _parses(given))
    if not female:
        return surname
    for p in _parses(surname):
        if "Surn" in p.tag.grammemes and p.tag.gender == "masc" and p.tag.case == "nomn":
            form = p.inflect({"femn", "nomn", "sing"})
            if form is not None:
                return match_case(form.word, surname)
    for masculine, feminine in _FEMININE_SURNAME_ENDINGS:  # a surname the dictionary does not know
        if surname.endswith(masculine):
            return surname[:len(surname) - len(masculine)] + feminine
    return surname


# Endings of Russian surnames and their feminine forms: Петров → Петрова, Вяземский → Вяземская.
_FEMININE_SURNAME_ENDINGS = (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"),
                             ("ин", "ина"), ("ын", "ына"))


def _ending(endings: frozenset[str]) -> re.Pattern:
    """A word ending in one of ``endings``, in any letter case."""
    return re.compile(f"(?:{'|'.join(sorted(endings, key=lambda e: (-len(e), e)))})$", re.IGNORECASE)


_ENDINGS = lexicon.words("names_endings.tsv")
SLAVIC_SURNAME = _ending(_ENDINGS["SLAVIC_SURNAME"])
PATRONYMIC = _ending(_ENDINGS["PATRONYMIC"])


def slavic_surname(word: str) -> bool:
    """Does a surname (nominative) have a Russian, Ukrainian or Belarusian ending?  ``Шойгу`` has
    not: the test errs towards no."""
    return bool(SLAVIC_SURNAME.search(word))


def is_patronymic(word: str) -> bool:
    """A patronymic the dictionary knows or its ending tells; a lone capital letter is none, though the dictionary
    reads one as a patronymic's initial: an undotted one-letter word closes a Burmese name (``Тин Маунг У``)."""
    if len(word.rstrip(".")) < 2:
        return False
    return any(p.is_known and "Patr" in p.tag.grammemes for p in _parses(word)) or bool(
        PATRONYMIC.search(word.lower()))


@functools.lru_cache(maxsize=65536)
def title_lemma(word: str) -> str | None:
    """The title a word names (``Премьер-министра`` → ``премьер-министр``, ``зав`` → ``заведующий``), or None."""
    low = fold(word)
    if low in TITLE_WORDS:
        return low
    if low in UNDOTTED_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[low]
    prefix, _, rest = low.partition("-")
    if rest and (prefix in TITLE_PREFIXES or prefix in TITLE_WORDS):  # вице-адмиралом, премьер-секретарь
        inner = title_lemma(rest)
        return f"{prefix}-{inner}" if inner else None
    for p in _parses(low):
        if p.normal_form in TITLE_WORDS and p.tag.POS == "NOUN" and "Surn" not in p.tag.grammemes:
            return p.normal_form
    return None


def plural_title(word: str) -> bool:
    """Is the word a title only as its plural of no ending (``Лам`` of ``лама``, ``Мулл`` of ``мулла``)?  Inside a
    person's name it is a word of the name (a Khmer or Vietnamese ``Лам``), not the titles of several people, which
    a plural with its ending is (``Президенты``, ``Министров``)."""
    low = fold(word)
    if low in TITLE_WORDS or low in UNDOTTED_ABBREVIATIONS or "-" in low:
        return False
    found = [p for p in _parses(low) if p.normal_form in TITLE_WORDS and p.tag.POS == "NOUN"]
    return bool(found) and all(p.tag.number == "plur" and p.normal_form[:-1] == low for p in found)


def within(short: list[str], long: list[str]) -> bool:
    """The words of ``short`` appear in ``long`` in the same order (a name without a middle name of a longer
    one: ``Реджеп Эрдоган`` in ``Реджеп Тайип Эрдоган``)."""
    rest = iter(long)
    return all(word in rest for word in short)
