"""A host receiving the leaders of two other countries at once and the multilateral summit of those very sides that
day in that city are one sitting, told by one outlet as his reception and by the other as the summit (hand-made
events, invented persons).  Not a reception on the sidelines, nor one of fewer guests, nor another day."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:ro": "Мирча Дрэгулеску", "e:bg": "Стоян Радев", "e:gr": "Никос Пападакис"},
    roles={"e:ro": {("президент", "e:iso-RO")}, "e:bg": {("президент", "e:iso-BG")},
           "e:gr": {("президент", "e:iso-GR")}})
SIDES = ["e:iso-RO", "e:iso-BG", "e:iso-GR"]


def summit(id_="v:a", date="2031-04-17"):
    return ev(id_, "d:1", date, SIDES + ["e:ro", "e:bg", "e:gr"], mode="multilateral", place="Констанца",
              text="Президенты Румынии, Болгарии и Греции провели в пятницу в Констанце трехсторонний саммит.")


def reception(id_="v:b", date="2031-04-17", guests=("e:bg", "e:gr", "e:iso-BG", "e:iso-GR"),
              text="Мирча Дрэгулеску сегодня принял в Констанце президентов Болгарии и Греции."):
    return ev(id_, "d:2", date, ["e:ro", "e:iso-RO", *guests], mode="host", place="Констанца", text=text,
              roles={"e:ro": "source", "e:iso-RO": "source"})


def test_a_host_receiving_all_the_summits_guests_at_once_is_the_summit():
    assert grouped([summit(), reception()], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_a_reception_aside_of_fewer_guests_or_of_another_day_is_not_the_summit():
    aside = reception(text="На полях саммита в Констанце Мирча Дрэгулеску принял президентов Болгарии и Греции.")
    fewer = reception(guests=("e:bg", "e:iso-BG"), text="Мирча Дрэгулеску принял в Констанце президента Болгарии.")
    later = reception(date="2031-04-18")
    for other in (aside, fewer, later):
        assert grouped([summit(), other], KNOWN) == set()
