"""When two reports may be one event (``compatible``: nothing they know disagrees) and when they
say so (``link``: enough in common, a strength above zero).

Nothing may disagree: the type; dates at the coarser precision, a date that is only the document's being that
day or a few before it, and an undated report's year-less dateline (``МОСКВА, 3 апреля``) with the other's day and
month (``days.py``; but one numbered session of a mechanism in one city told on two of its days: ``one_session``);
format and round where both are
known; places (two countries, or two cities, that differ; a visit may span two cities of one
country; a city and a country disagree only as the destination of a visit: a country named as
the place of a meeting is often a slip; a building, ``дворец``, ``Дом народа``, lies in a city its name does not
tell; a city that a report's evidence does not name, its document's dateline, yields to the venue of a meeting of
two persons in common on one day (or of a numbered round it tells, of that day), and never disagrees for acts other
than meetings: ``_dateline_place``);
sides (two reports with no country in common, or two meetings of two sides each that share only
one; a session of a named mechanism may be told by each report with other members of it, and a meeting of a named
mechanism or of its organisation with other member states of them: ``министры стран ШОС``; each report telling one
side of one format met in one city on one day: ``one_side_each``); an office held by two
different persons; a negated report and one that is not (but a sitting planned for a day and that sitting told called
off: ``called_off``); for acts, sources and targets (a mutual act, an
agreement, may be told from either side: ``facing``; an agreement on the next meeting is not one on anything else:
``tellings.agrees_to_meet``); a phone call or a multilateral meeting and a report of
another mode (but a country's part in a session, ``принял участие во встрече …``, told as a meeting, is the session
when both name its mechanism or round, and the meeting is not set beside it, ``на полях``, nor held by persons of
two countries: ``one_sitting``); a reception of guests by their host (``tellings.receives``) and a session of a
mechanism, unless host and guest both sit in it (``reception_and_session``).

Meetings (CONSULT) are linked by
* two persons in common of two sides, or on the same day, or in the same city (their offices not told), or, their
  offices not told, one report undated, with evidence much alike (``FusionSettings.undated_meeting_overlap``: a
  meeting called off, told undated by another outlet; it joins the one group it fits);
* the format and one person in common on the same day;
* the format on the same day in the same city, a side in common (or one report telling none): an outlet that names
  only the guest (``в Лиме прошли консультации с Эквадором в формате «2+2»``);
* one person in common on the same day, the same sides (two or more), evidence much alike
  (``FusionSettings.one_person_overlap``): the other persons each report names are of those sides — not one
  person in one city, a host who receives several guests a day;
* a named mechanism of the format gazetteer in common on the same day (``астанинский формат``), or planned by
  both for dates that agree (its next meeting), or in the same city in the same month (or one report undated:
  it joins the one group it fits, ``cluster.py``);
* the format and its round, with two sides in common; or the same round (a second one or later) with two sides
  in common, whatever each report calls the mechanism;
* the format, one person in common, two sides in common and the same month;
* two sides in common, the same day and the same place (reports that name only the countries; the day of an
  undated report is its document's year-less dateline, ``СТАМБУЛ, 12 мар``);
* the same sides (two or more) on the same day (their places agreeing: ``в Женеве``, ``в Швейцарии``), persons
  told by one report at most;
* a visit of one person in common, both dated to the same month, or both undated with the same
  destination named (``визит … в Москву`` in two undated reports), or one undated, to the same country, with evidence
  much alike (``FusionSettings.undated_meeting_overlap``: a visit called off, told undated by a weekly review);
* the same numbered round (a second one or later) in the same place, or on the same day when one report tells
  nothing else (``Это уже 31-й раунд консультаций`` in a digest), or in the same month when one dated only to it
  tells a city and no side or person (``На прошлой неделе в X прошло 14-е заседание``), unless each names another
  mechanism of the gazetteer (``66-й раунд … в Женеве``; a council and the organisation it is of are one:
  ``kin_of``);
* two sides in common and the same city, one report undated or dated to its month only, with evidence much alike
  (``FusionSettings.undated_meeting_overlap``: an outlet that does not date it, a briefing's ``на прошлой неделе``;
  it joins the one group it fits);
* the same city, one report undated, a side in common (or one report telling none), evidence somewhat alike
  (``FusionSettings.undated_city_words`` words in common, ``undated_city_overlap`` of the shorter), unless each
  names another mechanism of the gazetteer: an outlet that does not date it (``прошедшего в четверг в X``); it
  joins the one group it fits;
* the same day and the same city when one report tells no side and no person (``Встреча политических
  представителей прошла в четверг в Бендерах``), with evidence much alike (``FusionSettings.unnamed_meeting_overlap``).
* phone calls of the same day when one report tells no side and no person (``лидеры двух стран в ходе телефонного
  разговора``), with evidence much alike (``FusionSettings.unnamed_meeting_overlap``);
* multilateral meetings in the same city and month with evidence much alike (``FusionSettings.conference_overlap``
  of the shorter, ``conference_shared_words`` words at least): a conference that the gazetteer does not name;
* planned by both in the same city (not a country), one of them at least dated, with evidence much alike
  (``FusionSettings.planned_meeting_overlap``: ``Очередной раунд консультаций состоится в Лиме``; an undated one
  joins the one group it fits), or somewhat alike when both are planned for the same month
  (``planned_month_overlap``, ``planned_month_words``);
* planned by both, of the same sides (two or more), one of them undated, with evidence much alike
  (``FusionSettings.planned_meeting_overlap``: ``Лима и Кито отложили сессию совета``); it joins the one
  group it fits;
* planned by both for dates that agree, both naming one body of the general patterns (``Report.bodies``:
  ``Совет сотрудничества высшего уровня``), with evidence much alike (``planned_meeting_overlap``); a body both
  name also links a meeting told without sides and persons on the same day in the same city (``Смешанный
  пограничный комитет заседал в среду в X``), as evidence much alike does, and a meeting of the same day, two sides
  in common or one report telling none (its ministers only, their countries not told);
* planned by both, both dated, with evidence somewhat alike (``FusionSettings.outcome_overlap``), each told after
  meetings its document tells held on a day, a meeting of one linked to one of the other: the next meeting told by two
  reports of the meeting held (``Следующий раунд пройдет в X весной``).
Two undated reports must besides name the same place or the same round.  A shared format name
and one person are not enough.  The strength of a link counts two sides in common: of two groups, a report joins
the one of its sides before one told without them.

Other acts (a protest, sanctions…) are linked when they have the same source and factuality and
* the same day (a report dated by its document's date of it or a few days before, where both tell the same target)
  and target (or a target one of them does not tell), and evidence sentences somewhat alike (an
  accusation of one day is not another one's: ``FusionSettings.act_same_day_overlap``), or, for a protest, the
  same day and target however each words it (an ambassador summoned, a protest handed: ``_ONCE_A_DAY``);
* or, dated or not, no other target and evidence sentences much alike
  (``FusionSettings.act_undated_overlap``);
or when both tell the same count of documents signed (three or more, ``outcome.py``: ``подписали 17 соглашений``,
``подписали семнадцать документов``) and the same actor, or one told by one report only (``Подписано 17 соглашений``
and ``X и Y подписали 17 соглашений``, the countries of one among the other's), after meetings that may be one (where
both tell them);
or when neither says who acted, each follows meetings of its document held that day (its outcome: ``Стороны
подписали 11 документов``), a meeting of one is linked to one of the other and the evidence sentences much alike,
or somewhat alike (``FusionSettings.outcome_overlap``) and told with the same verb (``подписали``) — a refusal or a
protest at talks (``report.AT_TALKS``), told with its actor or not, with any verb;
or, for a refusal or a protest that each document tells alone (no other of its type), after meetings of its day of
which one of each is linked, the countries of one among the other's, however worded (``отклонила предложение``,
``не добилась отмены``);
or, for a protest neither says who made, the same sides and a person in common on the same day;
or when one of them does not say who acted and is told by persons of the other's target only, its countries the
other's source and target, with evidence somewhat alike, dated by their documents a few days apart (the target's
answer: ``Министр Y назвал ошибкой решение X отозвать посла``);
or when one of them does not say who acted (``Ему заявлен протест``), on the same day (a year-less dateline's
or a few days before it; a document's date as that very day, ``days.exact_day``: the answer of a few days later,
``Россия выслала двух шведских дипломатов``, reads much like the act it answers) with evidence sentences much
alike (half of the shorter with more than ``FusionSettings.act_shared_words`` in common, else ``act_unnamed_overlap``
of it: a short line misleads), or somewhat alike when its countries (an outcome's: those of the meetings it
follows) are among the other's source and target, the source among them (a protest told by its target: ``Сеул
отверг протест Токио``; not a call on a country the other report's actor also called on);
or when one of them does not say who acted and one of them is undated or dated to its month only (or, for an
agreement, dated by its document's date only: it has no mirror act a few days later), the countries of one among the
other's, with evidence much alike beyond the verb (more than ``act_shared_words`` other words in
common, ``act_undated_overlap`` of the shorter: ``Стороны договорились продлить перемирие`` told by an outlet that
dates it, and the sides' agreement told by one that does not); it joins the one group it fits.
"""
from __future__ import annotations

