"""Fusion of a reception told by the host's outlet and by the guest's (hand-made events, invented persons and dates):
the host a person in common, told as the source by both, and a guest of one country on one day are one reception,
whichever guest each outlet names and whether one told it ahead.  And its limits: the host receiving guests of another
country that day, another day, or another host."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:host": "Мартин Эчеверрия", "e:host2": "Эчеверрия", "e:other": "Лусия Кастро",
             "e:guest": "Ану Раудсепп"},
    roles={"e:host": {("президент", "e:iso-CL")}, "e:host2": {("президент", "e:iso-CL")},
           "e:other": {("премьер-министр", "e:iso-CL")}, "e:guest": {("министр энергетики", "e:iso-EE")}})
HOST = {"e:host": "source", "e:host2": "source", "e:other": "source", "e:iso-CL": "source"}


def reception(id_, doc, date, people, text, factuality="occurred"):
    return ev(id_, doc, date, people, mode="host", text=text, roles=HOST, factuality=factuality)


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_one_host_receiving_one_countrys_guest_on_one_day_is_one_reception():
    told = reception("v:a", "d:1", "2031-06-11", ["e:host", "e:iso-EE"],
                     "Вечером президент Мартин Эчеверрия принял эстонскую делегацию во дворце.")
    guests = reception("v:b", "d:2", "2031-06-11", ["e:guest", "e:host2", "e:iso-CL", "e:iso-EE"],
                       "Глава энергетического ведомства Эстонии Ану Раудсепп откроет заседание комиссии по торговле, "
                       "а в тот же день гостя примет президент Эчеверрия.", factuality="planned")
    assert groups([told, guests]) == {frozenset({"v:a", "v:b"})}


def test_another_countrys_guest_another_day_or_another_host_stays_apart():
    told = reception("v:a", "d:1", "2031-06-11", ["e:host", "e:iso-EE"],
                     "Вечером президент Мартин Эчеверрия принял эстонскую делегацию во дворце.")
    others = reception("v:b", "d:2", "2031-06-11", ["e:host2", "e:iso-LV"],
                       "Президент Эчеверрия принял латвийского министра.")
    later = reception("v:c", "d:3", "2031-06-13", ["e:host2", "e:iso-EE"],
                      "Президент Эчеверрия принял эстонского министра.")
    premier = reception("v:d", "d:4", "2031-06-11", ["e:other", "e:iso-EE"],
                        "Премьер-министр Лусия Кастро приняла эстонского министра.")
    for other in (others, later, premier):
        assert groups([told, other]) == set()
