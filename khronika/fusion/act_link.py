"""How strongly two compatible acts other than meetings (a protest, sanctions, an agreement) of different
documents say they are one (``act_link``).

Other acts (a protest, sanctions…) are linked when they have the same source and factuality and
* the same day (a report dated by its document's date of it or a few days before, where both tell the same target)
  and target (or a target one of them does not tell), and evidence sentences somewhat alike (an
  accusation of one day is not another one's: ``FusionSettings.act_same_day_overlap``), or, for a protest, the
  same day and target however each words it (an ambassador summoned, a protest handed: ``_ONCE_A_DAY``), or, for an
  act not told apart by what it is about (``report.AGENDAS``) nor said (support, concern), one verb or noun of it on
  one thing (``_one_deed``);
* or, dated or not, no other target and evidence sentences much alike
  (``FusionSettings.act_undated_overlap``);
or when both tell the same count of documents signed (three or more, ``outcome.py``: ``подписали 17 соглашений``,
``подписали семнадцать документов``) and the same actor, or one told by one report only (``Подписано 17 соглашений``
and ``X и Y подписали 17 соглашений``, the countries of one among the other's), after meetings that may be one (where
both tell them);
or when both tell an agreement on one thing however worded (``acts.things_meet``: the head noun of one's object or of
the process it is the object of named in the other's phrase, ``передать остров комиссии`` and ``создать комиссию по
острову``; or one head noun with words after it in common, or the process it is the object of: ``наладить
патрулирование озера против браконьеров`` and ``о патрулировании озера Z``, or alike, or both of one truce or one
visa-free regime however named: ``acts.one_thing_named``) on one day, of one pair of countries or after one meeting;
or when both tell an agreement on one thing (the head noun of its object, ``tellings.act_object``, not a generic one:
``подписали совместную декларацию`` and ``декларация подписана``) on the same day (or both dated by their documents
only, or one by the month of the other's day), with the same actor or one told
by one report only, the countries of one among the other's, somewhat alike (``FusionSettings.outcome_overlap``);
or when neither says who acted, each follows meetings of its document held that day (its outcome: ``Стороны
подписали 11 документов``), a meeting of one is linked to one of the other and the evidence sentences much alike
(in more than a few words, ``acts.much_alike``: two acts of one sitting share ``стороны`` and ``заседание``),
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
of it: a short line misleads; not support or criticism both tell with persons, none in common: ``_said_by_others``),
or somewhat alike when its countries (an outcome's: those of the meetings it
follows) are among the other's source and target, the source among them (a protest told by its target: ``Сеул
отверг протест Токио``; not a call on a country the other report's actor also called on, nor a request about another
thing, ``acts.asks_apart``: ``попросила содействовать доступу к кредитам``, ``предложила создать рабочую группу``);
of an act against a side and that side's answer in kind told alike (``выслал нашего дипломата, и мы ответили
зеркально``), the one told with the same verb is the stronger link;
or, for an expulsion (a verb of one, ``evidence.ONE_ACTS``), one report told by its month or week only and the other
of a day of that month, lines naming the same pair of countries, the countries of one among the other's,
the same actor or one told by one report only, the same count or none (``_one_expulsion_retold``: a digest's
``на прошлой неделе X выслала нашего дипломата``); it joins the one group it fits;
or, by the same actor to the same target, one told by its week or month only (``на прошлой неделе``), the other of a
day of it, somewhat alike in ``act_shared_words`` words besides the countries (of two such, the one of the same
object: ``tellings.act_object``); it joins the one group it fits;
or when one of them does not say who acted and one of them is undated or dated to its month only (or, for an
agreement, dated by its document's date only: it has no mirror act a few days later), the countries of one among the
other's, with evidence much alike beyond the verb (more than ``act_shared_words`` other words in
common, ``act_undated_overlap`` of the shorter: ``Стороны договорились продлить перемирие`` told by an outlet that
dates it, and the sides' agreement told by one that does not); it joins the one group it fits;
or, by one person among the sources of both (not an agreement nor a request: ``report.AGENDAS``), on the same day,
to the same target or one told by one report only, however worded (``_one_person_acting``);
or, for an act of one side against another (``compat.AGAINST``), the same source and target told by both, of the
same two countries, one report dated to a day and the other undated, somewhat alike in ``act_shared_words`` words
besides the countries (``закрыл воздушное пространство для рейсов`` and ``закрытие воздушного пространства, объявленное
ранее``; not a protest over another matter, whose words share only ``заявил протест``), or by the same source told by
both, neither telling a target and the lines of both naming the same two countries (``X ввела санкции против
чиновников Y``): the weakest link, it joins the one group it fits (of two acts of that source against that target,
neither);
by one source told by both, one report undated, much alike beyond the verb (``told_alike``), as where one report does
not say who acted;
or, for an agreement, one verb and two persons in common, the countries of one among the other's, one object or one
told by one report only (``_signed_by_two``: ``Документ, подписанный X и Y``): the weakest link.
"""
from __future__ import annotations

