"""A country told as the place of a meeting that is none of its report's sides (a briefing's paragraph on another
matter lends its country to the talks told after it) beside another report's country that is a side of both: a slip,
the two agree (``agree._slip``).  Its limits: two countries each a side of its report, or neither of them a side of
both (a meeting in a third country told in another third country), disagree.  Invented persons and dates."""
from khronika.fusion import Known
from khronika.fusion.agree import places_agree
from khronika.fusion.places import Place

from .test_fusion import ev, grouped

FM = "министр иностранных дел"
KNOWN = Known(persons={"e:pt-fm": "Жоана Фариа", "e:cl-fm": "Рауль Кинтана", "e:pt-fm2": "Фариа",
                       "e:cl-fm2": "Кинтана"},
              roles={"e:pt-fm": {(FM, "e:iso-PT")}, "e:cl-fm": {(FM, "e:iso-CL")}, "e:pt-fm2": {(FM, "e:iso-PT")},
                     "e:cl-fm2": {(FM, "e:iso-CL")}})
TALKS = ["e:iso-PT", "e:iso-CL", "e:pt-fm", "e:cl-fm"]
RETOLD = ["e:iso-PT", "e:iso-CL", "e:pt-fm2", "e:cl-fm2"]


def place(code: str) -> Place:
    return Place(f"e:iso-{code}", code, True)


def test_a_country_none_of_its_sides_beside_a_side_of_both_is_a_slip():
    told = ev("v:a", "d:1", "2031-03-05", TALKS, place="e:iso-PT")
    slip = ev("v:b", "d:2", "2031-03-05", RETOLD, place="e:iso-AR")
    assert grouped([told, slip], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_two_countries_each_a_side_or_two_third_countries_disagree():
    def report(where, sides):
        return type("R", (), {"place": place(where), "sides": frozenset(sides), "mode": "meet"})()

    assert not places_agree(report("PT", "PT CL".split()), report("CL", "PT CL".split()))  # the host's, each
    assert not places_agree(report("AR", "PT CL".split()), report("UY", "PT CL".split()))  # two third countries
    assert places_agree(report("AR", "PT CL".split()), report("PT", "PT CL".split()))  # a slip beside the host
    told = ev("v:a", "d:1", "2031-03-05", TALKS, place="e:iso-PT")
    other = ev("v:b", "d:2", "2031-03-05", RETOLD, place="e:iso-CL")
    assert grouped([told, other], KNOWN) == set()
