"""The rounds of a mechanism a sentence tells in words, for ``formats.py`` and the event stage: ``20-й
раунд``, ``двадцать вторая встреча``, ``стало десятым по счету``, ``в третий раз``, ``впервые``; rounds told
together (``первые две встречи прошли в X и Y``, ``предыдущие встречи проходили в X, в Y и в Z``) or one by
one (``Первое заседание прошло в X, второе — в Y``).  Ordinals from ``data/ordinals.tsv`` and
``data/ordinal_tens.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, morph
from .lexicon import Column
from .literals import haystack, may_match

ORDINALS: dict[str, int] = {r["lemma"]: r["number"] for r in lexicon.table(
    "ordinals.tsv", (Column("lemma"), Column("number", convert=int)), key=("lemma",))}
# "седьмой цикл переговоров": a cycle is a round only of talks, or told alone as what was held ("Начался третий цикл.",
# "шестой цикл проходил в …"), never of something else ("следующий цикл чемпионата")
# "XVI Бинациональный кабинет", "шестой двусторонний кабинет министров": the joint sitting of two governments (not
# "второй кабинет министров", a government); "второе совещание лидеров": a meeting; "первый диалог по
# кибербезопасности": the first of a new mechanism, no round of another told beside it
_ROUND_NOUN = (r"(?:раунд|встреч|совещани|консультаци|заседани|сесси|тур\b|саммит|ретрит|форум|конференци|диалог"
               r"|(?:бинациональн|двунациональн|двусторонн)\w+\s+кабинет"
               r"|цикл\w*(?=\s+(?:мирных\s+)?(?:переговор|консультаци)|\s*[.,;:!?)]|\s*$|\s+(?:стороны|проходил|прош[её]л|"
               r"состоял|начал|откры|заверш|пройд|намечен|запланирован)\w*))")
# One adjective may stand between the ordinal and the noun: "22-й международной встречи", "третий внеочередной саммит".
_ADJECTIVE = r"(?:[а-яё-]+(?:ой|ый|ий|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ей|ых|их|ые|ие)\s+){0,2}"
# "12-е по счету с 1995 года консультации": counted since the first one, in that year (``COUNTED_SINCE``)
_COUNT = r"(?:по\s+сч[её]ту(?:\s+(?:с|со)\s+\d{4}\s+(?:года|г\.))?[\s,]+)?"
COUNTED_SINCE = re.compile(r"\bпо\s+сч[её]ту\s+(?=(?:с|со)\s+\d{4}\s)", re.I)
_DIGIT_ROUND = re.compile(r"\b(\d{1,3})-?(?:й|го|м|ом|я|ю|е|ой|ый|ий)\s+" + _COUNT
                          + _ADJECTIVE + _ROUND_NOUN, re.I)
TENS: dict[str, int] = {r["word"]: r["number"] for r in lexicon.table(
    "ordinal_tens.tsv", (Column("word"), Column("number", convert=int)), key=("word",))}
# "четвертый, последний раунд": the ordinal set off before "последний"
_LAST = r"(?:\s+|,\s+(?=(?:последн|заключительн|финальн)\w*\s))"
_WORD_ROUND = re.compile(rf"\b(?:({lexicon.alternation(TENS)})\s+)?(\w+){_LAST}" + _COUNT
                         + _ADJECTIVE + _ROUND_NOUN, re.I)
# "заседание стало десятым по счету", "консультации, ставшие десятыми по счету": the round told by the predicate.
_BECAME = re.compile(r"\b(?:стал[аои]?|станет|будет|является|оказал[аои]?сь|ставш\w+|становит\w*)\s+"
                     r"(?:бы\s+)?(?:уже\s+)?(?:(\d{1,3})-?(?:м|й)|(\w+))"  # "стало бы шестым": the meeting called off
                     # "стало десятым по счету"; "эта встреча стала уже девятой в таком составе" (no noun after it)
                     # … "стал десятым с момента учреждения механизма": counted since its start
                     r"(?:\s+по\s+сч[её]ту\b|(?=\s+(?:на|в|во|за|подряд|с|со)\s|\s*[.,;:]|\s*$))", re.I)
_TIMES = re.compile(r"\bв\s+(\d{1,3}-?й|\w+)\s+раз\b(?!\s+(?:за|после|с)\b)", re.I)
# A round told in Roman numerals, as official texts number sessions: "XIV заседание", "XXII Форум" (up to 39; Cyrillic
# "Х" and "І" written for the Latin letters; no "С"/"L", which would read a capital preposition as a number).
ROMAN = r"(?-i:[IVXХІ]{1,6})"
# A Roman numeral numbers a joint cabinet told by its noun alone too ("XV кабинет прошел …"; not "кабинет министров").
_ROMAN_ROUND = re.compile(r"(?<![\w-])(" + ROMAN + r")\s+" + _ADJECTIVE
                          + r"(?:" + _ROUND_NOUN + r"|кабинет(?![а-яё]*\s+(?:министр|президент|премьер|(?-i:[А-ЯЁ]))))"
                          + r"(?![а-яё]*(?:лся|лась|лись|ет|ют|ть|л|ла|ли)\b)", re.I)  # "Лев XIV встречался": a name
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_FORM = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# "впервые провели консультации в этом формате": the first round; not "впервые после …", "впервые за … года".
_FIRST = re.compile(r"\bвпервые\b(?!\s+(?:[\w-]+\s+){0,2}?(?:после|за|с|со|от|в истории)\b)", re.I)
# A time since which: "с 2019 года", "с марта", "с начала конфликта", "с тех пор".
SINCE_WHEN = (r"(?:\d|начала|конца|середины|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
              r"прошл|тех\s+пор|момента)")
# "первая встреча … после …": since an event; "вторая встреча за две недели", "за три с половиной года": within a
# while, not of the format
_SINCE = re.compile(r"\b(?:после|впервые|за\s+последн|за\s+(?:\w+\s+){0,3}?(?:дн|сут|недел|месяц|полгода|год|лет)\w*\b|"
                    r"(?:с|со)\s+" + SINCE_WHEN + ")", re.I)


_CLAUSE_END = re.compile(r"[,;:(]|\s[-–—]\s")


def _since(sentence: str, at: int) -> bool:
    """Is the meeting numbered at ``at`` counted since a time or an event (``первая встреча после …``), in its own
    clause (not ``третья встреча в рамках диалога — …, который возобновили после перерыва``)?"""
    end = _CLAUSE_END.search(sentence, at)
    clause = sentence[at:end.start() if end else len(sentence)]
    other = next((m for m in _AND_ORDINAL.finditer(clause) if ordinal(m.group(1))), None)
    return bool(_SINCE.search(clause[:other.start()] if other else clause))  # "девятый раунд и первый после …"


# Another ordinal coordinated with a round's: "седьмой раунд переговоров и первый после паузы" (group 1).
_AND_ORDINAL = re.compile(r"\s(?:и|а)\s+(?:уже\s+)?([а-яё]+)", re.I)


def ordinal(word: str) -> int | None:
    """The number an ordinal word tells in any form (``второе`` is also a noun, ``первое`` a dish)."""
    return next((ORDINALS[f] for p in morph.parses(word) if (f := p.normal_form.replace("ё", "е")) in ORDINALS), None)


def round_in(sentence: str) -> int | None:
    """The round a sentence tells in words: ``20-й раунд``, ``третья встреча в этом формате``, ``стало десятым
    по счету``, ``в третий раз`` (2 and more); not ``первая встреча после …`` (counted since an event)."""
    hay = haystack(sentence)
    if not any(may_match(rx, hay) for rx in _ROUND_TOLD):  # a sentence without their words is not scanned
        return None
    m = _DIGIT_ROUND.search(sentence)
    if m and not _since(sentence, m.end()):
        return int(m.group(1))
    m = _ROMAN_ROUND.search(sentence)
    if m and (n := roman(m.group(1))) and (n > 1 or not _since(sentence, m.end())):
        return n  # an official number, not counted since an event ("XV кабинет прошел … после паузы")
    m = _WORD_ROUND.search(sentence)
    while m:  # each word in turn: in "прошел второй раунд" the ordinal is the adjective of a first try
        n = ordinal(m.group(2))
        if n and not _since(sentence, m.end()):
            return n + (TENS.get((m.group(1) or "").lower(), 0) if n < 10 else 0)  # "двадцать второй раунд"
        m = _WORD_ROUND.search(sentence, m.end(2))
    m = _BECAME.search(sentence)
    if m:
        n = int(m.group(1)) if m.group(1) else ordinal(m.group(2))
        if n and (n >= 2 or "сч" in m.group(0).lower()):  # "стала первой в регионе" is no round
            return n
    m = _TIMES.search(sentence)
    n = (int(m.group(1).rstrip("-йЙ")) if m.group(1)[:1].isdigit() else ordinal(m.group(1))) if m else None
    if n and n >= 2:
        return n
    m = _APPOSED.search(sentence)
    if m and (n := int(m.group(1)) if m.group(1) else ordinal(m.group(2)) or roman(m.group(2))):
        return n
    return 1 if _FIRST.search(sentence) and not COUNTED_SINCE.search(sentence) else None  # "впервые" of that year


# A meeting told by its ordinal alone at the head of the sentence, its noun left out after the sentence before told
# one ("Седьмое состоялось в мае 2030 года", "Десятая пройдет в Лиме", "Девятое, как ожидается, состоится …", "Пятая,
# по данным МИД, может пройти …"): the ordinal, a parenthetical between commas, then a verb of holding; the ordinal the
# object of the ones agreeing to hold it ("Пятое стороны условились провести в Кито в 2029 году", "Четвертую министры
# намерены провести в Осло").
_AGREEING = (r"(?:[а-яё]+\s+(?:условил|договорил|решил|намерен|планиру|предложил|собира|рассчитыва)\w*\s+"
             r"(?=провести|проведут))?")
_ELIDED = re.compile(r"^\W*([а-яё]+|\d{1,3}-?[а-я]{1,3})(?:\s*,[^,.;:!?]{2,60},)?\s+" + _AGREEING + r"(?:[а-яё]+\s+)?"
                     r"(?:прош(?:ел|ёл|ла|ло|ли)|состоял|состоит|пройд|намечен|запланирован|проходил|был[аои]?\s+проведен|провести|проведут|"
                     r"(?:может|могут|должн\w*)\s+(?:пройти|состояться))", re.I)


def elided_round(sentence: str) -> int | None:
    """The round of a meeting told by its ordinal alone, its noun left out (``Седьмое состоялось в мае 2030 года``),
    for the formats' history only."""
    m = _ELIDED.match(sentence)
    if m is None:
        return None
    word = m.group(1)
    return int(re.match(r"\d+", word).group()) if word[:1].isdigit() else ordinal(word)


