"""The history entries of formats (``formats.py``): what one sentence tells of a format's meetings
(``Told``: the sentence's status, a round told in words, rounds told together, an earlier meeting told in
a clause of its own, a break and the meeting before it), dated by their event, by the date the sentence
gives, or, for a meeting, by the document (a format's whole history from them: ``format_merge.py``).
"""
from __future__ import annotations

import re

from .format_dates import ahead_of, listed_year, nearest_year, year_before
from .format_dates import precision as _precision
from .format_entry import _entry
from .format_names import Named
from .format_retro import _CLAUSE, DEICTIC, counted_first, held_after_all, not_met, suspended_since
from .format_rounds import clause_rounds, counted_round, first_rounds, previous_rounds, round_in
from .format_status import AFTER_BREAK, NEXT_MEETING, NO_MEETINGS_SINCE, PLANNED, RESUMED_AFTER, status_of

# What a standing mechanism holds: an organisation named with one of these is a format at work.
MEETINGS = re.compile(r"встреч|заседани|саммит|ретрит|совещани|переговор|консультаци|диалог|сесси|форум|\bв верхах|"
                      r"\bпровод(?:ится|ятся)\b", re.I)
# A meeting before the one told, in words of its own: "последний раз совет заседал в июне 2014 года", "предыдущее,
# девятое заседание прошло …", "прошлый раунд состоялся в августе"; group 1: the adjective (not the verb: "прошла
# 14-я сессия" is the sentence's own).
EARLIER = re.compile(r"\b(?:(предыдущ\w*|прошл(?:ый|ая|ое|ой|ого|ому|ом|ую|ые|ых|ым|ыми|огодн\w*)|последн\w*)[\s,]+"
                     r"(?:(?:\d{1,3}-?\w{0,3}|[IVXХІ]{1,6}|[а-яё]+[ое]е|"
                     r"[а-яё]+[ыио]й|[а-яё]+ая)[\s,]+(?:по\s+сч[её]ту[\s,]+)?)?(?:заседани|встреч|раунд|саммит|ретрит|консультаци|сесси|форум)|"
                     r"(?:последн|прошл)\w*\s+раз)\w*|"
                     # "Это девятая сессия совета, предыдущая состоялась …": the noun left out after the current one
                     r"(?<=[;,]\s)(предыдущ(?:ее|ая|ий))(?=\s+(?:прош|состоял|проходил|был))|"
                     # "…за месяц: 3 марта они встречались в Лиме", "До этого стороны встречались в …"
                     r"(?:(?<=[:;])|\b(?:до этого|ранее|после того,? как)\b)(?=[^:;.]*?(?<!не )\b(?:встречал|собирал|"
                     r"заседал)\w*)", re.I)  # "первый раунд после того, как в мае стороны встречались в Лиме"
# Since when a mechanism works: "с 2004 года", "с декабря 2011 года" (a month or a year; not "с тех пор").
SINCE_YEAR = re.compile(r"(?:с|со)\s+(?:\d{4}|[а-я]+\s+\d{4})", re.I)
# The founding of a mechanism, and the date right after it ("был создан в 2003 году", "учрежден в 1991 году").
FOUNDED = re.compile(r"\b(?:создан[аоы]?|созда(?:л|ли|ла)|учрежд[её]н[аоы]?|учредил[аи]?|основан[аоы]?|"
                     r"запущен[аоы]?)\b", re.I)