from dataclasses import replace

from ..settings import FusionSettings
from .acts import answer, much_alike, of_one_pair, sides_told, told_alike, within
from .agree import offices_agree, places_agree, shared_persons, sides_agree
from .days import dates_agree, dates_fit, days_agree, days_told, exact_day, same_day
from .modes import MULTI as _MULTI
from .modes import called_off, one_session, one_side_each, one_sitting, plan_and_sitting, reception_and_session
from .report import AT_TALKS, Report, overlap

__all__ = ["ROUND_SIDES", "compatible", "dates_agree", "days_agree", "days_told", "link", "places_agree"]

# Acts of two sides together (``договорились``, ``подписали``), which an outlet may tell from either side.
MUTUAL = frozenset({"AGREE"})
# Acts one source takes against one target once a day, however each report words them (an ambassador summoned
# and handed a protest): the same source and target on the same day are one act.
_ONCE_A_DAY = frozenset({"PROTEST"})
ROUND_SIDES = 8  # a round of more sides is linked by its format or persons only (keys.py indexes it so)


def _day(r: Report) -> bool:
    return bool(r.date and len(r.date) == 10)


def compatible(a: Report, b: Report) -> bool:
    """Nothing the two reports know disagrees (reports of one document included)."""
    if a.type != b.type or not (dates_fit(a, b) or one_session(a, b)):
        return False
    if (a.factuality == "negated") != (b.factuality == "negated") and not called_off(a, b):
        return False
    for x, y in ((a.format, b.format), (a.round, b.round)):
        if x is not None and y is not None and x != y:
            return False
    if a.type == "CONSULT" and a.mode and b.mode and a.mode != b.mode and {"phone", _MULTI} & {a.mode, b.mode} \
            and not one_sitting(a, b):
        return False  # a call is no meeting, a summit no talk on its sidelines
    if a.type == "CONSULT" and (reception_and_session(a, b) or plan_and_sitting(a, b)):
        return False  # "президент принял делегацию" the day after the commission's session: two meetings
    if a.type != "CONSULT":
        if a.factuality != b.factuality or a.doc == b.doc and a.meetings and b.meetings:
            return False  # two outcomes its document tells apart are two ("подписали …", "условились продолжить …")
        if None not in (a.agenda, b.agenda) and a.agenda != b.agenda:
            return False  # "договорились, что следующий раунд состоится …" is not "договорились об обмене данными"
        b = facing(a, b)
        for x, y in ((a.sources, b.sources), (a.targets, b.targets)):
            if x and y and not x & y:
                return False
    return (places_agree(a, b) or _dateline_place(a, b)) and (sides_agree(a, b) or one_side_each(a, b)) \
        and offices_agree(a, b)


