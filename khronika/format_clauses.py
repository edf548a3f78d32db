"""Readers of one clause of a sentence that tells a format's meetings, for ``Told`` (``format_history.py``): a
meeting before the one told, the date a put-off meeting had been planned for, a meeting ended before a break, a
round a break came after, a resumption told in a clause of its own, when meetings began or the mechanism was
founded, the meetings a sentence lists, a numbered meeting to come."""
from __future__ import annotations

import re

from . import lexicon
from .dates import WEEKDAYS_ACC, WEEKDAYS_GEN
from .format_dates import nearest_year
from .format_names import Named
from .format_retro import _CLAUSE, DEICTIC
from .format_rounds import CLAUSE_CUT, round_in
from .format_status import AFTER_BREAK, NOT_IN_TIME, PLANNED

# A meeting before the one told, in words of its own: "последний раз совет заседал в июне 2014 года", "предыдущее,
# девятое заседание прошло …", "прошлый раунд состоялся в августе"; group 1: the adjective (not the verb: "прошла
# 14-я сессия" is the sentence's own).
EARLIER = re.compile(r"\b(?:(предыдущ\w*|прошл(?:ый|ая|ое|ой|ого|ому|ом|ую|ые|ых|ым|ыми|огодн\w*)|последн\w*)[\s,]+"
                     r"(?:(?:\d{1,3}-?\w{0,3}|[IVXХІ]{1,6}|[а-яё]+[ое]е|"
                     r"[а-яё]+[ыио]й|[а-яё]+ая)[\s,]+(?:по\s+сч[её]ту[\s,]+)?)?(?:заседани|встреч|раунд|саммит|ретрит|консультаци|сесси|форум)|"
                     r"(?:последн|прошл)\w*\s+раз)\w*|"
                     # "Это девятая сессия совета, предыдущая состоялась …" (or after ";", ":", a dash), "Это вторая
                     # встреча: первая прошла …": the noun left out after the current one
                     r"(?<=[;,:—–]\s)(предыдущ(?:ее|ая|ий)|перв(?:ое|ая|ый))(?=\s+(?:прош|состоял|проходил|был))|"
                     # "…за месяц: 3 марта они встречались в Лиме", "До этого стороны встречались в …"
                     r"(?:(?<=[:;])|\b(?:до этого|ранее|после того,? как)\b)(?=[^:;.]*?(?<!не )\b(?:встречал|собирал|"
                     r"заседал)\w*)", re.I)  # "первый раунд после того, как в мае стороны встречались в Лиме"
# A meeting told as the first since a time or an earlier one, that earlier one numbered in the clause after a colon:
# "была первой после 2027 года: восьмой раунд прошел в мае того же года", "впервые после перерыва; 12-е заседание
# прошло в 2028 году", "возобновились после паузы; 4-й раунд проходил в 2027 году" (the clause's words
# start where the match ends).
SINCE_THEN = re.compile(r"(?:\b(?:перв\w+(?:\s+[а-яё]+)?|впервые)\s+(?:с|со|после|за)\s[^:;.]*|"
                        r"\bпосле\s+(?:[\w-]+\s+){0,2}?(?:перерыва|паузы))[:;]\s*(?=(?:[\w-]+\s+)?"
                        r"(?:\d{1,3}-?\w{0,3}|[IVXХІ]{1,6}|[а-яё]+[ое]е|[а-яё]+[ыио]й|[а-яё]+ая)\s+"
                        r"(?:заседани|встреч|раунд|сесси|консультаци|саммит|форум)\w*\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:состоял|прош[её]?л|проходил|провел|проводил|был[аио]?\s+проведен)\w*)", re.I)
# Since when a mechanism works: "с 2004 года", "с декабря 2011 года" (a month or a year; not "с тех пор").
SINCE_YEAR = re.compile(r"(?:с|со)\s+(?:\d{4}|[а-я]+\s+\d{4})", re.I)
# The founding of a mechanism, and the date right after it ("был создан в 2003 году", "учрежден в 1991 году").
FOUNDED = re.compile(r"\b(?:создан[аоы]?|созда(?:л|ли|ла)|учрежд[её]н[аоы]?|учредил[аи]?|основан[аоы]?|"
                     r"запущен[аоы]?|начат[аоы]?)\b", re.I)
