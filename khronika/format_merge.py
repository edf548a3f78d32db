"""A format's whole history from the entries its mentions gave (``formats.py``): one entry per meeting
(``merge_entries``; one told more and less fully, ``fold_retold``; a round held once, ``one_date_per_round``; one
announced and then held that day, ``planned_then_held``), rounds
numbered between known ones and missing rounds shown as implied, a meeting put off taking the round planned for its
new date (``complete``).
"""
from __future__ import annotations

import hashlib
from datetime import date as _date

from .format_aliases import ORGANISATION_TYPES, label_of, spelt_out
from .format_names import SIDES_IN_NAME
from .format_one_date import one_date_per_round, tells_more
from .format_proper import PROPER_FORMAT
from .format_status import RESUMED_DONE
from .gazetteer import country_by_code
from .ids import country_code, country_id, entity_id, is_country
from .morph import fold

MOST_IMPLIED = 2  # the most rounds missing between two known ones that are shown as implied


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
            if not e.get("by_doc"):
                old.pop("by_doc", None)
        else:
            merged[key] = dict(e)
    # entries of one date, round and status (two undated postponements) in the order of their documents and events
    return sorted(merged.values(), key=lambda e: (e["date"] or "9999", e["round"] or 0, e["status"], e["docs"],
                                                  e["events"]))


# What a less told entry may be told again as: a meeting as a numbered round or a resumption of its day.
_AGAIN = {"meeting": ("round",), "round": ("round",), "resumed": ("resumed",), "planned": ("planned",),
          "postponed": ("postponed",), "cancelled": ("cancelled",)}


def fold_retold(history: list[dict]) -> list[dict]:
    """One meeting told more and less fully is one entry: ``meeting 2022`` of a summit and its ``round 6 2022-06-29``,
    a ``round 22`` undated and ``round 22 2024-11-11``, a planned next meeting undated and dated, ``meeting D`` and
    ``resumed D``; folded only into the one entry that tells it more fully (none where several would fit).  An
    undated unnumbered meeting is not folded (it is most often the document's own)."""
    out = list(history)
    # the more told first: "round 22 2024-11" into "round 22 2024-11-11" before "round 22" undated, which then fits one;
    # of one date a numbered one first ("round 2 2018" into "round 2 2018-06", then "meeting 2018" fits one)
    for e in sorted(history, key=lambda h: (-len(h["date"] or ""), h["round"] is None)):
        if e["status"] == "meeting" and not e["date"]:
            continue
        fits = [o for o in out if o is not e and o["status"] in _AGAIN.get(e["status"], ()) and tells_more(o, e)]
        if len({(o["status"], o["date"], o["round"]) for o in fits}) == 1:
            o = fits[0]
            o["docs"] = sorted(set(o["docs"]) | set(e["docs"]))
            o["events"] = sorted(set(o["events"]) | set(e["events"]))
            out.remove(e)
    return out


HELD = ("meeting", "round", "resumed")
OWN_DAYS = 7  # a meeting dated at most this many days before its document is the one the document reports


def numbered_after(history: list[dict]) -> list[dict]:
    """A round told by its number alone in a sentence after the meeting (``… провели сегодня заседание. Это шестое
    заседание …``: no event, no date of its own) is that meeting's number: folded into the one unnumbered meeting told
    with its event in its documents (none where several would fit, or where that round is dated already)."""
    out = list(history)
    for e in history:
        if e["status"] != "round" or not e["round"] or e["date"] or e["events"] or not e["docs"] \
                or any(o["round"] == e["round"] and o["date"] for o in history):
            continue
        fits = [o for o in out if o["status"] == "meeting" and not o["round"] and o["events"]  # dated or not
                and set(e["docs"]) <= set(o["docs"])]
        if len(fits) == 1:
            fits[0].update(status="round", round=e["round"], docs=sorted(set(fits[0]["docs"]) | set(e["docs"])))
            out.remove(e)
    return out


def date_resumptions(mentions: list[tuple], published: str | None) -> list[tuple]:
    """A resumption a document tells without its date (``после перерыва вернулись за стол переговоров``, a headline)
    where it reports one meeting of that format of its own days (``прошли 10–11 марта``): that meeting's date."""
    own: dict[str, set[str]] = {}
    for n, _, entries in mentions:
        own.setdefault(n["name"], set()).update(e["date"] for e in entries if e["status"] in HELD
                                                and recent(e["date"], published))
    for n, _, entries in mentions:
        days = own.get(n["name"], set())
        for e in entries:
            if e["status"] == "resumed" and not e["date"] and "told" not in e and (len(days) == 1 or not days and (
                    published and RESUMED_DONE.search(e.get("evidence") or ""))):  # "…, возобновился в X": its day
                e["date"] = next(iter(days)) if days else published
                e["date_precision"] = _precision(e["date"])
    return mentions


