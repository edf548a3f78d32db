"""The history entries of formats (``formats.py``): what one sentence tells of a format's meetings
(``Told``: the sentence's status, a round told in words, rounds told together, an earlier meeting told in
a clause of its own, a break and the meeting before it), dated by their event, by the date the sentence
gives, or, for a meeting, by the document (a format's whole history from them: ``format_merge.py``; what one clause
tells: ``format_clauses.py``).
"""
from __future__ import annotations

import re

from .format_clauses import Clauses
from .format_dates import ahead_of, finest, line_month, listed_year, nearest_year, same_year, year_before, years_listed
from .format_dates import precision as _precision
from .format_entry import _entry
from .format_names import Named
from .format_retro import counted_first, held_after_all, not_met, suspended_since
from .format_rounds import (
    clause_rounds,
    counted_round,
    elided_clauses,
    first_few_at,
    first_rounds,
    previous_rounds,
    round_in,
)
from .format_status import (
    AFTER_BREAK,
    COPULA_ROUND,
    FIRST_SINCE,
    HELD_AFTER,
    NEXT_MEETING,
    NO_MEETINGS_SINCE,
    PLANNED,
    RESUMED_AFTER,
    RESUMED_AFTER_PUT_OFF,
    SUSPENDED_WORDS,
    status_of,
)

# What a standing mechanism holds: an organisation named with one of these is a format at work.
MEETINGS = re.compile(r"встреч|заседани|саммит|ретрит|совещани|переговор|консультаци|диалог|сесси|форум|\bв верхах|"
                      r"\bпровод(?:ится|ятся)\b", re.I)
ONLY_PLANNED = re.compile(r"\b(?:назначенн|запланированн|намеченн|планировавш)\w*", re.I)  # a meeting set for a date
ROUND_WORD = re.compile(r"\bраунд", re.I)  # "Последний раунд прошел в 2019 году": a round, its number untold
EARLIER_WORDS = 40  # characters from the start of an earlier meeting's words within which its noun is read
RESUMED_WORDS = re.compile(r"возобнов|возрод", re.I)
_ANOTHER = re.compile(r"\bочередн\w*\s+(?:[\w-]+\s+)?(?:встреч|заседани|раунд|консультаци|сесси|саммит|ретрит)", re.I)
# "ей предстояло стать второй после переговоров в мае 2029 года": the date of the meeting before, not the one put off
_SINCE_MEETING = re.compile(r"\b(?:после|с\s+тех\s+пор,?\s+как)\s+(?:[\w-]+\s+){0,5}$", re.I)
_NEW_DATE = re.compile(r"\b(?:на|до)\s", re.I)  # "перенесли на май", "отложена до осени"
_RELATIVE = re.compile(r"\s*котор", re.I)  # a clause of the meeting named before it: "…, которое должно было пройти …"
# The break told after the meetings the sentence lists: "…, второй — в декабре 2029 года, после чего переговоры
# прервались".
_BROKE_AFTER = re.compile(r",\s+(?:после\s+чего|после\s+(?:этого|него|нее|неё)|а\s+затем|а\s+потом)\s", re.I)
# The next meeting told in a clause after the one held, its noun left out: "Первый саммит прошел в мае 2031 года в
# Лиме, следующий пройдет в Кито".
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:а\s+)?следующ(?:ий|ая|ее|ие)\s+(?:[\w-]+\s+)?(?:пройд[её]т|пройдут|состоится|"
                          r"состоятся|запланирован\w*|намечен\w*)[^,.;]*", re.I)


