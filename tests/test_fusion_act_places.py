"""The place of an act other than a meeting: the city its sentence names may be that of what the act is about (a port,
a province, an island), not where it was done; two cities of two countries known to differ are two acts.  Invented
reports."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(persons={}, country={"e:lisbon": "e:iso-PT", "e:santiago": "e:iso-CL"},
              names={"e:lisbon": "Лиссабон", "e:santiago": "Сантьяго", "e:port": "Порту-Велью ду Сул"})
PARTS = [{"entity": "e:iso-PT", "role": "participant"}, {"entity": "e:iso-CL", "role": "participant"}]


def note(id_, doc, place, text):
    return {"id": id_, "doc": doc, "type": "PROTEST", "date": "2031-03-04", "date_from": "text", "format": None,
            "round": None, "mode": None, "place": place, "factuality": "occurred", "text": text,
            "participants": PARTS}


def test_a_protest_placed_where_its_cause_happened_joins_the_one_placed_in_the_capital():
    handed = note("v:a", "d:1", "e:lisbon",
                  "МИД Португалии в понедельник вручил послу Чили в Лиссабоне ноту протеста в связи с заходом судна.")
    about = note("v:b", "d:2", "e:port",
                 "МИД Португалии вручил ноту протеста послу Чили в связи с заходом судна в порт Порту-Велью ду Сул.")
    assert grouped([handed, about], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_protests_handed_in_two_capitals_stay_apart():
    one = note("v:a", "d:1", "e:lisbon", "В Лиссабоне послу вручили ноту протеста в связи с заходом судна.")
    two = note("v:b", "d:2", "e:santiago", "В Сантьяго послу вручили ноту протеста в связи с заходом судна.")
    assert grouped([one, two], KNOWN) == set()


class _Texts:
    def evidence(self, doc, a, b):
        return {"doc": doc, "start": a, "stop": b, "text": ""}


def _member(id_, type_, place):
    return {"id": id_, "doc": "d:" + id_, "type": type_, "mode": None, "factuality": "occurred", "place": place,
            "date": "2031-03-04", "date_precision": "day", "date_from": "text", "start": 0, "stop": 1, "more": [],
            "participants": [], "format": None, "round": None, "topics": [], "trigger": "нота"}


def test_the_record_of_a_fused_act_takes_the_city_of_a_known_country_and_a_meeting_its_first_place():
    from khronika.export import _event_record

    members = [_member("v:a", "PROTEST", "e:port"), _member("v:b", "PROTEST", "e:lisbon")]
    assert _event_record("v:a", members, _Texts(), located=frozenset({"e:lisbon"}))["place"] == "e:lisbon"
    meeting = [{**m, "type": "CONSULT"} for m in members]  # a venue its words name, over the dateline's capital
    assert _event_record("v:a", meeting, _Texts(), located=frozenset({"e:lisbon"}))["place"] == "e:port"
