"""Groups of reports, one per real-world event, whose members all agree (``rules.compatible``)
and are held together by links (``rules.link``).

Reports are taken by the precision of their date, the most precise first (day, month, year,
none).  Within one precision they form groups greedily, the strongest link first, two groups
joining only when every member of one agrees with every member of the other (so a group's dates,
places and sides agree, whatever chain of links made it).  A less precisely dated report then
joins the one group of a more precise layer that it fits (agrees with all, linked to one); one
that fits two groups joins none and stays alone, so that it never bridges them; one that fits
none groups with reports of its own precision.  Ties are broken by event id, and event ids come
from document contents, so the groups do not depend on the order of ingestion.  A group's id is
the smallest event id among its members (``stable.py`` then keeps the ids exported before).
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..settings import FusionSettings
from .report import Report
from .rules import compatible, link

_LAYERS = (10, 7, 4, 0)  # lengths of ISO dates: day, month, year, undated


def _layer(r: Report) -> int:
    return len(r.date) if r.date else 0


def _agree(group: list[Report], r: Report) -> bool:
    return all(compatible(r, m) for m in group)


def fuse_reports(reports: list[Report], settings: FusionSettings = FusionSettings()) -> dict[str, str]:
    """Event id → group id for the reports that fuse with another."""
    reports = sorted(reports, key=lambda r: r.id)
    groups: list[list[Report]] = []
    for layer in _LAYERS:
        here = [r for r in reports if _layer(r) == layer]
        earlier = len(groups)
        by_key: dict[tuple, list[int]] = defaultdict(list)  # a group's first member has its most precise date
        for i in range(earlier):
            by_key[(groups[i][0].type, (groups[i][0].date or "")[:layer])].append(i)
        joins: dict[int, list[Report]] = defaultdict(list)
        alone: list[Report] = []
        for r in here:
            fits = [i for i in by_key[(r.type, (r.date or "")[:layer])] if _agree(groups[i], r)
                    and any(link(r, m, settings) for m in groups[i])]
            if len(fits) == 1:
                joins[fits[0]].append(r)
            elif fits:
                groups.append([r])  # ambiguous: it would bridge two events
            else:
                alone.append(r)
        for i, members in sorted(joins.items()):
            for r in members:
                if _agree(groups[i], r):
                    groups[i].append(r)
                else:
                    groups.append([r])
        groups.extend(_cluster(alone, settings))
    return {r.id: min(m.id for m in g) for g in groups if len(g) > 1 for r in g}


def _cluster(reports: list[Report], settings: FusionSettings) -> list[list[Report]]:
    blocks: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        blocks[(r.type, r.date)].append(r)
    links = []
    for block in blocks.values():
        for a, b in combinations(block, 2):
            strength = link(a, b, settings)
            if strength and compatible(a, b):
                links.append((-strength, a.id, b.id))
    members = {r.id: [r] for r in reports}
    root = {r.id: r.id for r in reports}
    for _, a, b in sorted(links):
        ra, rb = root[a], root[b]
        if ra == rb or not all(_agree(members[ra], y) for y in members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        members[keep] += members.pop(gone)
        for m in members[keep]:
            root[m.id] = keep
    return [sorted(g, key=lambda r: r.id) for g in members.values()]
