"""The history entries of formats (``formats.py``): what one sentence tells of a format's meetings
(``Told``: the sentence's status, a round told in words, rounds told together, an earlier meeting told in
a clause of its own, a break and the meeting before it), dated by their event, by the date the sentence
gives, or, for a meeting, by the document; and a format's whole history (``merge_entries``, ``complete``):
one entry per meeting, rounds numbered between known ones, missing rounds shown as implied.
"""
from __future__ import annotations

import re

from .format_names import Named
from .format_rounds import first_rounds, previous_rounds, round_in
from .format_status import AFTER_BREAK, NO_MEETINGS_SINCE, RESUMED_AFTER

# A time expression that dates the telling, not what is told: "сегодня согласовано, что … были заморожены".
DEICTIC = re.compile(r"\W*(?:сегодня|сейчас|ныне|теперь|в настоящее время|на днях)\b", re.I)
# What a standing mechanism holds: an organisation named with one of these is a format at work.
MEETINGS = re.compile(r"встреч|заседани|саммит|совещани|переговор|консультаци|диалог|сесси|\bв верхах", re.I)
# The last meeting before now: "последний раз совет заседал в июне 2014 года".
LAST_TIME = re.compile(r"\bпоследн\w*\s+(?:раз|заседани|встреч|раунд|саммит|консультаци)", re.I)


class Told:
    """The history entries one sentence gives its formats."""

    def __init__(self, doc, row: dict, text: str, here: list[dict], timexes: list, offset: int):
        self.doc, self.row, self.text, self.here, self.timexes, self.offset = doc, row, text, here, timexes, offset

    def local(self, statuses: list[tuple[str, int, int]]) -> list[dict]:
        """Entries told by words governing this format's mention (``исключена из …``)."""
        return [_entry(status, self.here, self.doc, self.row, self.text, self.timexes) for status, _, _ in statuses]

    def entries(self, n: Named, status: str | None, local: dict, current: int | None = None) -> list[dict] | None:
        """Entries told by the sentence (less the words governing other formats); None: no mention of it.
        ``current``: the round of this format the document numbered last."""
        doc, row, text = self.doc, self.row, self.text
        taken = [(a, b) for spans in local.values() for _, a, b in spans]
        timexes = [x for x in self.timexes if not any(a <= x.start - self.offset < b for a, b in taken)]
        entries = []
        last_time = [x.date.iso() for x in timexes if x.relation == "at"] if LAST_TIME.search(text) else []
        if last_time:  # "последний раз совет заседал в июне 2014 года": that date is the last meeting's
            entries.append(_entry("meeting", [], doc, row, text, [], last_time[0]))
        if status == "active" and n.fixed and not MEETINGS.search(text):
            return None  # "компании, действующие в СНГ": the organisation, not its meetings
        few = (first_rounds(text) or previous_rounds(text, current)) if status in ("meeting", "round", None) else []
        for k, a, b in few:  # "первые две встречи прошли в Токио (ноябрь 2013 года) и в Москве"
            dates = [x.date.iso() for x in timexes if a <= x.start - self.offset < b and x.relation == "at"]
            entries.append(dict(_entry("round", [], doc, row, text, [], dates[0] if len(dates) == 1 else None),
                                round=k))
        if status is not None and not few and not (last_time and status == "meeting"):
            entries.append(_entry(status, self.here, doc, row, text, [] if last_time else timexes))
        since = [x.date.iso() for x in timexes if x.relation == "after"] if NO_MEETINGS_SINCE.search(text) else []
        if status == "suspended" and since:  # "заседания не проводились с июня 2014 года": the last one then
            entries[-1].update(date=since[0], date_precision=_precision(since[0]))
            entries.append(_entry("meeting", [], doc, row, text, [], since[0]))
        if status == "resumed" and AFTER_BREAK.search(text):  # the break and the meeting before it
            before = [x.date.iso() for x in timexes if x.relation == "after"]
            entries.append(dict(_entry("suspended", [], doc, row, text, []), told="a break"))
            if before:
                entries.append(_entry("meeting", [], doc, row, text, [], before[0]))
        if status == "suspended" and RESUMED_AFTER.search(text):  # "…приостановлены, а возобновлены в …"
            entries.append(_entry("resumed", [], doc, row, text, []))
        return entries




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
    told = {x.date.iso() for x in timexes if x.relation == "at" and not DEICTIC.match(x.text)}
    if date is not None or status == "active":
        pass
    elif main and main["date"] and (timexes or not ahead):
        date = main["date"]
    elif len(told) == 1 and status != "active":
        date = told.pop()
    else:
        date = row["published"] if status in ("meeting", "round", "resumed", "proposed-resumption") and main else None
    rnd = main["round"] if main else None
    if rnd is None and status in ("meeting", "round", "planned", "postponed", "cancelled"):
        rnd = round_in(text)
    if rnd and status == "meeting":
        status = "round"
    return {"status": status, "date": date, "date_precision": _precision(date),
            "round": rnd, "events": [main["id"]] if main else [],
            "docs": [doc.id], "evidence": text.strip()[:300]}


def _precision(date: str | None) -> str:
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}.get(len(date) if date else None, "unknown")


def merge_entries(entries: list[dict]) -> list[dict]:
    """One entry per (status, date, round), the documents and events pooled."""
    merged: dict[tuple, dict] = {}
    for e in entries:
        key = (e["status"], e["date"], e["round"]) if e["date"] or e["round"] \
            else (e["status"], None, None, e["docs"][0])
        if key in merged:
            old = merged[key]
            old["docs"] = sorted(set(old["docs"]) | set(e["docs"]))
            old["events"] = sorted(set(old["events"]) | set(e["events"]))
        else:
            merged[key] = dict(e)
    return sorted(merged.values(), key=lambda e: (e["date"] or "9999", e["round"] or 0, e["status"]))


def complete(history: list[dict], suspensions: list[str]) -> list[dict]:
    """Date undated suspensions from suspensions reported elsewhere (``suspensions``: their dates,
    sorted); number meetings between known rounds; show a missing round between two known ones as
    implied."""
    for h in history:
        if h["status"] == "suspended" and not h["date"] and suspensions and "told" not in h:
            h["date"], h["date_precision"] = suspensions[0], _precision(suspensions[0])
            h["dated_from"] = "another report"
    meetings = sorted((h for h in history if h["status"] in ("round", "meeting", "resumed") and h["date"]),
                      key=lambda h: h["date"])
    numbered = [h for h in meetings if h["round"]]
    for a, b in zip(numbered, numbered[1:]):
        between = [h for h in meetings if a["date"] < h["date"] < b["date"] and not h["round"]]
        if between and b["round"] - a["round"] >= 2:
            between[0]["round"], between[0]["status"], between[0]["round_from"] = a["round"] + 1, "round", "order"
    known = sorted({h["round"] for h in history if h["round"]})
    for r in range(known[0] + 1, known[-1]) if known else ():
        if r not in known:
            history.append({"status": "implied", "round": r, "date": None, "date_precision": "unknown",
                            "events": [], "docs": [], "note": "between two known rounds; not in the texts"})
    return sorted(history, key=lambda h: (h["date"] or "9999", h["round"] or 0))