# … in a clause after the body's name: a participle or a relative clause ("комиссии, учрежденной в 2003 году")
FOUNDED_CLAUSE = re.compile(r",\s+(?:(?:котор\w+|что)\s+(?:был[аио]?\s+)?)?"
                            r"(?:создан|учрежд[её]нн?|основан|запущен|начат)\w*\b", re.I)
# … of those, the words of a series of meetings launched or begun (``механизм, запущенный в 2011 году``, ``диалог был
# начат в 2014 году``): its first meeting then, not a body only set up (``комиссия создана в 2003 году``)
LAUNCHED = re.compile(r"\b(?:запущен|начат)\w*$", re.I)
FOUNDED_REACH = 4  # characters between those words and their date ("создан в 2003 году")
_LAST_TIME = re.compile(r"последн\w*\s+раз", re.I)  # "в последний раз": the meeting before the document's own
BEGAN = re.compile(r"\b(?:стартовал[аио]?|начал(?:ся|ась|ось|ись)|начали\s+работу|начал[аи]?\s+работу)\b", re.I)
BEGAN_REACH = 30  # characters from a mechanism's name to the verb telling its meetings began
UNNAMED_BEGAN_REACH = 60  # … from the head of a sentence telling them unnamed ("Переговоры правительства … начались")
_LEAD_IN = re.compile(r"^\W*[\w-]+,\s+")  # "Напомним, переговоры … начались …": no clause of its own
LISTED_PAST = re.compile(r"\b(?:проходил[иа]?|прошли|состоял(?:ись|ась|ся)|собирал(?:ись|ась|ся)|"
                         r"встречал(?:ись|ась|ся))\b", re.I)
_EARLIER_CUT = re.compile(r"[;:]|\s[-–—]\s")  # the end of an earlier meeting's clause (a comma does not end it)
LAST_YEARS = re.compile(r"прошлогодн", re.I)  # an earlier meeting told as last year's
_FIRST_EVER = re.compile(r"\bпервы[йе]\s+раз\b", re.I)
# A meeting put off, and the date it had been planned for told right before that date: "который планировалось
# провести в 2030 году", "запланированная на весну 2029 года встреча … дважды откладывалась", "которая должна была
# открыться 15 июля", "было назначено на 12 мая, но его отложили".
PUT_OFF = re.compile(r"\bотлож|\bотклад[ыи]?ва|\bперенос|\bперенес(?:[её]н|л[аио]?\b)|"
                     r"\bне\s+состо(?:ится|ятся|ял(?:ся|ась|ось|ись))\b" + NOT_IN_TIME, re.I)
PLANNED_FOR = re.compile(r"\b(?:запланирован|намечен|назначен|планировал|планировавш|намечал|намечавш|предполагал|"
                         r"долж(?:ен|н[аоы])\s+был[аио]?)\w*"  # "Сессия должна была пройти уже 3 марта, но …"
                         # its place may come before the date: "должен был пройти в Лиме 10 мая"
                         r"\s+(?:(?:провести|проводить|состояться|пройти|открыться|начаться|на|в|во|ещ[её]|уже|изначально|первоначально|ранее|сначала|"
                         r"(?-i:[А-ЯЁ])[\w-]+)\s+){0,4}$",
                         re.I)
# … or the date told before those words: "9 марта в Кито должен был пройти третий раунд …".
_WEEKDAY = re.compile(rf"(?<!\w)(?:{lexicon.alternation(WEEKDAYS_ACC + WEEKDAYS_GEN)})(?!\w)", re.I)  # as timex reads
PLANNED_AFTER_DATE = re.compile(r"\s+(?:(?:в|во|на)\s+(?-i:[А-ЯЁ])[\w-]+\s+)?(?:долж(?:ен|н[аоы])\s+был[аио]?\s+"
                                r"(?:пройти|состояться|начаться|открыться)|планировал(?:ось|ся|ась|ись)\s+"
                                r"(?:провести|пройти)|намечал(?:ось|ся|ась|ись))\b", re.I)
