"""How strongly two compatible meetings (CONSULT) of different documents say they are one (``meeting_link``).
"Planned by both" below also holds of a sitting told called off by both, and of a sitting planned and that sitting
told called off (``modes.called_off``: ``консультации, намеченные на 10 мая, отложены``).

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
* a guest in common on the same day in a city of no country of his, the sides and persons of one report among the
  other's (an outlet telling one side only), evidence much alike (``one_person_overlap``);
* a reception by one person in common on the same day, told planned by one report and held by the other, much alike
  (``FusionSettings.one_person_overlap``: ``Позднее в тот же день ее примет президент X`` in the morning's report);
* phone calls of one person in common on the same day, of the same sides (two or more), however worded: one report
  naming the counterpart by his country only (``провел телефонный разговор со своим перуанским коллегой``) — a
  person calls one country once a day, though he may receive several of its guests;
* a sitting retold some days later by a review dated by its document only, of two sides in common, naming one body,
  mechanism or round (``modes.retold_sitting``: ``X и Y провели межправительственные консультации``);
* a named mechanism of the format gazetteer in common on the same day (``астанинский формат``), or planned by
  both for dates that agree (its next meeting), or in the same city in the same month (or one report undated:
  it joins the one group it fits, ``cluster.py``);
* the same sides (two or more) on the same day, each naming a body of one head noun (``BODY_HEADS``: ``межпарламентская
  комиссия``, ``Комиссия по сотрудничеству между парламентами``), or in the same city with no person in common, with
  evidence much alike (``FusionSettings.one_person_overlap``): one body named otherwise by each outlet, one sitting (one
  report may tell a side in its words only, ``перуанско-чилийской``, ``в Каире``: ``_sides_of_both``);
* one body or kind of talks both name in more than a word (``мирные переговоры``) on the same day in the same city, a
  side in common and the sides of one report among the other's, no other persons named by each, evidence somewhat
  alike (``FusionSettings.one_side_body_overlap``): talks of a state with a party that is none (rebels, a movement),
  each outlet telling the one state side (``_one_named_body``);
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
* the same numbered round (a second one or later) in the same place (or in a city and the country it lies in, of a
  side in common: ``седьмая сессия пройдет в X-стране``), or on the same day when one report tells
  nothing else (``Это уже 31-й раунд консультаций`` in a digest), or in the same month when one dated only to it
  tells a city and no side or person (``На прошлой неделе в X прошло 14-е заседание``), unless each names another
  mechanism of the gazetteer (``66-й раунд … в Женеве``; a council and the organisation it is of are one:
  ``kin_of``);
* the same numbered round (a second one or later), held or planned alike, on the same day (or, planned by both, for
  one month: the next session announced), the sides of one report (one at most) among the other's
  (``_one_numbered_sitting``: an outlet naming only its own delegation, or only the city), unless each names another
  mechanism of the gazetteer; the weakest link (of two groups, it joins the one other evidence says more of);
* two sides in common and the same city, one report undated or dated to its month only, with evidence much alike
  (``FusionSettings.undated_meeting_overlap``: an outlet that does not date it, a briefing's ``на прошлой неделе``;
  it joins the one group it fits);
* the same city, one report undated, a side in common (or one report telling none), evidence somewhat alike
  (``FusionSettings.undated_city_words`` words in common, ``undated_city_overlap`` of the shorter), unless each
  names another mechanism of the gazetteer: an outlet that does not date it (``прошедшего в четверг в X``); it
  joins the one group it fits;
* the same day and the same city when one report tells no side and no person (``Встреча политических
  представителей прошла в четверг в Бендерах``), with evidence much alike (``FusionSettings.unnamed_meeting_overlap``),
  or somewhat alike as an undated report in that city must be (``раунд в X, завершившийся в субботу``), unless each
  names another mechanism of the gazetteer.
* a person in common and his counterpart (a side of both that is not the person's own), on the same day both
  reports' words tell (not at a multilateral meeting: ``counterparts.counterpart_in_common``), or one report dated
  to a day and the other to its month only (a digest's ``на прошлой неделе замминистра X провел консультации с …``:
  ``counterparts.retold_to_counterpart``), or one undated, of the same two sides, somewhat alike
  (``counterparts.undated_to_counterpart``: an interview's ``консультации с коллегами из X``); it joins the one group
  it fits (of its mode, of two);
* phone calls of the same day when one report tells no side and no person (``лидеры двух стран в ходе телефонного
  разговора``), with evidence much alike (``FusionSettings.unnamed_meeting_overlap``);
* multilateral meetings in the same city and month with evidence much alike (``FusionSettings.conference_overlap``
  of the shorter, ``conference_shared_words`` words at least): a conference that the gazetteer does not name;
* planned by both in the same city (not a country), one of them at least dated, with evidence much alike
  (``FusionSettings.planned_meeting_overlap``: ``Очередной раунд консультаций состоится в Лиме``; an undated one
  joins the one group it fits), or somewhat alike when both are planned for the same month
  (``planned_month_overlap``, ``planned_month_words``);
* planned by both, of the same sides (two or more), one of them undated, with evidence much alike
  (``FusionSettings.planned_meeting_overlap``: ``Лима и Кито отложили сессию совета``), or somewhat alike
  (``planned_month_overlap``) when each names a body of one head noun (``BODY_HEADS``: ``Высший … совет``, ``Совет
  … высшего уровня``) or one body both name in the same words (``Report.bodies``: ``совместное заседание
  правительств`` put off, told undated by a digest); it joins the one group it fits;
* planned by both for dates that agree, both naming one body of the general patterns (``Report.bodies``:
  ``Совет сотрудничества высшего уровня``), with evidence much alike (``planned_meeting_overlap``); a body both
  name also links a meeting told without sides and persons on the same day in the same city (``Смешанный
  пограничный комитет заседал в среду в X``), as evidence much alike does, and a meeting of the same day, two sides
  in common or one report telling none (its ministers only, their countries not told), a body one report names in
  fewer of the other's words too (``рабочая группа вице-премьеров``: ``_one_body``);
* planned by both, both dated, with evidence somewhat alike (``FusionSettings.outcome_overlap``), each told after
  meetings its document tells held on a day, a meeting of one linked to one of the other: the next meeting told by two
  reports of the meeting held (``Следующий раунд пройдет в X весной``), or one of them undated where both tell its
  kind (``Следующий саммит примет у себя X``), not a visit planned and a sitting of another mode
  (``one_mode_to_come``); so is the same numbered round to come however each dates it (``следующий, третий саммит
  пройдет на Балатоне``).
Two undated reports must besides name the same place or the same round.  A shared format name
and one person are not enough.  The strength of a link counts two sides in common: of two groups, a report joins
the one of its sides before one told without them.
"""
from __future__ import annotations

