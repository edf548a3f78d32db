"""English spellings of names written in Cyrillic.

Russian (and other non-Japanese) names: BGN/PCGN romanization of Russian (1947), in its common
simplified form without apostrophes for ь and ъ (``Сергей Лавров`` → ``Sergey Lavrov``).
Japanese names written in the Polivanov system, the standard Russian transcription of Japanese,
are mapped back to Hepburn (``Фумио Кисида`` → ``Fumio Kishida``, ``Синдзо Абэ`` → ``Shinzo Abe``):
when the person is known to be of Japan, or when every word of the name is made of Polivanov
syllables and shows a mark that Russian words lack (дз, цу, э after a consonant, сё/тё/сю/тю…).
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .morph import fold

BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
VOWELS = set("аеёиоуыэюя")

# Polivanov → Hepburn, longest first.
HEPBURN = [
    ("дзя", "ja"), ("дзю", "ju"), ("дзё", "jo"), ("дзи", "ji"), ("дза", "za"), ("дзу", "zu"), ("дзэ", "ze"),
    ("дзо", "zo"), ("ся", "sha"), ("сю", "shu"), ("сё", "sho"), ("си", "shi"), ("тя", "cha"), ("тю", "chu"),
    ("тё", "cho"), ("ти", "chi"), ("цу", "tsu"), ("фу", "fu"), ("дзь", "j"),
    ("кя", "kya"), ("кю", "kyu"), ("кё", "kyo"), ("ня", "nya"), ("ню", "nyu"), ("нё", "nyo"),
    ("хя", "hya"), ("хю", "hyu"), ("хё", "hyo"), ("мя", "mya"), ("мю", "myu"), ("мё", "myo"),
    ("ря", "rya"), ("рю", "ryu"), ("рё", "ryo"), ("гя", "gya"), ("гю", "gyu"), ("гё", "gyo"),
    ("бя", "bya"), ("бю", "byu"), ("бё", "byo"), ("пя", "pya"), ("пю", "pyu"), ("пё", "pyo"),
    ("я", "ya"), ("ю", "yu"), ("ё", "yo"), ("э", "e"), ("в", "w"), ("х", "h"), ("й", "i"),
    ("а", "a"), ("и", "i"), ("у", "u"), ("о", "o"), ("к", "k"), ("с", "s"), ("т", "t"), ("н", "n"),
    ("м", "m"), ("р", "r"), ("г", "g"), ("д", "d"), ("б", "b"), ("п", "p"), ("з", "z"), ("ф", "f"),
]
# A word made only of Polivanov syllables (with a final or pre-consonant н/м and й after a vowel).
_SYLLABLE = (r"(?:(?:дз|[кгсдтнхбпмрц]|ф(?=у)|в(?=а))?(?:[яюё]|[аиуэо])|(?<=[аиуэоёюя])й|н|м(?=[бпм]))")
POLIVANOV = re.compile(rf"^(?:{_SYLLABLE})+$")
JAPANESE_MARK = re.compile(r"дз|цу|[кгсдтнхбпмр]э|[сткнхмр][ёю]|^[ёэ]")


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def bgn(word: str) -> str:
    """BGN/PCGN romanization of one word (``е`` is ``ye`` at the start and after a vowel)."""
    out, prev = [], ""
    for ch in word.lower():
        if ch == "е" and (not prev or prev in VOWELS or prev in "ъь"):
            out.append("ye")
        else:
            out.append(BGN.get(ch, ch))
        prev = ch
    return _cap("".join(out), word)


def hepburn(word: str) -> str:
    low, out, i = word.lower(), [], 0
    while i < len(low):
        for cyr, lat in HEPBURN:
            if low.startswith(cyr, i):
                out.append(lat)
                i += len(cyr)
                break
        else:
            out.append(BGN.get(low[i], low[i]))
            i += 1
    return _cap("".join(out), word)


def looks_japanese(name: str) -> bool:
    words = [w.lower() for w in re.findall(r"[А-Яа-яЁё]+", name)]
    return bool(words) and all(POLIVANOV.match(w) for w in words) and any(JAPANESE_MARK.search(w) for w in words)


# English-style Russian spellings of Japanese syllables (``Сейджи``, ``Хозуми``, ``Тошихиро``, ``Кента``) in
# Polivanov's (``Сэйдзи``, ``Ходзуми``, ``Тосихиро``, ``Кэнта``; ``Йосида``, ``Ёсида``), and ``нъ`` before a
# vowel (``Синъитиро``) a syllable's final ``н``: what ``japanese_syllables`` reads.
_AS_POLIVANOV = ((re.compile(r"дж"), "дз"), (re.compile(r"(?<!д)з"), "дз"), (re.compile(r"ш"), "с"),
                 (re.compile(r"ч"), "т"), (re.compile(r"тсу"), "цу"), (re.compile(r"е"), "э"),
                 (re.compile(r"йо"), "ё"), (re.compile(r"(?<=н)ъ"), ""))


def japanese_syllables(word: str) -> bool:
    """Is a name word made only of Japanese syllables, in Polivanov's spelling or the English-style one (``Сэйдзи``,
    ``Сейджи``, ``Тошихиро``), with no letter a Japanese name lacks (``л``, a final consonant but ``н``)?"""
    low = word.lower()
    for pattern, polivanov in _AS_POLIVANOV:
        low = pattern.sub(polivanov, low)
    return bool(low) and bool(POLIVANOV.match(low))


def portuguese_reading(name: str) -> bool:
    """Does a name show Portuguese read as such (``Паулу``, ``Маркуш``: a final ``у`` for ``o``, a final ``ш`` for
    ``s``), where other outlets write the Spanish reading (``Пауло``, ``Маркус``)?"""
    return any(_PORTUGUESE_U.search(w) or _PORTUGUESE_S.search(w) for w in fold(name).split())


def name_en(name: str, country_code: str | None = None) -> str:
    """The English spelling of a Cyrillic name; ``country_code`` is the person's country if known."""
    japanese = country_code == "JP" or (country_code is None and looks_japanese(name))
    convert = hepburn if japanese else bgn
    return re.sub(r"[А-Яа-яЁё]+", lambda m: convert(m.group(0)), name)


