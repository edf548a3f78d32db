"""One history entry of a format (``format_history.Told``): its status, dated by its event (a planned, postponed or
cancelled one only by a date the sentence gives), else by the one date the sentence gives, a meeting by its
document; its round from the event or the words."""
from __future__ import annotations

import re

from .format_dates import ahead_of, told_days
from .format_dates import precision as _precision
from .format_retro import DEICTIC
from .format_rounds import counted_round, elided_round, round_in
from .format_status import UNFULFILLED

# a meeting told held by the sides in the perfective past: "провели в X сессию", "открылось заседание"
HELD_NOW = re.compile(r"^(?:(?!\b(?:ранее|прежде|до\s+этого|впервые|в\s+прошл|предыдущ|последн|прошл)\w*)[^.;])*?"
                      r"\b(?:провел[аио]?|провёл|открыл(?:ся|ась|ось|ись))\b", re.I)
BY_THE_END = re.compile(r"до\s+конца\b", re.I)
# The date of the talks a meeting to come was agreed at, not that meeting's: "условились о визите в ходе
# телефонной беседы 4 июня", "договорились во время переговоров 3 марта".
_OCCASION = r"\b(?:в\s+ходе|во\s+время|по\s+итогам|на\s+полях)\s+(?:[\w-]+\s+){1,4}?"

def _entry(status: str, events: list[dict], doc, row: dict, text: str, timexes: list, date: str | None = None) -> dict:
    """A history entry: dated by its event (a planned, postponed or cancelled one only by a date the
    sentence gives), else by the one date the sentence gives, a meeting by its document; its round
    from the event or the words."""
    wanted = {"round": "CONSULT", "meeting": "CONSULT", "suspended": "SANCTION", "planned": "CONSULT",
              "resumed": "CONSULT", "proposed-resumption": "REQUEST"}.get(status, "")
    fitting = [e for e in events if e["type"] == wanted]
    main = next((e for e in fitting if e["round"]), None) or next(iter(fitting), None) \
        or (events[0] if events else None)
    ahead = status in ("planned", "postponed", "cancelled")
    through = None
    by_doc = False  # dated by the document's day, not by the sentence's words
    told = {x.date.iso() for x in timexes if x.relation == "at" and not DEICTIC.match(x.text)
            or status == "planned" and BY_THE_END.match(x.text)}  # "встретиться вновь до конца апреля": in April
    if status == "suspended" and (unmet := UNFULFILLED.search(text)):
        # "откладывает встречу, намеченную на октябрь": October is the meeting's, not the break's
        told -= {x.date.iso() for x in timexes if text.find(x.text) > unmet.start()}
    if date is not None or status == "active":
        pass
    elif ahead and not fitting and main is not None:
        # "договорились созвать комиссию в 2032 году": the date the sentence gives, not the agreement's
        date = told.pop() if len(told) == 1 else None
    elif status == "proposed-resumption" and len(told) == 1 and main and main["date"] and (asked := (
            ahead_of(min(told), row["published"], timexes) if len(min(told)) == 7 else min(told))) \
            > main["date"][:len(min(told))]:
        date = asked  # "предложил провести заседание в первом квартале 2031 года": the time of the meeting asked for,
        # not the day of asking ("созвать в апреле", told in March: this April; not "в среду": the day it was asked)
    elif main and main["date"] and (timexes or not ahead) and (fitting or told or status != "suspended") \
            and (fitting or len(told) != 1 or status not in ("suspended", "resumed", "meeting", "round")):
        # a break or a meeting told with another act ("по итогам заседания, прошедшего 13 ноября, подписали …"): the
        # one date of the sentence, not that act's (but a break told by its noun beside another act, "сожалеет о
        # решении о приостановке диалога", is left undated: of the day a report of the break tells, ``complete``)
        date = main["date"]
        by_doc = main.get("date_from") == "document"
    elif len(told) == 1 and status != "active":
        date = told.pop()
    else:
        # a proposal told with no date of its own and no event ("предложил в ближайшее время созвать группу"): of the
        # day its document tells it, as a meeting its document reports
        date = row["published"] if status in ("meeting", "round", "resumed", "proposed-resumption") and (
            main or status == "proposed-resumption" and not told
            or status in ("meeting", "round") and not told and HELD_NOW.search(text)) else None
        # … and a meeting held told with no date and no event the event stage read ("Стороны провели в X XV сессию
        # комиссии"): of the document's day
        by_doc = date is not None
    if status in ("meeting", "round") and date and len(date) == 4 and len(finer := {d for d in told if len(d) > 4
                                                                                 and d[:4] == date}) == 1:
        date = finer.pop()  # "учрежден в 2031 году, первое заседание провели в мае 2031 года": in May
    occasions = _occasions(text, timexes) if status == "planned" and date else set()
    if any(len(d) == 10 and date[4:] == d[4:] and 0 <= int(date[:4]) - int(d[:4]) <= 1 for d in occasions):
        rest = {x.date.iso() for x in timexes if x.relation == "at" and not DEICTIC.match(x.text)} - occasions
        date = rest.pop() if len(rest) == 1 else None  # agreed on that day (read as to come: the year after)
    if status == "planned" and date:
        date = ahead_of(date, row["published"], timexes)
    if status in ("meeting", "round") and date and row["published"] and date > row["published"][:len(date)]:
        date = None  # held after the day of its report: a date of another thing read as its ("провели консультации,
        # отложенные в декабре" of a report in February), not its own
    if status in ("meeting", "round") and date and len(date) == 10:
        date, through = told_days(date, text)  # a session of days by its first ("завершилась в четверг … в среду и
        # четверг"), its last day kept for the reports dating it by that one (``format_merge.one_date_per_round``)
    rnd = main["round"] if main else None
    if rnd is None and status in ("meeting", "round", "planned", "postponed", "cancelled", "proposed-resumption"):
        rnd = round_in(text) or (counted_round(text) if status in ("meeting", "round") else None) or elided_round(text)
    if rnd and status == "meeting":
        status = "round"
    entry = {"status": status, "date": date, "date_precision": _precision(date),
             "round": rnd, "events": [main["id"]] if main else [],
             "docs": [doc.id], "evidence": text.strip()[:300]}
    if by_doc and status in ("meeting", "round"):
        entry["by_doc"] = True  # a headline's "собралась в седьмой раз": the day the words tell wins
    return dict(entry, through=through) if through else entry


def _occasions(text: str, timexes: list) -> set[str]:
    """The dates of the talks the sentence tells something agreed at (``в ходе телефонного разговора 16 марта``)."""
    return {x.date.iso() for x in timexes if x.text and re.search(_OCCASION + re.escape(x.text), text, re.I)}
