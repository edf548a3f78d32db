"""Which modes of meeting may be told of one sitting (``rules.compatible``): a country's part in a session told as a
meeting, not a reception of guests beside a session (but a host receiving the colleague he sits with) nor a meeting
only planned, with no date; one numbered session of a mechanism over days (opened one day, closed the next); a sitting
planned for a day and the sitting of that day called off."""
from __future__ import annotations

import datetime as dt

from .days import retold, same_day
from .persons import same_person
from .report import Report, body_heads

MULTI = "multilateral"
SESSION_DAYS = 2  # the most days between two reports of one numbered session in one city (opened, then closed)


def same_numbered_round(a: Report, b: Report) -> bool:
    """Both tell one numbered round, a second one or later (a first one is any pair's first meeting): one sitting of
    one series, whatever else each report calls it."""
    return bool(a.round and a.round >= 2 and a.round == b.round)


def one_sitting(a: Report, b: Report) -> bool:
    """A meeting and a multilateral one that are one sitting of one mechanism: both name the mechanism of the
    gazetteer, or the same round (a second one or later), and the meeting is not set beside another one
    (``на полях``, ``в ходе``) nor held by persons of two countries (talks on the sidelines); or the meeting is of
    the multilateral one's very sides, three or more (``_of_three_or_more``):
    ``Боливия приняла участие в Лимской встрече по Венесуэле``; or a host receiving all its guests at once
    (``hosts_the_summit``)."""
    if {a.mode, b.mode} == {"host", MULTI}:
        return hosts_the_summit(a if a.mode == "host" else b, b if a.mode == "host" else a)
    if {a.mode, b.mode} != {"meet", MULTI}:
        return False
    meet = a if a.mode == "meet" else b
    multi = b if meet is a else a
    if meet.aside:
        return False
    if _of_three_or_more(meet, multi):
        return True
    if len({c for p in meet.persons for c in p.countries}) > 1:
        return False
    return bool(a.mechanisms & b.mechanisms) or same_numbered_round(a, b) \
        or _one_summit(meet, multi)


def hosts_the_summit(host: Report, multi: Report) -> bool:
    """A host receiving the leaders of two other countries or more at once (``Президент Литвы принял в Вильнюсе
    президентов Латвии и Эстонии``) on the day of a multilateral meeting of the very same sides in the same city: the
    summit he hosts, told as his reception by one outlet and as the summit by the other.  Not a reception told beside
    the summit (``на полях``)."""
    return not host.aside and len(host.sides) >= 3 and host.sides == multi.sides and same_day(host, multi) \
        and (host.place is None or multi.place is None or host.place.key == multi.place.key)


def _of_three_or_more(meet: Report, multi: Report) -> bool:
    """A meeting of three sides or more (``встреча лидеров X, Y и Z``, ``в Z собрались главы трех государств``) and a
    multilateral one of the very same sides: one sitting whichever word each outlet uses (``трехсторонний саммит``).
    A meeting of fewer sides than the summit's, or of others, is not one by its sides (``one_sitting`` may still join
    it by a mechanism or a round both name)."""
    return len(meet.sides) >= 3 and meet.sides == multi.sides


def _one_summit(meet: Report, multi: Report) -> bool:
    """A summit of two sides that one report tells as a meeting and the other as a multilateral one (``встреча на
    высшем уровне X и Y``, ``саммит X — Y``): both name the same format on one day, the multilateral report telling no
    side beyond the meeting's two (or none) and no mechanism of more members."""
    return meet.format is not None and meet.format == multi.format and same_day(meet, multi) \
        and len(meet.sides) <= 2 and multi.sides <= meet.sides and len(multi.members) <= 2


def reception_and_session(a: Report, b: Report) -> bool:
    """One report a reception of guests (``Report.receives``: mode ``host``, or a meeting whose sentence tells the host
    receiving them, ``принял в резиденции главу правительства, прибывшего на заседание комиссии``),
    the other a session of a mechanism (a format, a round, a named mechanism or a body of the general patterns,
    ``на заседании межправкомиссии``; not a meeting so named, ``встреча глав государств``): the head of state who
    receives a
    delegation does not sit in its commission."""
    if a.receives == b.receives:
        return False
    host, other = (a, b) if a.receives else (b, a)
    return bool(other.format or other.round or other.mechanisms or body_heads(other)) and not _sits_in(host, other) \
        and not (other.mode == MULTI and hosts_the_summit(host, other))


def _sits_in(host: Report, session: Report) -> bool:
    """The host and his guest both sit in the session (``Министр X принял коллегу Y`` on the day X and Y held the
    round): the reception is the session's meeting, not one beside it."""
    return len(host.persons) >= 2 and all(any(same_person(p, q) for q in session.persons) for p in host.persons)


def _of_one_body(a: Report, b: Report) -> bool:
    """Both name one mechanism: the same format, a named mechanism or a body of the general patterns."""
    return a.format is not None and a.format == b.format or bool(a.mechanisms & b.mechanisms or a.bodies & b.bodies)


def _same_city(a: Report, b: Report) -> bool:
    return a.place is not None and b.place is not None and not a.place.is_country and a.place.key == b.place.key


def _own_day(r: Report) -> bool:
    """Dated to a day by its own words (not only by its document's date)."""
    return bool(r.date and len(r.date) == 10 and not r.default)