FOUNDED_REACH = 4  # characters between those words and their date ("создан в 2003 году")
ONLY_PLANNED = re.compile(r"\b(?:назначенн|запланированн|намеченн|планировавш)\w*", re.I)  # a meeting set for a date
ROUND_WORD = re.compile(r"\bраунд", re.I)  # "Последний раунд прошел в 2019 году": a round, its number untold
_LAST_TIME = re.compile(r"последн\w*\s+раз", re.I)  # "в последний раз": the meeting before the document's own
EARLIER_WORDS = 40  # characters from the start of an earlier meeting's words within which its noun is read
RESUMED_WORDS = re.compile(r"возобнов|возрод", re.I)
BEGAN = re.compile(r"\b(?:стартовал[аио]?|начал(?:ся|ась|ось|ись)|начали\s+работу|начал[аи]?\s+работу)\b", re.I)
BEGAN_REACH = 30  # characters from a mechanism's name to the verb telling its meetings began
LISTED_PAST = re.compile(r"\b(?:проходил[иа]?|прошли|состоял(?:ись|ась|ся)|собирал(?:ись|ась|ся)|"
                         r"встречал(?:ись|ась|ся))\b", re.I)
LAST_YEARS = re.compile(r"прошлогодн", re.I)  # an earlier meeting told as last year's
_ANOTHER = re.compile(r"\bочередн\w*\s+(?:[\w-]+\s+)?(?:встреч|заседани|раунд|консультаци|сесси|саммит|ретрит)", re.I)
_NEW_DATE = re.compile(r"\b(?:на|до)\s", re.I)  # "перенесли на май", "отложена до осени"
_FIRST_EVER = re.compile(r"\bпервы[йе]\s+раз\b", re.I)
# A meeting put off, and the date it had been planned for told right before that date: "который планировалось
# провести в 2030 году", "запланированная на весну 2029 года встреча … дважды откладывалась".
PUT_OFF = re.compile(r"\bотлож|\bотклад[ыи]?ва|\bперенос|\bперенес(?:[её]н|л[аио]?\b)", re.I)
PLANNED_FOR = re.compile(r"\b(?:запланированн|намеченн|планировал|планировавш|намечал|намечавш|предполагал|"
                         r"должн[аоы]?\s+был[аио]?)\w*"  # "Сессия должна была пройти уже 3 марта, но …"
                         r"\s+(?:(?:провести|проводить|состояться|пройти|на|в|во|ещ[её]|уже)\s+){0,3}$", re.I)
# A meeting that ended (without result) told in the clause before a break: "Раунд в Лиме … завершился без итогов, и …".
ENDED_MEETING = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:раунд|встреч|заседани|переговор|консультаци|саммит)\w*\b.*?"
                           r"\b(?:(?:закончил|завершил|окончил|состоял)\w*|прош(?:ёл|ел|л[аио])\b)", re.I)
_BREAK_CLAUSE = re.compile(r",\s+(?:и|а|после\s+чего)\s+(?=(?:[\w-]+\s+){0,3}?(?:приостанов|заморож|прерван|свернут))",
                           re.I)
MOVED_FROM = re.compile(r"\bперенес\w*\s+(?:[\w-]+\s+){0,2}?(?:с|со)\s+$", re.I)  # "перенесено с декабря на март"
AFTER_ROUND = re.compile(r"\bпосле\s+(?:[\w-]+\s+){1,2}?(?:раунд|заседани|встреч|саммит|сесси)\w*", re.I)
PLANNED_FOR_REACH = 45  # characters before a date within which its "планировалось провести" is read


