"""A plan told in the past and then put off or called off, with no new date: ``Заседание планировалось на 20 апреля,
но было отложено``, ``Консультации, первоначально намечавшиеся на 2 мая, были перенесены``, ``Встреча должна была
состояться еще в апреле, однако была перенесена``.  The meeting did not take place on the day it had been planned for:
negated, of that day (``factuality.FACTUALITY``).  Put off to a new date or term (``… перенесены на июнь``, ``на более
поздний срок``) it is still to come: ``factuality._postponed``; and when its plan tells the day it had been set for, the
meeting of that day did not take place: a negated record of that day besides (``when.day_of_its_plan``,
``stage.py``)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ...morph import parses
from ...records import Event, PartialDate, Token
from .sentence import Words
from .words import CANCEL, FUTURE_CUES, POSTPONE

# "была назначена на 12 ноября": a day set, a plan as well
_PLAN_WORDS = FUTURE_CUES - {"договориться", "условиться", "согласиться", "решить", "подготовка", "готовиться"} \
    | {"назначить", "назначать"}
_BREAKING = CANCEL | POSTPONE
_TO = frozenset({"на", "до"})
_OTHERS = frozenset({"conj", "parataxis"})  # "… заседание состоялось в 2023 году, а запланированная встреча …"


def plan_in_the_past(w: Words, t: Token) -> bool:
    """``планировалось``, ``намечавшиеся``, ``запланированное``, ``должно было`` (a past copula under ``должный``),
    read from the word's forms (the tagger may take a participle for a noun)."""
    if t.id not in w.position:
        return False
    if any(p.tag.POS in ("VERB", "PRTF", "PRTS") and p.tag.tense == "past" and p.normal_form in _PLAN_WORDS
           for p in parses(t.text.lower())):
        return True
    return w.lem[w.position[t.id]] in _PLAN_WORDS and any(
        c.id in w.position and w.lem[w.position[c.id]] == "быть" and c.feats.get("Tense") == "Past"
        for c in w.children(t))


def _agrees(plan: Token, noun: Token) -> bool:
    """A participle agrees with the trigger noun in number and, in the singular, gender (the parser may hang
    ``а запланированная … встреча`` on ``заседание``); a clause (``которые должны были``) is not checked."""
    forms = [p.tag for p in parses(plan.text.lower()) if p.tag.POS == "PRTF"]
    nouns = [p.tag for p in parses(noun.text.lower()) if p.tag.POS == "NOUN"]
    return not forms or not nouns or any(a.number == b.number and (a.number == "plur" or a.gender == b.gender)
                                         for a in forms for b in nouns)


def _new_term(w: Words, verb: int, plan: Token) -> bool:
    """The verb of putting off has a term of its own: a time expression after it, not in the plan's clause
    (``перенесены на июнь``), or a phrase with ``на``/``до`` under it (``перенесено на более поздний срок``)."""
    planned = {t.start for t in w.v.subtree(plan, skip=frozenset())}
    if any(w.tokens[k].start in w.dated and w.tokens[k].start not in planned for k in range(verb + 1, len(w.tokens))):
        return True
    return any(c.rel.startswith("obl") and any(g.rel == "case" and g.text.lower() in _TO for g in w.children(c))
               for c in w.children(w.tokens[verb]))


def _relative_clauses(w: Words, trigger: Token) -> list[Token]:
    """The relative clauses after the trigger whose ``который`` agrees with it in number and, in the singular, gender,
    wherever the parser hung them (``Встреча глав X и президента Y, которая должна была пройти …``: on
    ``президента``)."""
    number, gender = trigger.feats.get("Number"), trigger.feats.get("Gender")
    return [t for t in w.tokens if t.start > trigger.start and t.rel == "acl:relcl" and any(
        c.id in w.position and w.lem[w.position[c.id]] == "который" and c.feats.get("Number") == number
        and (number == "Plur" or c.feats.get("Gender") == gender) for c in w.children(t))]


def put_off_plan(w: Words, first: int) -> Token | None:
    """The word of the plan told in the past of a trigger put off or called off with no new term, if any.  A meeting
    called off has none, whatever time follows (``отменил заседание, которое должно было пройти 4 июня, сообщил в
    среду МИД``: the day of the news)."""
    found = plan_and_break(w, first)
    return found[0] if found is not None and (w.lem[found[1]].removesuffix("ся") in CANCEL
                                              or not _new_term(w, found[1], found[0])) else None


def put_off_to_a_term(w: Words, first: int) -> tuple[Token, int] | None:
    """The word of the plan told in the past of a trigger put off to a new term (``…, которое должно было пройти 10 мая,
    перенесено на 2032 год``) and the position of the verb that puts it off, if any."""
    found = plan_and_break(w, first)
    return found if found is not None and _new_term(w, found[1], found[0]) else None


def plan_and_break(w: Words, first: int) -> tuple[Token, int] | None:
    """The word of the trigger's plan told in the past and the position of the word that puts it off or calls it off
    after it, if there are both."""
    trigger = w.tokens[first]
    head = w.head(trigger)
    # "Консультации Перу, намечавшиеся …", "консультации, которые должны были пройти …"
    own = [t for t in w.v.subtree(trigger, skip=_OTHERS) if t.rel.startswith("acl") and _agrees(t, trigger)]
    plans = own + _relative_clauses(w, trigger) + ([head] if head is not None else []) + above_its_verb(w, head)
    plan = next((p for p in plans if plan_in_the_past(w, p)), None)
    if plan is None:
        return None
    after = range(w.position[plan.id] + 1, len(w.tokens))
    governing = [w.position[head.id]] if head is not None and head.id in w.position else []  # "отложила встречу, …"
    breaking = next((k for k in [*governing, *after] if w.lem[k].removesuffix("ся") in _BREAKING), None)
    return (plan, breaking) if breaking is not None else None


def above_its_verb(w: Words, head: Token | None) -> list[Token]:
    """The word above the infinitive whose subject or object the trigger is (``должен был пройти … раунд``,
    ``заседание планировалось провести …``): the plan of that act is the trigger's."""
    if head is None or head.feats.get("VerbForm") != "Inf":
        return []
    above = w.head(head)
    return [above] if above is not None else []


def plan_put_off(w: Words, first: int) -> bool:
    """Is the trigger at ``first`` a plan told in the past and then put off or called off with no new term
    (``put_off_plan``)?  A rule of ``factuality.FACTUALITY``: negated."""
    return put_off_plan(w, first) is not None


def not_held_on(events: list[Event], event: Event, day: PartialDate,
                event_id: Callable[[str, int, str], str]) -> list[Event]:
    """A meeting put off to a new term from the day its plan told (``when.day_of_its_plan``) did not take place that
    day: a negated record of that day beside the planned one, unless the document told it so already."""
    if any(e.type == event.type and e.factuality == "negated" and e.date == day for e in events):
        return []
    return [dataclasses.replace(event, id=event_id(event.id, event.trigger_start, "negated"), factuality="negated",
                                date=day, more=())]
