"""A format told again without its full name, for ``formats.py``: a sentence that goes on about the one format the
sentence before named (``Встреча пройдёт …``), the next or previous round of a series (``Предыдущее, восьмое заседание
комиссии``), a mechanism named again by the head noun of its name (``совет``), a meeting told by its number alone.
"""
from __future__ import annotations

import dataclasses
import re

from . import morph
from .format_dates import opened_on, told_days
from .format_identity import TALKS
from .format_names import Named
from .format_rounds import ORDINALS, elided_round, first_rounds, numbered, ordinal
from .format_status import AFTER_BREAK, MEET_AGAIN
from .morph import fold

_WORD = re.compile(r"\w+")

# A sentence that goes on about the one format the sentence before it named: a meeting noun among its first words.
TAKE_UP = re.compile(r"^\W*(?:[\w-]+\s+){0,5}?(?:встреч|заседани|раунд|консультаци|саммит|сесси)\w*\b", re.I)
# A sentence opening with the head noun of a body, as the subject of its meeting ("Комиссия собиралась в восьмой раз в
# 2030 году", "Комитет в последний раз заседал …") or of its revival ("Комиссия возобновила работу в 2021 году"): the
# body the sentence before named by that noun.
BODY_AGAIN = re.compile(r"^\W*(?:комисси|комитет|совет|форум|конференци)\w*(?=\s+(?:[\w-]+\s+){0,3}?(?:собирал|собрал|"
                        r"заседал|провел|проводил|прош[её]?л|состоял|встречал|возрожд|возобнов|приостановл)\w*)", re.I)
# A sentence about the next meeting of the one format the sentence before named ("Очередной саммит пройдет в
# Монтевидео"): that format's, whatever kind of meeting its words name.
NEXT_ONE = re.compile(r"^\W*(?:следующ|очередн|ближайш)\w*\s+(?:встреч|саммит|ретрит|заседани|раунд|консультаци|сесси)",
                      re.I)
# The mechanism told as such at the head of a sentence: "Диалог был приостановлен", a format its subject ("Формат,
# возникший после войны, …", "Этот формат был заморожен"; not "Переговоры в формате …").
AS_SUCH = (r"^\W*(?:[\w-]+\s+){0,2}?(?:диалог|механизм)\w*\b"
           r"|^\W*(?:(?:этот|данный|сам|такой|[\w-]+(?:ый|ий|ой))\s+)?формат\b(?!\s+(?:в|на|для|по)\b)")
MECHANISM_AGAIN = re.compile(AS_SUCH, re.I)
# A meeting of the organisation named before, told by a common noun for it ("саммит организации стал первым с …",
# "на ближайшем саммите объединения"; not a name: "саммит Организации Договора …"): that organisation's format.
ORGANISATION_AGAIN = re.compile(r"\b(?:саммит|заседани|встреч|сесси|совещани)\w*\s+(?:этой\s+|данной\s+)?"
                                r"(?:организации|союза|объединения|сообщества|альянса|группировки|блока)(?![\w-])"
                                r"(?!\s+(?-i:[А-ЯЁ]))", re.I)
# A round told as the one before or after, or the first (``Предыдущий раунд состоялся в июне``, ``Предыдущее,
# 19-е заседание``, ``Первые два раунда прошли …``), or the mechanism told as such (``Диалог был приостановлен``),
# a few sentences after its format was named: that format's.
ANOTHER_ROUND = re.compile(r"^\W*(?:[\w-]+\s+){0,4}?(?:предыдущ|прошл|последн|очередн|следующ|ближайш|перв)\w*[\s,]+"
                           r"(?:[\w-]+\s+)?(?:встреч|заседани|раунд|консультаци|сесси|форум|ретрит|(?:дв[ае]|три|оба|обе)\s)"
                           r"|" + AS_SUCH +
                           # the next one without its noun: "Очередную делегации договорились созвать осенью"
                           # … with a parenthesis after it: "Следующая, по данным агентства, пройдет в мае"
                           # … or by its number alone: "Десятое планируется провести в 2032 году", "11-я пройдет …"
                           r"|^\W*(?:" + "|".join(sorted({w[:-2] for w in ORDINALS}))
                           + r")(?:[ыиоа]й|ое|ая|ую|ые|ье|ья|ью)"
                           r"(?:\s+(?:стороны|они|участники|министры|лидеры|делегации))?\s+(?:планиру\w+\s+|решено\s+|"
                           r"намечено\s+|предполагается\s+)?(?:провести|проведут|состоится|пройд[её]т|запланирован\w*|"
                           r"намечен\w*)\b"
                           r"|^\W*(?:следующ(?:ую|ее|ий|ая|ие)|\d{1,3}-?(?:е|я|ю|й))(?:\s*,\s*[^,]{3,40},)?\s+"
                           r"(?:(?:стороны|они|участники|министры|лидеры|делегации)\s+)?"
                           r"(?:\w+\s+){0,2}?(?:провести|проведут|состоится|состоятся|состояться|пройти|пройд[её]т|"
                           r"пройдут|запланирован\w*|намечен\w*|планиру\w+)\b",
                           re.I)