def _dateline_place(a: Report, b: Report) -> bool:
    """Two places that differ, one of them not named by its evidence (its document's dateline: ``ЕРЕВАН, 26 ноября``,
    where the evidence tells a border post), of one meeting of two persons in common on one day (or the place of a
    numbered round of that day: ``Это пятый раунд переговоров`` under the dateline of the outlet's city), or of acts
    other than meetings: the city an outlet writes from is not where a protest was handed (``ИЕРУСАЛИМ, 3 мая`` over
    ``посла вызвали в МИД``) nor where the outcome of talks was signed (``По итогам встречи министры подписали …``)."""
    if a.placed and b.placed:
        return False
    if a.type != "CONSULT":
        return True
    unplaced = b if a.placed else a  # a numbered round the outlet tells under its own city's dateline
    return same_day(a, b) and (len({x.id for x, _ in shared_persons(a, b)}) >= 2
                               or bool(unplaced.round and unplaced.round >= 2))


def link(a: Report, b: Report, settings: FusionSettings = FusionSettings()) -> int:
    """How strongly two compatible reports of different documents say they are one event (0: not)."""
    if a.doc == b.doc:
        return 0
    return _meeting_link(a, b, settings) if a.type == "CONSULT" else _act_link(a, b, settings)


def _meeting_link(a: Report, b: Report, settings: FusionSettings) -> int:
    pairs = shared_persons(a, b)
    n = len({x.id for x, _ in pairs})
    person_sides = {c for x, y in pairs for c in x.countries | y.countries}
    shared_sides = a.sides & b.sides
    one_day = same_day(a, b)
    same_format = a.format is not None and a.format == b.format
    same_place = a.place is not None and b.place is not None and a.place.key == b.place.key
    strength = 2 * n + same_format + same_place + one_day + (len(shared_sides) >= 2)  # two sides say more
    same_round = same_format and a.round is not None and a.round == b.round
    if not a.date and not b.date and not (same_place or same_round):
        return 0  # two undated reports could be of any year: the place or the round must say more
    if n >= 2 and (len(person_sides) >= 2 or one_day):
        return strength
    if n >= 2 and same_place and not a.place.is_country and a.factuality == b.factuality:
        return strength  # two persons in one city, whose offices neither tells ("встреча Х и Y в Z")
    if n >= 2 and not person_sides and a.factuality == b.factuality and bool(a.date) != bool(b.date) \
            and (overlap(a, b) or 0.0) >= settings.undated_meeting_overlap:
        return strength  # two persons whose offices neither tells, one report undated, much alike: it joins one group
    if same_format and n and one_day:
        return strength
    if same_format and one_day and same_place and not a.place.is_country \
            and (shared_sides or not (a.sides and b.sides)):
        return strength  # the format met in that city that day, each report naming some of its sides (or none)
    if n and one_day and len(a.sides) >= 2 and a.sides == b.sides \
            and (overlap(a, b) or 0.0) >= settings.one_person_overlap:
        return strength  # one person in common on one day, of the same two sides or more, told much alike
    if a.mechanisms & b.mechanisms and one_day:  # one named mechanism does not meet twice a day
        return strength + 1
    if a.mechanisms & b.mechanisms and a.factuality == b.factuality == "planned" and a.date and b.date:
        return strength + 1  # its next meeting, told by two outlets ("следующая встреча … в 2025 году")
    if a.factuality == b.factuality == "planned" and a.date and b.date and (overlap(a, b) or 0.0) >= \
            settings.outcome_overlap and any(compatible(x, y) and _meeting_link(x, y, settings)
                                             for x in a.meetings for y in b.meetings):
        return strength + 1  # the next meeting, told by two reports of the meeting held ("Следующее заседание …")
    if a.bodies & b.bodies and a.factuality == b.factuality == "planned" and a.date and b.date \
            and (overlap(a, b) or 0.0) >= settings.planned_meeting_overlap:
        return strength + 1  # the next session of a body both name, told much alike (its sides, one report may not)
    if a.bodies & b.bodies and one_day and (len(shared_sides) >= 2 or bool(a.sides) != bool(b.sides)):
        # "во вторник и среду заседала … Смешанная комиссия" told by its members' ministers only, and
        # the session of that body its sides held that day: a body both name meets once a day
        return strength + 1
    if same_round and len(shared_sides) >= 2:
        return strength
    if a.round and a.round == b.round and a.round >= 2 and len(shared_sides) >= 2 \
            and max(len(a.sides), len(b.sides)) <= ROUND_SIDES:
        return strength + 1  # "12-е заседание комиссий Армении и Азербайджана", whatever each calls the mechanism
    months = bool(a.date and b.date and len(a.date) >= 7 and len(b.date) >= 7)
    if a.round and a.round == b.round and a.round >= 2 and not _other_mechanisms(a, b) \
            and (same_place or one_day and any(_bare(r) for r in (a, b))
                 or months and any(_placed_only(r) for r in (a, b)) and len(a.date) != len(b.date)):
        # "66-й раунд … в Женеве"; "Это уже 31-й раунд консультаций", told of that day; "На прошлой неделе в X прошло
        # 14-е заседание комиссии", told of that month (it joins the one group it fits)
        return strength + 1
    if same_format and n and months and len(shared_sides) >= 2:
        return strength
    if a.mechanisms & b.mechanisms and same_place and (months or bool(a.date) != bool(b.date)):
        return strength  # a named mechanism meets in one city once in a month; an undated report joins one group
    if len(shared_sides) >= 2 and one_day and same_place:
        return strength
    if len(shared_sides) >= 2 and same_place and not a.place.is_country and not (_day(a) and _day(b)) \
            and all(len(r.date or "undated") >= 7 for r in (a, b)) \
            and (overlap(a, b) or 0.0) >= settings.undated_meeting_overlap:
        # an undated report of the same sides in that city, or one dated to its month only ("На прошлой неделе в X
        # прошли консультации"), much alike: it joins the one group it fits
        return strength
    if same_place and not a.place.is_country and bool(a.date) != bool(b.date) and not _other_mechanisms(a, b) \
            and (shared_sides or not (a.sides and b.sides)) and len(a.words & b.words) >= settings.undated_city_words \
            and (overlap(a, b) or 0.0) >= settings.undated_city_overlap:
        return strength  # an undated report in that city, of a side in common, somewhat alike: it joins one group
    if len(a.sides) >= 2 and a.sides == b.sides and _day(a) and _day(b) and one_day \
            and not (a.persons and b.persons):
        return strength  # the same sides on one day, persons told by one report at most
    if n and "visit" in (a.mode, b.mode):
        if months or (not a.date and not b.date and same_place):
            return strength
        if bool(a.date) != bool(b.date) and _one_destination(a, b) \
                and (overlap(a, b) or 0.0) >= settings.undated_meeting_overlap:
            return strength  # the visit told undated by one outlet, much alike: it joins the one group it fits
    if one_day and same_place and not a.place.is_country and any(not r.sides and not r.persons for r in (a, b)) \
            and ((overlap(a, b) or 0.0) >= settings.unnamed_meeting_overlap or a.bodies & b.bodies):
        # "Встреча политических представителей прошла в четверг в Бендерах": who, it does not say; "Смешанный
        # пограничный комитет заседал в среду в X": the body both name
        return strength
    if one_day and a.mode == b.mode == "phone" and any(not r.sides and not r.persons for r in (a, b)) \
            and (overlap(a, b) or 0.0) >= settings.unnamed_meeting_overlap:
        return strength  # "лидеры двух стран в ходе телефонного разговора …": a call of that day, who, it does not say
    if a.mode == b.mode == _MULTI and months and same_place and not a.place.is_country \
            and len(a.words & b.words) >= settings.conference_shared_words \
            and (overlap(a, b) or 0.0) >= settings.conference_overlap:
        return strength  # "министерская конференция Форума … прошла в Каире", told to the day and to the month
    if a.factuality == b.factuality == "planned" and bool(a.date) != bool(b.date) and len(a.sides) >= 2 \
            and a.sides == b.sides and (overlap(a, b) or 0.0) >= settings.planned_meeting_overlap:
        return strength  # the planned meeting of the same sides, undated by one outlet: it joins the one group it fits
    one_month = months and a.date[:7] == b.date[:7] and len(a.words & b.words) >= settings.planned_month_words
    if a.factuality == b.factuality == "planned" and same_place and not a.place.is_country and (a.date or b.date) \
            and (shared_sides or any(len(r.date or "") >= 7 for r in (a, b))
                 or len(a.words & b.words) >= settings.planned_month_words) \
            and (overlap(a, b) or 0.0) >= (settings.planned_month_overlap if one_month else
                                           settings.planned_meeting_overlap):
        # "Очередной раунд состоится в Лиме": the round planned in that city (an undated one joins one); told without
        # its sides and for a year at most, more than "следующий раунд в Лиме" in common (the next rounds of two
        # mechanisms may be held there that year; a month says more)
        return strength
    return 0


