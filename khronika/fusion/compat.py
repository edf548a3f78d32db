"""When two reports may be one event (``compatible``): nothing they know disagrees.

Nothing may disagree: whether its actors are states (an act of companies or universities, ``Report.private``, is no act
of their countries); whether it is told as the one before the news (``Последний раз X высылала …``, ``в прошлый раз
стороны встречались …``: ``Report.earlier``), which another outlet's report of the news is not; an undated meeting a
side is only ready to hold (``готова провести заседание комиссии``: ``Report.offered``), an offer, not a sitting another
outlet dates; the type; dates at the coarser precision, a date that is only the document's being that day or a few
before it (for acts, up to a week: a later report's retelling, ``days.retold``; an act whose day two outlets read a day
apart, all else agreeing strongly: ``misread.py``), and an undated report's year-less dateline (``МОСКВА, 3 апреля``)
with the other's day and month (``days.py``; but one numbered session of a mechanism in one city told on two of its
days: ``one_session``); format and round where both are known; places (two countries, or two cities, that differ; a
visit may span two cities of one country; a city and a country disagree only as the destination of a visit: a country
named as the place of a meeting is often a slip; a building, ``дворец``, ``Дом народа``, lies in a city its name does
not tell; a city that a report's evidence does not name, its document's dateline, yields to the venue of a meeting of
two persons in common on one day (or of a numbered round it tells, of that day), and never disagrees for acts other than
meetings: ``_dateline_place``; one numbered round of one kind of format held on one day its words tell, whatever places
its outlets name: ``one_round_held``); sides (two reports with no country in common, or two meetings of two sides each
that share only one; a session of a named mechanism may be told by each report with other members of it, and a meeting
of a named mechanism or of its organisation with other member states of them: ``министры стран ШОС``, a summit one
report names by its mechanism and the other by a member's leader only: ``agree._members_of_one``; each report telling
one side of one format met in one city on one day: ``one_side_each``); an office held by two different persons; a
negated report and one that is not (but a sitting planned for a day and that sitting told called off: ``called_off``);
for acts, their factuality (but an outcome announced for a day, ``подпишут завтра``, and the one signed that day:
``signed_as_planned``), an exchange of acts and one of them (``one_way_and_both``), sources and targets (a mutual act,
an agreement, may be told from either side: ``facing``; an agreement on the next meeting is not one on anything else:
``tellings.agrees_to_meet``; nor one on another thing: ``acts.things_differ``); a phone call or a multilateral meeting
and a report of another mode (but a country's part in a session, ``принял участие во встрече …``, told as a meeting, is
the session when both name its mechanism or round, and the meeting is not set beside it, ``на полях``, nor held by
persons of two countries: ``one_sitting``; a summit to come or called off that another outlet calls a meeting, in one
city: ``summit_to_come``); a reception of guests by their host (``tellings.receives``) and a session of a mechanism,
unless host and guest both sit in it (``reception_and_session``); a plain meeting and a session of a person in common
each naming another person of one side (``receptions.beside_session``); a report of another document that tells nothing
of which event it is (undated, no state side, person, place or mechanism: ``anonymous``); an outcome told without its
sides and the other's of another pair, its sides those of the meetings its document tells it after
(``acts.sides_told``), or of no meeting at all (``unfounded``); a meeting planned after sittings its document tells held
and one of those sittings (``next_of_held``), or two plans told after sittings of other days
(``next_of_other_sittings``).
"""
from __future__ import annotations

from dataclasses import replace

from ..settings import DEFAULT, FusionSettings
from .acts import one_pair, sides_told, things_differ, things_meet, told_alike
from .agree import offices_agree, places_agree, shared_persons, sides_agree
from .days import dates_fit, retold, same_day, to_day
from .evidence import BOTH_WAYS
from .misread import misread
from .modes import MULTI as _MULTI
from .modes import (
    called_off,
    next_of_others,
    one_session,
    one_side_each,
    one_sitting,
    plan_and_sitting,
    reception_and_session,
    retold_sitting,
    same_numbered_round,
)
from .receptions import beside_session
from .report import OUTCOMES, Report, named

__all__ = ["AGAINST", "MUTUAL", "compatible", "facing"]

# Acts of two sides together (``договорились``, ``подписали``), which an outlet may tell from either side.
MUTUAL = frozenset({"AGREE"})
# Acts of one side against another, which the other may answer in kind (``обменялись высылками``).
AGAINST = frozenset({"SANCTION", "PROTEST", "ACCUSE", "THREATEN", "COERCE", "ASSAULT", "MOBILIZE"})