class Told(Clauses):
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
            if clause and status == "postponed" and len(xs) == 1 and e["date"] == xs[0].date.iso():
                # "…, отложенный в ноябре, …": a putting off told done, of the month nearest the document's day (not
                # the one a year on that a proposal's future read it as)
                e.update(date=(near := nearest_year(xs[0], self.row["published"])), date_precision=_precision(near))
            out.append(e)
        return out + (self._called_off_entry(self.timexes) if not clause and not any(
            s in ("cancelled", "postponed") for s, _, _ in statuses) else [])

    def _founding(self, text: str, date: str) -> dict:
        """The entry of a mechanism's founding told with its date: its first round where its meetings were launched
        then (``механизм, запущенный в 2011 году``), else the mechanism at work since then (``учрежден в 2003
        году``)."""
        if self.launched(text):
            return dict(_entry("round", [], self.doc, self.row, text, [], date), round=1)
        return _entry("active", [], self.doc, self.row, text, [], date)

    def _called_off_entry(self, timexes: list) -> list[dict]:
        """A meeting called off told with the date it had been planned for, beside what else the sentence tells
        (``Третью встречу, назначенную на май 2030 года, отменили, и …``): that round, cancelled."""
        off = self._called_off(self.text, timexes)
        return [] if off is None else [dict(_entry("cancelled", [], self.doc, self.row, self.text, [], off[0]),
                                            round=off[1])]

    def entries(self, n: Named, status: str | None, local: dict, current: int | None = None,
                own: int | None = None) -> list[dict] | None:
        """Entries told by the sentence (less the words governing other formats); None: no mention of it.
        ``current``: the round of this format the document numbered last; ``own``: the round it reports as of its
        day (the next one is the one after it, the previous one the one before)."""
        doc, row, text = self.doc, self.row, self.text
        taken = [(a, b) for spans in local.values() for _, a, b in spans]
        timexes = [x for x in self.timexes if not any(a <= x.start - self.offset < b for a, b in taken)]
        entries = []
        if status in ("meeting", "round") and (founded := self._founded_clause(text, timexes)):
            # "Это уже пятое заседание комиссии, учрежденной в 2003 году": the body at work since then, not the
            # date of its fifth session
            timexes = [x for x in timexes if x is not founded]
            entries.append(self._founding(text, founded.date.iso()))
        nxt = _NEXT_CLAUSE.search(text) if status in ("meeting", "round") else None
        coming = [x for x in timexes if nxt and nxt.start() <= x.start - self.offset < nxt.end()]
        timexes = [x for x in timexes if x not in coming]
        put_off = self._planned_for(text, timexes)
        if status == "postponed" and put_off and put_off[1] > 0 and not _RELATIVE.match(text, put_off[1]):
            # "пятое прошло в 2027 году, а запланированная на 2028 год встреча откладывалась": the status of the rest
            # (not "пятое заседание, которое должно было пройти 20 июня, откладывается": one meeting, put off)
            rest = status_of(text[:put_off[1]], [e for e in self.here if e["start"] - self.offset < put_off[1]])
            status = rest if rest in ("meeting", "round") else status
        if status == "active" and n.fixed and not MEETINGS.search(text):
            return None  # "компании, действующие в СНГ": the organisation, not its meetings
        broke = _BROKE_AFTER.search(text) if status == "suspended" else None  # "…, второй — в 2023 году, после чего
        # переговоры прервались": the rounds held, then the break
        few = (first_rounds(text[:broke.start()] if broke else text) or previous_rounds(text, current)) \
            if status in ("meeting", "round", None) or broke else []
        apart = clause_rounds(text) if not few and status in ("meeting", "round", "resumed", None) else []
        # the places not told one by one ("первые три — в 2027, 2028 и 2029 годах"): the years of the rest of it
        stop = few[-1][2] if few and few[-1][2] > few[0][1] else len(text)
        span = [x for x in timexes if few and few[0][1] <= x.start - self.offset < stop and x.relation == "at"]
        years = years_listed(span[0]) if len(span) == 1 else []  # "Первые два прошли в X в 2027 и 2029 годах"
        for i, (k, a, b) in enumerate(few or apart):  # "первые две прошли в X (март 2019 года) и в Y"
            dates = finest([listed_year(x, timexes) for x in timexes if a <= x.start - self.offset < b
                            and x.relation == "at"])  # "первый раунд этого года прошел в марте": March
            dates = [years[i]] if years and len(years) == len(few) else dates
            told = [e for e in self.here if e["type"] == "CONSULT" and a <= e["start"] - self.offset < b]
            date = same_year(text[a:b], entries[-1]["date"] if entries else None) or (  # "в июле того же года"
                dates[0] if len(dates) == 1 else told[0]["date"] if apart and told and not dates else None)
            if date is None and k == 1 and not told:  # "Комиссия создана в 2027 году; первое заседание прошло в X"
                date = self._founded(text, timexes)
            held = "planned" if PLANNED.search(text, a, b) and not HELD_AFTER.search(text, a, b) else "round"
            entries.append(dict(_entry(held, told if apart else [], doc, row, text, [], date), round=k,
                                status=held))  # "…, седьмое запланировано на ноябрь": a round to come
        if few and COPULA_ROUND.search(text[:few[0][1]]) and (rnd := round_in(text[:few[0][1]])) == len(few) + 1:
            # "Это третья такая встреча: впервые …, а затем …": the document's own meeting, that round
            entries.append(dict(_entry("round", [], doc, row, text[:few[0][1]], []), round=rnd, date=None,
                                date_precision="unknown"))
        head = first_few_at(text) if few and not COPULA_ROUND.search(text) else None
        if head and (rnd := round_in(text[:head])) and rnd > len(few):
            # "Третье заседание прошло в X в мае 2029 года, а первые два — в 2027 и 2028 годах": that one too
            dates = [x.date.iso() for x in timexes if x.start - self.offset < head and x.relation == "at"]
            told = [e for e in self.here if e["type"] == "CONSULT" and e["start"] - self.offset < head]
            entries.append(dict(_entry("round", told, doc, row, text[:head], [], dates[0] if len(dates) == 1
                                       else None), round=rnd))
        if apart and status == "resumed":  # "Работу механизм возобновил только в мае 2031 года, когда …, а …"
            clause = next(((a, b) for _, a, b in apart if RESUMED_WORDS.search(text, a, b)), None)
            dates = [x.date.iso() for x in timexes if clause and clause[0] <= x.start - self.offset < clause[1]
                     and x.relation == "at"]
            entries.append(_entry("resumed", [], doc, row, text, [], dates[0] if len(dates) == 1 else None))
        if broke and few:
            entries.append(_entry("suspended", [], doc, row, text[broke.start():],
                                  [x for x in timexes if x.start - self.offset >= broke.start()]))
        few = few or apart
        # "Предыдущая встреча …" after a round put off that the document numbered: the one before that round
        earlier = None if few else self._earlier(text, timexes, own or current, own)
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
            elif COPULA_ROUND.search(text[:earlier[0]]) and (rnd := round_in(text[:earlier[0]])):
                # "Это шестое заседание; предыдущее прошло …" after the meeting's sentence: its number, that meeting's
                entries.append(dict(_entry("round", [], doc, row, text[:earlier[0]], []), round=rnd, date=None,
                                    date_precision="unknown"))
        elif chain is not None and not few:
            here = self.here
            if earlier is not None and earlier[1] and chain not in ("meeting", "round"):  # "предложил возобновить
                # работу комиссии, последняя сессия которой состоялась в 2019 году": not of that earlier meeting's date
                timexes = [x for x in timexes if x.start - self.offset < earlier[0]]
            if status == "planned" and NEXT_MEETING.search(text):  # the next one, not the meeting that agreed on it
                here = [e for e in here if e["factuality"] != "occurred"]
            old = put_off if status == "postponed" else None
            years = [x.date.iso() for x in timexes if x.relation == "at" and len(x.date.iso()) == 4
                     and not _SINCE_MEETING.search(text, 0, max(0, x.start - self.offset))]
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
            if status == "cancelled" and not entry["date"] and (off := self._called_off(text, timexes, True)):
                entry.update(date=off[0], date_precision=_precision(off[0]), round=entry["round"] or off[1])
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
        if status not in ("cancelled", "postponed"):
            entries += self._called_off_entry(timexes)
        if status == "suspended" and not few and (ended := self._ended(text, timexes)) is not None:
            # "Раунд в Лиме в мае 2028 года завершился без итогов, и диалог был заморожен": that round, the break
            date, stop = ended
            after = [x for x in timexes if x.start - self.offset >= stop]
            held = "round" if ROUND_WORD.search(text, 0, stop) else "meeting"  # "Раунд … завершился без итогов"
            entries = [e for e in entries if e["status"] != "suspended"] + [
                dict(_entry(held, [], doc, row, text[:stop], [], date), evidence=text.strip()[:300]),
                dict(_entry("suspended", [], doc, row, text[stop:], after), evidence=text.strip()[:300])]
        if status == "suspended" and not few and (broken := self._rounds_broken(text, timexes)):
            # "Первая сессия состоялась в 2030 году; вторая сессия сорвана в мае 2031 года": each round, its date
            entries = [e for e in entries if e["status"] != "suspended"] + [
                dict(_entry(st, [], doc, row, text, [], date), status=st, round=rnd) for st, rnd, date in broken]
        if status in ("suspended", "resumed") and (after := self._after_round(text, timexes)) is not None:
            entries.append(dict(_entry("round", [], doc, row, text, [], after[1]), round=after[0]))
        if status == "postponed" and (held := held_after_all(text, self.timexes, self.offset)):
            rnd = entries[0]["round"] if entries else None  # "Второе заседание переносилось и все же прошло в июне"
            entries.append(dict(_entry("round", [], doc, row, text, [], held), status="round" if rnd else "meeting",
                                round=rnd))
        if status == "suspended" and (since := suspended_since(text, timexes, self.offset)):
            entries = [dict(e, date=since, date_precision=_precision(since)) if e["status"] == "suspended" else e
                       for e in entries]  # "работа которого заморожена с 2029 года": suspended then
        if status == "suspended" and (founded := self._founded(text, timexes)) \
                and not any(e["date"] == founded for e in entries):  # "создан в 2003 году, но с 2020 года бездействует"
            entries.append(self._founding(text, founded))
        since = [x.date.iso() for x in timexes if x.relation == "after"] if NO_MEETINGS_SINCE.search(text) else []
        if status == "suspended" and since:  # "заседания не проводились с июня 2014 года": the last one then
            entries[-1].update(date=since[0], date_precision=_precision(since[0]))
        if status in ("suspended", "proposed-resumption") and since:  # "… предложил созвать комиссию, которая не
            entries.append(_entry("meeting", [], doc, row, text, [], since[0]))  # собиралась с 2019 года": met then
        if status == "resumed" and (AFTER_BREAK.search(text) or FIRST_SINCE.search(text)):  # the break, the meeting
            before = [x.date.iso() for x in timexes if x.relation == "after"]  # before it
            brk = FIRST_SINCE.search(text)  # "… с тех пор, как работа была приостановлена в мае 2029 года": then
            then = {x.date.iso() for x in timexes if brk and x.relation == "at" and x.start - self.offset >= brk.end()}
            if not brk and (cut := _BROKE_AFTER.search(text)) and SUSPENDED_WORDS.search(text, cut.end()):
                # "первая встреча за три года: предыдущая прошла в июне 2029 года, после чего контакты заморозили"
                then = {x.date.iso() for x in timexes if x.relation == "at" and x.start - self.offset < cut.start()}
            entries.append(dict(_entry("suspended", [], doc, row, text, [], then.pop() if len(then) == 1 else None),
                                told="a break"))
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
        if status == "postponed" and (again := RESUMED_AFTER_PUT_OFF.search(text)):  # "…переносились, но затем
            date = self._clause_date(text, timexes, again.end() - 1)  # работа возобновилась": after all, not today
            entries.append(dict(_entry("resumed", [], doc, row, text, [], date), told="after put off"))
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
        for e in entries:  # "Август 2031 года, Лима — четвертый раунд": that month, not the year alone
            if e["date"] and len(e["date"]) == 4 and (month := line_month(text, e["date"])) != e["date"]:
                e.update(date=month, date_precision=_precision(month))
        if nxt:  # "…, следующий пройдет в Кито": planned, dated by its clause alone
            entries.append(dict(_entry("planned", [], doc, row, text[nxt.start():nxt.end()], coming),
                                evidence=text.strip()[:300]))
        for k, a, b in [] if few else elided_clauses(text):  # "…, первые — в Y в марте 2024 года": the first one
            dates = [x.date.iso() for x in timexes if a <= x.start - self.offset < b and x.relation == "at"]
            if len(dates) == 1 and not any(e["round"] == k for e in entries):
                entries = [e for e in entries if not (e["status"] == "meeting" and e["date"] == dates[0])]
                entries.append(dict(_entry("round", [], doc, row, text, [], dates[0]), round=k))
        founded = self._founded(text, timexes) if status in ("meeting", "round") else None
        rest = {x.date.iso() for x in timexes if x.relation == "at"} - {founded} if founded else set()
        if len(rest) == 1 and (then := rest.pop()) < (row["published"] or "")[:len(then)]:
            # "создана в 2028 году, ее первое заседание прошло в мае того же года": a meeting its event left of its
            # document's day, of the one date the sentence gives besides the founding's
            entries = [dict(e, date=then, date_precision=_precision(then)) if e.get("by_doc") or not e["date"] and
                       e["status"] in ("meeting", "round") else e for e in entries]
        if text.rstrip().endswith("?") and not timexes:  # "Чем закончилась недавняя сессия …?": asked
            entries = [e for e in entries if e["status"] not in ("meeting", "round")]  # about, not held that day
        return entries
