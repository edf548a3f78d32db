"""A host's reception of a guest told by two outlets (``meeting_link``): a host receives many guests a day, but one
country's guests once.  The guest's country is the one each report tells: among its targets (``Президент принял
эстонскую делегацию``, ``Министр был принят Президентом``), else the country its words name when it tells the guest by
that country's adjective only (``принял китайского гостя``, no guest among its participants); an outlet of the guest's
side may tell the reception as the guest's meeting with the host (``Глава МИД встретился и с премьер-министром
X``): a plain meeting (no format, round, mechanism or body named) whose sides, but the host's, are the guest's.  A plain
meeting beside a session the guest sits in, each with another person of the host's side (the guest's meeting with the
premier beside the commission he co-chairs with the foreign minister: ``beside_session``), is another meeting."""
from __future__ import annotations

from .agree import shared_persons
from .report import Report, named


def one_reception(a: Report, b: Report, pairs: list[tuple]) -> bool:
    """One report at least tells a host receiving a guest (``Report.receives``), the other the same or a plain meeting;
    the host a person in common, told as the source of each report that tells a reception; and a guest's country in
    common (``guests``), not the host's own."""
    if not (a.receives or b.receives) or not all(r.receives or _plain_meeting(r) for r in (a, b)):
        return False
    hosts = [(x, y) for x, y in pairs
             if (x.id in a.sources or not a.receives) and (y.id in b.sources or not b.receives)]
    own = frozenset(c for x, y in hosts for c in x.countries | y.countries)
    return bool(hosts) and bool(own) and bool(guests(a, own) & guests(b, own))


def guests(r: Report, own: frozenset[str]) -> frozenset[str]:
    """The countries of a report's guests, the host's (``own``) aside: of its targets when it tells a reception (or,
    none told, those its words name: ``принял венгерского гостя``), of its sides when it tells a meeting."""
    if not r.receives:
        return r.sides - own
    told = frozenset(t for t in r.targets if not t.startswith("e:")) - own
    return told or named(r) - own


def _plain_meeting(r: Report) -> bool:
    """A meeting of two persons' sides at most, nothing more told of it (``_session``: none)."""
    return r.mode == "meet" and not _session(r) and len(r.sides) <= 2


def _session(r: Report) -> bool:
    """A report that names a format, round, mechanism or body: a session of it."""
    return bool(r.format or r.round or r.mechanisms or r.bodies)


def beside_session(a: Report, b: Report) -> bool:
    """A plain meeting (``_plain_meeting``) and a session (a format, round, mechanism or body named) with a person in
    common, each naming a person of one country whom the other does not name: the guest's meeting with the premier
    beside the commission he co-chairs with the minister, two meetings."""
    for plain, session in ((a, b), (b, a)):
        if not _plain_meeting(plain) or not _session(session):
            continue
        pairs = shared_persons(plain, session)
        if not pairs:
            continue
        mine = [p for p in plain.persons if all(p.id != x.id for x, _ in pairs)]
        theirs = [q for q in session.persons if all(q.id != y.id for _, y in pairs)]
        if any(p.countries & q.countries for p in mine for q in theirs):
            return True
    return False