# A meeting that ended (without result) told in the clause before a break: "Раунд в Лиме … завершился без итогов, и …".
ENDED_MEETING = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:раунд|встреч|заседани|переговор|консультаци|саммит)\w*\b.*?"
                           r"\b(?:(?:закончил|завершил|окончил|состоял)\w*|прош(?:ёл|ел|л[аио])\b)", re.I)
_BREAK_CLAUSE = re.compile(r",\s+(?:и|а|после\s+чего)\s+(?=(?:[\w-]+\s+){0,3}?(?:приостанов|заморож|прерван|свернут))",
                           re.I)
MOVED_FROM = re.compile(r"\bперенес\w*\s+(?:[\w-]+\s+){0,2}?(?:с|со)\s+$", re.I)  # "перенесено с декабря на март"
AFTER_ROUND = re.compile(r"\bпосле\s+(?:[\w-]+\s+){1,2}?(?:раунд|заседани|встреч|саммит|сесси)\w*", re.I)
PLANNED_FOR_REACH = 45  # characters before a date within which its "планировалось провести" is read
# A meeting called off, told with the date it had been planned for: "Встречу, которую планировалось провести в марте
# 2029 года, отменили", "запланированная на май встреча была отменена".
# Called off, or never held ("так и не состоялась", "так и не был проведен"; not "не состоялась в намеченный срок")
NEVER_HELD = re.compile(r"(?:\bне\s+состоял(?:ся|ась|ось|ись)|\bне\s+был[аио]?\s+проведен[аоы]?)\b(?!" + NOT_IN_TIME
                        + r")|\bтак\s+и\s+не\s+(?:провел|прош|собрал)", re.I)
CANCELLED = re.compile(r"\bотмен(?:[её]н|ил|ят\b|ит\b)", re.I)
CALLED_OFF = re.compile(CANCELLED.pattern + "|" + NEVER_HELD.pattern, re.I)
# The words before the date it had been planned for, a place among them ("должна была состояться в столице X в мае").
_WAS_TO = re.compile(r"\b(?:запланированн|намеченн|назначенн|планировал|планировавш|намечал|намечавш|предполагал|"
                     r"долж(?:ен|н[аоы])\s+был[аио]?)\w*\s+(?:[\w-]+\s+){0,5}$", re.I)
# A round broken off or held, told in a clause of its own ("второй раунд … был прерван в декабре", "первый прошел …").
BROKEN_OFF = re.compile(r"\b(?:приостановлен|заморожен|прерван|сорван)\w*", re.I)
HELD_VERB = re.compile(r"\b(?:прош(?:[её]л|л[аио])|состоял(?:ся|ась|ось|ись)|проходил[аио]?)\b", re.I)
CALLED_OFF_REACH = 70  # characters before the date within which those words are read