from ..settings import FusionSettings
from .agree import persons_within, shared_persons
from .compat import compatible
from .counterparts import counterpart_in_common, retold_to_counterpart, undated_to_counterpart
from .days import month_of_day, same_day, to_day
from .modes import MULTI as _MULTI
from .modes import called_off, one_mode_to_come, retold_sitting, same_numbered_round
from .receptions import one_reception
from .report import Report, body_heads, overlap

__all__ = ["ROUND_SIDES", "body_heads", "meeting_link"]

_TO_COME = frozenset({"planned", "hypothetical"})  # a round planned for a month, or one that may be held then
ROUND_SIDES = 8  # a round of more sides is linked by its format or persons only (keys.py indexes it so)


def meeting_link(a: Report, b: Report, settings: FusionSettings) -> int:
    pairs = shared_persons(a, b)
    n = len({x.id for x, _ in pairs})
    person_sides = {c for x, y in pairs for c in x.countries | y.countries}
    shared_sides = a.sides & b.sides
    one_day = same_day(a, b)
    same_format = a.format is not None and a.format == b.format
    same_place = a.place is not None and b.place is not None and a.place.key == b.place.key
    strength = 2 * n + same_format + same_place + one_day + (len(shared_sides) >= 2)  # two sides say more
    same_round = same_format and a.round is not None and a.round == b.round
    # both tell it planned or called off, or one planned and the other that sitting called off (``modes.called_off``)
    planned = a.factuality == b.factuality in ("planned", "negated") or called_off(a, b)
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
    if n and one_day and same_place and not a.place.is_country and a.place.country not in person_sides \
            and a.factuality == b.factuality and _MULTI not in (a.mode, b.mode) \
            and bool(a.sides and b.sides) and (a.sides <= b.sides or b.sides <= a.sides) and persons_within(a, b) \
            and (overlap(a, b) or 0.0) >= settings.one_person_overlap:
        return strength  # a guest in common that day in one city, one outlet telling its own side only, told alike
    if n and one_day and a.mode == b.mode == "phone" and len(a.sides) >= 2 and a.sides == b.sides:
        return strength  # "провел телефонный разговор со своим перуанским коллегой" and the call of both ministers
    if one_day and one_reception(a, b, pairs):
        return strength  # "президент принял гостей из страны X" told by the host's outlet and by the guest's
    if n and one_day and a.mode == b.mode == "host" and {a.factuality, b.factuality} == {"planned", "occurred"} \
            and (overlap(a, b) or 0.0) >= settings.one_person_overlap:
        return strength  # "Позднее в тот же день ее примет президент X" before, "Позднее … принял президент X" after
    if retold_sitting(a, b):  # one body of two sides retold days later by a review dated by its document
        return strength + 1
    if a.mechanisms & b.mechanisms and one_day:  # one named mechanism does not meet twice a day
        return strength + 1
    if a.mechanisms & b.mechanisms and planned and a.date and b.date:
        return strength + 1  # its next meeting, told by two outlets ("следующая встреча … в 2025 году")
    if planned and (a.date and b.date or same_format and (a.date or b.date)) and one_mode_to_come(a, b) \
            and (overlap(a, b) or 0.0) >= settings.outcome_overlap \
            and any(compatible(x, y, settings) and meeting_link(x, y, settings)
                    for x in a.meetings for y in b.meetings):
        return strength + 1  # the next meeting, told by two reports of the meeting held ("Следующее заседание …"),
        # one of them undated where both tell its kind ("следующий саммит примет X")
    if same_numbered_round(a, b) and "occurred" not in (a.factuality, b.factuality) and any(
            compatible(x, y, settings) and meeting_link(x, y, settings) for x in a.meetings for y in b.meetings):
        return strength + 1  # "следующий, третий саммит" told by two reports of the second, however each dates it
    if a.bodies & b.bodies and planned and a.date and b.date \
            and (overlap(a, b) or 0.0) >= settings.planned_meeting_overlap:
        return strength + 1  # the next session of a body both name, told much alike (its sides, one report may not)
    if one_day and (len(shared_sides) >= 2 or bool(a.sides) != bool(b.sides)) and _one_body(a, b):
        # "во вторник и среду заседала … Смешанная комиссия" told by its members' ministers only, and
        # the session of that body its sides held that day: a body both name meets once a day
        return strength + 1
    if one_day and same_place and not a.place.is_country and _one_named_body(a, b) \
            and (n or not (a.persons and b.persons)) and (overlap(a, b) or 0.0) >= settings.one_side_body_overlap:
        # "делегации правительства и повстанцев завершили в X раунд мирных переговоров" and "по завершении мирных
        # переговоров в X": talks of a state with a party that is none (a movement, rebels), one side each report tells
        return strength
    if one_day and (body_heads(a) & body_heads(b) or not n and same_place and not a.place.is_country) \
            and _sides_of_both(a, b) and (overlap(a, b) or 0.0) >= settings.one_person_overlap:
        # one body of the same sides that day, named otherwise by each outlet ("межпарламентская комиссия" and
        # "Комиссия по сотрудничеству между парламентами"), or a sitting in that city no person of which both name (a
        # host in common receives several guests a day), told much alike; one report may tell the other side in its
        # words only ("сессия перуанско-чилийской комиссии" told by one side's minister, "возобновились в Каире")
        return strength
    if same_round and len(shared_sides) >= 2:
        return strength
    if same_round and a.round >= 2 and one_day and not _other_mechanisms(a, b) \
            and (shared_sides or not (a.sides and b.sides)):
        return strength  # one numbered round of one format on one day ("XIV саммит …, 3 июня"), one report telling
        # no side (a compound adjective of the two it does not resolve)
    if same_numbered_round(a, b) and len(shared_sides) >= 2 \
            and max(len(a.sides), len(b.sides)) <= ROUND_SIDES:
        return strength + 1  # "12-е заседание комиссий Армении и Азербайджана", whatever each calls the mechanism
    if _one_span(a, b):
        return max(strength, 1)  # "Сессия шла в понедельник и вторник" beside the session of those days
    if _one_numbered_sitting(a, b, one_day):
        return max(strength, 1)  # "третье заседание … 19 ноября" told by an outlet naming one of its sides, or none
    months = bool(a.date and b.date and len(a.date) >= 7 and len(b.date) >= 7)
    if same_numbered_round(a, b) and not _other_mechanisms(a, b) \
            and (same_place or _city_of_country(a, b) and bool(shared_sides)
                 or one_day and any(_bare(r) for r in (a, b))
                 or months and any(_placed_only(r) for r in (a, b)) and len(a.date) != len(b.date)):
        # "66-й раунд … в Женеве" (or one report naming the country the other's city lies in, "седьмая сессия пройдет
        # в X-стране", of a side in common); "Это уже 31-й раунд консультаций", told of that day; "На прошлой неделе в X
        # прошло 14-е заседание комиссии", told of that month (it joins the one group it fits)
        return strength + 1
    if same_format and n and months and len(shared_sides) >= 2:
        return strength
    if a.mechanisms & b.mechanisms and same_place and (months or bool(a.date) != bool(b.date)):
        return strength  # a named mechanism meets in one city once in a month; an undated report joins one group
    if len(shared_sides) >= 2 and one_day and (same_place or _city_of_country(a, b) and not (a.persons and b.persons)):
        # the same sides that day in one city (or one report, telling no person, names only the country it lies in:
        # a live blog's entry, "стартовал диалог")
        return strength
    if len(shared_sides) >= 2 and same_place and not a.place.is_country and not (to_day(a) and to_day(b)) \
            and all(len(r.date or "undated") >= 7 for r in (a, b)) \
            and (overlap(a, b) or 0.0) >= settings.undated_meeting_overlap:
        # an undated report of the same sides in that city, or one dated to its month only ("На прошлой неделе в X
        # прошли консультации"), much alike: it joins the one group it fits
        return strength
    if same_place and not a.place.is_country and month_of_day(a, b) and not _other_mechanisms(a, b) \
            and len(_with_host(a) & _with_host(b)) >= 2 and (overlap(a, b) or 0.0) >= settings.undated_city_overlap \
            and _told_alike_beyond(a, b, settings):
        # the same sides in that city, one report dated to its month only ("На прошлой неделе в X прошли
        # консультации"), the other to a day of it, somewhat alike in more than the sides and the city: it joins the
        # one group it fits
        return strength
    if same_place and not a.place.is_country and bool(a.date) != bool(b.date) and not _other_mechanisms(a, b) \
            and (shared_sides or not (a.sides and b.sides)) and _somewhat_alike_in_city(a, b, settings):
        return strength  # an undated report in that city, of a side in common, somewhat alike: it joins one group
    if len(a.sides) >= 2 and a.sides == b.sides and to_day(a) and to_day(b) and one_day \
            and not (a.persons and b.persons):
        return strength  # the same sides on one day, persons told by one report at most
    if n and "visit" in (a.mode, b.mode):
        if months or (not a.date and not b.date and same_place):
            return strength
        if bool(a.date) != bool(b.date) and _one_destination(a, b) \
                and (overlap(a, b) or 0.0) >= settings.undated_meeting_overlap:
            return strength  # the visit told undated by one outlet, much alike: it joins the one group it fits
    if one_day and same_place and not a.place.is_country and any(not r.sides and not r.persons for r in (a, b)) \
            and ((overlap(a, b) or 0.0) >= settings.unnamed_meeting_overlap or a.bodies & b.bodies
                 or _somewhat_alike_in_city(a, b, settings) and not _other_mechanisms(a, b)):
        # "Встреча политических представителей прошла в четверг в Бендерах": who, it does not say; "Смешанный
        # пограничный комитет заседал в среду в X": the body both name; "раунд в X, завершившийся в субботу": alike
        # as much as an undated report in that city must be
        return strength
    if one_day and a.mode == b.mode == "phone" and any(not r.sides and not r.persons for r in (a, b)) \
            and (overlap(a, b) or 0.0) >= settings.unnamed_meeting_overlap:
        return strength  # "лидеры двух стран в ходе телефонного разговора …": a call of that day, who, it does not say
    if a.mode == b.mode == _MULTI and months and same_place and not a.place.is_country \
            and len(a.words & b.words) >= settings.conference_shared_words \
            and (overlap(a, b) or 0.0) >= settings.conference_overlap:
        return strength  # "министерская конференция Форума … прошла в Каире", told to the day and to the month
    if planned and bool(a.date) != bool(b.date) and len(a.sides) >= 2 \
            and a.sides == b.sides and ((overlap(a, b) or 0.0) >= settings.planned_meeting_overlap
                                        or (body_heads(a) & body_heads(b) or a.bodies & b.bodies)
                                        and (overlap(a, b) or 0.0) >= settings.planned_month_overlap):
        # the planned meeting of the same sides, undated by one outlet, much alike, or somewhat alike and of a body of
        # one head noun each names otherwise ("Высший совет …", "Совет … высшего уровня") or one body both name alike
        # ("совместное заседание правительств" put off): it joins the one group it fits
        return strength
    one_month = months and a.date[:7] == b.date[:7] and len(a.words & b.words) >= settings.planned_month_words
    if planned and same_place and not a.place.is_country and (a.date or b.date) \
            and (shared_sides or any(len(r.date or "") >= 7 for r in (a, b))
                 or len(a.words & b.words) >= settings.planned_month_words) \
            and (overlap(a, b) or 0.0) >= (settings.planned_month_overlap if one_month else
                                           settings.planned_meeting_overlap):
        # "Очередной раунд состоится в Лиме": the round planned in that city (an undated one joins one); told without
        # its sides and for a year at most, more than "следующий раунд в Лиме" in common (the next rounds of two
        # mechanisms may be held there that year; a month says more)
        return strength
    if n and a.factuality == b.factuality and _guest_in_city(a, b, person_sides):
        return strength  # "в минувшие выходные в городе X прошел раунд" with the envoy of that day's talks there
    if n and one_day and not (a.default or b.default) and a.factuality == b.factuality \
            and _MULTI not in (a.mode, b.mode) and counterpart_in_common(a, b, pairs):
        return strength  # the person and his counterpart's side that day, one report not telling his own side
    if n and a.factuality == b.factuality and retold_to_counterpart(a, b, pairs):
        # "На прошлой неделе замминистра X провел консультации с …": it joins the one group it fits, of two of that
        # day the one of its mode (the talks, not the reception a host gave the guest)
        return strength + (a.mode == b.mode)
    if n and a.factuality == b.factuality and undated_to_counterpart(a, b, pairs, settings):
        return strength  # "назвал консультации с коллегами из X самыми предметными": it joins the one group it fits
    return 0