def compatible(a: Report, b: Report, settings: FusionSettings = DEFAULT.fusion) -> bool:
    """Nothing the two reports know disagrees (reports of one document included)."""
    if a.doc != b.doc and a.private != b.private:
        return False  # "Компания X и университет Y подписали меморандум" is no memorandum of their states
    if a.doc != b.doc and (anonymous(a) or anonymous(b)):
        return False  # "Стороны договорились об обмене опытом" of a text that names no state: of no event we know
    if a.doc != b.doc and (named_apart(a, b) or named_apart(b, a)):
        return False  # "Послу Перу заявлен протест" is not the protest handed to Chile's ambassador that day
    if a.doc != b.doc and a.earlier != b.earlier:
        return False  # "Последний раз X высылала дипломатов Y …" (undated) is not the expulsion the news tells
    if a.doc != b.doc and (a.offered and b.date or b.offered and a.date):
        return False  # "X готова провести заседание комиссии в любой срок" is no sitting another outlet dates
    if a.type != b.type or not (dates_fit(a, b) or one_session(a, b) or retold(a, b) and (
            a.type != "CONSULT" or retold_sitting(a, b)) or misread(a, b, settings)):
        return False
    if (a.factuality == "negated") != (b.factuality == "negated") and not called_off(a, b):
        return False
    for x, y in ((a.format, b.format), (a.round, b.round)):
        if x is not None and y is not None and x != y:
            return False
    if a.type == "CONSULT" and a.mode and b.mode and a.mode != b.mode and {"phone", _MULTI} & {a.mode, b.mode} \
            and not (one_sitting(a, b) or summit_to_come(a, b)):
        return False  # a call is no meeting, a summit no talk on its sidelines
    if a.type == "CONSULT" and (reception_and_session(a, b) or beside_session(a, b)
                                or plan_and_sitting(a, b) or next_of_others(a, b)
                                or a.doc != b.doc and (next_of_held(a, b, settings) or next_of_held(b, a, settings)
                                                       or next_of_other_sittings(a, b))):
        return False  # "президент принял делегацию" the day after the commission's session: two meetings
    if a.type != "CONSULT":
        if a.factuality != b.factuality and not signed_as_planned(a, b) or a.doc == b.doc and a.meetings and b.meetings:
            return False  # two outcomes its document tells apart are two ("подписали …", "условились продолжить …")
        if None not in (a.agenda, b.agenda) and a.agenda != b.agenda:
            return False  # "договорились, что следующий раунд состоится …" is not "договорились об обмене данными"
        if a.type in OUTCOMES and a.doc != b.doc and (
                (unfounded(a) or unfounded(b)) and not (things_meet(a, b, settings)
                                                        or told_alike(a, b, settings))
                or _other_pairs(sides_told(a), sides_told(b)) and not _after_one_sitting(a, b, settings)):
            return False  # "Стороны подписали протокол" after the session of two other countries, or of no meeting
        if things_differ(a, b, settings):
            return False  # "создать комиссию по рыболовству", "открыть авиасообщение": two outcomes of one meeting
        if one_way_and_both(a, b):
            return False  # "X и Y обменялись высылками дипломатов" is neither X's expulsion nor Y's answer to it
        b = facing(a, b)
        for x, y in ((a.sources, b.sources), (a.targets, b.targets)):
            if x and y and not x & y:
                return False
    return (places_agree(a, b) or _dateline_place(a, b) or _places_of_one_act(a, b) or one_round_held(a, b)) \
        and (sides_agree(a, b) or one_side_each(a, b) or halves_of_one_act(a, b, settings)) and offices_agree(a, b)


def halves_of_one_act(a: Report, b: Report, settings: FusionSettings) -> bool:
    """An act each outlet tells from one side (``береговая охрана X задержала в Пирее яхту Z`` and, in the other side's
    words, ``задержание 28 марта в Пирее яхты Z``): one side each, not the same, one report naming no actor, both of
    one day in one city, told alike beyond their verbs (the vessel, the port); not a retelling that names another
    country and no place (``Чили внесла в список … шесть чиновников`` beside a ban on another's officials)."""
    return a.type != "CONSULT" and len(a.sides) == len(b.sides) == 1 and a.sides != b.sides \
        and not (a.sources and b.sources) and bool(to_day(a) and to_day(b)) and same_day(a, b) \
        and a.place is not None and b.place is not None and not a.place.is_country and a.place.key == b.place.key \
        and told_alike(a, b, settings)