# A meeting told by a pronoun of the body or talks the sentence before named, a possessive ("Ее шестое заседание
# прошло …", "Его очередная сессия намечена …", "Их предыдущий раунд состоялся …") or one of the meetings it named in
# the plural ("Встречи глав МИД … проходят с 2009 года. Предыдущая из них прошла …"): that format's, told
# again without its name.
ITS_MEETING = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:(?:его|е[её]|их)\s+(?:[\w-]+[\s,]+){0,2}?"
                         r"(?:встреч|заседани|раунд|консультаци|сесси|саммит|переговор)\w*\b|"
                         r"(?:последн|предыдущ|прошл|перв|следующ|очередн|ближайш)\w*\s+из\s+них\b)", re.I)
# The next meeting agreed on further into the sentence ("Министры решили учредить секретариат и созвать очередную
# сессию осенью"): the format the sentence before named.
# … or talks agreed to go on at a place or time ("Министры договорились продолжить переговоры в Лиме весной").
HOLD_NEXT = re.compile(r"\b(?:провести|проведут|созвать|созовут)\s+(?:следующ|очередн|ближайш)\w*\s+"
                       r"(?:встреч|заседани|совещани|раунд|консультаци|сесси|саммит)|"
                       r"\bдоговорил\w*\s+продолжить\s+(?:переговоры|консультации|диалог)\s+(?:в|во)\s", re.I)
# The meeting just reported told again, by a pronoun or its noun, as the first since a time ("Это первый подобный
# контакт с 2019 года", "Встреча стала первой в таком формате с июля 2030 года", "Переговоры стали первыми за три
# года"): with ``format_status.AFTER_BREAK``, a sentence of the format the sentence before or the one before it named.
FIRST_SINCE = re.compile(r"^\W*(?:это|эт[аои]|он[аои]?|нынешн\w*|(?:[\w-]+\s+)?(?:встреч|переговор|консультаци|"
                         r"заседани|раунд|контакт|саммит|сесси)\w*)\b(?=[^.;:]*?\b(?:перв\w+|впервые)\b)"
                         r"(?![^.;:]*?\b(?:визит|поездк|турне|посещени)\w*)", re.I)  # not "Это первый визит …"


def first_since(text: str) -> bool:
    """Does the sentence tell the meeting just reported as the first since a time (``FIRST_SINCE``)?"""
    return bool(FIRST_SINCE.search(text) and AFTER_BREAK.search(text))


# Negotiations said to go on, in a sentence after one that named a format: those of that format.
GOING_ON = re.compile(r"\b(?:вест[иь]|вед[уеё]\w*|продолж\w*)\s+(?:\w+\s+){0,2}?переговор", re.I)