def _one_destination(a: Report, b: Report) -> bool:
    """Both tell the place, of one country (a city and its country: ``визит в Лиссабон``, ``визит в Португалию``)."""
    return a.place is not None and b.place is not None and a.place.country is not None \
        and a.place.country == b.place.country


def _bare(r: Report) -> bool:
    """A meeting told with no side, person or place: its round and its day are all it says."""
    return not r.sides and not r.persons and r.place is None




def _placed_only(r: Report) -> bool:
    """A meeting told with its place but with no side or person: a digest's line."""
    return not r.sides and not r.persons and r.place is not None and not r.place.is_country


def _other_mechanisms(a: Report, b: Report) -> bool:
    """Each names a mechanism of the gazetteer, none the other's nor the organisation the other's is of (two
    mechanisms of one organisation are two)."""
    return bool(a.mechanisms and b.mechanisms and not (a.mechanisms & b.mechanisms or a.kin & b.mechanisms
                                                         or b.kin & a.mechanisms))












def _left_to_document(a: Report, b: Report) -> bool:
    """An agreement that one report at least tells is about something other than a meeting to come (``tellings.py``),
    one report dated by its document only (that day or a few before: ``вчера стороны подписали …`` left to its
    document's date): an agreement has no mirror act of the other side a few days later as an expulsion has, and its
    words tell what was agreed (those of the next meeting are any round's)."""
    return a.type in MUTUAL and (a.default or b.default) and False in (a.agenda, b.agenda)