def recent(date: str | None, published: str | None, month: bool = False) -> bool:
    """A day at most ``OWN_DAYS`` before the document's (``Вчера прошло XXII заседание``: the document's own round);
    ``month``: or the document's own month, a date read no closer (``в выходные провели шестой раунд``)."""
    if month and date and published and len(date) == 7 and date == published[:7]:
        return True
    if not date or not published or len(date) != 10 or len(published) < 10:
        return False
    try:
        return 0 <= (_date.fromisoformat(published[:10]) - _date.fromisoformat(date)).days <= OWN_DAYS
    except ValueError:
        return False


def planned_then_held(history: list[dict]) -> list[dict]:
    """A meeting announced (``Саммит пройдёт завтра``) and then held on that very day is one entry: a planned entry
    folded into the one held entry of its date (a day, or a month or year with the same round), its documents and
    events pooled; none where several held entries would fit."""
    out = list(history)
    for p in history:
        if p["status"] != "planned" or not p["date"]:
            continue
        fits = [h for h in out if h["status"] in HELD and h["date"] and (
            h["date"] == p["date"] if len(p["date"]) == 10 or not p["round"]
            else h["date"].startswith(p["date"]) and h["round"] == p["round"])]
        if len(fits) == 1 and (p["round"] is None or fits[0]["round"] in (None, p["round"])):
            h = fits[0]
            h["docs"] = sorted(set(h["docs"]) | set(p["docs"]))
            h["events"] = sorted(set(h["events"]) | set(p["events"]))
            out.remove(p)
    return out


def called_off_not_held(history: list[dict]) -> list[dict]:
    """A numbered round told called off (``Пятый раунд, намеченный на май, отменили``) was not held: no entry of it
    held in that year, as a document infers it from when the talks last met (``первый раунд с 2030 года``)."""
    off = {(e["round"], (e["date"] or "")[:4]) for e in history if e["status"] == "cancelled" and e["round"]}
    return [e for e in history if not (e["status"] == "round" and (e["round"], (e["date"] or "")[:4]) in off)]


def _held_after(h: dict, history: list[dict]) -> int | None:
    """The round a meeting put off (``h``, dated by the day it had been planned for) was held as: the first numbered
    meeting its documents report held after that day (within the next year), none other held in between."""
    after = sorted((p for p in history if p["status"] in HELD and p["date"] and p["date"][:len(h["date"])] > h["date"]),
                   key=lambda p: p["date"])
    if not after or not after[0]["round"] or not set(after[0]["docs"]) & set(h["docs"]) \
            or int(after[0]["date"][:4]) > int(h["date"][:4]) + 1:
        return None
    return after[0]["round"]