def _one_body(a: Report, b: Report) -> bool:
    """Both name one body, the words of one's name all among the other's, two at least (``рабочая группа
    вице-премьеров`` and ``трехсторонняя рабочая группа на уровне вице-премьеров``)."""
    words = [[{w for w in name.lower().split() if len(w) > 2} for name in r.bodies] for r in (a, b)]
    return bool(a.bodies & b.bodies) or any(len(x) >= 2 and (x <= y or y <= x) and len(x & y) >= 2
                                            for x in words[0] for y in words[1])


def _somewhat_alike_in_city(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Evidence alike as an undated report of a meeting in a dated one's city must be (``undated_city_words`` words in
    common, ``undated_city_overlap`` of the shorter): told of one day, no less will do."""
    return len(a.words & b.words) >= settings.undated_city_words \
        and (overlap(a, b) or 0.0) >= settings.undated_city_overlap


def _guest_in_city(a: Report, b: Report, person_sides: set[str]) -> bool:
    """A person in common (``person_sides``: the countries of the offices of the persons in common) in one city of no
    country of theirs, one report dated to a day and the other to that day's month only (``в выходные``, ``на прошлой
    неделе`` read to its month), the other's sides among its own, one series' number told by one at most: a guest's
    sitting abroad retold, not a host's (he receives many guests a month in his own capital)."""
    if a.place is None or b.place is None or a.place.key != b.place.key or a.place.is_country:
        return False
    return month_of_day(a, b) and (a.round is None or b.round is None) and a.place.country not in person_sides \
        and (a.sides <= b.sides or b.sides <= a.sides)