# A round told after its noun, counted: "консультации — двенадцатые по счету", "встреча, пятая по счёту".
_COUNTED = re.compile(r"(?:[—–]|,)\s+(?:уже\s+)?(?:(\d{1,3})-?\w{0,3}|(\w+))\s+по\s+сч[её]ту\b", re.I)


def counted_round(sentence: str) -> int | None:
    """A format's round told after the name of its meeting (``провели межправконсультации — семнадцатые по счету``),
    for the format's history only: the event a digest's sentence is part of may be another meeting's."""
    told = counted_at(sentence)
    return told[0] if told else None


def counted_at(sentence: str, start: int = 0, stop: int | None = None) -> tuple[int, int] | None:
    """``counted_round`` and where its ordinal stands in the sentence (the event stage asks which noun it follows)."""
    m = _COUNTED.search(sentence, start, len(sentence) if stop is None else stop)
    if m is None or (n := int(m.group(1)) if m.group(1) else ordinal(m.group(2))) is None:
        return None
    return n, m.start(1) if m.group(1) else m.start(2)


# The next or the previous one told by its number alone: "Следующее, одиннадцатое, решено провести в …", "Следующий,
# XXIII форум", also inside the sentence ("предложили провести следующий, XII раунд").
_APPOSED = re.compile(r"(?:^\W*|\b)(?:следующ|предыдущ)\w*\s*,\s*(?:(\d{1,3})-?\w{0,3}|(\w+))\s*(?:,|"
                      + _ROUND_NOUN + ")", re.I)

