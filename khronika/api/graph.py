"""``/graph``: who meets whom — the participants of events and the events each pair shares."""
from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Annotated

from fastapi import APIRouter, Query

from .data import Records
from .events import PloverType, Since, Until, within
from .routes import EntityType

router = APIRouter(tags=["events"])
Kind = Annotated[list[EntityType] | None, Query(description="Only participants of these entity types (repeatable).")]


@router.get("/graph", summary="Who meets whom: participants and the events they share")
def graph(records: Records, since: Since = None, until: Until = None,
          type: Annotated[list[PloverType] | None, Query(description="Events of these PLOVER types (repeatable; "
                                                                     "CONSULT, meetings, when none is given).")] = None,
          kind: Kind = None) -> dict:
    """``nodes``: the entities taking part in the events (id, name, type, ISO code, ``events``: how many);
    ``edges``: each pair of them that shares events (``source`` and ``target`` ids, ``events``: the
    event ids), most events first.  Only events that occurred are counted."""
    types = {t.value for t in type} if type else {"CONSULT"}
    counts: Counter[str] = Counter()
    shared: dict[tuple[str, str], list[str]] = {}
    for e in records.events:
        if e["type"] not in types or e["factuality"] != "occurred":
            continue
        if (since or until) and not within(e, since, until):
            continue
        who = sorted({p["entity"] for p in e["participants"] if not kind or p["type"] in kind})
        counts.update(who)
        for pair in combinations(who, 2):
            shared.setdefault(pair, []).append(e["id"])
    nodes = [{**records.entity(i), "events": n} for i, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    edges = [{"source": a, "target": b, "events": ids}
             for (a, b), ids in sorted(shared.items(), key=lambda x: (-len(x[1]), x[0]))]
    return {"nodes": nodes, "edges": edges}