def _one_named_body(a: Report, b: Report) -> bool:
    """One body or kind of talks both name in more than a word (``мирные переговоры``, ``Смешанная комиссия``; not
    ``консультации`` alone), of a side in common, the sides of one report among the other's (not two pairs with a host
    in common: ``межправительственная комиссия`` of the host with two guests)."""
    return any(" " in x for x in a.bodies & b.bodies) and bool(a.sides & b.sides) \
        and (a.sides <= b.sides or b.sides <= a.sides)


def _sides_of_both(a: Report, b: Report) -> bool:
    """The same two sides or more, one report telling some of them as sides and the others in its words only (a
    country's adjective in a compound, ``перуанско-чилийской``: an ``iso:`` word of its evidence)."""
    big, small = (a, b) if len(a.sides) >= len(b.sides) else (b, a)
    named = small.sides | frozenset(w[4:] for w in small.words if w.startswith("iso:"))
    return len(big.sides) >= 2 and small.sides <= big.sides and big.sides <= named


def _with_host(r: Report) -> frozenset[str]:
    """A meeting's sides and the country of its city (``в Монтевидео``: the host, though the report names only the
    guest)."""
    return r.sides | ({r.place.country} if r.place is not None and r.place.country else frozenset())


def _told_alike_beyond(a: Report, b: Report, settings: FusionSettings) -> bool:
    """The evidence of two meetings in one city shares a word besides the countries and the city (the kind of
    meeting, ``консультации``, ``заседание``; not ``Министры X и Y обсудили в Z …`` only)."""
    key = a.place.key if a.place is not None else ""
    city = key[:min(settings.stem_chars, len(key) - 1)]  # less its last letter: "в Аккре"
    return any(not w.startswith("iso:") and not (city and w.startswith(city)) for w in a.words & b.words)


