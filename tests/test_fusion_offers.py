"""A side's readiness to hold a meeting, with no day told (``готова провести заседание комиссии в любой срок``), is an
offer, no sitting another outlet dates; a side's concern voiced on one day, whom one report does not say, is not its
concern of that day about another thing when the two lines share only ``выразил обеспокоенность`` (hand-made events,
invented persons, cities and wording)."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:pt-fm": "Руй Алвеш", "e:cl-fm": "Мануэль Рохас"},
    roles={"e:pt-fm": {("министр иностранных дел", "e:iso-PT")},
           "e:cl-fm": {("министр иностранных дел", "e:iso-CL")}},
    country={"e:porto": "e:iso-PT"},
    names={"e:porto": "Порту"})

PT_CL = [("e:iso-PT", "participant"), ("e:iso-CL", "participant")]


def ev(id_, doc, date, parts, text, *, type_="CONSULT", factuality="planned", place=None, told="text",
       trigger="заседание"):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": None,
            "trigger": trigger,
            "mode": "meet" if type_ == "CONSULT" else None, "place": place, "factuality": factuality, "text": text,
            "participants": [{"entity": e, "role": r} for e, r in parts]}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


# --- an undated readiness to hold a sitting and the sitting another outlet dates

_DATED = "Португалия и Чили условились провести заседание Совместной комиссии по торговле в Порту 12–13 июня."


def test_a_readiness_to_hold_a_sitting_with_no_day_joins_no_dated_plan():
    dated = ev("v:a", "d:1", "2031-06-12", PT_CL, _DATED, place="e:porto")
    ready = ev("v:b", "d:2", None, PT_CL, "Министр подтвердил, что Португалия готова провести заседание Совместной "
                                          "комиссии по торговле с Чили в любой удобный срок.")
    assert groups([dated, ready]) == set()
    willing = ev("v:b", "d:2", None, PT_CL, "Министр сообщил о готовности Португалии провести заседание Совместной "
                                            "комиссии по торговле с Чили в любой удобный срок.")
    assert groups([dated, willing]) == set()


def test_an_undated_plan_of_that_sitting_still_joins_it():
    dated = ev("v:a", "d:1", "2031-06-12", PT_CL, _DATED, place="e:porto")
    plan = ev("v:b", "d:2", None, PT_CL, "Министр подтвердил, что Португалия и Чили проведут заседание Совместной "
                                         "комиссии по торговле в Порту.")
    assert groups([dated, plan]) == {frozenset({"v:a", "v:b"})}


# --- two concerns of one side on one day, whom one report does not say

def _concern(id_, doc, parts, text, told="text"):
    return ev(id_, doc, "2031-06-12", parts, text, type_="ACCUSE", factuality="occurred", told=told,
              trigger=text.split()[text.split().index("обеспокоенность") - 1] + " обеспокоенность")


def test_two_concerns_of_one_side_alike_only_in_the_words_of_concern_stay_apart():
    told = _concern("v:a", "d:1", [("e:iso-PT", "source"), ("e:iso-CL", "target")],
                    "Португалия выразила обеспокоенность задержанием судов Чили.")
    other = _concern("v:b", "d:2", [("e:pt-fm", "source")],
                     "Руй Алвеш выразил обеспокоенность ценами на зерно.", told="document")
    assert groups([told, other]) == set()


def test_two_reports_of_one_concern_whom_one_does_not_say_join():
    told = _concern("v:a", "d:1", [("e:iso-PT", "source"), ("e:iso-CL", "target")],
                    "Португалия выразила обеспокоенность задержанием судов Чили.")
    other = _concern("v:b", "d:2", [("e:pt-fm", "source")],
                     "Руй Алвеш выразил обеспокоенность задержанием судов.", told="document")
    assert groups([told, other]) == {frozenset({"v:a", "v:b"})}