import functools

from .. import lexicon
from ..settings import FusionSettings
from .acts import (
    answer,
    asks_apart,
    much_alike,
    named_pair,
    of_one_pair,
    one_body,
    one_object,
    one_pair,
    one_thing_named,
    refused_apart,
    sides_told,
    things_meet,
    told_alike,
    within,
)
from .agree import shared_persons
from .compat import AGAINST, MUTUAL, compatible, facing, halves_of_one_act, named
from .days import exact_day, month_of_day, same_day, to_day
from .evidence import ONE_EXPULSION, act_word
from .meeting_link import meeting_link
from .persons import same_person
from .report import AGENDAS, AT_TALKS, OUTCOMES, Report, overlap

__all__ = ["act_link"]

# Acts one source takes against one target once a day, however each report words them (an ambassador summoned
# and handed a protest): the same source and target on the same day are one act.
_ONCE_A_DAY = frozenset({"PROTEST"})
_SAID = frozenset({"SUPPORT", "ACCUSE"})  # acts done by a speaker's words, whom the reports name
# Words naming an act's actors with no name ("стороны"): shared by any two lines of one meeting.
_PARTIES = lexicon.words("fusion_words.tsv")["ACT_PARTIES"]


def _repeated(a: Report, b: Report) -> bool:
    """``a`` is told as repeated (``Report.again``: ``вновь призывает``) and ``b``, not so told, is of an earlier day:
    the act it repeats, not it (two reports of one repeated act both tell it so: ``вновь отверг``)."""
    return a.again and not b.again and bool(a.date and b.date) and len(b.date) == len(a.date) == 10 and b.date < a.date


def _left_to_document(a: Report, b: Report) -> bool:
    """An agreement that one report at least tells is about something other than a meeting to come (``tellings.py``),
    one report dated by its document only (that day or a few before: ``вчера стороны подписали …`` left to its
    document's date): an agreement has no mirror act of the other side a few days later as an expulsion has, and its
    words tell what was agreed (those of the next meeting are any round's)."""
    return a.type in MUTUAL and (a.default or b.default) and False in (a.agenda, b.agenda)