# Every expression ``round_in`` reads: one of them must be able to match in the sentence (``literals.may_match``).
_ROUND_TOLD = (_DIGIT_ROUND, _ROMAN_ROUND, _WORD_ROUND, _BECAME, _TIMES, _APPOSED, _FIRST)


def roman(word: str) -> int | None:
    """``XIV`` → 14 (Cyrillic ``Х``, ``І`` read as the Latin letters); None for what is no Roman numeral up to 39."""
    w = word.replace("Х", "X").replace("І", "I")
    if not w or not _ROMAN_FORM.fullmatch(w):
        return None
    values = [_ROMAN_VALUES[c] for c in w]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)) or None


@lru_cache(maxsize=4096)  # asked of each sentence by the format history and by a format told again
def numbered(sentence: str) -> bool:
    """Does the sentence number a meeting by an ordinal (``Девятое заседание``, ``12-й раунд``), not counting one
    since an event (``первая встреча после …``)?"""
    hay = haystack(sentence)
    return round_in(sentence) is not None and not _FIRST.search(sentence) and not _TIMES.search(sentence) \
        or any(may_match(rx, hay) and rx.search(sentence) for rx in (_DIGIT_ROUND, _ROMAN_ROUND))


# "первые две встречи прошли в Токио (ноябрь 2013 года) и в Москве": rounds 1..N told together.
# … the noun left out before a verb of holding or a dash: "это третья встреча: первые две прошли в X и в Y", "…, а
# первые три — в 2027, 2028 и 2029 годах".
_FIRST_FEW = re.compile(r"\bперв\w+\s+(дв[ае]|три|четыре|пять|оба|обе|[2-5])(?:\s+" + _ROUND_NOUN + r"\w*|"
                        r"(?=\s+(?:прошли|состоял\w*|проходил\w*|провели|были\s+проведен\w*)\b|\s+[—–]\s))", re.I)
