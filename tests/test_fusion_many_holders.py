"""A minister told without his field is no one office, and one holder of an office may be named in another order
(fusion/agree.py; invented persons and dates): two reports of one meeting that name a country's minister each, spelt
far apart, still agree on their offices."""
from khronika.fusion import Known
from khronika.fusion.agree import offices_agree
from khronika.fusion.report import report

from .test_fusion import ev

KNOWN = Known(persons={"e:a": "Сок Тиа", "e:b": "Сок Чеа", "e:c": "Ким Пхон", "e:d": "Ким Фон"},
              roles={"e:a": {("министр", "e:iso-KH")}, "e:b": {("министр", "e:iso-KH")},
                     "e:c": {("министр обороны", "e:iso-KH")}, "e:d": {("министр обороны", "e:iso-KH")}})


def test_two_ministers_named_without_their_fields_are_no_one_office():
    one = report(ev("v:a", "d:1", "2031-04-14", ["e:a", "e:iso-LA"]), KNOWN)
    other = report(ev("v:b", "d:2", "2031-04-14", ["e:b", "e:iso-LA"]), KNOWN)
    assert offices_agree(one, other)


def test_two_holders_of_one_ministry_still_disagree():
    one = report(ev("v:a", "d:1", "2031-04-14", ["e:c", "e:iso-LA"]), KNOWN)
    other = report(ev("v:b", "d:2", "2031-04-14", ["e:d", "e:iso-LA"]), KNOWN)
    assert not offices_agree(one, other)


def test_one_holder_of_an_office_named_in_another_order_is_one_person_however_short():
    known = Known(persons={"e:a": "Пак Ын", "e:b": "Ын Пак", "e:c": "Ын Ли"},
                  roles={p: {("министр иностранных дел", "e:iso-KR")} for p in ("e:a", "e:b", "e:c")})
    one = report(ev("v:a", "d:1", "2031-04-14", ["e:a", "e:iso-PE"]), known)
    assert offices_agree(one, report(ev("v:b", "d:2", "2031-04-14", ["e:b", "e:iso-PE"]), known))
    assert not offices_agree(one, report(ev("v:c", "d:3", "2031-04-14", ["e:c", "e:iso-PE"]), known))
