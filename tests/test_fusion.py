"""Event fusion across documents on hand-made events (no models)."""
import itertools

from khronika.fusion import fuse, same_meeting

PERSONS = {"e:ru-fm", "e:jp-fm", "e:jp-fm2", "e:ru-pres", "e:jp-pm"}
ROLES = {"e:ru-fm": {("министр иностранных дел", "e:iso-RU")},
         "e:jp-fm": {("министр иностранных дел", "e:iso-JP")},
         "e:jp-fm2": {("министр иностранных дел", "e:iso-JP")},
         "e:ru-pres": {("президент", "e:iso-RU")}, "e:jp-pm": {("премьер-министр", "e:iso-JP")}}


def ev(id_, doc, date, people, fmt=None, rnd=None, mode="meet"):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": date, "format": fmt, "round": rnd, "mode": mode,
            "participants": [{"entity": p, "role": "participant"} for p in people]}


def test_fusion_two_sides_in_common_join():
    a = ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"])
    b = ev("v:b", "d:2", None, ["e:ru-fm", "e:jp-fm", "e:ru-pres"])
    assert same_meeting(a, b, PERSONS, ROLES)


def test_fusion_two_of_one_side_are_not_enough():
    a = ev("v:a", "d:1", "2016-12-15", ["e:ru-pres", "e:ru-fm", "e:jp-pm"])
    b = ev("v:b", "d:2", None, ["e:ru-pres", "e:ru-fm", "e:jp-fm"])
    assert not same_meeting(a, b, PERSONS, ROLES)


def test_fusion_different_holders_of_one_office_keep_meetings_apart():
    a = ev("v:a", "d:1", None, ["e:ru-fm", "e:jp-fm"], fmt="2+2")
    b = ev("v:b", "d:2", "2019-05-30", ["e:ru-fm", "e:jp-fm2"], fmt="2+2", rnd=4)
    assert not same_meeting(a, b, PERSONS, ROLES)


def test_fusion_conflicting_dates_or_rounds_keep_meetings_apart():
    a = ev("v:a", "d:1", "2013-11", ["e:ru-fm", "e:jp-fm"], fmt="2+2", rnd=1)
    assert not same_meeting(a, ev("v:b", "d:2", "2017-03-20", ["e:ru-fm", "e:jp-fm"], fmt="2+2"), PERSONS, ROLES)
    assert not same_meeting(a, ev("v:c", "d:3", None, ["e:ru-fm", "e:jp-fm"], fmt="2+2", rnd=2), PERSONS, ROLES)


def test_fusion_ambiguous_undated_report_joins_none():
    u = ev("v:u", "d:3", None, ["e:ru-fm", "e:jp-fm"])
    one = ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"])
    other = ev("v:b", "d:2", "2018-01-10", ["e:ru-fm", "e:jp-fm"])
    assert "v:u" not in fuse([u, one, other], PERSONS, ROLES)


def test_fusion_is_independent_of_order():
    events = [ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"]),
              ev("v:b", "d:2", None, ["e:ru-fm", "e:jp-fm"]),
              ev("v:c", "d:3", "2017-03", ["e:ru-fm", "e:jp-fm"], fmt="2+2"),
              ev("v:d", "d:4", "2019-05-30", ["e:ru-fm", "e:jp-fm2"], fmt="2+2")]
    results = {tuple(sorted(fuse(list(p), PERSONS, ROLES).items())) for p in itertools.permutations(events)}
    assert len(results) == 1
    (groups,) = results
    assert dict(groups) == {"v:a": "v:a", "v:b": "v:a", "v:c": "v:a"}


def act(id_, doc, date, parts, type_="PROTEST", factuality="occurred"):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "format": None, "round": None, "mode": None,
            "factuality": factuality, "participants": [{"entity": e, "role": r} for e, r in parts]}


def test_fusion_one_protest_reported_by_two_outlets_is_one_event():
    a = act("v:a", "d:1", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "participant")])
    b = act("v:b", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:ru-fm", "participant")])
    assert fuse([a, b], PERSONS, ROLES) == {"v:a": "v:a", "v:b": "v:a"}


def test_fusion_acts_of_other_days_types_or_undated_stay_apart():
    a = act("v:a", "d:1", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "participant")])
    for other in (act("v:b", "d:2", "2023-10-15", [("e:iso-RU", "source"), ("e:iso-JP", "participant")]),
                  act("v:c", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "participant")],
                      type_="SANCTION"),
                  act("v:d", "d:2", None, [("e:iso-RU", "source"), ("e:iso-JP", "participant")]),
                  act("v:e", "d:2", "2023-10-14", [("e:iso-JP", "source"), ("e:iso-CN", "participant")])):
        assert fuse([a, other], PERSONS, ROLES) == {}, other["id"]
