"""Which mentions of formats are one format (``formats.build_formats``).

A gazetteer mechanism is one format (one that meets others as one party, ``евротройка``, one per set of the others it
meets); any other is its name and its sides, a mention without sides taking those of its document (for a kind two
countries have one of, ``ONE_PER_SIDES``, those the document gives that kind under any name: a headline's
«Межправкомиссия собралась …»), then of the one format of that name, else of the one format of its kind (or of a kin
joint body's, ``JOINT_BODIES``) with sides that held the same numbered round (``14-е заседание межправкомиссии``).
Formats of one set of sides (two or more) named differently by different outlets are one mechanism when their
histories share a numbered round on the same date (``7-й раунд консультаций по вопросам безопасности`` and ``7-я
встреча секретарей советов безопасности``, both on one day), when they are of one general type and met on one day
(``раунд консультаций по работе посольств``, ``… по так называемым раздражителям``), when one name is the other with
``двусторонний`` before it (``двусторонние консультации по …``), or when their kind is one per
set of sides (``format_names.ONE_PER_SIDES``: a pair of countries has one intergovernmental commission, one border
commission), or when joint bodies of kin kinds tell one numbered session on one day, whatever its status (``третье
заседание`` planned for a day by one outlet, put off by another); the text's own name rather than a kind's (or a
one-word name, ``межправкомиссия``), then the name the texts name it by most (the shorter on a tie; a meeting told
without the name, ``Девятое заседание комиссии``, does not count), names it. An organisation's meetings (``саммит
ОДКБ``) are those of the council that holds its summits (``Совет коллективной безопасности ОДКБ``) where the store
knows that council.  A tentative mention (``Named.tentative``) is a format only where a mention that is not tentative
names one of that name and those sides, and its own document names no format of those sides that is not tentative
(its own name of the meeting).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date as _date

from .format_aliases import summit_council
from .format_names import NEEDS, ONE_PER_SIDES, SIDES_IN_NAME
from .format_one_date import RETOLD_DAYS
from .format_proper import PROPER_FORMAT
from .ids import country_id


def identities(seen: list[tuple]) -> list[list]:
    """Mentions grouped by format: a gazetteer mechanism is one format; any other is its name and its
    sides, a mention without sides taking those of its document, then of the one format of that name."""
    sure = {(n.name, frozenset(sides)) for n, _, sides, _ in seen if not n.tentative}
    other = {(doc, frozenset(sides)) for n, doc, sides, _ in seen if not n.tentative}  # its document's own name of it
    seen = [x for x in seen if not x[0].tentative or (x[0].name, frozenset(x[2])) in sure
            and (x[1], frozenset(x[2])) not in other]
    doc_sides: dict[tuple[str, str], set[str]] = defaultdict(set)
    kind_sides: dict[tuple[str, str], set[str]] = defaultdict(set)  # of a kind two countries have one of
    for n, doc_id, sides, _ in seen:
        doc_sides[n.name, doc_id] |= sides
        if n.type in ONE_PER_SIDES and not n.fixed:
            kind_sides[n.type, doc_id] |= sides
    proper: dict[str, set[str]] = defaultdict(set)  # a format of a proper name: one, its sides all its mentions'
    for n, _, sides, _ in seen:
        if n.type == PROPER_FORMAT:
            proper[n.name] |= sides
    groups: dict[tuple, list] = {}
    for n, doc_id, sides, entries in seen:
        if n.type == PROPER_FORMAT:  # "Карловарский формат": one format whoever each report names at its meetings
            key = (n.name, frozenset(proper[n.name]))
        elif n.fixed and n.party:  # "переговоры Ирана и евротройки": the group and the ones it meets
            members = {country_id(c) for c in n.countries}
            key = (n.name, frozenset(sides - members))
        elif n.fixed:
            key = (n.name, frozenset())
        elif n.type in SIDES_IN_NAME:  # "саммит «Перу — Арабский мир»": its sides are its partners, whoever else met
            key = (n.name, frozenset(country_id(c) for c in n.countries))
        else:
            around = doc_sides[n.name, doc_id] or (kind_sides[n.type, doc_id] if n.type in ONE_PER_SIDES else set())
            if len(sides) == 1 and len(around) == 2 and sides < around:
                sides = around  # "Лавров … по итогам заседания в формате 2+2": the other side is the document's
            key = (n.name, frozenset(sides or (around if len(around) <= 2 else ())))
        groups.setdefault(key, []).append((n, doc_id, entries))
    for (name, sides) in sorted(groups, key=lambda k: len(k[1])):
        if sides and groups[name, sides][0][0].party:
            continue  # the group and Iran are not the group and Iran and Russia
        wider = [k for k in groups if k[0] == name and sides < k[1]]
        widest = [k for k in wider if not any(k[1] < x[1] for x in wider)]
        if len(widest) == 1:
            groups[widest[0]].extend(groups.pop((name, sides)))
    for key in [k for k in groups if not k[1] and not groups[k][0][0].fixed]:
        # "14-е заседание межправкомиссии" told without sides: the one format of that kind with sides and that round
        # (on its day, or days near: a session of days one outlet dates by its first, another by its last)
        rounds = _numbered(groups[key])
        fits = [k for k in groups if k[1] and _kin(groups[k][0][0].type, groups[key][0][0].type)
                and not groups[k][0][0].fixed and any(_same_round(a, b) or a[0] == b[0] and _near(a[1], b[1])
                                                      for a in rounds for b in _numbered(groups[k]))]
        if rounds and len(fits) == 1:
            groups[fits[0]].extend(groups.pop(key))
    for key in [k for k in groups if groups[k][0][0].fixed and not k[1]]:
        # "саммит ОДКБ", "сессия ОДКБ": the sessions of the council that holds the organisation's summits, where known
        council = summit_council(key[0])
        if council and (council, frozenset()) in groups:
            groups[council, frozenset()].extend(groups.pop(key))
    return [[key, items] for key, items in _same_mechanisms(groups).items() if any(e for _, _, e in items)]


# Kinds of joint bodies one mechanism is called by in different outlets ("межправкомиссия", "межправительственный
# комитет", "Комиссия по сотрудничеству"; "Совместная экспертная группа по …" and a body told by its session
# alone, "заседание Совместной экспертной группы"): a session told without sides joins the one of them with sides and
# its round.
NEAR_DAYS = 3  # days between two reports of one numbered session of kin joint bodies
PARLIAMENTS = "parliaments"  # the level of a body of parliaments (data/format_levels.tsv): never one of another level
JOINT_BODIES = frozenset({"межправительственная комиссия", "совместный комитет", "совет или комиссия",
                          "совместный орган", "рабочая группа"})
TALKS = re.compile(r"переговор|консультаци|диалог|процесс", re.I)  # a track of talks, whatever it is named
BORDER_BODY = re.compile(r"^(?=.*комисси)(?=.*(?:границ|пограничн))", re.I)  # a commission of the border, however named


# Kinds one joint sitting of two governments is called by ("совместное заседание правительств", the German-style
# "межправительственные консультации", a "бинациональный кабинет"): of one set of sides, one mechanism.
JOINT_CABINETS = frozenset({"межправительственные консультации", "совместное заседание правительств",
                            "бинациональный кабинет"})


def _kin(a: str, b: str) -> bool:
    return a == b or a in JOINT_BODIES and b in JOINT_BODIES


def _numbered(items: list) -> list[tuple]:
    return [(e["round"], e["date"]) for _, _, entries in items for e in entries if e.get("round")
            and e["status"] == "round"]


def _same_round(a: tuple, b: tuple) -> bool:
    """One round: its number, and dates one within the other (``2026-11`` and ``2026-11-20``) or one untold."""
    return a[0] == b[0] and (not a[1] or not b[1] or a[1].startswith(b[1]) or b[1].startswith(a[1]))


def _same_mechanisms(groups: dict[tuple, list]) -> dict[tuple, list]:
    # the text's own name before a kind's (``секретари советов безопасности``), then the name mentioned most
    # (a meeting told as the document's format's without its name, ``Девятое заседание комиссии``, does not count)
    keys = sorted(groups, key=lambda k: (_kind(groups[k]) or " " not in k[0],  # one word: a kind's ("межправкомиссия")
                                         -sum(1 for n, _, _ in groups[k] if n.start >= 0),
                                         len(k[0]), k[0]))
    root = {k: k for k in keys}

    def find(k):
        while root[k] != k:
            k = root[k]
        return k

    by_sides: dict[frozenset, list[tuple]] = defaultdict(list)  # only formats of one set of sides are compared
    for k in keys:
        if len(k[1]) >= 2:
            by_sides[k[1]].append(k)
    for same in by_sides.values():
        for i, a in enumerate(same):
            for b in same[i + 1:]:
                if _one(groups[a], groups[b]):
                    root[find(b)] = find(a)
    for a in keys:  # "Совместной комиссии" of a document that named "Совместная комиссия по водным ресурсам" of
        # those sides: the one body its full name names
        fuller = _fuller(a, by_sides.get(a[1], []), groups)
        if len({find(b) for b in fuller}) == 1:
            root[find(a)] = find(fuller[0])
    for a in keys:  # talks named by their mediator (``переговоры при посредничестве X``) and a body X sits on with
        # both sides (``четвертая встреча трехстороннего комитета``), one round on one day: that body's
        bodies = [b for b in keys if "посредничеств" in a[0] and len(a[1]) >= 2 and a[1] < b[1]
                  and len(b[1] - a[1]) == 1 and not groups[b][0][0].fixed and _rounds(groups[a]) & _rounds(groups[b])]
        if len({find(b) for b in bodies}) == 1:
            root[find(a)] = find(bodies[0])
    merged: dict[tuple, list] = {}
    for k in keys:
        merged.setdefault(find(k), []).extend(groups[k])
    return merged


def _fuller(a: tuple, same: list[tuple], groups: dict[tuple, list]) -> list[tuple]:
    """The formats of ``a``'s sides whose name is ``a``'s with more words after it (``совместная комиссия`` →
    ``совместная комиссия по водным ресурсам``), named by a document that names ``a`` too (a text's short name of
    the body it named in full; in another outlet's it may be another body)."""
    docs = {doc for _, doc, _ in groups[a]}
    return [b for b in same if b[0].startswith(a[0] + " ") and not groups[b][0][0].fixed
            and not groups[a][0][0].fixed and docs & {doc for _, doc, _ in groups[b]}]


def _kind(items: list) -> bool:
    """Named after a kind of mechanism (``data/formats.tsv``: its name is its type), not by the text's words."""
    n = items[0][0]
    return n.name == n.type


def _one(a: list, b: list) -> bool:
    """Two groups of mentions of one set of sides that are one mechanism."""
    (na, _, _), (nb, _, _) = a[0], b[0]
    if na.fixed or nb.fixed:
        return False
    if {na.level, nb.level} >= {PARLIAMENTS} and len({na.level, nb.level} - {None}) == 2:
        return False  # "межпарламентская комиссия" and the "межправкомиссия" of one week: the parliaments' is another
    if na.type == nb.type and na.type in ONE_PER_SIDES or na.type != nb.type and {na.type, nb.type} <= JOINT_CABINETS:
        return True
    if all(BORDER_BODY.search(x.name) for x in (na, nb)):
        return True  # "пограничная комиссия" and "смешанная комиссия по инспекции границы" of two sides: a pair has one
    if any(NEEDS.get(x.type) == "party" and TALKS.search(y.name) for x, y in ((na, nb), (nb, na))):
        return True  # "третий раунд переговоров" of a government and a movement: their talks another outlet names
    if _kin(na.type, nb.type) and na.type != nb.type and any(
            x[0] == y[0] and (_same_round(x, y) or _near(x[1], y[1])) for x in _numbered(a) for y in _numbered(b)):
        return True  # "9-е заседание Межправительственного комитета" and "Девятое заседание … комиссии", days apart
    if na.type == nb.type and not _kind(a) and not _kind(b) and _days(a) & _days(b):
        return True  # "раунд консультаций по работе посольств" and "… по так называемым раздражителям", one day
    if _bare(na.name) == _bare(nb.name):
        return True  # "двусторонние консультации по …" and "консультации по …" of two sides: one mechanism
    if _of_foreign_ministries(a) and _of_foreign_ministries(b):
        return True  # "политические консультации", "межмидовские консультации", "… на уровне заместителей министров"
    if _fused(a, b):
        return True  # "раунд политических консультаций" and "консультации на уровне заместителей", one meeting
    if _one_report(a, b):
        return True  # "пограничные переговоры" in a headline, "переговоры о границе" below: one round of one report
    if _retold(a, b) or _retold(b, a):
        return True  # "второй раунд непрямых переговоров", a digest's "второй раунд переговоров при посредничестве X"
    if _kin(na.type, nb.type) and _sessions(a) & _sessions(b):
        return True  # "третье заседание комитета по сотрудничеству в сфере безопасности" planned on a day, "третье
        # заседание комитета по безопасности" of that day put off: one body of those sides
    return bool(_rounds(a) & _rounds(b))


_BILATERAL = re.compile(r"^двусторонн\w+\s+")
# Political consultations of two states are those of their foreign ministries (``политические консультации`` in one
# outlet, ``консультации между министерствами иностранных дел`` in another: one mechanism).
# … or between the ministries (``межмидовские``); told by their level, deputy foreign ministers
# (``_of_foreign_ministries``: ``консультации на уровне заместителей министров иностранных дел``; not of defence
# too, a "2+2", nor of first deputies, a strategic dialogue).
_OF_MINISTRIES = "консультации на уровне министерств иностранных дел"
_MINISTRIES = {"политические консультации": _OF_MINISTRIES, "межмидовские консультации": _OF_MINISTRIES}
_DEPUTIES = re.compile(r"^консультации на уровне (?:заместител|замминистр|замглав)")
_FOREIGN = re.compile(r"иностранных\s+дел|МИД", re.I)
_DEFENCE = re.compile(r"оборон", re.I)


def _of_foreign_ministries(items: list) -> bool:
    """Are the mentions (one format's) of the political consultations of two foreign ministries, however named?"""
    n = items[0][0]
    if _bare(n.name) == _OF_MINISTRIES:
        return True
    told = " ".join(x.surface for x, _, _ in items)
    return bool(_DEPUTIES.match(n.name) and _FOREIGN.search(told) and not _DEFENCE.search(told))


def _bare(name: str) -> str:
    """A name less its ``двусторонний``: of two sides, that word tells nothing more; political consultations named
    as those of the foreign ministries."""
    name = _BILATERAL.sub("", name)
    return _MINISTRIES.get(name, name)


def _retold(a: list, b: list) -> bool:
    """Talks of one set of sides named two ways (``непрямые переговоры``, ``переговоры при посредничестве X``), where
    a report of ``b`` dated only by its document's day tells a numbered round ``a`` tells held up to
    ``RETOLD_DAYS`` days before."""
    if "переговор" not in a[0][0].name or "переговор" not in b[0][0].name:
        return False
    held = {(e["round"], e["date"]) for _, _, entries in a for e in entries if e.get("round") and e["status"] == "round"
            and not e.get("by_doc") and e.get("date") and len(e["date"]) == 10}
    return any(r == e.get("round") and 0 <= (_date.fromisoformat(e["date"]) - _date.fromisoformat(d)).days
               <= RETOLD_DAYS for _, _, entries in b for e in entries
               if e["status"] == "round" and e.get("by_doc") and e.get("date") and len(e["date"]) == 10
               for r, d in held)


def _one_report(a: list, b: list) -> bool:
    """Does one document tell one numbered round under both names, on days near each other (a headline's
    ``пограничные переговоры`` dated by the document, ``переговоры о границе`` by their day in its body)?"""
    def told(items):
        return [(e["round"], e["date"], set(e["docs"])) for _, _, entries in items for e in entries
                if e.get("round") and e["status"] == "round" and e.get("date")]
    return any(x[0] == y[0] and (x[1] == y[1] or _near(x[1], y[1])) and x[2] & y[2] for x in told(a) for y in told(b))


def _held(items: list) -> dict[tuple[str, str], set[str]]:
    """The meetings a group tells held on a day, each as (its event, the day) → the documents telling it."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, _, entries in items:
        for e in entries:
            if e.get("date") and len(e["date"]) == 10 and e["status"] in ("round", "meeting"):
                for v in e["events"]:
                    out[v, e["date"]] |= set(e["docs"])
    return out


def _fused(a: list, b: list) -> bool:
    """Do two outlets name one meeting differently: a meeting on one day whose reports are one fused event, each
    name told by documents of its own (not two mechanisms one sentence names beside each other)?"""
    ha, hb = _held(a), _held(b)
    return any(not ha[k] & hb[k] for k in ha.keys() & hb.keys())


def _near(a: str | None, b: str | None) -> bool:
    """Two days at most ``NEAR_DAYS`` apart (a session and a report of it dated by its document)."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return False
    return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days) <= NEAR_DAYS


def _days(items: list) -> set[str]:  # the days it met on, a resumption's too ("впервые с 2023 года собралась")
    return {e["date"] for _, _, entries in items for e in entries
            if e.get("date") and len(e["date"]) == 10 and e["status"] in ("round", "meeting", "resumed")}


def _sessions(items: list) -> set[tuple]:
    """Its numbered sessions on a day, whatever told of them (held, planned, put off, called off)."""
    return {(e["round"], e["date"]) for _, _, entries in items for e in entries
            if e.get("round") and e.get("date") and len(e["date"]) == 10 and e["status"] != "implied"}


def _rounds(items: list) -> set[tuple]:
    return {(e["round"], e["date"]) for _, _, entries in items for e in entries
            if e.get("round") and e.get("date") and len(e["date"]) == 10 and e["status"] in ("round", "meeting")}
