"""One numbered sitting told by an outlet naming fewer of its sides (texts written for this test): the same round
on one day, or planned by both for one month, fuses; another round, another day, a side the other does not tell,
a year only, or one held and one planned do not."""
from khronika.fusion import Known, fuse

KNOWN = Known(persons={"e:mn-sp": "Батбаяр Очирсух"}, roles={"e:mn-sp": {("спикер", "e:iso-MN")}},
              country={"e:ulaanbaatar": "e:iso-MN"}, names={"e:ulaanbaatar": "Улан-Батор"})


def ev(id_, doc, date, people, rnd, place=None, factuality="occurred"):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": date, "format": None, "round": rnd, "mode": "meet",
            "place": place, "factuality": factuality,
            "participants": [{"entity": p, "role": "participant"} for p in people]}


def test_one_numbered_sitting_told_with_one_side_fuses():
    both = ev("v:a", "d:1", "2029-10-07", ["e:iso-MN", "e:iso-KZ"], 4, place="e:ulaanbaatar")
    one = ev("v:b", "d:2", "2029-10-07", ["e:mn-sp"], 4)
    assert fuse([both, one], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    assert fuse([both, {**one, "round": 5}], KNOWN) == {}
    assert fuse([both, {**one, "date": "2029-10-09"}], KNOWN) == {}
    assert fuse([both, {**one, "participants": [{"entity": "e:iso-UZ", "role": "participant"}]}], KNOWN) == {}


def test_one_numbered_sitting_planned_for_a_month_fuses_a_year_does_not():
    both = ev("v:a", "d:1", "2030-04", ["e:iso-MN", "e:iso-KZ"], 9, factuality="planned")
    none = ev("v:b", "d:2", "2030-04", [], 9, factuality="planned")
    assert fuse([both, none], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    assert fuse([{**both, "date": "2030"}, {**none, "date": "2030"}], KNOWN) == {}
    assert fuse([both, {**none, "factuality": "occurred"}], KNOWN) == {}


def act(id_, date, source, target, text, type_="SANCTION"):
    return {"id": id_, "doc": f"d:{id_[2:]}", "type": type_, "date": date, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text,
            "participants": [{"entity": source, "role": "source"}, {"entity": target, "role": "target"}]}


CLOSED = ("Норвегия закрыла воздушное пространство для самолетов Беларуси с полуночи вторника, сообщило управление "
          "гражданской авиации королевства.")
TOLD = ("Решение Осло закрыть воздушное пространство для белорусских бортов вызвало резкую критику Минска и "
        "перевозчиков.")
OTHER = "Норвегия закрыла свои порты для судов под флагом Беларуси."


def test_an_act_of_one_source_to_one_target_told_undated_somewhat_alike_joins_the_one_group_it_fits():
    dated = act("v:a", "2031-02-04", "e:iso-NO", "e:iso-BY", CLOSED)
    undated = act("v:b", None, "e:iso-NO", "e:iso-BY", TOLD)
    assert fuse([dated, undated], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    assert fuse([dated, act("v:c", None, "e:iso-NO", "e:iso-BY", OTHER)], KNOWN) == {}  # another matter
    later = act("v:d", "2031-09-20", "e:iso-NO", "e:iso-BY", CLOSED.replace("вторника", "пятницы"))
    assert "v:b" not in fuse([dated, later, undated], KNOWN)  # two groups it fits alike: it joins neither


def test_an_undated_act_of_another_target_stays_apart():
    dated = act("v:a", "2031-02-04", "e:iso-NO", "e:iso-BY", CLOSED)
    assert fuse([dated, act("v:b", None, "e:iso-NO", "e:iso-LT", TOLD)], KNOWN) == {}
    assert fuse([dated, act("v:b", None, "e:iso-BY", "e:iso-NO", TOLD)], KNOWN) == {}  # the answer in kind