# Transcription variants of one sound, as Russian news spell foreign names (longest first).
# ``йя``/``йю`` after a vowel and a bare ``я``/``ю`` are one sound (``Сурайя``/``Сурая``, ``Айюб``/``Аюб``); an
# aspirated consonant of South and Southeast Asian names, or an Arabic ``th``, is written with its ``х`` by some
# outlets and without it by others (``Прематхилака``/``Prematilaka``, ``Сукхбир``, ``Тхуан``/``Туан``).
_VARIANTS = (("йя", "я"), ("йю", "ю"), ("йо", "ё"), ("чж", "дж"), ("дж", "дз"), ("дз", "ж"), ("тч", "ч"), ("тс", "ц"),
             ("кх", "х"), ("тх", "т"), ("пх", "п"), ("бх", "б"), ("дх", "д"), ("гх", "г"), ("ши", "си"),
             ("шо", "сё"), ("ё", "е"), ("э", "е"), ("й", "и"), ("ь", ""), ("ъ", ""))
# Endings spelt two ways: ``Гарсиа``/``Гарсия``, ``Смирнофф``/``Смирнов`` (after double letters are one).
_ENDINGS = ((re.compile(r"(?<=и)а$"), "я"), (re.compile(r"(?<=[ое])ф$"), "в"))
_DOUBLE = re.compile(r"(.)\1+")
# Japanese ``z`` before a, u, e, o: ``дз`` in Polivanov's spelling, ``з`` in the English-style one (``Ходзуми``,
# ``Хозуми``; ``Одзава``, ``Озава``); its ``ji`` (``дзи``, ``джи``) is the ``дж``/``дз`` of ``_VARIANTS``.
_JAPANESE_Z = re.compile(r"дз(?=[аоуэе])")
# Portuguese read by some outlets as Spanish: a final unstressed ``o`` heard ``у`` (``Паулу``, ``Пауло``; ``Мариу``,
# ``Марио``), in a word of four letters at least (not ``Ху``/``Хо``); a final ``s`` heard ``ш`` (``Маркуш``,
# ``Маркус``; not an inner one, which English ``sh`` gives too: ``Ишмаэль``, ``Исмаэль``).
_PORTUGUESE_U = re.compile(r"(?<=\w{3})у$")
_PORTUGUESE_S = re.compile(r"ш$")
# Japanese ``chi``, ``cha``, ``chu``, ``cho``: ``ти``, ``тя``, ``тю``, ``тё`` in Polivanov's spelling, ``чи``,
# ``ча``… in the English-style one (``Митико``, ``Мичико``), in a word of Japanese syllables only
# (``japanese_syllables``) that ends in a vowel, as Japanese names mostly do (not ``Чичерин``).
_JAPANESE_CH = {"и": "ти", "а": "тя", "у": "тю", "о": "тё", "е": "тэ", "ё": "тё"}
_JAPANESE_CH_SYLLABLE = re.compile(r"ч([иаоуеё])")
_FINAL_OE = re.compile(r"(?<=\w)ое$")
# Greek ``chr`` opening a name is written ``хр`` by some and ``кр`` by others, as each language reads it (``Христос``,
# ``Кристос``; ``Христоф``, ``Кристоф``).
_GREEK_CHR = re.compile(r"^хр")
# An Icelandic or English long o written ``оу`` by some and ``о`` by others before a consonant (``Гудмундсдоуттир``,
# ``Гудмундсдоттир``; ``Йоунссон``, ``Йонссон``).
_LONG_O = re.compile(r"оу(?=[бвгджзклмнпрстфхцчшщ])")
# A voiced consonant before a voiceless one is said voiceless: spellings that differ only there sound
# alike (``Загчи``, ``Закчи``; ``Абдулла``, not ``Гарин``/``Карин``).
_DEVOICED = {"б": "п", "в": "ф", "г": "к", "д": "т", "ж": "ш", "з": "с"}
_BEFORE_VOICELESS = re.compile(r"[бвгджз](?=[кпстфхцчшщ])")
# A German or Scandinavian ``s`` between a vowel or a sonorant and a vowel is written ``з`` by some and ``с`` by others
# (``Вайзер``/``Вайсер``, ``Ханзен``/``Хансен``).
_VOICED_S = re.compile(r"(?<=[аеиоуыэюялмнр])з(?=[аеиоуыэюя])")