def taken_up(text: str, named: list[Named], last: list[Named], kinds: frozenset[str], before: str = "",
             mentioned: list[Named] | None = None, known: dict[str, tuple] | None = None) -> list[Named]:
    """The formats of a sentence that goes on about the one format the sentence before it named: a meeting
    noun among its first words (``…Совета Россия – НАТО. Встреча пройдёт …``), the next meeting
    (``Очередной саммит пройдет …``: that format's, not a new summit), the head noun of its
    name in lower case (``Совет Россия – НАТО … . Работа совета была приостановлена …``) or, for a
    negotiation track, negotiations said to go on (``будет вести переговоры``); a meeting told again whose only
    mechanisms are organisations the sentence before (``before``) named as its parties (``Во встрече участвовали главы
    МИД стран Лиги``): that format's.  A round told by the head noun of another format the document named
    (``mentioned``), not of that one's (``… обсудили сотрудничество в «Группе двадцати». Решено провести следующий
    раунд консультаций …``): the other's (``known``: as ``round_again`` takes it)."""
    if len(last) != 1:
        return named
    if not named and (talks := _talks_of_the_round(text, last[0], mentioned)) is not None:
        return talks
    if not named and mentioned and not head_again(text, last[0], fixed_only=False) \
            and (other := round_again(text, mentioned, known=known)) and other[0].name != last[0].name:
        return other
    talks = "переговор" in last[0].name or "переговор" in last[0].type  # a negotiation track goes on
    if not named and (TAKE_UP.search(text) or ANOTHER_ROUND.search(text) or talks and GOING_ON.search(text)
                      or head_again(text, last[0]) or HOLD_NEXT.search(text)):
        return last
    if named and NEXT_ONE.search(text) and last[0].fixed and all(not n.fixed and n.name in kinds for n in named):
        return last
    if named and TAKE_UP.search(text) and all(n.fixed and n.surface and n.surface in before and n.name != last[0].name
                                              for n in named):
        return last  # "… встречу диалога между Лигой и X. Во встрече участвовали министры стран Лиги": the dialogue's
    return named


# Kinds of the gazetteer's mechanisms that meet in sessions or summits, never in rounds: a round told again after a
# sentence that named one is not its meeting.
_NO_ROUNDS = frozenset({"сессия", "саммит", "организация", "ассамблея", "форум", "конференция", "совещание",
                        "объединение", "блок", "движение", "клуб"})


def _talks_of_the_round(text: str, last: Named, mentioned: list[Named] | None) -> list[Named] | None:
    """A round told again (``Предыдущий, второй раунд состоялся …``) after a sentence that named an organisation's
    session or summit (``… на полях 80-й сессии Генеральной Ассамблеи ООН``): a round of the one track of talks the
    document named before (``TALKS``); ``None`` where the sentence tells no round, the format before holds rounds or
    the document named several tracks (``round_again`` tells which by the head noun and the sides)."""
    m = ANOTHER_ROUND.search(text) or TAKE_UP.search(text)
    if not (m and "раунд" in m.group(0).lower() and last.fixed and last.type in _NO_ROUNDS):
        return None
    talks = {n.name: n for n in mentioned or () if not n.fixed and TALKS.search(n.name)}
    return list(talks.values()) if len(talks) == 1 else None  # several: the head noun and the sides tell (below)


def noun_again(text: str, before: str) -> bool:
    """Does the sentence open with the meeting noun the sentence before told its format's meeting by (``… в рамках
    пятой сессии комиссии. Сессия на уровне глав государств пройдет …``)?"""
    m = TAKE_UP.search(text) or BODY_AGAIN.search(text)
    noun = _WORD.findall(m.group(0))[-1].lower()[:5] if m else ""
    return bool(noun) and re.search(r"\b" + noun, before, re.I) is not None


def days_again(text: str, before: str, held: list[dict]) -> None:
    """A session the sentence before told held on a day (``held``: its entries), its days told by a sentence opening
    with its meeting noun (``… завершили в пятницу пятую сессию комиссии. Сессия, проходившая в четверг и пятницу,
    …``): entered by its first day, its last kept (``format_merge.one_date_per_round``)."""
    if not held or not noun_again(text, before):
        return
    for e in held:
        first, last = told_days(e["date"], text)
        if last:
            e.update(date=first, through=last, date_precision="day")


