"""A sitting planned (or put off) told by one outlet with its date and by another undated, the same two sides, one
body or kind of sitting named in the same words by both (``совместное заседание правительств``, ``Report.bodies``)
and evidence somewhat alike (``FusionSettings.planned_month_overlap``): one planned sitting.  Its limits: bodies each
names otherwise with evidence as little alike, or other sides.  Hand-made events, invented sentences."""
from .test_fusion import grouped
from .test_fusion_sittings import KNOWN, ev

SIDES = ["e:iso-EE", "e:iso-LV"]
DATED = ("Совместное заседание правительств Эстонии и Латвии, которое должно было пройти в Риге в марте, перенесено "
         "на 2032 год.")
UNDATED = ("Премьер Латвии сообщил журналистам о переносе совместного заседания правительств двух стран из-за "
           "бюджетного кризиса.")


def test_one_sitting_put_off_told_dated_and_undated_is_one():
    dated = ev("v:a", "d:1", "2032", SIDES, place="Рига", factuality="planned", text=DATED)
    undated = ev("v:b", "d:2", None, SIDES, factuality="planned", text=UNDATED)
    assert grouped([dated, undated], KNOWN) == grouped([undated, dated], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_another_body_or_other_sides_stay_apart():
    dated = ev("v:a", "d:1", "2032", SIDES, place="Рига", factuality="planned", text=DATED)
    other_body = ev("v:b", "d:2", None, SIDES, factuality="planned",
                    text="Премьер Латвии сообщил журналистам о переносе заседания межправительственной комиссии двух "
                         "стран из-за бюджетного кризиса.")
    other_sides = ev("v:c", "d:3", None, ["e:iso-EE", "e:iso-FI"], factuality="planned",
                     text=UNDATED.replace("Латвии", "Финляндии"))
    for other in (other_body, other_sides):
        assert grouped([dated, other], KNOWN) == set(), other["id"]