_ARTICLE = re.compile(rf"^(?:{lexicon.alternation(lexicon.words('names_endings.tsv')['ARTICLE_PREFIXES'])})-(?=[а-яё])")


# Spellings of one given name across outlets (data/name_variants.tsv): each spelling's skeleton is its row's.
_SPELLINGS = {fold(spelling): fold(row["name"]) for row in lexicon.table(
    "name_variants.tsv", (lexicon.Column("name"), lexicon.Column("spellings")), ("name",))
    for spelling in row["spellings"].split()}


def name_words(written: str) -> list[str]:
    """The words of a name as written, less its initials (``Х. Перес``, ``Х.Перес`` → ``["Перес"]``)."""
    return [w for w in written.replace(".", ". ").split() if not w.endswith(".")]


SYLLABLE_LETTERS = 4  # the longest word of a given name in syllables (``Чжэ``, ``Хван``)


def solid_skeleton(words: list[str]) -> str | None:
    """The skeleton of a name's words after the first written as one (``Чхве Сон Мин`` and ``Чхве Сонмин``:
    ``сонмин``), the key two spellings of an East Asian given name, in syllables or solid, share; None for a name of
    one word or one whose later words are no syllables (``Хуан Перес Лопес``)."""
    rest = words[1:]
    if not rest or len(rest) > 1 and any(len(w) > SYLLABLE_LETTERS for w in rest):
        return None
    return skeleton("".join(rest).lower())


SKELETONS_CACHED = 1 << 14  # name words whose skeleton is kept (stages and the cross-document one ask again)