def days_begun(text: str, held: list[dict]) -> None:
    """A session the last sentences told held on a day (``held``: their entries dated to a day, of one day), its first
    day told by a sentence a few on (``… завершилось во вторник. … Переговоры начались в понедельник``, ``…
    завершили в четверг … Переговоры продолжались три дня``): entered by its first day, its last kept
    (``format_merge.one_date_per_round``)."""
    if len({e["date"] for e in held}) != 1:
        return
    for e in held:
        if not e.get("through") and (first := opened_on(e["date"], text, e.get("evidence") or "")):
            e.update(date=first, through=e["date"], date_precision="day")


def head_again(text: str, n: Named, fixed_only: bool = True, tail: bool = True) -> bool:
    """Does the sentence name a mechanism (by default a gazetteer's) again by the head noun of its name, in
    lower case (``совет`` of ``Арктический совет``, ``комиссия``, ``группа``; with ``tail``, the noun a compound head
    ends with, ``комиссия`` of ``межправкомиссия``)?"""
    head = next((w for w in _WORD.findall(n.name) if re.fullmatch(r"[А-ЯЁа-яё]{5,}", w)
                 and any(p.tag.POS == "NOUN" for p in morph.parses(w.lower())[:1])), None)
    if fixed_only and not n.fixed or head is None:
        return False
    words = _WORD.findall(text)
    name = [w.lower() for w in _WORD.findall(n.name)]
    if len(words) >= 2 and len(name) >= 2 and all(morph.lemmas(a.lower()) & morph.lemmas(b)
                                                  for a, b in zip(words[:2], name[:2], strict=True)):
        return True  # "Совет приграничного сотрудничества собирается с 2011 года": its first words open the sentence
    heads = morph.lemmas(head.lower())
    return any(w[:1].islower() and (morph.lemmas(w) & heads or tail and _tail_of(morph.lemmas(w), heads))
               for w in words)


def _tail_of(lemmas: set[str], heads: set[str]) -> bool:
    """Is the word the noun a compound head ends with (``комиссия`` of ``межправкомиссия``, ``совет`` of
    ``госсовет``)?"""
    return any(len(a) >= 5 and len(b) > len(a) and b.endswith(a) for a in lemmas for b in heads)


def round_again(text: str, earlier: list[Named], by_number: bool = False,
                known: dict[str, tuple] | None = None) -> list[Named]:
    """Another round of the one mechanism of the document that the sentence names by its head noun, however
    far back it was named (``Девятое заседание межправительственной комиссии …`` … ``Предыдущее, восьмое
    заседание комиссии состоялось …``; ``by_number``: one told by its number, ``решили провести шестую
    встречу``); where several fit, the one of them the document told (``told_one``), else none."""
    if not earlier:
        return []  # no mechanism named before (tested first, the cheapest)
    if not ANOTHER_ROUND.search(text) and not (by_number and numbered(text)):  # "решили провести шестую встречу"
        return []
    fits = {n.name: n for n in earlier if head_again(text, n, fixed_only=False, tail=False)} \
        or {n.name: n for n in earlier if head_again(text, n, fixed_only=False)}  # "межправкомиссия" by its last noun
    fixed = [fold(n.name) for n in fits.values() if n.fixed]  # "Совместная военная комиссия" of "… комиссия «5+5»"
    fits = {k: n for k, n in fits.items() if n.fixed or not any(f.startswith(fold(n.name)) for f in fixed)}
    fits = told_one(fits, known) if len(fits) > 1 and known else fits
    return list(fits.values()) if len(fits) == 1 else []


def told_one(fits: dict[str, Named], known: dict[str, tuple]) -> dict[str, Named]:
    """Of the formats a round's head noun fits (in the order the document named them), the one whose sides the
    document told (``known``: each format's sides and the last round it numbered); several told with the same sides
    and the same round are one format told by two names, the first named (``О перуанско-чилийских политических
    консультациях`` … ``пятый раунд консультаций по вопросам региональной безопасности``: ``format_identity`` joins
    them), any other several none (``fits`` as they are)."""
    told = {k: n for k, n in fits.items() if len(known.get(k, ((), None))[0]) >= 2}
    if len(told) > 1 and len({known[k] for k in told}) == 1 and known[next(iter(told))][1] is not None:
        return dict([next(iter(told.items()))])
    return told if len(told) == 1 else fits


