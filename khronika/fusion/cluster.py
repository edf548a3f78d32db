"""Groups of reports, one per real-world event, whose members all agree (``rules.compatible``)
and are held together by links (``rules.link``).

Reports are taken by the precision of their date, the most precise first (a day told by their own words, a
day that is only their document's date, month, year, none).  Within one precision they form groups greedily, the
strongest link first, two groups joining only when every member of one agrees with every member of the other (so
a group's dates, places and sides agree, whatever chain of links made it).  A less precisely dated report then
joins the one group of a more precise layer that it fits (agrees with all, linked to one; of several, the one it is
most strongly linked to, and for a document's date the group of that very day first; of two alike, the one holding a
report of its very persons, two or more, when one does: the other's persons sat with a third), again while reports
join; one that fits two groups alike joins none and stays alone, so that it never bridges them (unless they are lone
reports of one document, one event it tells twice: it joins the one of the most persons, then sides, of the
smallest id; and a group all of whose reports are of documents another group it fits holds, agreeing with all of
it, is those documents telling that event again, not a second event: it joins the other); one that fits none
groups with reports of its own precision (of its day, or of its numbered round: a session of days).  Ties are
broken by event id, and event ids come
from document contents, so the groups do not depend on the order of ingestion.  A group's id is
the smallest event id among its members (``stable.py`` then keeps the ids exported before).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import combinations

from ..settings import FusionSettings
from .agree import same_persons
from .misread import may_be_misread, misread, neighbours
from .report import Report
from .rules import compatible, link, told_twice

_DOCUMENT_DAY = 9  # the layer of reports dated by their documents only (``days.py``: a window of a few days)
_DAY = 10  # the layer of reports dated to a day by their own words
_LAYERS = (_DAY, _DOCUMENT_DAY, 7, 4, 0)  # lengths of ISO dates: day, month, year, undated


def _layer(r: Report) -> int:
    return _DOCUMENT_DAY if r.default else len(r.date) if r.date else 0


def _group_key(r: Report, layer: int) -> tuple:
    """What a report of ``layer`` and a group it may join share (a document's day may join an earlier day)."""
    return (r.type,) if layer == _DOCUMENT_DAY else (r.type, (r.date or "")[:layer])


def _agree(group: list[Report], r: Report, settings: FusionSettings) -> bool:
    return all(compatible(r, m, settings) for m in group)


def fuse_reports(reports: list[Report], settings: FusionSettings = FusionSettings()) -> dict[str, str]:
    """Event id → group id for the reports that fuse with another."""
    reports = sorted(reports, key=lambda r: r.id)
    groups: list[list[Report]] = []
    for layer in _LAYERS:
        here = [r for r in reports if _layer(r) == layer]
        earlier = len(groups)
        by_key: dict[tuple, list[int]] = defaultdict(list)  # a group's first member has its most precise date
        for i in range(earlier):
            by_key[_group_key(groups[i][0], layer)].append(i)
        alone: list[Report] = here
        while True:  # again while some join: a report may fit a group through one that joined it
            joins, alone, ambiguous = _fits(alone, groups, by_key, layer, settings)
            groups.extend([r] for r in ambiguous)  # it would bridge two events
            joined = False
            for i, members in sorted(joins.items()):
                for r in members:
                    if _agree(groups[i], r, settings):
                        groups[i].append(r)
                        joined = True
                    else:
                        groups.append([r])
            if not joined:
                break
        groups.extend(_cluster(alone, settings, layer))
    groups = _told_by_its_document(groups, settings)
    return {r.id: min(m.id for m in g) for g in groups if len(g) > 1 for r in g}


def _told_by_its_document(groups: list[list[Report]], settings: FusionSettings) -> list[list[Report]]:
    """A report left alone, of an act other than a meeting, whose document already tells that act in one group (a
    headline and its lead, a lead and a recap: ``Страна X запретила въезд …`` and ``… введенными накануне
    санкциями``) joins it: it agrees with all of the group and is linked to a report of another document in it, or is
    that act told again by its document on the same day in words much alike (``rules.told_twice``).  Of
    two such groups it joins none (a document may tell two acts of one type).  Its document's telling may have joined
    the group after it was settled in its layer (through a report of a less precise date)."""
    lone = [g[0] for g in groups if len(g) == 1 and g[0].type != "CONSULT"]
    held = [g for g in groups if len(g) > 1]
    joins: dict[int, list[Report]] = defaultdict(list)
    for r in lone:
        fits = [i for i, g in enumerate(held) if g[0].type == r.type and any(m.doc == r.doc for m in g)
                and _agree(g, r, settings)
                and (any(m.doc != r.doc and (link(r, m, settings) or link(m, r, settings)) for m in g)
                     or any(told_twice(r, m, settings) for m in g))]
        if len(fits) == 1:
            joins[fits[0]].append(r)
    if not joins:
        return groups
    joined = set()
    for i, members in sorted(joins.items()):
        for r in sorted(members, key=lambda r: r.id):
            if _agree(held[i], r, settings):
                held[i].append(r)
                joined.add(r.id)
    return [g for g in groups if not (len(g) == 1 and g[0].id in joined)]


def _fits(reports: list[Report], groups: list[list[Report]], by_key: dict, layer: int, settings: FusionSettings,
          ) -> tuple[dict[int, list[Report]], list[Report], list[Report]]:
    """The reports that fit one group of an earlier layer (group → its reports), those that fit none and those
    that fit several.  A report dated by its document joins a group of its very day before one of the days
    before it; of several groups, the one it is most strongly linked to (``rules.link``), if one is."""
    joins: dict[int, list[Report]] = defaultdict(list)
    alone, ambiguous = [], []
    for r in reports:
        strength = {i: max(link(r, m, settings) for m in groups[i]) for i in by_key[_group_key(r, layer)]
                    if _agree(groups[i], r, settings)}
        fits = [i for i, s in strength.items() if s]
        if layer == _DOCUMENT_DAY:
            fits = [i for i in fits if groups[i][0].date == r.date] or fits
        fits = [i for i in fits if strength[i] == max(strength[j] for j in fits)]  # the group it says most with
        fits = [i for i in fits if not any(_told_again(groups[i], groups[j], settings) for j in fits if j != i)] or fits
        exact = [i for i in fits if any(same_persons(r, m) for m in groups[i])] if len(fits) > 1 else fits
        if len(exact) == 1:  # of two alike, the one of a meeting of its very persons
            fits = exact
        if len(fits) > 1 and len({m.doc for i in fits for m in groups[i]}) == 1 \
                and all(len(groups[i]) == 1 for i in fits):  # one document's event told twice: its fullest telling
            fits = [min(fits, key=lambda i: (-len(groups[i][0].persons), -len(groups[i][0].sides), groups[i][0].id))]
        if len(fits) == 1:
            joins[fits[0]].append(r)
        elif fits:
            ambiguous.append(r)
        else:
            alone.append(r)
    return joins, alone, ambiguous


def _told_again(group: list[Report], other: list[Report], settings: FusionSettings) -> bool:
    """Every report of ``group`` is of a document that ``other`` holds a report of, and agrees with all of ``other``:
    a document telling its event again (a headline, its page's metadata, a recap) that no link joined to it, not a
    second event a report of another document may be of."""
    docs = {m.doc for m in other}
    return all(m.doc in docs and _agree(other, m, settings) for m in group)


def _days(r: Report) -> list[str | None]:
    """The days a report is of: its date, or each day of the range its own words tell."""
    if not r.through:
        return [r.date]
    first, last = dt.date.fromisoformat(r.date), dt.date.fromisoformat(r.through)
    return [(first + dt.timedelta(days=k)).isoformat() for k in range((last - first).days + 1)]


def _cluster(reports: list[Report], settings: FusionSettings, layer: int) -> list[list[Report]]:
    blocks: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:  # documents' dates of a few days apart may be of one day; a range of days is of each
        for day in ([None] if layer == _DOCUMENT_DAY else _days(r)):
            blocks[(r.type, day)].append(r)
        if r.round and r.round >= 2:  # one numbered session told on each of its days (``modes.one_session``)
            blocks[(r.type, "round", r.round)].append(r)
    near: dict[tuple, list[Report]] = defaultdict(list)  # an act another outlet may date a day apart
    for r in reports:
        if layer == _DAY and may_be_misread(r):  # no blocks of pairs ``misread`` never links
            for day in sorted({d for told in _days(r) for d in neighbours(told)}):
                near[(r.type, day)].append(r)
    links, misreads = set(), set()
    for block in blocks.values():
        for a, b in combinations(block, 2):
            strength = link(a, b, settings)
            if strength and compatible(a, b, settings):
                (misreads if misread(a, b, settings) else links).add((-strength, a.id, b.id))
    for block in near.values():
        for a, b in combinations(block, 2):
            strength = link(a, b, settings) if misread(a, b, settings) else 0
            if strength and compatible(a, b, settings):
                misreads.add((-strength, a.id, b.id))
    members = {r.id: [r] for r in reports}
    root = {r.id: r.id for r in reports}
    _join(sorted(links), members, root, settings)
    _join(sorted(_unambiguous(misreads, root)), members, root, settings)
    return [sorted(g, key=lambda r: r.id) for g in members.values()]


def _join(links: list[tuple], members: dict[str, list[Report]], root: dict[str, str],
          settings: FusionSettings) -> None:
    """Join the groups of each link's two reports, strongest first, when every member of one agrees with the other's."""
    for _, a, b in links:
        ra, rb = root[a], root[b]
        if ra == rb or not all(_agree(members[ra], y, settings) for y in members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        members[keep] += members.pop(gone)
        for m in members[keep]:
            root[m.id] = keep


def _unambiguous(misreads: set[tuple], root: dict[str, str]) -> set[tuple]:
    """The links of reports whose day an outlet read otherwise (``misread.py``) of reports linked so to one group
    only, once the other links have joined theirs: a report that may be either of two acts joins neither."""
    groups: dict[str, set[str]] = defaultdict(set)
    for _, a, b in misreads:
        groups[a].add(root[b])
        groups[b].add(root[a])
    return {x for x in misreads if len(groups[x[1]]) == 1 and len(groups[x[2]]) == 1}