@functools.lru_cache(maxsize=SKELETONS_CACHED)
def skeleton(word: str) -> str:
    """A folded name word with transcription variants merged: ``Ёсида`` and ``Йосида`` agree, ``Чжу`` and ``Джу``,
    ``Сое`` and ``Со``, ``Гарсиа`` and ``Гарсия``, ``Джозеф`` and ``Жозеф``, ``Кхан`` and ``Хан``, ``Смирнофф`` and
    ``Смирнов``, ``Тсай`` and ``Цай``, and so do ``Одзава`` and ``Озава``, ``Тиба`` and ``Чиба`` (Japanese),
    ``Паулу`` and ``Пауло``, ``Маркуш`` and ``Маркус`` (Portuguese),
    ``Загчи`` and ``Закчи`` (a consonant voiced or not before a voiceless one), ``Вайзер`` and ``Вайсер`` (``s``
    between vowels), ``аш-Шамари`` and ``Шамари`` (the Arabic article before a hyphen), ``Йоунссон`` and
    ``Йонссон``, ``Сурайя`` and ``Сурая``."""
    out = fold(word)
    out = _ARTICLE.sub("", out)
    out = _SPELLINGS.get(out, out)
    out = out.replace("-", "")
    out = _GREEK_CHR.sub("кр", out)
    out = _LONG_O.sub("о", out)
    if "ч" in out and out[-1:] in VOWELS and japanese_syllables(out):
        out = _JAPANESE_CH_SYLLABLE.sub(lambda m: _JAPANESE_CH[m.group(1)], out)
    out = _JAPANESE_Z.sub("з", out)
    out = _PORTUGUESE_S.sub("с", _PORTUGUESE_U.sub("о", out))
    for a, b in _VARIANTS:
        out = out.replace(a, b)
    out = _BEFORE_VOICELESS.sub(lambda m: _DEVOICED[m.group()], out)
    out = _VOICED_S.sub("с", out)
    out = _FINAL_OE.sub("о", out)  # "Сое" and "Со" (Burmese "Soe")
    out = _DOUBLE.sub(r"\1", out)
    for ending, spelt in _ENDINGS:
        out = ending.sub(spelt, out)
    return out


# A long foreign surname that another outlet spells with another vowel inside (``Карунатилаке``, ``Карунатилеке``):
# the shortest surname (letters of its skeleton) that may be, and the vowels that may stand for one another.  Never
# the first letter nor the last (a case or a woman's ending).
VARIANT_LETTERS = 7
VARIANT_VOWELS = frozenset("аеиоуыэюя")


def vowel_variants(a: str, b: str) -> bool:
    """Two surname skeletons of one length (``VARIANT_LETTERS`` at least) that differ in one inner vowel."""
    if len(a) != len(b) or len(a) < VARIANT_LETTERS:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(differ) == 1 and 0 < differ[0] < len(a) - 1 and a[differ[0]] in VARIANT_VOWELS \
        and b[differ[0]] in VARIANT_VOWELS


def vowels_masked(surname: str) -> str:
    """A surname skeleton with every inner vowel masked: a key its variants (``vowel_variants``) share."""
    return surname[:1] + "".join("*" if c in VARIANT_VOWELS else c for c in surname[1:-1]) + surname[-1:]


def vowel_opened(surname: str, vowels: frozenset[str] = VARIANT_VOWELS) -> list[str]:
    """A long surname skeleton with one inner vowel (of ``vowels``) left open, one key per vowel: two variants
    (``vowel_variants``) share one of them."""
    if len(surname) < VARIANT_LETTERS:
        return []
    return [surname[:i] + "*" + surname[i + 1:] for i in range(1, len(surname) - 1) if surname[i] in vowels]


# A long foreign surname that outlets end in -е or in -и (``Мабанге``, ``Мабанги``: one final vowel heard two ways),
# undeclined either way: the shortest such surname (letters of its skeleton).
FINAL_VOWEL_LETTERS = 6
_FINAL_E_OR_I = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[еи]$")
_FINAL_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[ая]$")


def final_blurred(surname: str, declined: bool = False) -> str | None:
    """A long surname skeleton ending in -е or -и after a consonant with that vowel left open (``мабанг*``), the key
    its other spelling shares; ``declined``: one in -а/-я too, the key of its oblique forms in -е/-и (``Тамбвала``:
    ``Тамбвале``; ``Мбаланга``: ``Мбаланги``); None for another or a short one."""
    if len(surname) < FINAL_VOWEL_LETTERS or not (_FINAL_E_OR_I.search(surname)
                                                  or declined and _FINAL_A.search(surname)):
        return None
    return surname[:-1] + "*"