class Told:
    """The history entries one sentence gives its formats."""

    def __init__(self, doc, row: dict, text: str, here: list[dict], timexes: list, offset: int):
        self.doc, self.row, self.text, self.timexes, self.offset = doc, row, text, timexes, offset
        told = round_in(text) or counted_round(text)
        # the round the sentence tells, not another of its event's (a digest's items joined as one meeting)
        self.here = [dict(e, round=told) if e["round"] and told and e["round"] != told
                     and not 0 <= e["start"] - offset < len(text) else e for e in here]

    def local(self, statuses: list[tuple[str, int, int]], clause: bool = False) -> list[dict]:
        """Entries told by words governing this format's mention (``исключена из …``), or by a relative clause after
        it (``clause``: dated by that clause alone, ``…, которое приостановлено с 2029 года``)."""
        out = []
        for status, a, b in statuses:
            xs = [x for x in self.timexes if a <= x.start - self.offset < b] if clause else self.timexes
            e = _entry(status, [] if clause else self.here, self.doc, self.row, self.text[a:b] if clause
                       else self.text, xs)
            if status == "suspended" and (since := suspended_since(self.text[a:b], self.timexes, self.offset + a)):
                e.update(date=since, date_precision=_precision(since))
            out.append(e)
        return out

    def entries(self, n: Named, status: str | None, local: dict, current: int | None = None,
                own: int | None = None) -> list[dict] | None:
        """Entries told by the sentence (less the words governing other formats); None: no mention of it.
        ``current``: the round of this format the document numbered last; ``own``: the round it reports as of its
        day (the next one is the one after it, the previous one the one before)."""
        doc, row, text = self.doc, self.row, self.text
        taken = [(a, b) for spans in local.values() for _, a, b in spans]
        timexes = [x for x in self.timexes if not any(a <= x.start - self.offset < b for a, b in taken)]
        entries = []
        put_off = self._planned_for(text, timexes)
        if status == "postponed" and put_off and put_off[1] > 0:
            # "пятое прошло в 2027 году, а запланированная на 2028 год встреча откладывалась": the status of the rest
            rest = status_of(text[:put_off[1]], [e for e in self.here if e["start"] - self.offset < put_off[1]])
            status = rest if rest in ("meeting", "round") else status
        if status == "active" and n.fixed and not MEETINGS.search(text):
            return None  # "компании, действующие в СНГ": the organisation, not its meetings
        few = (first_rounds(text) or previous_rounds(text, current)) if status in ("meeting", "round", None) else []
        apart = clause_rounds(text) if not few and status in ("meeting", "round", "resumed", None) else []
        for k, a, b in few or apart:  # "первые две встречи прошли в Токио (ноябрь 2013 года) и в Москве"
            dates = [listed_year(x, timexes) for x in timexes if a <= x.start - self.offset < b and x.relation == "at"]
            told = [e for e in self.here if e["type"] == "CONSULT" and a <= e["start"] - self.offset < b]
            date = dates[0] if len(dates) == 1 else (told[0]["date"] if apart and told and not dates else None)
            entries.append(dict(_entry("round", told if apart else [], doc, row, text, [], date), round=k,
                                status="round"))
        if apart and status == "resumed":  # "Работу механизм возобновил только в мае 2031 года, когда …, а …"
            clause = next(((a, b) for _, a, b in apart if RESUMED_WORDS.search(text, a, b)), None)
            dates = [x.date.iso() for x in timexes if clause and clause[0] <= x.start - self.offset < clause[1]
                     and x.relation == "at"]
            entries.append(_entry("resumed", [], doc, row, text, [], dates[0] if len(dates) == 1 else None))
        few = few or apart
        earlier = None if few else self._earlier(text, timexes, own, own)
        if earlier is not None and status in ("cancelled", "postponed") \
                and ONLY_PLANNED.search(text, earlier[0], earlier[0] + EARLIER_WORDS):
            earlier = None  # "Прошлая встреча, назначенная на май, была отменена": not held, that one is called off
        if earlier is not None and (earlier[1] or earlier[2]):
            pos, date, rnd = earlier  # "предыдущее заседание прошло в январе 2024 года": that meeting, on that date
            told = [e for e in self.here if e["type"] == "CONSULT" and e["start"] - self.offset >= pos]
            entry = _entry("meeting", told, doc, row, text, [], date)
            if not told and round_in(text[:pos]):  # "седьмой раунд и первый после того, как осенью виделись": not 7
                entry["round"] = None
            entry["round"] = rnd = rnd or entry["round"]
            entry["status"] = "round" if rnd or ROUND_WORD.search(text, pos, pos + EARLIER_WORDS) else "meeting"
            entries.append(entry)
        chain = status  # the status the sentence's own meeting takes below
        if earlier is not None and status == "resumed" and earlier[1] and (gap := AFTER_BREAK.search(text)) \
                and gap.start() > earlier[0]:  # "Предыдущие прошли 3 марта 2029 года — впервые после перерыва"
            entries.append(_entry("resumed", [], doc, row, text, [], earlier[1]))
            chain = None
        elif earlier is not None and status == "resumed" and earlier[1]:
            # "первая встреча за три года: в последний раз министры виделись в мае 2028 года": resumed now, not then
            before = [x for x in timexes if x.start - self.offset < earlier[0]]
            mine = [e for e in self.here if e["type"] == "CONSULT" and e["start"] - self.offset < earlier[0]]
            own_dates = {e["date"] for e in mine if e["date"]} - {earlier[1]}
            entry = dict(_entry("resumed", [], doc, row, text[:earlier[0]], before), events=[e["id"] for e in mine])
            if entry["date"] is None and len(own_dates) == 1:  # else the document's own meeting (date_resumptions)
                entry.update(date=(date := own_dates.pop()), date_precision=_precision(date))
            entries.append(entry)
            chain = None
        if earlier is not None and chain in ("meeting", "round"):
            # the sentence's own meeting only where its event is told before the earlier one ("Это первая встреча
            # за год: предыдущий раунд прошёл …"), dated by the words before that
            here = [e for e in self.here if e["type"] == "CONSULT"  # its trigger: the event may open the sentence
                    and (e.get("trigger_start") if e.get("trigger_start") is not None else e["start"]) - self.offset
                    < earlier[0]]
            if here:
                before = [x for x in timexes if x.start - self.offset < earlier[0]]
                entry = _entry(status, here, doc, row, text[:earlier[0]], before)
                if not before and earlier[1] and entry["date"] == earlier[1] and round_in(text[:earlier[0]]):
                    # "Это девятая сессия; предыдущая состоялась в мае 2029 года": its event took the earlier date
                    entry.update(date=row["published"], date_precision=_precision(row["published"]))
                entries.append(entry)
        elif chain is not None and not few:
            here = self.here
            if status == "planned" and NEXT_MEETING.search(text):  # the next one, not the meeting that agreed on it
                here = [e for e in here if e["factuality"] != "occurred"]
            old = put_off if status == "postponed" else None
            years = [x.date.iso() for x in timexes if x.relation == "at" and len(x.date.iso()) == 4]
            if status == "postponed":  # the new date told ("перенесён на октябрь") is the planned one's, not its own
                here = [dict(e, date=None) for e in here]
                timexes = [x for x in timexes if _NEW_DATE.search(doc.text[max(0, x.start - 4):x.start] + x.text[:3])
                           and (old is None or x is not old[0])]
            revived = self._revived(text, timexes) if status == "resumed" else None
            if revived is not None:  # "третья встреча в рамках диалога, который возобновили в 2023 году после перерыва"
                outside = [x for x in timexes if not revived[0] <= x.start - self.offset < revived[1]]
                entries.append(_entry("resumed", [], doc, row, text, [], revived[2]))
                # the round numbered in the clause of the break ("… : XV сессия прошла в мае 2031 года после паузы"):
                # of the clause's date
                own_clause = round_in(text[revived[0]:revived[1]]) is not None
                entry = _entry("round", here, doc, row, text, outside, revived[2] if own_clause else None)
            else:
                entry = _entry(status, here, doc, row, text, timexes)
            if status == "planned" and entry["round"] is None and own and (NEXT_MEETING.search(text)
                                                                          or _ANOTHER.search(text)):
                entry["round"] = own + 1  # "следующая встреча" after the tenth: the eleventh
            entries.append(entry)
            if status == "postponed" and entry["date"]:  # "перенесено на первый квартал 2027 года": planned then
                later = ahead_of(entry["date"], row["published"], timexes)  # "перенесен на май", told in March
                entries.append(dict(entry, status="planned", date=later, date_precision=_precision(later)))
            if status == "postponed":  # the postponed meeting is the one of the date it had been planned for
                date = nearest_year(old[0], row["published"]) if old else None
                if date is None and not entry["date"] and len(years) == 1:
                    date = years[0]  # "в 2029 году раунды переносились": those of that year
                entry.update(date=date, date_precision=_precision(date))
        if status != "postponed" and (old := put_off) is not None:
            # "…, а запланированная на весну 2029 года встреча дважды откладывалась": in a clause of its own
            clause = text[old[1]:]
            entries.append(dict(_entry("postponed", [], doc, row, clause, [], old[0].date.iso()),
                                evidence=text.strip()[:300]))
            entries = [e for e in entries if not (e["status"] == "planned" and e["date"] == old[0].date.iso())]
        if status == "suspended" and not few and (ended := self._ended(text, timexes)) is not None:
            # "Раунд в Лиме в мае 2028 года завершился без итогов, и диалог был заморожен": that round, the break
            date, stop = ended
            after = [x for x in timexes if x.start - self.offset >= stop]
            held = "round" if ROUND_WORD.search(text, 0, stop) else "meeting"  # "Раунд … завершился без итогов"
            entries = [e for e in entries if e["status"] != "suspended"] + [
                dict(_entry(held, [], doc, row, text[:stop], [], date), evidence=text.strip()[:300]),
                dict(_entry("suspended", [], doc, row, text[stop:], after), evidence=text.strip()[:300])]
        if status in ("suspended", "resumed") and (after := self._after_round(text, timexes)) is not None:
            entries.append(dict(_entry("round", [], doc, row, text, [], after[1]), round=after[0]))
        if status == "postponed" and (held := held_after_all(text, self.timexes, self.offset)):
            rnd = entries[0]["round"] if entries else None  # "Второе заседание переносилось и все же прошло в июне"
            entries.append(dict(_entry("round", [], doc, row, text, [], held), status="round" if rnd else "meeting",
                                round=rnd))
        if status == "suspended" and (since := suspended_since(text, timexes, self.offset)):
            entries = [dict(e, date=since, date_precision=_precision(since)) if e["status"] == "suspended" else e
                       for e in entries]  # "работа которого заморожена с 2029 года": suspended then
        since = [x.date.iso() for x in timexes if x.relation == "after"] if NO_MEETINGS_SINCE.search(text) else []
        if status == "suspended" and since:  # "заседания не проводились с июня 2014 года": the last one then
            entries[-1].update(date=since[0], date_precision=_precision(since[0]))
            entries.append(_entry("meeting", [], doc, row, text, [], since[0]))
        if status == "resumed" and AFTER_BREAK.search(text):  # the break and the meeting before it
            before = [x.date.iso() for x in timexes if x.relation == "after"]
            entries.append(dict(_entry("suspended", [], doc, row, text, []), told="a break"))
            if before:  # "третий раунд — впервые с 2028 года": the one before the sentence's own round
                rnd = (round_in(text) or 0) - 1
                entries.append(dict(_entry("meeting", [], doc, row, text, [], before[0]),
                                    status="round" if rnd > 0 else "meeting", round=rnd if rnd > 0 else None))
        if status == "suspended" and (again := RESUMED_AFTER.search(text)):  # "…приостановлены, а возобновлены в …"
            held = self._clause_date(text, timexes, again.start())  # "приостановила работу … в марте 2029 года"
            date = year_before(self._clause_date(text, timexes, again.end() - 1), held, text[again.start():])
            entries = [dict(e, date=held, date_precision=_precision(held)) if e["status"] == "suspended" and date
                       and e["date"] in (date, None) else e for e in entries]  # that date is the resumption's
            entries.append(_entry("resumed", [], doc, row, text, [], date))
        if status in (None, "active", "meeting") and (began := self._began(text, timexes, n)) is not None:
            entries = [e for e in entries if not (e["status"] == "meeting" and e["date"] == began)]
            entries.append(dict(_entry("round", [], doc, row, text, [], began), round=1))  # "стартовали в 2008 году"
        if (first := counted_first(text, timexes, self.offset)) and not any(e["round"] == 1 for e in entries):
            entries.append(dict(_entry("round", [], doc, row, text, [], first), round=1))  # "12-е по счету с 1995 года"
        listed = self._listed_meetings(text, timexes) if status in ("meeting", None) and not few else []
        if listed:  # "Встречи в этом формате проходили в 2019 году в Сочи и в 2021 году в Анкаре": one each
            entries = [e for e in entries if not (e["status"] == "meeting" and e["date"] in listed)]
            entries += [_entry("meeting", [], doc, row, text, [], date) for date in listed]
        if status != "suspended" and (gap := not_met(text, timexes, self.offset)) is not None:
            entries.append(_entry("suspended", [], doc, row, text, [], gap))  # "в 2030–2032 годах не встречались"
        if status == "active" and (ahead := self._planned_clause(text, timexes)) is not None:
            rnd, date = ahead  # "Консультации проводятся с 2011 года, девятый раунд намечен на 2030 год": planned then
            entries = [dict(e, round=None) if e["status"] == "active" and e["round"] == rnd else e for e in entries]
            entries.append(dict(_entry("planned", [], doc, row, text, [], date), round=rnd))
        for e in entries:
            if e["status"] == "active" and not e["date"] and (since := self._since(text, timexes)):
                e.update(date=since, date_precision=_precision(since))
        return entries

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
            if x.relation == "at" and m is not None:
                start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
                return x, start
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
        if m is None or len(published) < 7 or not 0 <= m.start() - n.stop <= BEGAN_REACH \
                or _CLAUSE.search(text, n.stop, m.start()):
            return None
        at = [x for x in timexes if x.relation == "at" and 0 <= x.start - self.offset - m.end() <= FOUNDED_REACH]
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
        if len(since) == 1:
            return since.pop()
        m = FOUNDED.search(text)
        if m is None:
            return None
        at = [x for x in timexes if x.relation == "at" and 0 <= x.start - self.offset - m.end() <= FOUNDED_REACH]
        return at[0].date.iso() if at and len(at[0].date.iso()) in (4, 7) else None

    def _earlier(self, text: str, timexes: list, current: int | None,
                 own: int | None = None) -> tuple[int, str | None, int | None] | None:
        """A meeting before the one the document tells, in a clause of its own (``предыдущее, девятое заседание
        прошло в ноябре 2023 года``, ``в последний раз лидеры собирались в 2022 году``): where its words start,
        the date told after them in that clause, its round (told, or the one before the document's); None
        where the sentence tells none.  (Told by neither date nor round, it is no entry, and the sentence's event
        is not its own: ``Предыдущая встреча министров состоялась в Бамако``.)"""
        m = EARLIER.search(text)
        if m is None:
            return None
        cut = re.compile(r"[;:]|\s[-–—]\s").search(text, m.end())
        clause = text[m.start():cut.start() if cut else len(text)]
        stop = m.start() + len(clause)
        dates = [x.date.iso() for x in timexes if m.start() <= x.start - self.offset < stop and x.relation == "at"
                 and not DEICTIC.match(x.text)]
        rnd = round_in(clause) if not _FIRST_EVER.search(clause) else None
        current = current or (round_in(text[:m.start()]) if m.group(2) else None)  # "Это девятая сессия; предыдущая …"
        if rnd is None and current and re.match(r"предыдущ|прошл", m.group(1) or m.group(2) or "", re.I):
            rnd = current - 1 if current > 1 else None  # "прошлый раунд", "прошлогодний форум": the one before
        elif rnd is None and own and own > 1 and _LAST_TIME.match(m.group(0)):
            rnd = own - 1  # "В последний раз стороны встречались в 2028 году" after the ninth: the eighth
        published = self.row["published"] or ""
        if not dates and m.group(1) and LAST_YEARS.match(m.group(1)) and len(published) >= 4:
            dates = [str(int(published[:4]) - 1)]  # "Прошлогодний форум прошел в Оренбурге": the year before
        return m.start(), dates[0] if dates else None, rnd
