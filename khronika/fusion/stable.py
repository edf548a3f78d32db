"""Fused event ids that do not change when another report joins the event.

``cluster.fuse_reports`` names a group by the smallest event id among its members, and event ids
come from document contents: a report of another outlet that joins later may well have a smaller
id.  An id that was exported (a group's, or that of an event that stood alone) is kept instead:

- a group keeps the id its members were exported under before, the one most of them had (ties: the
  smallest), unless another group of the same part has kept it already, or it is the id of an event
  that still exists outside the group (a member that left it, standing alone or in another group);
- else it takes the smallest id among its members that were exported alone before (events the
  fusion index has seen: not those of documents just stored);
- else, a group of new reports only, the smallest id among its members, as before.

Groups built in one run over a fresh store so get the same ids as a computation over the whole store.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable


def stable_ids(groups: dict[str, str], prior: dict[str, str | None], seen: set[str],
               exists: Callable[[set[str]], set[str]]) -> dict[str, str]:
    """``groups`` (event id → group id, as ``fuse_reports`` gives them) with the group ids kept as they
    were exported.  ``prior``: event id → the group it belonged to before (``None``: none); ``seen``:
    events exported before (indexed by an earlier fusion); ``exists(ids)``: those of ``ids`` that are
    events of the store."""
    members: dict[str, list[str]] = defaultdict(list)
    for event, group in groups.items():
        members[group].append(event)
    wanted = {p for p in prior.values() if p} - set(groups)
    alive = exists(wanted) if wanted else set()
    taken: set[str] = set()
    out: dict[str, str] = {}
    for group, ms in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        inside = set(ms)
        counts = Counter(prior[m] for m in ms if prior.get(m))
        before = [p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                  if p not in taken and (p in inside or (p not in groups and p not in alive))]
        alone = sorted(m for m in ms if m in seen and not prior.get(m) and m not in taken)
        name = before[0] if before else alone[0] if alone else group
        taken.add(name)
        out.update(dict.fromkeys(ms, name))
    return out