def complete(history: list[dict], suspensions: list[str]) -> list[dict]:
    """Date undated suspensions from suspensions reported elsewhere (``suspensions``: their dates,
    sorted); number meetings between known rounds, a numbered one to come the last of them; show a missing round
    between two known ones as implied (where no more than ``MOST_IMPLIED`` are missing there)."""
    for h in history:
        if h["status"] == "suspended" and not h["date"] and suspensions and "told" not in h:
            h["date"], h["date_precision"] = suspensions[0], _precision(suspensions[0])
            h["dated_from"] = "another report"
    for h in history:  # a meeting put off to a date is the one planned for that date: its round
        rounds = {p["round"] for p in history if p["status"] == "planned" and p["round"] and p["date"] == h["date"]}
        if h["status"] == "postponed" and not h["round"] and h["date"] and len(rounds) == 1:
            h["round"] = rounds.pop()
        days = {(p["round"], p["date"]) for p in history if p["status"] == "planned" and p["round"] and p["date"]
                and len(p["date"]) == 10 and h["date"] and len(h["date"]) == 7 and p["date"][:7] == h["date"]}
        if h["status"] == "postponed" and not h["round"] and len(days) == 1:
            # "…, отложенный в ноябре, …" and "седьмое, намеченное на 12 ноября": the one planned for that month's day
            (h["round"], h["date"]), h["date_precision"] = days.pop(), "day"
    for h in history:  # "заседание, которое планировалось провести в декабре, переносится на март": the one planned
        later = {p["round"] for p in history if p["status"] == "planned" and p["round"] and p["date"]
                 and set(p["docs"]) & set(h["docs"]) and (not h["date"] or p["date"][:4] >= h["date"][:4])
                 and not any(m["status"] in HELD and m["date"] and (h["date"] or "") < m["date"] < p["date"]
                             for m in history)}  # not one held in between: the one put off was held
        if h["status"] == "postponed" and not h["round"] and len(later) == 1:
            h["round"] = later.pop()
    for h in [h for h in history if h["status"] == "postponed" and not h["round"] and h["date"]]:
        # "встречу планировали на 20 октября, но отложили" in the report of the ninth, held in November: that round
        if (held := _held_after(h, history)) is not None:
            h["round"] = held
    for h in [h for h in history if h["status"] == "resumed" and not h["round"] and h["date"]]:
        # "впервые за пять лет" in one report, "пятый саммит" in another, both of that day: the fifth resumed them
        rounds = {p["round"] for p in history if p["status"] == "round" and p["round"] and p["date"] == h["date"]}
        if len(rounds) == 1:
            h["round"] = rounds.pop()
    for h in [h for h in history if h["status"] == "postponed" and h["round"] and not h["date"]]:
        # "Переговоры, назначенные на 2 июня, отложены. Им предстояло стать седьмыми …": one meeting put off, told twice
        dated = [p for p in history if p["status"] == "postponed" and p["date"] and not p["round"]]
        if len(dated) == 1 and not any(p["status"] == "postponed" and p["round"] == h["round"] and p["date"]
                                       for p in history):
            dated[0].update(round=h["round"], docs=sorted(set(dated[0]["docs"]) | set(h["docs"])),
                            events=sorted(set(dated[0]["events"]) | set(h["events"])))
            history.remove(h)
    for h in [h for h in history if h["status"] == "postponed" and h["round"] and not h["date"]]:
        # "седьмое запланировано на 19 мая" (one report) … "седьмое заседание откладывается" (another, undated): the
        # meeting put off is the one planned for that day, dated so; the plan is folded into it
        planned = [p for p in history if p["status"] == "planned" and p["round"] == h["round"] and p["date"]
                   and not set(p["docs"]) & set(h["docs"])]
        if len({p["date"] for p in planned}) == 1:
            h.update(date=planned[0]["date"], date_precision=_precision(planned[0]["date"]),
                     docs=sorted(set(h["docs"]).union(*(p["docs"] for p in planned))),
                     events=sorted(set(h["events"]).union(*(p["events"] for p in planned))))
            history[:] = [p for p in history if not any(p is q for q in planned)]
    for h in [h for h in history if h["status"] == "postponed" and not h["round"] and not h["date"]]:
        # the headline "Саммит X — Y отложен" over "Встреча, намеченная на 2 июня, отложена": that one
        dated = [p for p in history if p["status"] == "postponed" and p["date"] and set(h["docs"]) <= set(p["docs"])]
        if len(dated) == 1:
            dated[0]["events"] = sorted(set(dated[0]["events"]) | set(h["events"]))
            history.remove(h)
    for h in history:  # "перенос третьего саммита, планировавшегося на 2030 год" … "перенесен на 2031 год": the third
        later = [p for p in history if p["status"] == "planned" and p["date"] and not p["round"]
                 and (not h["date"] or p["date"][:4] > h["date"][:4])
                 and not any(m["status"] in HELD and m["date"] and (h["date"] or "") < m["date"] < p["date"]
                             for m in history)]
        if h["status"] == "postponed" and h["round"] and len(later) == 1 \
                and not any(p["status"] == "planned" and p["round"] == h["round"] for p in history):
            later[0]["round"] = h["round"]
    meetings = sorted((h for h in history if h["status"] in ("round", "meeting", "resumed") and h["date"]),
                      key=lambda h: h["date"])
    for p in [p for p in history if p["status"] == "planned" and not p["round"] and p["date"] and meetings]:
        # "очередную сессию решено созвать в 2031 году" and "последняя, пятая, прошла в 2029 году", none held since: the
        # sixth
        last = max((h for h in meetings if h["date"][:len(p["date"])] < p["date"]), key=lambda h: h["date"],
                   default=None)
        if last and last["round"] and set(last["docs"]) & set(p["docs"]) and last is meetings[-1]:
            p["round"] = last["round"] + 1
    numbered = [h for h in meetings if h["round"]]
    numbered += [p for p in history if p["status"] == "planned" and p["round"] and p["date"] and numbered  # and the
                 and p["round"] > numbered[-1]["round"] and p["date"] > numbered[-1]["date"]][:1]  # next, to come
    for a, b in zip(numbered, numbered[1:]):
        between = [h for h in meetings if a["date"] < h["date"] < b["date"] and not h["round"]]
        if between and 2 <= b["round"] - a["round"] <= MOST_IMPLIED + 1:  # not the 2nd between the 1st and the 65th
            if between[0]["status"] == "resumed":  # a resumption numbered so is that round too, held as a resumption
                history.append(dict(between[0], round=a["round"] + 1, status="round", round_from="order"))
            between[0]["round"], between[0]["round_from"] = a["round"] + 1, "order"
            between[0]["status"] = "resumed" if between[0]["status"] == "resumed" else "round"
    known = sorted({h["round"] for h in history if h["round"]})
    for a, b in zip(known, known[1:]):
        if b - a - 1 > MOST_IMPLIED:
            continue  # "the 1st in 2017, the 22nd now": twenty rows that say nothing
        for r in range(a + 1, b):
            history.append({"status": "implied", "round": r, "date": None, "date_precision": "unknown",
                            "events": [], "docs": [], "note": "between two known rounds; not in the texts"})
    return sorted(history, key=lambda h: (h["date"] or "9999", h["round"] or 0))


