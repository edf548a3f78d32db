"""The word tables of the time expressions and the regular expressions built from them.

* ``_KINDS``: one regex per kind of core expression, in priority order (``_PRIORITY``);
* ``_PREFIX``: the preposition and modifier before a core expression, and which of them each kind
  takes into its span (``_KIND_PREPS``, ``_NO_MODS``);
* the cues of the clause around an expression: future (``_FUTURE``), past (``_PAST`` less
  ``_NOT_PAST``), ``накануне`` + genitive (``_EVE_OF``).

Word lists: ``data/timex_words.tsv`` (relative stems, ``NOT_PAST``, ``NOMINATIVE_A``) and
``data/timex_numbers.tsv`` (count words); month and weekday names and the future cues come from
:mod:`khronika.dates`.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..dates import _ABBREVIATIONS, _MONTH, FUTURE_CUE, MONTHS, WEEKDAYS_ACC, WEEKDAYS_GEN
from ..lexicon import Column

_WORDS = lexicon.words("timex_words.tsv")


def _spaced_alternation(phrases) -> str:
    """Like :func:`khronika.lexicon.alternation`, but a space between the words of a phrase (``вплоть до``,
    ``начиная с``) matches any run of blanks: the phrases become regex text (letters and spaces only)."""
    alternatives = [p.replace(" ", r"\s+") for p in phrases]
    return "|".join(sorted(alternatives, key=lambda a: (-len(a), a)))


_MONTH_FULL = rf"(?:{lexicon.alternation(w for w in MONTHS if w not in _ABBREVIATIONS)})(?!\w)"
_Y4 = r"(?:1[89]|20)\d{2}"
_YWORD = r"(?:(?:годах|годами|годам|годов|годы|году|года|годом|год)(?!\w)|гг?\.|гг?(?!\w))"

# Stems counting from the document date, with their offset: "в прошлом году" is -1 (data/timex_words.tsv).
# "этот" and its forms ("этой", "эту") are matched with their own endings: a stem "эт" would take "этап".
_THIS = "эт"
_REL_SETS = {"REL_BEFORE_LAST": -2, "REL_LAST": -1, "REL_THIS": 0, "REL_NEXT": 1}
_REL_STEMS: dict[str, int] = {_THIS: 0, **{stem: offset for name, offset in _REL_SETS.items() for stem in _WORDS[name]}}
_UPCOMING = tuple(_WORDS["UPCOMING"])  # "ближайшую", "предстоящие": the next one from the anchor on
_REL = (rf"(?:{_THIS}(?:от|ого|ом|им|ой|ую|у|а|о|и)(?!\w)"
        rf"|(?:{lexicon.alternation(s for s in _REL_STEMS if s != _THIS)})\w*)")
# "того же года", "того года", "в том же году": the year told before (``find_timexes``), not the document's
_SAME_YEAR = r"(?:(?:того|этого)\s+же\s+года|того\s+года|(?:том|этом)\s+же\s+году)(?!\w)"
_YEARSPEC = (rf"(?:(?P<yana>{_SAME_YEAR})|(?P<y>{_Y4})(?!\d)(?:\s*{_YWORD})?"
             rf"|(?P<yrel>{_REL})\s+(?:года|году|год)(?!\w)"
             rf"|(?<!\w)(?P<yabbr>[ст])\.\s?г\.)")
# Count words ("три года назад", "через полторы недели") -> the number (data/timex_numbers.tsv).
_NUMBERS: dict[str, float] = {row["word"]: row["number"] for row in lexicon.table(
    "timex_numbers.tsv", (Column("word"), Column("number", convert=float)), key=("word",))}
COUNT_WORDS = _NUMBERS  # read by the event stage too (events/plural.py: "лидеры двух стран")
_COUNT = rf"(?:\d{{1,3}}|{lexicon.alternation(_NUMBERS)})"
_UNIT = r"(?:полгода|дн(?:я|ей)|день|сутки|суток|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет)"
_UNIT_INSTRUMENTAL = r"(?:дн[её]м|днями|сутками|неделей|неделями|месяцем|месяцами|годом|годами)"
_SEASONS = {"зим": 1, "весн": 3, "лет": 6, "осен": 9}  # the month that stands for the season

# "в тот же день", "тем же вечером" (0), "на следующий день", "наутро" (+1): a day counted from the day told before
# (``told_day``); not "в тот день, когда …" (the day of the clause after it).  Not "тогда": after two rounds told
# together ("прошли 3 марта и 9 мая. Тогда стороны …") it has no one day.
_TOLD_DAY = (r"во?\s+(?:тот|этот)\s+же\s+(?:день|вечер)|во?\s+то\s+же\s+утро|тем\s+же\s+(?:дн[её]м|вечером|утром)"
             r"|во?\s+тот\s+день(?!\s*,?\s*когда)")
_NEXT_DAY = r"на\s+(?:следующий|другой)\s+(?:день|вечер)|на\s+следующее\s+утро|наутро|назавтра"
_PREV_DAY = r"дн[её]м\s+(?:ранее|раньше)|за\s+день\s+до\s+(?:этого|того)"  # a day before the day told
_TOLD = re.compile(rf"(?:{_TOLD_DAY}|(?P<next>{_NEXT_DAY}))", re.IGNORECASE)


def told_day(text: str) -> int | None:
    """The days after the day told before that a time expression names (``в тот же день``, ``тем же вечером`` 0,
    ``на следующий день``, ``наутро`` 1), else None."""
    m = _TOLD.fullmatch(text.strip())
    return None if m is None else int(bool(m["next"]))


# Members listed with commas before the last "и" ("5, 6 и 7 ноября", "в 2023, 2024 и 2025 годах"): one expression,
# dated by its first member, as a pair is ("5 и 6 ноября"); not a member lost to the comma before it.
_LISTED_DAYS = r"(?:\s*,\s*\d{1,2}(?!\d))*"
_LISTED_YEARS = rf"(?:\s*,\s*{_Y4}(?!\d))*"

# One regex per kind of core expression; prepositions and modifiers before it are added later.
_KINDS: list[tuple[str, re.Pattern]] = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in [
    ("iso", r"(?<![\w.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])"),
    ("num", r"(?<![\w.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\.?\d)"
            r"(?:\s*(?:года|год|г\.|г(?!\w)))?"),
    ("daymonth", rf"(?<![\w.,:/+])(?P<d>\d{{1,2}})(?:-?го)?"
                 rf"(?:(?:\s*[-–—]\s*|\s+по\s+|{_LISTED_DAYS}\s+(?:и|или)\s+)(?P<d2>\d{{1,2}})(?:-?го)?)?"
                 rf"\s+(?P<m>{_MONTH})(?:\s+{_YEARSPEC})?"),
    ("month", rf"(?<!\w)(?P<m>{_MONTH_FULL})(?:\s*[-–—]\s*(?P<m2>{_MONTH_FULL}))?(?:\s+{_YEARSPEC})?"),
    ("yearrange", rf"(?<![\w.,])(?P<y>{_Y4})(?:\s*[-–—]\s*|\s+(?:по|до)\s+|{_LISTED_YEARS}\s+(?:и|или)\s+)"
                  rf"(?P<y2>{_Y4}|\d\d)"
                  rf"\s*{_YWORD}"),
    ("year", rf"(?<![\w.,])(?P<y>{_Y4})(?:\s*{_YWORD}|-(?:м|го|й|ом|му)(?!\w)"
             r"(?:\s+(?:году|года|год)(?!\w))?)"),
    ("decade", r"(?<![\w.,])(?P<dec>(?:1[89]|20)\d0|\d0)-?(?:х|е|ых|ые|ым|ми)(?!\w)"
               r"(?:\s+(?:годах|годы|годов|годам|гг\.?)(?!\w))?"),
    ("yearrel", rf"(?<!\w)(?:(?P<yrel>{_REL})\s+(?:года|году|год)(?!\w)|(?P<yabbr>[ст])\.\s?г\.)"),
    ("sameyear", rf"(?<!\w)(?P<yana>{_SAME_YEAR})"),  # "в конце того же года", "в том же году"
    ("monthrel", rf"(?<!\w)(?P<mrel>{_REL})\s+месяц(?:е|а|у)?(?!\w)"),
    ("week", rf"(?<!\w)(?P<wkrel>{_REL})\s+недел(?:е|ю|и|я)(?!\w)"),
    ("weekend", rf"(?<!\w)(?:(?P<werel>{_REL})\s+)?(?P<we>выходные|выходных)(?!\w)"),
    ("unit", r"(?<!\w)(?P<unit>года|году|месяца|недели)(?!\w)"),
    ("season", rf"(?<!\w)(?:(?P<srel>{_REL})\s+)?"
               r"(?P<s>зимой|весной|летом|осенью|зим[аыуе]|весн[аыуе]|лет[оа]|осен[ьи])(?!\w)"
               rf"(?:\s+{_YEARSPEC})?"),
    ("weekday", rf"(?<!\w)(?:(?P<wrel>{_REL})\s+)?(?P<wd>{lexicon.alternation(WEEKDAYS_ACC + WEEKDAYS_GEN)})(?!\w)"
                r"(?:\s+(?:утром|днём|днем|вечером|ночью))?"
                rf"(?:\s+(?:на\s+(?P<wkon>{_REL})\s+неделе|(?P<wkof>{_REL})\s+недели)(?!\w))?"),  # "прошлой недели"
    ("dayrel", r"(?<!\w)(?P<dr>позавчера|вчера|сегодня|послезавтра|завтра|накануне)(?!\w)"
               r"(?:\s+(?:утром|днём|днем|вечером|ночью))?"),
    # "вчерашняя встреча", "сегодняшних переговоров": the day the adjective names (not "на сегодняшний день": now)
    ("dayadj", r"(?<!\w)(?P<da>позавчерашн|вчерашн|сегодняшн|послезавтрашн|завтрашн)"
               r"(?:ий|яя|ее|ие|его|ей|ему|им|ем|юю|ую|их|ими|ая|ой)(?!\w)(?!\s+(?:день|дня|дню|днем|днём)(?!\w))"),
    ("ago", rf"(?<!\w)(?:(?P<n>{_COUNT})\s+)?(?P<u>{_UNIT})\s+(?:тому\s+)?назад(?!\w)"),
    # "в тот же день", "на следующий день", "днем ранее": the day told before, or the day after or before it
    ("sameday", rf"(?<!\w)(?:{_TOLD_DAY}|(?P<next>{_NEXT_DAY})|(?P<prev>{_PREV_DAY}))(?!\w)"),
    ("ahead", rf"(?<!\w)(?P<from>через|спустя)\s+(?:(?P<n>{_COUNT})\s+)?(?P<u>{_UNIT})(?!\w)"),
    # "двумя днями позже", "неделей ранее", "два дня спустя", "десять лет спустя": counted from the time told before
    ("later", rf"(?<!\w)(?:(?P<n>{_COUNT}|{lexicon.alternation(_WORDS['COUNT_INSTRUMENTAL'])})\s+)?"
              rf"(?P<u>{_UNIT_INSTRUMENTAL}|{_UNIT})\s+(?P<dir>позже|позднее|спустя|ранее|раньше)(?!\w)"),
]]
_PRIORITY = {kind: k for k, (kind, _) in enumerate(_KINDS)}

_BEFORE = {"до", "к", "ко", "вплоть до", "не позднее", "не позже"}
_AFTER = {"с", "со", "начиная с", "начиная со", "после", "не ранее"}
_AT = {"в", "во", "за", "от", "на"}
_PREPS = _BEFORE | _AFTER | _AT
_MODS = (r"начал[еаоу]|конц[еау]|конец|середин[еыуа]|(?:перв|втор)(?:ой|ую|ая)\s+половин[еыуа]"
         r"|(?:перв|последн)\w+\s+числ\w+|(?:перв|втор|трет|четв[её]рт)\w*\s+квартал[еау]?|(?:перв|втор)\w*\s+полугоди[еяию]"
         r"|течение|ходе|протяжении")
_PREP_RX = _spaced_alternation(_PREPS)
_PREFIX = re.compile(rf"(?:(?<!\w)(?P<prep>{_PREP_RX})\s+)?"
                     rf"(?:(?<!\w)(?P<mod>{_MODS})\s+)?\Z", re.IGNORECASE)
_POINT_MODS = re.compile(r"начал|конц|конец|середин|половин|квартал|полугоди|числ", re.IGNORECASE)

# Which prepositions a kind takes into its span (others are left outside it).
_DATE_PREPS = _BEFORE | _AFTER | {"в", "во", "за", "от"}
_KIND_PREPS = {
    "weekday": {"в", "во", "на", "с", "со", "до", "после"},
    "week": _DATE_PREPS | {"на"},
    "month": _DATE_PREPS | {"на"},  # "перенесён на апрель", "запланирован на март 2027 года"
    "season": _DATE_PREPS | {"на"},  # "намечен на осень"
    "weekend": {"в", "во", "на", "за"},
    "dayrel": {"до", "с", "со", "после", "к"},
    "dayadj": set(),
    "ago": set(),
    "ahead": set(),
    "sameday": set(),
    "later": set(),
}
_NO_MODS = {"weekday", "weekend", "dayrel", "dayadj", "ago", "ahead", "iso", "num", "sameday", "later"}

# "состоится", "будет", "планируется" (data/function_words.tsv, shared with khronika.dates), and a modal verb in the
# present ("Россия может изменить курс после саммита в июле"): what may or must happen lies ahead; not one in the past
# ("в понедельник должен был пройти раунд": a plan of the past)
_FUTURE = re.compile(FUTURE_CUE.pattern + r"|(?<!\w)(?:может|могут|сможет|смогут|должен|должн[аоы])(?!\w)"
                     r"(?!\s+был[аои]?(?!\w))", FUTURE_CUE.flags)
# Past tense near a date outweighs a farther future cue: "будет полезно ... о состоявшейся встрече
# 18 марта".  Past participles (-вш-, -дш-) and finite past forms, less a few nouns in -ал, -ла.
_PAST = re.compile(r"(?i)(?<!\w)(?:[а-яё]+[вд]ш(?:ий|ая|ее|ие|его|ей|ем|им|их|ую|ими|ийся|аяся|ееся|иеся|егося"
                   r"|ейся|ихся|уюся)|был[аои]?|[а-яё]{2,}[аеиоуыя]л(?:а|о|и)?(?:сь|ся)?)(?!\w)")
_NOT_PAST = _WORDS["NOT_PAST"]
# "накануне визита" is "on the eve of the visit", not "the day before": a genitive noun follows.
# An adjective in the feminine nominative ("накануне российская сторона заявила") is no genitive.
_EVE_OF = re.compile(r"\s+(?:(?![а-яё]+(?:[ая]я|[ая]ми)(?!\w))[а-яё]+(?:ого|его|ых|их|ов|ев|ей|ия|ии|ья|ьи|ы|а|я|и)"
                     r"|Нового|Рождества|Пасхи|Дня|Олимпиады|Игр|Евровидения)(?!\w)")
_PAST_VERB = re.compile(r"\s+[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)(?!\w)")
# "Переговоры прошли …: накануне": a sentence that opens by pointing back to a meeting (khronika/timex/__init__.py)
MEETING_TOLD = re.compile(rf"(?i)^\W*(?:{lexicon.alternation(_WORDS['MEETING_STEMS'])})\w*"
                          r"\s+(?:прошл|состоял|проходил)\w*")
# "Накануне саммита", "за день до официального визита": the eve of a meeting the text tells (events/story.py)
EVE_OF_MEETING = re.compile(rf"(?i)(?<!\w)(?:накануне|за\s+день\s+до)\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?"
                            rf"(?:{lexicon.alternation(_WORDS['MEETING_STEMS'])})(?:и|ов|я|й|а)(?!\w)")
HABITUAL = _WORDS["HABITUAL"]  # "часто", "два года подряд": a habit, not one event (events/no_day.py)
_NOMINATIVE_A = _WORDS["NOMINATIVE_A"] | _WORDS["NOT_EVE"]  # "накануне глава МИД заявил", "накануне на заседании"
