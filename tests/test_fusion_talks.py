"""Fusion of the one refusal (or protest) two reports of one meeting tell, each in its own words (hand-made events,
invented persons, cities and dates): ``отклонила предложение`` and ``не добилась согласия``; an act its document
leaves undated follows the meeting told just before it.  And its limits: a document that tells two refusals, two
meetings that are not one, a country of another pair."""
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


class _Events:
    """A store that knows only the events of one document."""

    def __init__(self, rows):
        self.rows = rows

    def events_by(self, *, docs=(), ids=()):
        return [r for r in self.rows if r["doc"] in set(docs)]


def test_an_undated_act_follows_the_meeting_just_told_before_it():
    from khronika.fusion.incremental import _Part
    from khronika.fusion.report import Known
    from khronika.settings import DEFAULT

    talks = {"id": "v:m", "doc": "d:1", "type": "CONSULT", "start": 10, "date": "2031-05-14"}
    earlier = {**talks, "id": "v:m0", "start": 0, "date": "2031-05-02"}
    act = {"id": "v:p", "doc": "d:1", "type": "PROTEST", "start": 40, "date": None}  # "Одна из сторон заявила протест"
    part = _Part(_Events([earlier, talks, act]), Known(), DEFAULT.fusion)
    assert [m["id"] for m in part._meetings(act)] == ["v:m"]  # a digest's item: the talks it follows
    assert part._meetings({**act, "date": "2031-05-20"}) == []  # dated to another day: of none
    assert part._lone(act)


def test_a_refusal_of_a_charge_and_a_refusal_of_a_demand_at_one_meeting_stay_apart():
    # one person at one meeting may reject an accusation and refuse what is asked of him: two acts
    charge = refusal("v:a", "d:1", "Премьер Португалии отверг обвинения в сговоре, подчеркнув, что правительство "
                     "готово к переговорам.", meeting("v:m1", "d:1"))
    demand = refusal("v:b", "d:2", "Премьер Португалии отказался назвать какие-либо сроки, заявив, что решение "
                     "примет парламент.", meeting("v:m2", "d:2"))
    charge, demand = {**charge, "trigger": "отверг"}, {**demand, "trigger": "отказался"}
    assert groups([charge, demand]) == set()