def summit_to_come(a: Report, b: Report) -> bool:
    """A summit to come or called off (``следующий саммит пройдет в X``, ``саммит, намеченный на 10 мая, отложен``)
    that another outlet calls a meeting (``следующая встреча пройдет в X``, ``встреча лидеров … отложена``), in one city
    or in it and its country: talks planned on its sidelines are told so (``на полях``: ``Report.aside``), and of the
    same sides, or one report telling one side at most (the host's, or none): a bilateral summit of two of a trilateral
    one's sides in its city that day is another."""
    return {a.mode, b.mode} == {"meet", _MULTI} and "occurred" not in (a.factuality, b.factuality) \
        and (a.sides == b.sides or min(len(a.sides), len(b.sides)) <= 1
             and (a.sides <= b.sides or b.sides <= a.sides)) \
        and not (a.aside or b.aside) and a.place is not None and b.place is not None \
        and (a.place.key == b.place.key or _city_of_country(a.place, b.place))


def _city_of_country(x, y) -> bool:
    """One place a city, the other its country."""
    return x.is_country != y.is_country and x.country is not None and x.country == y.country


def signed_as_planned(a: Report, b: Report) -> bool:
    """An outcome announced for a day (``Завтра министры подпишут меморандум``, ``в пятницу подпишут коммюнике``:
    planned, dated to that day by its own words) and one told done on that day, by another document: the signing
    announced took place (its dates must still fit)."""
    plan, done = (a, b) if a.factuality == "planned" else (b, a)
    return a.type in OUTCOMES and a.doc != b.doc and plan.factuality == "planned" and done.factuality == "occurred" \
        and to_day(plan) and not plan.default and to_day(done)


def one_way_and_both(a: Report, b: Report) -> bool:
    """An act of one side against the other and acts both took against each other told as one (``обменялись
    высылками``, ``взаимные санкции``, ``обоюдные обвинения``: the word ``evidence.BOTH_WAYS``): never one act, not
    even when the exchange names a single day.  Only acts against another side (``AGAINST``): an exchange of
    prisoners or an agreement is one act of both sides however an outlet tells it (``обмен пленными``, ``вернула 120
    пленных``)."""
    return a.type in AGAINST and (BOTH_WAYS in a.words) != (BOTH_WAYS in b.words)


def anonymous(r: Report) -> bool:
    """A report that tells nothing of which event it is: undated (not even by a year-less dateline), with no state
    side (no country among its participants, its evidence's words or the meetings it follows), no person, no place, no
    mechanism, round or body and no count of documents signed (``Стороны договорились об обмене опытом`` of a
    scientists' text).  It joins no report of another document: any agreement of any two sides reads so."""
    return not (r.date or r.day or r.sides or r.persons or r.sources or r.targets or r.place or r.format or r.round
                or r.mechanisms or r.bodies or r.signed or bool(named(r))
                or any(m.sides or m.persons for m in r.meetings))


def unfounded(r: Report) -> bool:
    """An outcome told without its sides (``Стороны подписали протокол``, ``договорились о …``) that follows no meeting
    of its document and names no country, no place and no count of documents signed: whose it is, nothing tells (a
    company's, a university's, a club's read the same), so it joins no report of another document but by one thing
    agreed that no agreement of any pair names (``отменить пошлины на рис``: ``acts.things_meet``, not ``соглашение о
    сотрудничестве``) or by evidence much alike beyond its verb (``acts.told_alike``)."""
    return r.type in OUTCOMES and not (r.sides or r.sources or r.targets or r.meetings or r.signed
                                       or r.placed and r.place or bool(named(r)))


