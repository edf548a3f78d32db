"""A round held once in a format's history (``format_merge.py``): the reports of one round told on several days, or
dated by their documents a few days after it, give it one date, the one its words tell most fully."""
from __future__ import annotations

from datetime import date as _date

from .format_dates import BEGUN, SESSION_DAYS, opened_on, told_days

RETOLD_DAYS = 7  # days after a round within which a report dated only by its document's day retells it


def one_date_per_round(history: list[dict]) -> list[dict]:
    """A round is held once: where entries of one numbered round give different days, the day more documents tell
    is its day, the others folded into it (a weekly digest's ``Это уже седьмой раунд`` dated by the digest), a round its
    report tells begun on a weekday before its day (``раунда, который шел с понедельника``) first dated by it; on a tie
    of days that follow one another, a session of days (``открылась в понедельник``, ``во вторник завершили``), its
    first day; on another tie all stay.  A resumption of a numbered round told a few days after that round's day (a
    report of its end, ``возобновили диалог``) takes the round's day."""
    out = list(history)
    by_round: dict[int, list[dict]] = {}
    for e in history:
        if e["status"] == "round" and e["date"] and len(e["date"]) == 10 and not e.get("through") \
                and (first := opened_on(e["date"], e.get("evidence") or "", "")):  # "…, которые шли с понедельника"
            e.update(date=first, through=e["date"])  # (a report of no year dated only now): its first day
        if e["status"] == "round" and e["round"] and e["date"] and len(e["date"]) == 10:
            by_round.setdefault(e["round"], []).append(e)
    for rnd, told in by_round.items():
        if len({e["date"] for e in told}) < 2:
            continue
        told = by_round[rnd] = _dated_in_words(told, out)
        if len({e["date"] for e in told}) < 2:
            continue
        docs = {d: {doc for e in told if e["date"] == d for doc in e["docs"]} for d in {e["date"] for e in told}}
        best = sorted(docs, key=lambda d: (-len(docs[d]), d))
        tied = sorted(d for d in docs if len(docs[d]) == len(docs[best[0]]))
        if first := _first_of_days(told, sorted(docs)):
            best = [first]  # "заседание, которое проходило 7 и 8 октября": its first day, however many tell the last
        elif len(tied) > 1 and not _days_running(tied):
            continue
        keep = next(e for e in told if e["date"] == best[0])
        for e in told:
            if e["date"] != best[0]:
                _fold_into(keep, e, out)
    held = {e["round"]: e["date"] for e in out if e["status"] == "round" and e["round"] and e["date"]
            and len(e["date"]) == 10}
    for e in out:  # the resumption that round is, dated by a report of its end (``возобновили диалог`` the day after)
        if e["status"] == "resumed" and e["date"] and len(e["date"]) == 10 and held.get(e["round"]) \
                and 0 < (_date.fromisoformat(e["date"]) - _date.fromisoformat(held[e["round"]])).days <= SESSION_DAYS:
            e.update(date=held[e["round"]])
    return out


def _dated_in_words(told: list[dict], out: list[dict]) -> list[dict]:
    """The entries of one round less those only dated by their document's day (a headline ``Комиссия собралась в
    пятый раз`` over ``во вторник прошло пятое заседание``, a weekly digest's ``прошел второй раунд``) that follow a
    day the words of a report tell the round on by ``RETOLD_DAYS`` at most: those folded into the latest such day
    (removed from ``out``)."""
    worded = sorted((e for e in told if not e.get("by_doc")), key=lambda e: e["date"])
    for e in told:
        if not e.get("by_doc"):
            continue
        before = [w for w in worded if 0 < (_date.fromisoformat(e["date"]) - _date.fromisoformat(w["date"])).days
                  <= RETOLD_DAYS]
        if before:
            _fold_into(before[-1], e, out)
    return [e for e in told if e in out]


def _fold_into(keep: dict, e: dict, out: list[dict]) -> None:
    """Entry ``e`` told again by ``keep``: its documents and events go to ``keep``, and it leaves ``out``."""
    keep["docs"] = sorted(set(keep["docs"]) | set(e["docs"]))
    keep["events"] = sorted(set(keep["events"]) | set(e["events"]))
    out.remove(e)


def _first_of_days(told: list[dict], days: list[str]) -> str | None:
    """The first day of a session of days one of the round's reports tells in its own words (``прошли 7–8 октября``,
    ``7 и 8 октября``), where every day the reports give the round is one of them; or the day a report tells it
    opened on (``Пятое заседание комиссии открылось во вторник``), where the others give days of the few after it (its
    close, ``в среду подписали протокол``); else None."""
    for e in told:
        first, last = (e["date"], e["through"]) if e.get("through") else told_days(e["date"], e.get("evidence") or "")
        if last and first == days[0] and days[-1] <= last:
            return first
    if any(e["date"] == days[0] and BEGUN.search(e.get("evidence") or "") for e in told) \
            and (_date.fromisoformat(days[-1]) - _date.fromisoformat(days[0])).days < SESSION_DAYS:
        return days[0]
    return None


def _days_running(days: list[str]) -> bool:
    """Do the days (sorted) follow one another, each the day after the one before?"""
    return all((_date.fromisoformat(b) - _date.fromisoformat(a)).days == 1 for a, b in zip(days, days[1:]))


def tells_more(o: dict, e: dict) -> bool:
    """Does entry ``o`` tell what ``e`` tells and more: its round (or a round where ``e`` has none, for a
    meeting) and its date or a more precise one within it?"""
    if (o["status"], o["date"], o["round"]) == (e["status"], e["date"], e["round"]):
        return False
    if e["status"] == "meeting" and o["status"] == "round" and not o["round"]:
        return bool(e["date"]) and o["date"] == e["date"]  # "последний раунд прошел в октябре 2019 года", retold
    date = (o["date"] or "").startswith(e["date"]) if e["date"] else True
    if e["status"] == "meeting" and o["status"] == "resumed":
        date = o["date"] == e["date"]
    return date and (e["round"] is None or e["round"] == o["round"])
