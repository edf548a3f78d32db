"""A sitting abroad retold by its month (``в выходные``, ``на прошлой неделе`` read to the month) with a person in
common in that city, and the sitting of a day of that month there (``meeting_link._guest_in_city``; hand-made events,
invented persons and dates): one sitting.  Its limits: a host in his own country's city (he receives many guests a
month), another city, another month, or sides of another pair stay apart."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(persons={"e:envoy": "Тин Маунг Со", "e:rebel": "Сай Кхам Лин", "e:host": "Ли Чжэньго"},
              roles={"e:host": {("министр иностранных дел", "e:iso-CN")}},
              country={"e:nanning": "e:iso-CN"}, names={"e:nanning": "Наньнин"})


def sitting(id_, doc, date, people, place="Наньнин", text="Стороны провели переговоры при посредничестве Китая."):
    return ev(id_, doc, date, list(people), place=place, text=text)


def test_a_sitting_retold_by_its_month_with_a_person_in_common_in_that_city_is_one():
    month = sitting("v:a", "d:1", "2031-02", ["e:iso-MM", "e:iso-CN", "e:envoy", "e:rebel"],
                    text="В минувшие выходные делегации собрались в Наньнине на новый раунд при посредничестве Пекина.")
    day = sitting("v:b", "d:2", "2031-02-15", ["e:iso-CN", "e:envoy"],
                  text="Правительственная делегация во главе с Тин Маунг Со встретилась с повстанцами.")
    assert grouped([month, day], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_a_host_at_home_another_city_month_or_pair_stays_apart():
    month = sitting("v:a", "d:1", "2031-02", ["e:iso-MM", "e:iso-CN", "e:envoy", "e:host"], place="Пекин")
    host = sitting("v:b", "d:2", "2031-02-15", ["e:iso-CN", "e:host"], place="Пекин")
    assert grouped([month, host], KNOWN) == set()
    abroad = sitting("v:c", "d:3", "2031-02", ["e:iso-MM", "e:iso-CN", "e:envoy"])
    for other in (sitting("v:d", "d:4", "2031-02-15", ["e:iso-CN", "e:envoy"], place="Мандалай"),
                  sitting("v:e", "d:5", "2031-03-15", ["e:iso-CN", "e:envoy"]),
                  sitting("v:f", "d:6", "2031-02-15", ["e:iso-TH", "e:envoy"])):
        assert grouped([abroad, other], KNOWN) == set()