def _after_one_meeting(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Each follows meetings of its document, a meeting of one linked to one of the other (computed once)."""
    return any(compatible(x, y, settings) and meeting_link(x, y, settings) for x in a.meetings for y in b.meetings)


def _envoy_summoned_retold(a: Report, b: Report, settings: FusionSettings) -> bool:
    """A protest neither report says who made, of the same two sides and a person in common (the envoy summoned), one
    report of its day and the other dated by its document a few days later (``days.same_day``), much alike (``Вызов
    посла X в МИД Y обсуждают все газеты``): the protest retold; an answer in kind summons the other side's envoy."""
    return not (a.sources or b.sources) and a.type in _ONCE_A_DAY and len(a.sides) >= 2 and a.sides == b.sides \
        and same_day(a, b) and bool(shared_persons(a, b)) and much_alike(a, b, settings)


def _one_deed(a: Report, b: Report) -> bool:
    """Two reports of one act told with one noun or verb of it on one thing (``объявила о приостановке диалога`` and
    ``заявил о приостановке Стратегического диалога с X``), however much else each line tells."""
    return bool(a.verb and a.verb == b.verb and a.object and a.object == b.object)


def _somewhat_alike(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Evidence somewhat alike (``act_same_day_overlap`` of the shorter) in ``act_shared_words`` words at least
    besides the countries (``iso:``): two acts of one pair of countries share those
    — not agreements, which a meeting yields many of, told alike (``подписали соглашение``: ``act_link``'s own
    rules for them)."""
    shared = [w for w in a.words & b.words if not w.startswith("iso:")]
    return a.type not in OUTCOMES and len(shared) >= settings.act_shared_words \
        and (overlap(a, b) or 0.0) >= settings.act_same_day_overlap


def _one_pair(a: frozenset[str], b: frozenset[str]) -> bool:
    """Countries both tell, of one pair: two in common, or all those one of them tells."""
    return bool(a and b) and one_pair(a, b)


def act_link(a: Report, b: Report, settings: FusionSettings) -> int:
    b = facing(a, b)
    if refused_apart(a, b):
        return 0  # "отверг обвинения в сговоре" and "отказался назвать сроки": two refusals of one person, one meeting
    if _repeated(a, b) or _repeated(b, a):
        return 0
    # "Документ, подписанный X и Y" beside "X и Y подписали декларацию": the weakest link, the one group it fits
    return _act_link(a, b, settings) or int(_a_day_apart(a, b, settings) or _signed_by_two(a, b))


def _a_day_apart(a: Report, b: Report, settings: FusionSettings) -> bool:
    """An act that has no mirror act (not one against a side, ``compat.AGAINST``: a proposal, a refusal, an agreement)
    told by two documents of days a few apart, each dated by its document only (``Замбия предложила совместный
    мониторинг`` in the papers of two days; ``договорились о плане действий`` told by the outlet of the next day,
    the meeting ``накануне``): the same actor or one told by one report only, the countries of one among the other's,
    the same target or one told by one only, a person in common where both name persons (two calls on the sides by a
    head of state and by a mission's head are two), somewhat alike in ``act_shared_words`` words besides the
    countries — the weakest link, it joins the one group it fits.  One dated by its own words is left to ``retold``,
    an agreement or a request that may be on the next meeting (``tellings.agrees_to_meet``) to those of its very
    day."""
    if a.type in AGAINST or not (a.default and b.default) or a.date == b.date \
            or a.type in AGENDAS and not a.agenda is b.agenda is False:
        return False  # on the next meeting (or not known to be on another thing): its words are any round's
    one_actor = a.sources == b.sources or not (a.sources and b.sources)
    shared = [w for w in a.words & b.words if not w.startswith("iso:")]
    return one_actor and within(a, b) and (bool(a.targets & b.targets) or not (a.targets and b.targets)) \
        and (not (a.persons and b.persons) or bool(shared_persons(a, b))) \
        and len(shared) >= settings.act_shared_words and (overlap(a, b) or 0.0) >= settings.act_same_day_overlap


def _act_link(a: Report, b: Report, settings: FusionSettings) -> int:
    one_actor = a.sources == b.sources or not (a.sources and b.sources) and within(a, b)  # or told by one only
    if a.signed and a.signed == b.signed and one_actor \
            and (not (a.meetings and b.meetings)
                 or any(compatible(x, y, settings) for x in a.meetings for y in b.meetings)):
        return 2  # the same count of documents signed, told by neither or with the same actor (``outcome.py``)
    similar = overlap(a, b) or 0.0
    if things_meet(a, b, settings) and one_actor and same_day(a, b) \
            and (a.targets & b.targets or not (a.targets and b.targets)) \
            and (a.object != b.object or a.thing & b.thing or a.process & b.process
                 or similar >= settings.outcome_overlap or one_body(a, b) or one_thing_named(a, b, settings)) \
            and (_one_pair(sides_told(a), sides_told(b)) or _after_one_meeting(a, b, settings)):
        # an agreement on one thing of one day, however worded ("договорились передать спорный остров комиссии" and
        # "согласились создать комиссию по спорному острову"), of one pair of countries or of one meeting; one truce
        # told with one head noun and little else alike: the weaker link (of two groups, the one said more with)
        return 1 if a.object == b.object and not (a.thing & b.thing or a.process & b.process or one_body(a, b)
                                                  or similar >= settings.outcome_overlap) else 2
    if one_object(a, b) and one_actor and (to_day(a) and a.date == b.date or a.default and b.default
                                           or month_of_day(a, b)) and within(a, b) \
            and (a.targets & b.targets or not (a.targets and b.targets)) and similar >= settings.outcome_overlap:
        # an agreement on one thing of one day, somewhat alike ("подписали совместную декларацию"); or of the days
        # that both reports' documents leave it to (a few days apart), or told by the month of the other's day ("в
        # начале месяца условились об экспорте …"): it joins the one group it fits
        return 1
    much = similar >= settings.act_undated_overlap
    # much alike in more than a few words (two acts of one meeting share "стороны" and "сессия": "Стороны подписали
    # протокол сессии" is not "Стороны условились учредить комитет по туризму, сообщили после сессии")
    alike = much_alike(a, b, settings) \
        or (a.type in AT_TALKS or a.verb and a.verb == b.verb and not _only_who(a, b, settings)) \
        and similar >= settings.outcome_overlap
    if (alike or a.lone and b.lone and within(a, b) and not asks_apart(a, b, settings)) \
            and _after_one_meeting(a, b, settings):
        # the outcomes of one meeting ("Стороны подписали …"): the same act, or much alike; else the one refusal (or
        # protest) each report tells of one meeting, however worded (not two requests about other things: a side asks
        # one thing in one outlet's line, another in another's)
        return 1 + much if alike else 1
    if _one_expulsion_retold(a, b, one_actor):
        return 1  # "на прошлой неделе X выслала двух наших дипломатов" in a digest: it joins the one group it fits
    one_day = exact_day(a, b)  # a document's date as its day: the answer of a few days later is much alike
    if not a.sources & b.sources:  # one report does not say who acted: the same day and much alike …
        if a.sources and b.sources:
            return 0
        told, other = (b, a) if a.sources else (a, b)
        if month_of_day(a, b) and within(a, b) and _somewhat_alike(a, b, settings):
            # told by its month ("в начале месяца ввела пошлины"), the other of a day of it: it joins the one group it
            # fits, that of the act whose actor is of its countries before the mirror act told without one
            return 1 + bool(sides_told(told) & other.sources)
        if not one_day and (not (to_day(a) and to_day(b)) or _left_to_document(a, b)) \
                and within(a, b) and told_alike(a, b, settings):
            return 1  # told undated, by its month (or its document's date), much alike: it joins the one group it fits
        if not one_day and _envoy_summoned_retold(a, b, settings):
            return 1
        if not one_day:  # the target's answer, told a day or so later by a document of its own, is of that act
            return int(bool(told.date and other.date) and answer(told, other)
                       and similar >= settings.act_same_day_overlap)
        if not a.sources and a.type in _ONCE_A_DAY and len(a.sides) >= 2 and a.sides == b.sides \
                and shared_persons(a, b):
            return 2  # neither tells who protested: the same person and sides on one day ("вручена нота послу X")
        if told.type in _ONCE_A_DAY and told.sides and told.sides <= other.sides and told.sides & other.targets \
                and shared_persons(a, b):
            # "ноту, врученную послу X" and "Y вручила ноту послу X" on one day: the envoy's country the target
            return 2
        # … or somewhat alike, its countries among the other's source and target ("Сеул отверг протест Токио")
        sides = sides_told(told)  # … (much alike, never of another pair of countries: ``of_one_pair``, unless the
        # lines of both name one pair and one report's sides hold a third country: ``named_pair``)
        apart = asks_apart(a, b, settings)  # two requests of one side that day about other things …
        linked = int(much_alike(a, b, settings) and (of_one_pair(told, other) or named_pair(a, b))
                     and not (apart and a.verb != b.verb)  # … told with other verbs ("предложила", "призвал")
                     and not _said_by_others(a, b)  # … nor of other speakers
                     or bool(sides & other.sources) and (sides <= other.sources | other.targets or not other.targets)
                     and (similar >= settings.act_same_day_overlap and not _only_who(a, b, settings)
                          or _one_deed(a, b)) and not apart
                     or not other.sources and bool(a.sides and b.sides) and within(a, b) and of_one_pair(a, b)
                     and _somewhat_alike(a, b, settings) and not (apart and a.verb != b.verb)
                     or halves_of_one_act(a, b, settings))  # each outlet tells it from one side
        # of an act against a side and that side's answer in kind told in one line ("выслала нашего дипломата, и мы
        # ответили зеркально"), the one told with its verb: of two groups alike, it joins that one
        return linked + (linked and a.type in AGAINST and bool(a.verb) and a.verb == b.verb)
    same_target = bool(a.targets & b.targets)
    one_target = not (a.targets and b.targets)  # "пригрозил выходом из договора": whom, one report does not say
    # one source and one target told by both: a report dated by its document is of the act of a few days before (the
    # retaliation that reads alike has the other source)
    once = one_day and same_target and a.type in _ONCE_A_DAY  # of that very day, however worded
    one_day = one_day or same_target and same_day(a, b)
    # both dated to a day, or one by a year-less dateline that day or a few days after (``exact_day``)
    if (to_day(a) and to_day(b) or a.day or b.day) and one_day and (same_target or one_target) \
            and (similar >= settings.act_same_day_overlap and (same_target or _beyond_the_act(a, b, settings))
                 or once or a.type not in AGENDAS | _SAID and _one_deed(a, b)) and not asks_apart(a, b, settings):
        # (not two requests of one side that day about other things); one act told with one verb or noun of it on one
        # thing ("приостанавливает диалог с X", "объявила о приостановке диалога"), however much else each line tells
        # (not support or concern, whose noun is the act's own: "выразила обеспокоенность" of two matters)
        return 3 if same_target else 2
    if to_day(a) and to_day(b) and one_day and (same_target or one_target) and _one_person_acting(a, b):
        return 1 + same_target  # one named person's act of that type against one target that day, however worded
    if month_of_day(a, b) and (same_target or one_target) and _somewhat_alike(a, b, settings):
        # told by its week or month ("на прошлой неделе X расширила санкционный список"), the other of a day of it, by
        # one actor to one target: it joins the one group it fits, of two the one of the same object
        return 1 + same_target + bool(a.object and a.object == b.object)
    if (same_target or not (a.targets and b.targets)) and similar >= settings.act_undated_overlap:
        return 1 + same_target
    if (same_target or one_target) and not (to_day(a) and to_day(b)) and within(a, b) and told_alike(a, b, settings):
        return 1  # told undated, much alike beyond the verb, by one actor: as where one report does not name it
    if a.type in AGAINST and _undated_and_dated(a, b) and _somewhat_alike(a, b, settings) and (
            same_target and len(a.sides) == 2 and a.sides == b.sides
            or not (a.targets or b.targets) and a.sources and named_pair(a, b)):
        return 1  # "Алжир закрыл воздушное пространство для Мали" in an undated text: the one group it fits
    return 0


def _said_by_others(a: Report, b: Report) -> bool:
    """Support or criticism both reports tell with persons, none in common: two speakers' words, however alike
    (``Корейский министр … выразил поддержку …`` and ``польский министр заявил о поддержке …`` of one meeting)."""
    return a.type in _SAID and bool(a.persons and b.persons) and not shared_persons(a, b)


def _signed_by_two(a: Report, b: Report) -> bool:
    """An agreement told with one verb (``подписали``) by two persons in common (its signatories, not one minister
    who signs several things a day), the countries of one among the other's, of one object or one told by one report
    only (``Документ, подписанный X и Y``; not both without one: ``договорились`` of two ministers is many things a
    meeting): the weakest link, it joins the one group it fits (of two documents the pair signed, neither)."""
    return a.type in MUTUAL and bool(a.verb) and a.verb == b.verb and bool(a.object or b.object) \
        and (a.object == b.object or not (a.object and b.object)) and within(a, b) \
        and len({x.id for x, _ in shared_persons(a, b)}) >= 2


def _beyond_the_act(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Evidence alike in a word besides the countries and the verb and noun of the act both tell with them
    (``выразил обеспокоенность``): a side voices concern, or support, about several things a day, and about what, the
    words of one report alone do not say."""
    own = set.intersection(*({w[:settings.stem_chars] for w in (r.verb, r.object or "") if w} for r in (a, b)))
    return any(not w.startswith("iso:") and w not in own for w in a.words & b.words)


@functools.lru_cache(maxsize=8)
def _party_stems(settings: FusionSettings) -> frozenset[str]:
    """The stems of ``_PARTIES`` as evidence words are stemmed (``act_word``), built once per settings."""
    return frozenset(act_word(w, settings) for w in _PARTIES)


def _only_who(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Evidence alike in the words naming the actors with no name (``стороны``, ``партнеры``) and the verbs only,
    besides the countries: two lines of one meeting, ``Стороны условились провести следующее заседание в России`` and
    ``Стороны условились учредить подкомиссию``, share those whatever each tells."""
    who = _party_stems(settings)
    shared = {w for w in a.words & b.words if not w.startswith("iso:")}
    return bool(shared & who) and shared <= who | {a.verb, b.verb}


def _one_person_acting(a: Report, b: Report) -> bool:
    """One person among the sources of both (``Министр X осудил решение Y``, ``X назвал шаг Y недружественным``), for
    an act not told apart by what it is about (``report.AGENDAS``: a minister signs or proposes several things a day):
    a person takes one act of a type against one target a day, whatever words each outlet quotes."""
    return a.type not in AGENDAS and any(same_person(x, y) for x in a.persons if x.id in a.sources
                                         for y in b.persons if y.id in b.sources)


def _one_expulsion_retold(a: Report, b: Report, one_actor: bool) -> bool:
    """An expulsion told by a review by its month or week only (``на прошлой неделе X выслала двух наших дипломатов``,
    ``в начале месяца власти X выслали нашего дипломата``), and one of a day of it: both told with a verb of an
    expulsion (``evidence.ONE_ACTS``: ``выслать``, ``объявить персоной нон грата``), lines naming the same pair of
    countries (``named_pair``'s ``iso:`` words, two in common), the countries of one among the other's, the same actor
    or one told by one report only, and the same count of persons or none (not ``за два года были высланы более
    двадцати дипломатов``, a sum of many).  The mirror expulsion of the other side fits as
    well: of two groups, it joins neither (``cluster.py``)."""
    if not (ONE_EXPULSION in a.words and ONE_EXPULSION in b.words and one_actor and within(a, b)):
        return False
    if not month_of_day(a, b):  # not undated: "в августе прошлого года X выслала советника" read without its date
        return False
    counts = [frozenset(w for w in r.words if w.startswith("num:")) for r in (a, b)]
    return len(named(a) & named(b)) >= 2 and counts[0] == counts[1]


def _undated_and_dated(a: Report, b: Report) -> bool:
    """One report dated to a day (by its own words or its document's), the other undated (not even by a year-less
    dateline)."""
    return any(not r.date and not r.day and to_day(o) for r, o in ((a, b), (b, a)))