# A meeting of a mechanism told without its name, as one of its series: the one before or after (``предыдущее
# заседание прошло …``, ``прошлый раунд``, ``следующая встреча``, ``Предыдущее, восьмое заседание``), the last
# (``в последний раз лидеры собирались …``) or the next told by its number alone (``Следующее, одиннадцатое, …``).
ROUND_TOLD = re.compile(r"\b(?:предыдущ|прошл|последн|следующ|ближайш|очередн)\w*[\s,]+(?:[\w-]+[\s,]+)?"
                        r"(?:встреч|заседани|раунд|консультаци|сесси|саммит|ретрит|форум)|\b(?:последн|прошл)\w*\s+раз\b|"
                        r"^\W*(?:следующ|предыдущ)\w*\s*,\s*(?:\w+|\d{1,3}-?\w{1,3})\s*,|" + MEET_AGAIN, re.I)
# What may stand between the adjective and the noun: a number or an ordinal ("предыдущее, девятое заседание").
_BETWEEN = re.compile(r"(?:предыдущ|прошл|последн|следующ|ближайш|очередн)\w*[\s,]+([\w-]+)[\s,]+"
                      r"(?:встреч|заседани|раунд|консультаци|сесси|саммит|ретрит|форум)", re.I)


# A body's first meeting told with its head noun as the subject: "Впервые комиссия собралась в 2011 году", "Комитет
# впервые заседал в Лиме".
FIRST_MET = re.compile(r"^\W*(?:впервые\s+(?:комисси|комитет|совет|групп)\w*|(?:комисси|комитет|совет|групп)\w*\s+"
                       r"впервые)\s+(?:[\w-]+\s+){0,2}?(?:собрал|заседал|встречал|встретил)\w*", re.I)


def told_again(text: str, numbered: bool) -> bool:
    """Does the sentence tell a meeting of a series without naming its mechanism: one before or after (``ROUND_TOLD``;
    only an ordinal or a number between the adjective and the noun), one by its number (``numbered``: ``Девятое
    заседание комиссии прошло …``), a body's first (``FIRST_MET``), or a body the subject of its meeting or revival
    (``BODY_AGAIN``: ``Комиссия собиралась в 2030 году``)?"""
    if numbered or first_rounds(text) or elided_round(text) or FIRST_MET.search(text) or BODY_AGAIN.search(text):
        # "Первые два раунда …", "Комиссия возобновила работу в 2021 году"
        return True
    for m in ROUND_TOLD.finditer(text):
        between = _BETWEEN.match(text, m.start())
        if between is None or re.fullmatch(r"\d{1,3}-?\w{0,3}", between.group(1)) or ordinal(between.group(1)):
            return True
    return False


def name_again(text: str, mentioned: list[Named], kinds: frozenset[str], countries: set[str] = frozenset(),
               sided: dict | None = None) -> list[Named]:
    """A format the document named before by a general pattern (``раунд торговых консультаций``: ``торговые
    консультации``) that a sentence names again by the words of its name alone, in any case (``Торговые консультации
    начались в мае 2030 года``): that format, at those words; none where several fit, for a kind (``встречи на высшем
    уровне``) or a gazetteer's mechanism (their own words name them), or where the sentence names two or more
    countries that are not its sides."""
    pool = {n.name: n for n in mentioned if not n.fixed and n.name not in kinds and len(n.name.split()) >= 2}
    if not pool:
        return []
    words = list(_WORD.finditer(text))
    found = []
    for n in pool.values():
        keys = [morph.lemmas(w) for w in _WORD.findall(n.name)]
        at = next((i for i in range(len(words) - len(keys) + 1)
                   if all(morph.lemmas(words[i + j].group()) & keys[j] for j in range(len(keys)))), None)
        own = set((sided or {}).get(n.name) or ())
        if at is not None and not (len(countries) >= 2 and own and not countries <= own):
            start, stop = words[at].start(), words[at + len(keys) - 1].end()
            found.append(dataclasses.replace(n, surface=text[start:stop], start=start, stop=stop,
                                             spans=((start, stop),)))
    return found if len(found) == 1 else []
