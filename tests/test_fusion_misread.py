"""One act whose day two outlets read a day apart (``fusion/misread.py``; hand-made events, invented dates and
wording): the same actor, target and evidence much alike join.  And its limits: the other side's answer in kind, two
days apart, reports dated by their documents only, a report that fits two acts (it bridges none), meetings and
agreements, another target, a planned act."""
from khronika.fusion import Known
from khronika.fusion.misread import days_apart, misread
from khronika.fusion.report import report
from khronika.settings import DEFAULT

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(persons={}, roles={})
EXPEL = ("Министерство иностранных дел Исландии объявило двух сотрудников посольства Эквадора персонами нон грата и "
         "предписало им покинуть страну в течение недели.")
EXPEL_TOO = ("Исландия объявила персонами нон грата двух сотрудников эквадорского посольства, им предписано покинуть "
             "страну в течение недели.")


def act(id_, doc, date, text, source="e:iso-IS", target="e:iso-EC", type_="SANCTION", factuality="occurred"):
    parts = [{"entity": e, "role": r} for e, r in ((source, "source"), (target, "target")) if e]
    return {**ev(id_, doc, date, [], type_=type_, text=text, factuality=factuality), "participants": parts}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_an_act_two_outlets_date_a_day_apart_is_one():
    for later in ("2031-03-05", "2031-03-03"):
        assert groups([act("v:a", "d:1", "2031-03-04", EXPEL), act("v:b", "d:2", later, EXPEL_TOO)]) \
            == {frozenset({"v:a", "v:b"})}, later


def test_the_answer_in_kind_another_target_or_two_days_stay_apart():
    answer = act("v:b", "d:2", "2031-03-05", "Эквадор объявил персонами нон грата двух сотрудников посольства "
                 "Исландии и предписал им покинуть страну в течение недели.", source="e:iso-EC", target="e:iso-IS")
    other_target = act("v:c", "d:3", "2031-03-05", EXPEL_TOO.replace("эквадорского", "перуанского"),
                       target="e:iso-PE")
    later = act("v:d", "d:4", "2031-03-06", EXPEL_TOO)
    unsourced = act("v:e", "d:5", "2031-03-05", EXPEL_TOO, source=None, target=None)
    planned = act("v:f", "d:6", "2031-03-05", EXPEL_TOO, factuality="planned")
    first = act("v:a", "d:1", "2031-03-04", EXPEL)
    for other in (answer, other_target, later, unsourced, planned):
        assert groups([first, other]) == set(), other["id"]


def test_meetings_and_agreements_a_day_apart_are_not_read_so():
    for type_, text in (("CONSULT", "Министры Исландии и Эквадора провели переговоры в Рейкьявике о рыболовстве."),
                        ("AGREE", "Исландия и Эквадор договорились создать совместную комиссию по рыболовству.")):
        one = act("v:a", "d:1", "2031-03-04", text, type_=type_)
        other = act("v:b", "d:2", "2031-03-05", text, type_=type_)
        assert not misread(report(one, KNOWN, text), report(other, KNOWN, text), DEFAULT.fusion), type_


def test_a_report_that_two_acts_of_other_days_fit_joins_neither():
    before = act("v:a", "d:1", "2031-03-03", EXPEL)
    after = act("v:c", "d:3", "2031-03-05", EXPEL)
    between = act("v:b", "d:2", "2031-03-04", EXPEL_TOO)
    assert groups([before, between, after]) == set()
    assert groups([after, between]) == {frozenset({"v:b", "v:c"})}


def test_the_days_between_two_windows():
    day = report(act("v:a", "d:1", "2031-03-04", EXPEL), KNOWN, EXPEL)
    assert days_apart(day, report(act("v:b", "d:2", "2031-03-06", EXPEL), KNOWN, EXPEL)) == 2
    told = {**act("v:e", "d:5", "2031-03-08", EXPEL_TOO), "date_from": "document"}  # the 5th to the 8th
    assert not misread(day, report(told, KNOWN, EXPEL_TOO), DEFAULT.fusion)
    assert days_apart(day, report(act("v:c", "d:3", "2031-03-04", EXPEL), KNOWN, EXPEL)) == 0
    assert days_apart(day, report(act("v:d", "d:4", "2031-03", EXPEL), KNOWN, EXPEL)) is None
