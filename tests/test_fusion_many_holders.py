"""An office a country fills many times over (its ambassadors, an embassy's counsellors, its deputy ministers) held by
two persons in two reports of one act is no disagreement; a single office (its foreign minister) still is (hand-made
events, invented persons and wording)."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:amb-a": "Диего Сильва", "e:amb-b": "Хорхе Мена", "e:fm-a": "Руй Алвеш", "e:fm-b": "Жоау Пинту"},
    roles={"e:amb-a": {("посол", "e:iso-CL")}, "e:amb-b": {("посол", "e:iso-CL")},
           "e:fm-a": {("министр иностранных дел", "e:iso-PT")}, "e:fm-b": {("министр иностранных дел", "e:iso-PT")}})


def protest(id_, doc, person, text):
    return {"id": id_, "doc": doc, "type": "PROTEST", "date": "2031-06-12", "date_from": "text", "format": None,
            "round": None, "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": "вручило",
            "participants": [{"entity": "e:iso-PT", "role": "source"}, {"entity": "e:iso-CL", "role": "target"},
                             {"entity": person, "role": "participant"}]}


_TEXT = "МИД Португалии в четверг вручило послу Чили ноту протеста в связи с задержанием рыболовецкого судна."


def test_two_ambassadors_of_one_country_named_by_two_reports_of_one_protest_do_not_keep_them_apart():
    one = protest("v:a", "d:1", "e:amb-a", _TEXT)
    two = protest("v:b", "d:2", "e:amb-b", _TEXT)
    assert grouped([one, two], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_two_foreign_ministers_of_one_country_keep_two_reports_apart():
    one = protest("v:a", "d:1", "e:fm-a", _TEXT)
    two = protest("v:b", "d:2", "e:fm-b", _TEXT)
    assert grouped([one, two], KNOWN) == set()