def _other_pairs(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two pairs of countries (or more each), not one (a meeting told with one side, a forum's host, tells no pair)."""
    return len(a) >= 2 and len(b) >= 2 and not one_pair(a, b)


def _after_one_sitting(a: Report, b: Report, settings: FusionSettings = DEFAULT.fusion) -> bool:
    """Each outcome follows meetings of its document, one of one's possibly one of the other's: the sides each
    learnt from them may be some of a session's only (a dialogue of an organisation's states)."""
    return any(compatible(x, y, settings) for x in a.meetings for y in b.meetings)


def named_apart(told: Report, other: Report) -> bool:
    """A report told with no country among its sides (nor those of meetings it follows) whose evidence names countries,
    none of them a side of the other, named by the other's evidence or the country of its place: the act or meeting
    of other countries (``Послу Перу заявлен протест``; for a meeting two of them, ``В Порту прошли консультации Перу и
    Уругвая``)."""
    if sides_told(told) or told.type == "CONSULT" and len(named(told)) < 2:
        return False  # one country a meeting's words name may be its host's (``в швейцарском X соберется совет``)
    own = named(told) - {told.place.country if told.place else None}  # not its venue's (``встреча в Будапеште``)
    theirs = sides_told(other) | named(other) | ({other.place.country} if other.place and other.place.country
                                                  else frozenset())
    return bool(own and theirs) and not own & theirs


def next_of_held(plan: Report, held: Report, settings: FusionSettings = DEFAULT.fusion) -> bool:
    """A meeting planned, told after sittings its document tells held (``Report.meetings``: ``Следующий раунд пройдет
    в X``), no day of its own told (``переговоры запланированы на четверг`` is that day's meeting announced), and a
    sitting held that may be one of those: the plan is the next sitting, not that one."""
    return plan.factuality != "occurred" and held.factuality == "occurred" and bool(plan.meetings) \
        and (plan.date is None or plan.default) \
        and any(compatible(m, held, settings) for m in plan.meetings)


def next_of_other_sittings(a: Report, b: Report) -> bool:
    """Two meetings planned, each told after sittings its document tells held, none of one's sittings of a day that
    fits one of the other's (their sides may be misread, a digest's mediators, their days not): the next sittings of two
    series (``Следующее заседание решено провести в 2032 году`` after a
    commission's session, ``Десятую встречу условились провести …`` after a dialogue of another week)."""
    return "occurred" not in (a.factuality, b.factuality) and bool(a.meetings and b.meetings) \
        and not any(dates_fit(x, y) for x in a.meetings for y in b.meetings)


def _dateline_place(a: Report, b: Report) -> bool:
    """Two places that differ, one of them not named by its evidence (its document's dateline: ``ЕРЕВАН, 26 ноября``,
    where the evidence tells a border post), of one meeting of two persons in common on one day (or the place of a
    numbered round of that day: ``Это пятый раунд переговоров`` under the dateline of the outlet's city, or a session
    of a body both name of the same two sides: ``сессия совместной комиссии X и Y`` under ``ЛИМА, 3.03``), or of
    acts other than meetings: the city an outlet writes from is not where a protest was handed (``ИЕРУСАЛИМ, 3 мая``
    over ``посла вызвали в МИД``) nor where the outcome of talks was signed (``По итогам встречи министры
    подписали …``)."""
    if a.placed and b.placed:
        return False
    if a.type != "CONSULT":
        return True
    unplaced = b if a.placed else a  # a numbered round the outlet tells under its own city's dateline
    return same_day(a, b) and (len({x.id for x, _ in shared_persons(a, b)}) >= 2
                               or bool(unplaced.round and unplaced.round >= 2)
                               or bool(a.bodies & b.bodies) and len(a.sides & b.sides) >= 2) \
        or retold_sitting(a, b)  # a review's dateline: "ЛИССАБОН, 17 мая — X и Y провели межправконсультации"


def _places_of_one_act(a: Report, b: Report) -> bool:
    """Two places of an act other than a meeting or its outcome (where papers are signed, the meeting is), one of no
    country known (a locality the gazetteer does not know): the place an act's sentence names is often that of what the
    act is about (``вручило ноту протеста в связи с заходом судна в порт X``), not where the note was handed (``в
    Лиссабоне``); two known cities (a protest handed in one capital and one in another, or told in two cities of one
    country) are two acts."""
    pa, pb = a.place, b.place
    return a.type not in OUTCOMES | {"CONSULT"} and pa is not None and pb is not None \
        and not (pa.is_country or pb.is_country) and not (pa.country and pb.country)


def one_round_held(a: Report, b: Report) -> bool:
    """Two reports of one numbered round (a second one or later) of one kind of format, both held on one day its own
    words tell each: one sitting, however their places disagree (one outlet's venue misread from a sentence about the
    venue once planned, ``прошел не в X, как планировалось``); sides must still agree."""
    return a.type == "CONSULT" and a.format is not None and a.format == b.format and same_numbered_round(a, b) \
        and a.factuality == b.factuality == "occurred" and not (a.default or b.default) \
        and to_day(a) and a.date == b.date


def facing(a: Report, b: Report) -> Report:
    """``b`` as ``a`` tells it: a mutual act (an agreement of two sides, ``MUTUAL``) told from the other side
    (``X и Y договорились`` and ``Y и X договорились``) has its source and target swapped; else ``b``."""
    if a.type in MUTUAL and not a.sources & b.sources and a.sources & b.targets and a.targets & b.sources:
        return replace(b, sources=b.targets, targets=b.sources)
    return b