class Clauses:
    """What a clause of the sentence tells (``text`` at ``offset`` in its document, of ``row``)."""

    offset: int
    row: dict

    def _planned_clause(self, text: str, timexes: list) -> tuple[int, str] | None:
        """A numbered meeting to come told in a clause after the first (``Комиссия работает с 2011 года, девятое
        заседание намечено на 2030 год``): its round and the one date of that clause; None where there is none."""
        for cut in _CLAUSE.finditer(text):
            stop = _CLAUSE.search(text, cut.end())
            clause = text[cut.end():stop.start() if stop else len(text)]
            rnd = round_in(clause)
            if not rnd or not PLANNED.search(clause):
                continue
            dates = {x.date.iso() for x in timexes if x.relation != "after" and not DEICTIC.match(x.text)
                     and cut.end() <= x.start - self.offset < cut.end() + len(clause)}
            return (rnd, dates.pop()) if len(dates) == 1 else None
        return None

    def _clause_date(self, text: str, timexes: list, at: int) -> str | None:
        """The one date of the clause around ``at`` (``…, а в феврале 2030 года частично восстановили работу``)."""
        start = max((c.end() for c in _CLAUSE.finditer(text, 0, at)), default=0)
        cut = _CLAUSE.search(text, at)
        dates = {x.date.iso() for x in timexes if start <= x.start - self.offset < (cut.start() if cut else len(text))
                 and x.relation == "at" and not DEICTIC.match(x.text)}
        return dates.pop() if len(dates) == 1 else None

    def _after_round(self, text: str, timexes: list) -> tuple[int, str | None] | None:
        """A numbered round told as the one a break or a resumption came after (``В декабре 2029 года, после
        четвертого раунда, Перу объявило о прекращении переговоров``): its number and the month or year the sentence
        gives (a day is the announcement's, not the round's)."""
        m = AFTER_ROUND.search(text)
        rnd = round_in(m.group(0)) if m else None
        if not rnd:
            return None
        dates = {x.date.iso() for x in timexes if x.relation == "at" and not DEICTIC.match(x.text)}
        date = dates.pop() if len(dates) == 1 else None
        return rnd, date if date and len(date) in (4, 7) else None

    def _ended(self, text: str, timexes: list) -> tuple[str, int] | None:
        """A meeting told in a clause before the one of a break (``Раунд в Лиме в мае 2028 года завершился без итогов, и
        переговоры были заморожены``): the one date of that clause and where the break's clause starts; None where
        the sentence tells no such meeting."""
        cut = _BREAK_CLAUSE.search(text)
        if cut is None or not ENDED_MEETING.search(text, 0, cut.start()):
            return None
        dates = {x.date.iso() for x in timexes if x.start - self.offset < cut.start() and x.relation == "at"
                 and not DEICTIC.match(x.text)}
        return (dates.pop(), cut.start()) if len(dates) == 1 else None

    def _planned_for(self, text: str, timexes: list) -> tuple | None:
        """In a sentence that tells a meeting put off, the date it had been planned for (``который планировалось
        провести в 2030 году``): that time expression and where its clause starts; None where it tells none."""
        if not PUT_OFF.search(text):
            return None
        for x in timexes:
            at = x.start - self.offset
            m = PLANNED_FOR.search(text, max(0, at - PLANNED_FOR_REACH), at)
            if x.relation == "after" and (m := MOVED_FROM.search(text, max(0, at - PLANNED_FOR_REACH), at)):
                return x, max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
            if x.relation == "at" and m is None and not _WEEKDAY.search(x.text) \
                    and (b := PLANNED_AFTER_DATE.match(text, at + len(x.text))):
                m = b  # "А 9 марта в Кито должен был пройти третий раунд …, его отложили": the date before (a
                # weekday's week is not told: the last one or the next)
            if x.relation == "at" and m is not None:
                start = max((c.end() for c in _CLAUSE.finditer(text, 0, min(m.start(), at))), default=0)
                return x, start
        return None

    def _rounds_broken(self, text: str, timexes: list) -> list[tuple[str, int, str | None]]:
        """Rounds told each in a clause of their own, one of them broken off (``Первая встреча состоялась в Лиме в
        2030 году; вторая сессия была сорвана в мае 2031 года``): (status, round, date) of each, a round held dated by
        its clause's one date, the one broken off by the date after its verb; none unless both are told."""
        bounds = [0] + [c.end() for c in CLAUSE_CUT.finditer(text)]
        stops = [c.start() for c in CLAUSE_CUT.finditer(text)] + [len(text)]
        out = []
        for a, b in zip(bounds, stops, strict=True):
            rnd = round_in(text[a:b])
            dates = [x for x in timexes if a <= x.start - self.offset < b and x.relation == "at"
                     and not DEICTIC.match(x.text)]
            if not rnd:
                continue
            if (verb := BROKEN_OFF.search(text, a, b)) is not None:
                after = [x.date.iso() for x in dates if x.start - self.offset > verb.start()]
                out.append(("suspended", rnd, after[0] if after else None))
            elif HELD_VERB.search(text, a, b):
                out.append(("round", rnd, dates[0].date.iso() if len(dates) == 1 else None))
        statuses = {s for s, _, _ in out}
        return out if statuses == {"suspended", "round"} and len({r for _, r, _ in out}) == len(out) else []

    def _called_off(self, text: str, timexes: list, told: bool = False) -> tuple[str, int | None] | None:
        """A meeting called off told with the date it had been planned for (``Сессию, намеченную на май 2030 года,
        отменили``; ``заседание, запланированное на октябрь, так и не состоялось``: the October nearest the
        document): that date and the round the words before it tell; None where there is none.  ``told``: the
        sentence tells the meeting called off before that date (``Лима отменила заседание комиссии, которое должно
        было пройти 18 марта, сообщил в понедельник …``)."""
        if not CALLED_OFF.search(text):
            return None
        published = self.row["published"] or ""
        for x in timexes:
            at = x.start - self.offset
            m = _WAS_TO.search(text, max(0, at - CALLED_OFF_REACH), at)
            if x.relation == "at" and m is not None and not DEICTIC.match(x.text) \
                    and (CALLED_OFF.search(text, at) or told and CALLED_OFF.search(text, 0, m.start())):
                ends = [c.end() for c in _CLAUSE.finditer(text, 0, m.start())]
                told, date = round_in(text[ends[-2] if len(ends) >= 2 else 0:m.start()]), nearest_year(x, published)
                never = NEVER_HELD.search(text, at) and not CANCELLED.search(text, at) and published
                return None if never and date > published[:len(date)] else (date, told)  # not held: a date gone by
        return None

    def _revived(self, text: str, timexes: list) -> tuple[int, int, str | None] | None:
        """A later round of a mechanism told together with its resumption in a clause of its own (``Это третья встреча
        в рамках «челночной дипломатии», которую возродили в 2023 году после перерыва``): the clause's bounds and the
        one date it gives; None where the sentence's meeting is the resumption itself (``впервые после …``)."""
        m = AFTER_BREAK.search(text)
        rnd = round_in(text)
        if m is None or not rnd or rnd < 2:
            return None
        start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
        cut = _CLAUSE.search(text, m.end())
        stop = cut.start() if cut else len(text)
        if start == 0:
            return None  # the break told in the sentence's first clause: its meeting may be the resumption
        dates = {x.date.iso() for x in timexes if start <= x.start - self.offset < stop and x.relation == "at"}
        return start, stop, dates.pop() if len(dates) == 1 else None

    def _began(self, text: str, timexes: list, n: Named) -> str | None:
        """When a mechanism's meetings began, told with a year or a month before the document's (``Консультации
        стартовали в марте 2031 года``): its first round's date; the mechanism the subject of that verb (its name
        just before it, in its clause: not ``Кризис начался в 2014 году, и саммиты …``), not a meeting that begins on a
        day (``переговоры начались во вторник``)."""
        m = BEGAN.search(text)
        published = self.row["published"] or ""
        lead = _LEAD_IN.match(text)
        reach, at = (BEGAN_REACH, n.stop) if n.stop > 0 else (UNNAMED_BEGAN_REACH, lead.end() if lead else 0)
        if m is None or len(published) < 7 or not 0 <= m.start() - n.stop <= reach \
                or _CLAUSE.search(text, at, m.start()):
            return None
        cut = _CLAUSE.search(text, m.end())  # the date of the verb's clause, a place or an adverb perhaps before it
        at = [x for x in timexes if x.relation == "at" and 0 <= x.start - self.offset - m.end()
              and x.start - self.offset < (cut.start() if cut else len(text))]  # ("начались также в X в мае 2030")
        date = at[0].date.iso() if at else ""
        return date if len(date) in (4, 7) and date < published[:len(date)] else None

    def _listed_meetings(self, text: str, timexes: list) -> list[str]:
        """The dates of past meetings a sentence lists, each with its year and before the document's (``проходили в
        2019 году в Сочи и в 2021 году в Анкаре``); none unless two or more and the sentence tells them as held."""
        published = self.row["published"] or "9999"
        verb = LISTED_PAST.search(text)
        told = [x for x in timexes if x.relation == "at" and x.anchor == "absolute"]
        dates = [x.date.iso() for x in told]
        if verb is None or len(set(dates)) < 2 or len(set(dates)) != len(dates) \
                or any(x.start - self.offset < verb.end() for x in told) \
                or any(d[:4] > published[:4] or len(d) < 4 for d in dates):
            return []  # the list follows its verb: not "Соглашение подписано в 2019 году, встречи проходили в 2021-м"
        return dates

    def _since(self, text: str, timexes: list) -> str | None:
        """Since when a mechanism works: the one date it is told to work since (``проводится с 2004 года``, ``ведется
        с 2011 года``) or the date told right after the words of its founding (``был создан в 2003 году``)."""
        since = {x.date.iso() for x in timexes if x.relation == "after" and SINCE_YEAR.match(x.text)}
        return since.pop() if len(since) == 1 else self._founded(text, timexes)

    def _founded(self, text: str, timexes: list) -> str | None:
        """The year or month told right after the words of a mechanism's founding (``был создан в 2003 году``)."""
        m = FOUNDED.search(text)
        if m is None:
            return None
        at = [x for x in timexes if x.relation == "at" and 0 <= x.start - self.offset - m.end() <= FOUNDED_REACH]
        return at[0].date.iso() if at and len(at[0].date.iso()) in (4, 7) else None

    def launched(self, text: str) -> bool:
        """Are the words of the founding the sentence tells those of a series launched (``запущен``, ``начат``: its
        first meeting then), not of a body set up?"""
        m = FOUNDED_CLAUSE.search(text) or FOUNDED.search(text)
        return bool(m and LAUNCHED.search(m.group(0)))

    def _founded_clause(self, text: str, timexes: list):
        """The time expression of a body's founding told in a clause after its name (``комиссии, учрежденной в 2003
        году``, ``диалога, который был начат в 2014 году``), or None."""
        m = FOUNDED_CLAUSE.search(text)
        at = [x for x in timexes if m and x.relation == "at" and 0 <= x.start - self.offset - m.end() <= FOUNDED_REACH]
        return at[0] if at and len(at[0].date.iso()) in (4, 7) else None

    def _earlier(self, text: str, timexes: list, current: int | None,
                 own: int | None = None) -> tuple[int, str | None, int | None] | None:
        """A meeting before the one the document tells, in a clause of its own (``предыдущее, девятое заседание
        прошло в ноябре 2023 года``, ``в последний раз лидеры собирались в 2022 году``): where its words start,
        the date told after them in that clause, its round (told, or the one before the document's); None
        where the sentence tells none.  (Told by neither date nor round, it is no entry, and the sentence's event
        is not its own: ``Предыдущая встреча министров состоялась в Бамако``.)"""
        m = EARLIER.search(text)
        if m is not None:
            start, end, adjective, alone, words = m.start(), m.end(), m.group(1), m.group(2), m.group(0)
        elif f := SINCE_THEN.search(text):  # "была первой после 2027 года: восьмой раунд прошел в мае того же года"
            start, end, adjective, alone, words = f.end(), f.end(), None, None, ""
        else:
            return None
        cut = _EARLIER_CUT.search(text, end)
        clause = text[start:cut.start() if cut else len(text)]
        stop = start + len(clause)
        dates = [x.date.iso() for x in timexes if start <= x.start - self.offset < stop and x.relation == "at"
                 and not DEICTIC.match(x.text)]
        rnd = round_in(clause) if not _FIRST_EVER.search(clause) else None
        rnd = 1 if rnd is None and (alone or "").lower().startswith("перв") else rnd  # "…: первая прошла в X"
        current = current or (round_in(text[:start]) if alone else None)  # "Это девятая сессия; предыдущая …"
        if rnd is None and current and re.match(r"предыдущ|прошл", adjective or alone or "", re.I):
            rnd = current - 1 if current > 1 else None  # "прошлый раунд", "прошлогодний форум": the one before
        elif rnd is None and own and own > 1 and _LAST_TIME.match(words):
            rnd = own - 1  # "В последний раз стороны встречались в 2028 году" after the ninth: the eighth
        published = self.row["published"] or ""
        if not dates and adjective and LAST_YEARS.match(adjective) and len(published) >= 4:
            dates = [str(int(published[:4]) - 1)]  # "Прошлогодний форум прошел в Оренбурге": the year before
        return start, dates[0] if dates else None, rnd
