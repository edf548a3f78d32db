"""Fusion of the one refusal (or protest) two reports of one meeting tell, each in its own words (hand-made events,
invented persons, cities and dates): ``отклонила предложение`` and ``не добилась согласия``.  And its limits: a
document that tells two refusals, two meetings that are not one, a country of another pair."""
from .test_fusion_carry import groups
from .test_fusion_sittings import ev

PAIR = ["e:pt-pm", "e:cl-fm"]


def meeting(id_, doc, people=PAIR, city="e:porto"):
    return ev(id_, doc, "2031-05-14", people, place=city, text="Министры провели переговоры.")


def refusal(id_, doc, text, held, people=("e:iso-PT",), lone=True):
    return {**ev(id_, doc, "2031-05-14", list(people), type_="REJECT", text=text), "meetings": [held], "lone": lone}


ONE = "Португалия это предложение отклонила, сославшись на нехватку средств."
OTHER = "Чили так и не добилась от соседей снижения портовых сборов для своих грузов."


def test_the_one_refusal_each_report_of_one_meeting_tells_is_one():
    a = refusal("v:a", "d:1", ONE, meeting("v:m1", "d:1"))
    b = refusal("v:b", "d:2", OTHER, meeting("v:m2", "d:2"), people=("e:iso-PT", "e:iso-CL"))
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}


def test_two_refusals_of_a_document_or_two_meetings_or_another_pair_stay_apart():
    a = refusal("v:a", "d:1", ONE, meeting("v:m1", "d:1"))
    b = refusal("v:b", "d:2", OTHER, meeting("v:m2", "d:2"), people=("e:iso-PT", "e:iso-CL"))
    assert groups([a, {**b, "lone": False}]) == set()  # its document tells another refusal too: which one?
    elsewhere = refusal("v:c", "d:3", OTHER, meeting("v:m3", "d:3", ["e:pt-pm", "e:uy-fm"], "e:braga"))
    assert groups([a, elsewhere]) == set()  # talks of another guest in another city: another meeting
    uy = refusal("v:d", "d:4", OTHER, meeting("v:m4", "d:4"), people=("e:iso-UY",))
    assert groups([a, uy]) == set()  # a country of another pair