# The round after the first ones told together, in a clause of its own: "первые две прошли в X и в Y, а третья — в Z".
_AND_NEXT = re.compile(r"\s*,\s*(?:а|и)\s+" + r"(\w+)(?=\s*[-–—]\s|\s+(?:прош|состоял|проходил))", re.I)
_CLAUSE_AFTER = re.compile(r";|,\s*(?:а|и)\s")


def _and_next(sentence: str, rounds: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The rounds told together and the next ones told each after them (``…, а третья — в августе``): (round, start,
    stop) of the words of each."""
    while rounds and (m := _AND_NEXT.match(sentence, rounds[-1][2])) \
            and ordinal(m.group(1).lower()) == rounds[-1][0] + 1:
        end = _CLAUSE_AFTER.search(sentence, m.end())
        rounds = rounds + [(rounds[-1][0] + 1, m.end(), end.start() if end else len(sentence))]
    return rounds


def first_few_at(sentence: str) -> int | None:
    """Where the words of the first rounds told together begin (``первые две встречи``, ``первые три — …``), or
    None: the words before them may number the meeting the sentence tells first (``Пятое прошло в мае, а первые …``)."""
    m = _FIRST_FEW.search(sentence)
    return m.start() if m else None


# "предыдущие две (встречи) прошли в Москве в 2017 году и в Каире": the rounds before the current one.
_PREVIOUS_FEW = re.compile(r"\bпредыдущ\w+\s+(дв[ае]|три|четыре|пять|оба|обе|[2-5])"
                           r"(?:\s+" + _ROUND_NOUN + r"\w*)?(?!\w)", re.I)
# … in the plural only: "на предыдущем заседании в X в 2024 году, а также … и …" is one meeting
_PREVIOUS_ALL = re.compile(r"\bпредыдущ(?:ие|их|ими)\s+" + _ROUND_NOUN + r"\w*(?!\w)", re.I)
_FEW = {"два": 2, "две": 2, "оба": 2, "обе": 2, "три": 3, "четыре": 4, "пять": 5}
_NEXT_ITEM = re.compile(r"\s+и\s+|,\s*(?:а\s+)?(?=в\s|во\s|на\s)|;")


# The first meeting and those after it, each told by its time or place alone: "впервые стороны собирались в мае
# 2031 года в Лиме, а затем в октябре того же года в Кито".
_THEN = re.compile(r",\s*(?:а\s+|и\s+)?(?:затем|потом|позднее|позже|после\s+этого)\s+(?=(?:в|во)\s)", re.I)


def first_rounds(sentence: str) -> list[tuple[int, int, int]]:
    """The rounds 1..N a sentence tells together (``первые две встречи прошли в Токио (ноябрь 2013
    года) и в Москве``; ``впервые собирались в X в марте, а затем в Y в июле``): (round, start, stop) of the words
    that tell each, in order; a date inside those words is that round's."""
    m = _FIRST_FEW.search(sentence)
    if m:
        return _and_next(sentence, _told_together(sentence, m, 1))
    first = _FIRST.search(sentence)
    thens = [t for t in _THEN.finditer(sentence) if first and t.start() > first.end()]
    if thens:
        cuts = [first.start()] + [t.end() for t in thens]
        stops = [t.start() for t in thens] + [next((i for i in (sentence.find(";", cuts[-1]),) if i >= 0),
                                                   len(sentence))]
        return [(k, a, b) for k, (a, b) in enumerate(zip(cuts, stops, strict=True), 1)]
    return listed_rounds(sentence)


# An ordinal that opens a clause: at the start of the sentence or after a comma or semicolon ("Первое заседание
# прошло в Баку в мае 2019 года, второе — в Ереване …").
# The previous or last one with its ordinal in apposition: "…, предыдущая, седьмая, — в марте 2030 года в Лиме".
# The ordinal in any form: a word, a number (``2-е``), a Roman numeral (``II``); before a dash, the round's noun, or a
# verb of holding (``…, второе прошло в Y``); after ``а`` too (``…, а второе состоялось в Y``).
_ORDINAL_FORM = r"(\w+|\d{1,3}-?[а-яё]{0,3}|" + ROMAN + ")"
# … or of a meeting to come (``…, седьмое запланировано на ноябрь``: that clause's round is planned, ``PLANNED``)
_HOLDING = (r"(?:прош(?:ел|ёл|ла|ло|ли)|состоял\w*|проходил\w*|пройд\w+|состоится|состоятся|запланирован\w*|"
            r"намечен\w*)\b")
# a possessive of the body told the sentence before may open the first clause: "Ее шестое заседание прошло …"
_CLAUSE_ORDINAL = re.compile(r"(?:^\W*(?:(?:его|е[её]|их)\s+)?|[,;]\s*(?:а\s+)?)(?:(?:предыдущ|последн)\w*\s*,\s*)?"
                             + _ORDINAL_FORM
                             + r"(?=,?\s+(?:[-–—]|" + _ROUND_NOUN + "|" + _HOLDING + "))", re.I)


def ordinal_number(word: str) -> int | None:
    """The round an ordinal tells in any of its forms and cases (``второе``, ``Второе``, ``2-е``, ``II``)."""
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else roman(word) if re.fullmatch(ROMAN, word) else ordinal(word.lower())


def listed_rounds(sentence: str) -> list[tuple[int, int, int]]:
    """Rounds told one by one, each by its ordinal opening a clause (``Первое заседание прошло в Баку в
    мае 2019 года, второе — в Ереване в июне 2021-го``, ``первая … в 2027 году, предыдущая, седьмая, — в Лиме``):
    (round, start, stop) of each clause; two or more in increasing order, else none."""
    found = []
    for m in _CLAUSE_ORDINAL.finditer(sentence):
        n = ordinal_number(m.group(1))
        if n and not (n == 1 and _since(sentence, m.end(1))):  # "первая встреча после перерыва …": since a break
            found.append((n, m.start(1)))
    numbers = [n for n, _ in found]
    if len(found) < 2 or numbers != sorted(set(numbers)):  # one after another: "первая …, предыдущая, седьмая, — …"
        return []
    stops = [start for _, start in found[1:]] + [len(sentence)]
    return [(n, start, stop) for (n, start), stop in zip(found, stops, strict=True)]


# Clauses joined by "а" or a semicolon: "…в марте 2019 года, когда … на 11-й раунд, а в мае 2020 года 12-й …".
CLAUSE_CUT = re.compile(r",\s+а\s+|;\s*|:\s+(?=[\w-]+\s+[—–]\s)|,\s+(?=(?:[а-яё]+|\d{1,3}-?[а-яё]{0,3}|"
                        + ROMAN + r")\s+[—–]\s)")
# A round told by its ordinal alone, its noun left out: "седьмая — в Лиме в мае 2029 года", "12-е — в Кито".
_ELLIPTIC = re.compile(r"^\W*([а-яё]+|\d{1,3}-?[а-яё]{0,3}|" + ROMAN + r")\s+[—–]\s", re.I)  # "II — в Кито" too


# Talks the subject of their beginning at the head of a sentence: "Переговоры с повстанцами начались в мае 2029 года",
# "Напомним, переговоры … начались …".
TALKS_BEGAN = re.compile(r"^\W*(?:[\w-]+,\s+)?(?:переговор|консультаци|диалог)\w*\s+(?:[\w-]+\s+){0,5}?"
                         r"(?:начал(?:ись|ся|ась)|стартовал[аи]?)\b", re.I)


def clause_rounds(sentence: str) -> list[tuple[int, int, int]]:
    """Rounds told each in a clause of its own (``Работу он возобновил в марте 2019 года на 11-м раунде, а в
    мае 2020 года 12-й раунд состоялся в …``), by an ordinal alone too (``восьмая встреча прошла в X в 2029 году,
    седьмая — в Y в 2027 году``, ``Встречи: седьмая — Y, 2027 г.; восьмая — X, 2029 г.``, the first one so as well:
    ``…, первая — в Z в 2025 году``, or by its ordinal and noun, ``Формат учрежден в 2026 году: первые консультации
    прошли в Женеве, вторые — в Y``, the first clause dated by the founding it tells; a first told otherwise,
    ``впервые``, is no round of a list; talks told begun, the first: ``Переговоры начались в мае 2029 года; четвертый
    раунд прошел в декабре``): (round, start, stop) of each clause; two or more different ones, else none."""
    cuts = list(CLAUSE_CUT.finditer(sentence))
    if not cuts:
        return []
    bounds = zip([0] + [c.end() for c in cuts], [c.start() for c in cuts] + [len(sentence)], strict=True)
    found = [(n, a, b) for a, b in bounds
             if (n := (r if (r := round_in(sentence[a:b])) and (r >= 2 or _first_named(sentence[a:b])) else None)
                 or _elliptic(sentence[a:b]) or (1 if a == 0 and TALKS_BEGAN.search(sentence[a:b]) else None))]
    return found if len(found) >= 2 and len({n for n, _, _ in found}) == len(found) else []


def _first_named(clause: str) -> bool:
    """Does a clause tell the first meeting by its ordinal and noun (``первые консультации прошли в Женеве``,
    ``первое заседание состоялось в X``), not ``впервые`` nor a first counted since an event?"""
    m = _WORD_ROUND.search(clause)
    return m is not None and ordinal(m.group(2)) == 1 and not _since(clause, m.end())


def elided_clauses(sentence: str) -> list[tuple[int, int, int]]:
    """Each clause after the first that tells a round by its ordinal alone, its noun left out (``Предыдущие прошли в X
    в 2029 году, первые — в Y в марте 2024 года``: the first; ``…, а седьмая — в Лиме``): (round, start, stop)."""
    cuts = list(CLAUSE_CUT.finditer(sentence))
    if not cuts:
        return []
    bounds = zip([c.end() for c in cuts], [c.start() for c in cuts[1:]] + [len(sentence)], strict=True)
    return [(n, a, b) for a, b in bounds if (n := _elliptic(sentence[a:b]))]


def _elliptic(clause: str) -> int | None:
    """The round of a clause that tells it by its ordinal alone (``седьмая — в Лиме``), or None."""
    m = _ELLIPTIC.match(clause)
    word = m.group(1) if m else ""
    return ordinal_number(word) if word else None


def previous_rounds(sentence: str, current: int | None) -> list[tuple[int, int, int]]:
    """The N rounds before round ``current`` a sentence tells together (``предыдущие две прошли в Москве в
    2017 году и в Каире в 2019 году``; ``предыдущие встречи проходили в X, в Y и в Z``: as many as it lists),
    as ``first_rounds`` gives them; none without a current round."""
    if current is None:
        return []
    m = _PREVIOUS_FEW.search(sentence)
    if m is not None:
        n = _count(m.group(1))
    elif (m := _PREVIOUS_ALL.search(sentence)) is not None:  # "предыдущие встречи проходили в X, в Y и в Z"
        n = len(_NEXT_ITEM.findall(sentence, m.end())) + 1
    else:
        return []
    first = current - n
    return _told_together(sentence, m, first, n) if first >= 1 and n >= 2 else []


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _FEW[word.lower()]


def _told_together(sentence: str, m: re.Match, first: int, n: int | None = None) -> list[tuple[int, int, int]]:
    n = n or _count(m.group(1))
    cuts = [x for x in _NEXT_ITEM.finditer(sentence, m.end())][: n - 1]
    end = re.compile(r"[,;]").search(sentence, cuts[-1].end()) if cuts else None
    bounds = [m.end()] + [x.end() for x in cuts] + [end.start() if end else len(sentence)]
    if len(cuts) != n - 1:  # the places are not told one by one: the rounds, undated
        return [(first + k, m.end(), m.end()) for k in range(n)]
    return [(first + k, bounds[k], bounds[k + 1]) for k in range(n)]
