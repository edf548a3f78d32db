"""Event fusion across documents: one real-world event, one group.

Two reports of an act other than a meeting (a protest, a sanction…) are the same when they have
the same type and factuality, the same day, and the same source or two parties in common
(``same_act``).  Two reports (events of different documents) are the same meeting when

* both are CONSULT events;
* their dates agree where both are known (to the coarser precision);
* their formats and rounds agree where both are known;
* no office is held by different persons in them (a meeting of Japan's foreign minister
  X is not one where Japan's foreign minister is Y): the persons' roles come from the store;
* they share a person, and: two persons of two sides (leaders meet many people, so two of one
  side are not enough), or the format, or one is a visit and both are dated to the month.

An undated report that fits meetings of different dates joins none (ambiguous).  Groups are
computed from the whole store, so the result does not depend on the order of ingestion.

An undated document whose lead meeting (its first CONSULT event) joins a group dated to the day
(by dated documents) takes that date, with provenance ``fused``.  Relative dates inside it are not yet
re-anchored.
"""
from __future__ import annotations

from collections import defaultdict

from .records import PartialDate


def _compatible_dates(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _offices(event: dict, roles: dict[str, set]) -> dict[tuple, set]:
    """(position, of) → persons of the event who hold it."""
    out: dict[tuple, set] = defaultdict(set)
    for p in event["participants"]:
        for office in roles.get(p["entity"], ()):
            out[office].add(p["entity"])
    return out


def same_meeting(a: dict, b: dict, persons: set[str], roles: dict[str, set]) -> bool:
    if a["doc"] == b["doc"] or a["type"] != "CONSULT" or b["type"] != "CONSULT":
        return False
    if not _compatible_dates(a["date"], b["date"]):
        return False
    for key in ("format", "round"):
        if a[key] is not None and b[key] is not None and a[key] != b[key]:
            return False
    oa, ob = _offices(a, roles), _offices(b, roles)
    if any(oa[k] and ob[k] and not (oa[k] & ob[k]) for k in oa.keys() & ob.keys()):
        return False
    shared = {p["entity"] for p in a["participants"]} & {p["entity"] for p in b["participants"]} & persons
    if not shared:
        return False
    sides = {office[1] for person in shared for office in roles.get(person, ())}
    same_format = a["format"] is not None and a["format"] == b["format"]
    both_dated = bool(a["date"] and b["date"] and len(a["date"]) >= 7 and len(b["date"]) >= 7)
    visit = "visit" in (a["mode"], b["mode"])
    return (len(shared) >= 2 and len(sides) >= 2) or same_format or (both_dated and visit)


def same_act(a: dict, b: dict) -> bool:
    """Two reports of the same act other than a meeting (a protest, a sanction, an accusation…):
    the same type and factuality, both dated to the same day, and either the same source or two
    parties in common (``МИД России заявил протест Японии`` in two outlets on one day)."""
    if a["doc"] == b["doc"] or a["type"] != b["type"] or a["type"] == "CONSULT":
        return False
    if a.get("factuality") != b.get("factuality"):
        return False
    if not (a["date"] and len(a["date"]) == 10 and a["date"] == b["date"]):
        return False
    sources = [{p["entity"] for p in e["participants"] if p["role"] == "source"} for e in (a, b)]
    shared = {p["entity"] for p in a["participants"]} & {p["entity"] for p in b["participants"]}
    return bool(sources[0] & sources[1]) or len(shared) >= 2


def same_event(a: dict, b: dict, persons: set[str], roles: dict[str, set]) -> bool:
    return same_meeting(a, b, persons, roles) if a["type"] == "CONSULT" else same_act(a, b)


def fuse(events: list[dict], persons: set[str], roles: dict[str, set]) -> dict[str, str]:
    """Event id → group id (the smallest event id of the group) for the events that fuse."""
    events = sorted(events, key=lambda e: e["id"])
    parent = {e["id"]: e["id"] for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    dated = [e for e in events if e["date"]]
    undated = [e for e in events if not e["date"]]
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if same_event(a, b, persons, roles):
                parent[max(find(a["id"]), find(b["id"]))] = min(find(a["id"]), find(b["id"]))
    for u in undated:
        fits = [d for d in dated if same_event(u, d, persons, roles)]
        dates = {d["date"] for d in fits}
        if len(dates) == 1 or (fits and len({find(d["id"]) for d in fits}) == 1):
            target = find(fits[0]["id"])
            parent[max(find(u["id"]), target)] = min(find(u["id"]), target)
        elif not fits:
            for v in undated:
                if v["id"] > u["id"] and same_event(u, v, persons, roles):
                    parent[max(find(u["id"]), find(v["id"]))] = min(find(u["id"]), find(v["id"]))
    groups: dict[str, list[str]] = defaultdict(list)
    for e in events:
        groups[find(e["id"])].append(e["id"])
    return {eid: root for root, members in groups.items() if len(members) > 1 for eid in members}


def fuse_store(store, reanchor=None) -> dict[str, str]:
    """Recompute the event groups of the whole store and the dates documents get through them.
    ``reanchor(doc) -> doc`` re-dates the events of a document that got its date through fusion
    (its relative dates resolve against the new date); the groups are then computed once more."""
    groups = _fuse_once(store)
    if reanchor is None:
        return groups
    fused = [d for d in store.documents() if d["published_from"] == "fused"]
    for d in fused:
        store.replace_events(reanchor(store.document(d["id"])))
    return _fuse_once(store) if fused else groups


def _fuse_once(store) -> dict[str, str]:
    events = store.events()
    persons = {e["id"] for e in store.entities() if e["type"] == "person"}
    roles: dict[str, set] = defaultdict(set)
    for r in store.roles():
        if r["of"]:
            roles[r["person"]].add((r["position"], r["of"]))
    groups = fuse(events, persons, roles)
    store.set_event_groups(groups)
    store.clear_fused_dates()
    docs = {d["id"]: d for d in store.documents()}
    by_group: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        if e["id"] in groups:
            by_group[groups[e["id"]]].append(e)
    first_event = {}  # each document's lead meeting: its first CONSULT event
    for e in events:
        if e["type"] == "CONSULT":
            first_event.setdefault(e["doc"], e["id"])
    for members in by_group.values():
        day = sorted({e["date"] for e in members if e["date"] and len(e["date"]) == 10
                      and docs[e["doc"]]["published_from"] != "fused"})
        if len(day) != 1:
            continue
        for e in members:
            if docs[e["doc"]]["published"] is None and first_event.get(e["doc"]) == e["id"]:
                store.set_fused_date(e["doc"], PartialDate.from_iso(day[0]))
    return groups