def facing(a: Report, b: Report) -> Report:
    """``b`` as ``a`` tells it: a mutual act (an agreement of two sides, ``MUTUAL``) told from the other side
    (``X и Y договорились`` and ``Y и X договорились``) has its source and target swapped; else ``b``."""
    if a.type in MUTUAL and not a.sources & b.sources and a.sources & b.targets and a.targets & b.sources:
        return replace(b, sources=b.targets, targets=b.sources)
    return b


def _act_link(a: Report, b: Report, settings: FusionSettings) -> int:
    b = facing(a, b)
    one_actor = a.sources == b.sources or not (a.sources and b.sources) and within(a, b)  # or told by one only
    if a.signed and a.signed == b.signed and one_actor \
            and (not (a.meetings and b.meetings) or any(compatible(x, y) for x in a.meetings for y in b.meetings)):
        return 2  # the same count of documents signed, told by neither or with the same actor (``outcome.py``)
    similar = overlap(a, b) or 0.0
    much = similar >= settings.act_undated_overlap
    if (much or (a.type in AT_TALKS or a.verb and a.verb == b.verb) and similar >= settings.outcome_overlap) \
            and any(compatible(x, y) and _meeting_link(x, y, settings) for x in a.meetings for y in b.meetings):
        return 1 + much  # the outcomes of one meeting ("Стороны подписали …"): the same act, or much alike
    if a.lone and b.lone and within(a, b) \
            and any(compatible(x, y) and _meeting_link(x, y, settings) for x in a.meetings for y in b.meetings):
        return 1  # the one refusal (or protest) each report tells of one meeting, however worded
    one_day = exact_day(a, b)  # a document's date as its day: the answer of a few days later is much alike
    if not a.sources & b.sources:  # one report does not say who acted: the same day and much alike …
        if a.sources and b.sources:
            return 0
        told, other = (b, a) if a.sources else (a, b)
        if not one_day and (not (_day(a) and _day(b)) or _left_to_document(a, b)) \
                and within(a, b) and told_alike(a, b, settings):
            return 1  # told undated, by its month (or its document's date), much alike: it joins the one group it fits
        if not one_day:  # the target's answer, told a day or so later by a document of its own, is of that act
            return int(bool(told.date and other.date) and answer(told, other)
                       and similar >= settings.act_same_day_overlap)
        if not a.sources and a.type in _ONCE_A_DAY and len(a.sides) >= 2 and a.sides == b.sides \
                and shared_persons(a, b):
            return 2  # neither tells who protested: the same person and sides on one day ("вручена нота послу X")
        # … or somewhat alike, its countries among the other's source and target ("Сеул отверг протест Токио")
        sides = sides_told(told)  # … (much alike, never of another pair of countries: ``of_one_pair``)
        return int(much_alike(a, b, settings) and of_one_pair(told, other)
                   or bool(sides & other.sources)
                   and sides <= other.sources | other.targets and similar >= settings.act_same_day_overlap)
    same_target = bool(a.targets & b.targets)
    one_target = not (a.targets and b.targets)  # "пригрозил выходом из договора": whom, one report does not say
    # one source and one target told by both: a report dated by its document is of the act of a few days before (the
    # retaliation that reads alike has the other source)
    once = one_day and same_target and a.type in _ONCE_A_DAY  # of that very day, however worded
    one_day = one_day or same_target and same_day(a, b)
    # both dated to a day, or one by a year-less dateline that day or a few days after (``exact_day``)
    if (_day(a) and _day(b) or a.day or b.day) and one_day and (same_target or one_target) \
            and (similar >= settings.act_same_day_overlap or once):
        return 3 if same_target else 2
    if (same_target or not (a.targets and b.targets)) and similar >= settings.act_undated_overlap:
        return 1 + same_target
    return 0