def _city_of_country(a: Report, b: Report) -> bool:
    """One report names a country as the place, the other a city of it (``переговоры в России``, ``в Москве``)."""
    if a.place is None or b.place is None or a.place.is_country == b.place.is_country:
        return False
    return a.place.country is not None and a.place.country == b.place.country


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


def _one_span(a: Report, b: Report) -> bool:
    """Both told held over the same days, two or more (``шла в понедельник и вторник``, ``3–4 марта``), one report
    naming no person, the sides of one among the other's, no other mechanism of the gazetteer each: one sitting of those
    days, one outlet telling it barely (an outlet's own country's ministry taken for a side).  The weakest link: of two
    groups of those days, it joins the one other evidence says more of."""
    return bool(a.through) and a.through == b.through and a.date == b.date and a.date != a.through \
        and a.factuality == b.factuality == "occurred" and not (a.persons and b.persons) \
        and (a.sides <= b.sides or b.sides <= a.sides) and not _other_mechanisms(a, b)


def _one_numbered_sitting(a: Report, b: Report, one_day: bool) -> bool:
    """The same numbered round (a second one or later) told by both, held or planned alike, on one day or, planned by
    both, for one month (``13-е заседание комиссии пройдет в марте``; two lines of held sittings of one month may be of
    two series), no format named by both and no other mechanism of the gazetteer each, the sides one report tells all
    among the other's (one side, or none: an outlet that names only its own country's delegation, or only the city):
    one sitting of one series told with fewer of its parties.  Two reports each naming two sides or more fall to the
    rule of two sides in common; a year is too wide (many series hold a 23rd round some time in a year).  A round that
    may be held in a month (``третий раунд может пройти в январе``) is the one planned then."""
    months = len(a.date or "") == len(b.date or "") == 7 and {a.factuality, b.factuality} <= _TO_COME
    return same_numbered_round(a, b) and (a.factuality == b.factuality or months) \
        and (one_day or months) and not _other_mechanisms(a, b) and min(len(a.sides), len(b.sides)) <= 1 \
        and (a.sides <= b.sides or b.sides <= a.sides)