def in_stable_order(record: dict, first: dict[str, tuple]) -> dict:
    """The record with the events of each history entry in the order of their first reports (``first``: fused event
    id → its document's place in the order formats are read in and its offset), not of their ids: a fused event keeps
    the id of the report exported first (``fusion/stable.py``), which the order of ingestion decides; entries tied on
    date, round, status and documents ordered so too."""
    def rank(event: str) -> tuple:
        return first.get(event, (len(first), 0, event))

    for h in record["history"]:
        h["events"] = sorted(dict.fromkeys(h["events"]), key=rank)
    record["history"].sort(key=lambda e: (e["date"] or "9999", e["round"] or 0, e["status"], e["docs"],
                                          [rank(v) for v in e["events"]]))
    return record


def format_id(name: str) -> str:
    return "f:" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def _side_name(side: str, names: dict) -> str:
    country = country_by_code(country_code(side) or "")
    return names.get(side, {}).get("name") or (country.name if country else side)


def format_record(group, names, suspensions: list) -> dict:
    """The export record of one format: its canonical name (with its sides), aliases, label, level, members and
    whole history; ``suspensions``: the suspensions the store's documents report, each its date and its sides (a
    bare date, of a store made before, of any)."""
    (name, sides), items = group
    n = items[0][0]
    ids = set(sides)
    if n.fixed:
        orgs = set(n.orgs) | ({n.name} if n.type in ORGANISATION_TYPES else set())  # "саммит СНГ": the CIS's too
        ids = {country_id(c) for c in n.countries} | {entity_id("organization", o) for o in orgs}
        ids = (ids & set(names)) | set(sides)  # a party's: those it meets too
    ordered = sorted(ids, key=lambda c: _side_name(c, names))
    kind = n.type
    if not n.fixed and n.type.startswith("по ") and (told := spelt_out(name, [x for x, _, _ in items])):
        name, kind = told  # "по вопросам Каспия": "консультации по вопросам Каспия", of the kind "консультации"
    full = name if n.fixed or n.type in SIDES_IN_NAME or n.type == PROPER_FORMAT or not ordered \
        else name + " " + " – ".join(_side_name(c, names) for c in ordered)  # a partners' summit's name holds them
    if n.fixed and sides:
        full = name + " – " + " – ".join(sorted(_side_name(c, names) for c in sides))  # "евротройка – Иран"
    history = [e for _, _, entries in items for e in entries]
    if any(e["status"] == "suspended" and "told" not in e for e in history):  # the break is a suspension told elsewhere
        history = [e for e in history if e.get("told") != "a break"]
    aliases = sorted({x.surface for x, _, _ in items if x.surface and fold(x.surface) != fold(full)})
    label = label_of(n, [x for x, _, _ in items], full)
    record = {"kind": "format", "id": format_id(full), "name": full, "type": kind, "label": label,
              "aliases": aliases, "level": next((x.level for x, _, _ in items if x.level), None),
              "members": list(n.members), "sides": ordered,
              "member_states": [] if n.type in SIDES_IN_NAME else list(n.countries),  # a partners' summit: no members
              "history": [{k: v for k, v in e.items() if k not in ("through", "by_doc")}  # read, not exported
                          for e in merge_entries(complete(planned_then_held(one_date_per_round(called_off_not_held(
                              fold_retold(numbered_after(merge_entries(history)))))), _between(suspensions, ordered)))]}
    return record


def _between(suspensions: list, sides: list[str]) -> list[str]:
    """The dates of the suspensions reported of ``sides`` (two or more): by some of them and no other country (a bare
    date, of a store made before: of any), sorted."""
    return sorted(x if isinstance(x, str) else x[0] for x in suspensions if isinstance(x, str) or len(sides) >= 2
                  and (told := {p for p in x[1] if is_country(p)}) and told <= set(sides))