def one_session(a: Report, b: Report) -> bool:
    """Two reports of one numbered session (a second one or later) of one mechanism in one city, dated by their own
    words to days at most ``SESSION_DAYS`` apart: a session of days, told opened on its first day and closed on its
    last (``сегодня открылась 9-я сессия …``, ``во вторник завершили 9-ю сессию …``) — a mechanism does not hold one
    round twice; of one mechanism, or, no mechanism named, of the very same two sides or more, or told by one only
    (``_one_pair_or_untold``)."""
    if a.type != "CONSULT" or not (same_numbered_round(a, b) and _own_day(a) and _own_day(b)):
        return False
    gap = abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)
    return gap <= SESSION_DAYS and _same_city(a, b) and (_of_one_body(a, b) or _one_pair_or_untold(a, b))


def _one_pair_or_untold(a: Report, b: Report) -> bool:
    """The very same sides, two or more, told by both, or by one, the other telling none (``третий раунд переговоров
    завершился в Z``)."""
    return len(a.sides | b.sides) >= 2 and (a.sides == b.sides or not (a.sides and b.sides))


def one_side_each(a: Report, b: Report) -> bool:
    """Each report tells one side only, not the other's (``замглавы МИД X провел в Y раунд стратегического диалога``
    and, under the host's dateline, ``заместители министров двух стран провели в Y стратегический диалог``): the halves
    of one meeting of one format, or of one named mechanism, in one city on one day."""
    return a.type == "CONSULT" and len(a.sides) == len(b.sides) == 1 and _of_one_body(a, b) and _same_city(a, b) \
        and same_day(a, b)


def called_off(a: Report, b: Report) -> bool:
    """A sitting planned for a day and the sitting of that day told called off (``заседание комиссии, намеченное на
    3 мая в X, отложено``; ``решение отложить заседание комиссии, намеченное на начало мая``): one sitting of one
    mechanism (or of the same two sides), one report dated to that day by its own words, the other too or to its month,
    or not dated (``X и Y отложили заседание комиссии``: it joins the one group it fits), or both to one day when one
    does not tell its sides — however each outlet tells its factuality (its places must still agree:
    ``rules.compatible``)."""
    if a.type != "CONSULT" or {a.factuality, b.factuality} not in ({"planned", "negated"}, {"proposed", "negated"}):
        return False
    dated = all(not r.date or len(r.date) >= 7 and not r.default for r in (a, b))
    # "переговоры двух стран, запланированные на 4 июня, перенесены": its sides untold, the same day told by both
    same_day = _own_day(a) and _own_day(b) and a.date == b.date and not (a.sides and b.sides)
    return dated and (_own_day(a) or _own_day(b)) and (_of_one_body(a, b) or len(a.sides & b.sides) >= 2 or same_day)


def plan_and_sitting(a: Report, b: Report) -> bool:
    """A meeting planned or proposed with no date (``приглашение посетить …``) and one held on a date: the plan is not
    the sitting (a dated plan may be the announcement of the meeting held; two undated reports may be one visit)."""
    plan, held = (a, b) if a.factuality != "occurred" else (b, a)
    return held.factuality == "occurred" and held.date is not None and plan.factuality in ("planned", "proposed") \
        and plan.date is None and plan.day is None


def retold_sitting(a: Report, b: Report) -> bool:
    """A sitting retold by a later report dated by its document only, some days after the day the other's words give
    (``days.retold``: a weekly review's ``X и Y провели межправительственные консультации``), of two sides in common,
    both naming one body of the general patterns or one mechanism of the gazetteer, or one numbered round (a second
    or later): a pair's talks of no such name may be another meeting of the same week."""
    return retold(a, b) and len(a.sides & b.sides) >= 2 and bool(
        a.bodies & b.bodies or a.mechanisms & b.mechanisms or same_numbered_round(a, b))


def next_of_others(a: Report, b: Report) -> bool:
    """Two meetings planned that are the next sittings of two series: another format, or another other side (two
    sides each, one in common) — the next rounds of two formats hosted by one city, sharing the host, are two
    meetings.  A plan that names no format, or fewer than two sides, is of the series of the meeting its document
    tells held just before it (``Report.meetings``: ``Очередной раунд намечено провести в X`` after the round held);
    other sides tell two series where one plan names its own (both learnt from the meetings held, a digest's misread
    mediators would split one next round)."""
    if a.type != "CONSULT" or a.factuality == "occurred" or b.factuality == "occurred" \
            or not (a.meetings or b.meetings) or MULTI in (a.mode, b.mode):
        return False
    (fa, sa), (fb, sb) = _series(a), _series(b)
    told = len(a.sides) >= 2 or len(b.sides) >= 2  # sides both learnt from meetings held may be misread (mediators)
    return fa is not None and fb is not None and fa != fb \
        or told and len(sa) >= 2 and len(sb) >= 2 and len(sa & sb) < 2


def _series(plan: Report) -> tuple[str | None, frozenset[str]]:
    """The format and sides of the series a planned meeting is the next sitting of: its own, else those of the meeting
    its document told held just before it that tells them (not a past round it recalls with no sides: ``предыдущий
    раунд прошел в 2029 году``), sides only where its own are among them."""
    held = next((m for m in reversed(plan.meetings) if m.format or len(m.sides) >= 2), None)
    if held is None or held.mode == MULTI:
        return plan.format, plan.sides
    sides = held.sides if len(plan.sides) < 2 and plan.sides <= held.sides else plan.sides
    return plan.format or held.format, sides


def one_mode_to_come(a: Report, b: Report) -> bool:
    """Two meetings to come that may be one sitting of a series: a visit planned (``пригласил министра посетить X в
    следующем году``) is a person's trip, not the next round of the talks held (``Следующий раунд пройдет в X``), though
    both follow them, in one city and year; two visits, or two of any other mode, may be one."""
    return a.mode == b.mode or "visit" not in (a.mode, b.mode)
