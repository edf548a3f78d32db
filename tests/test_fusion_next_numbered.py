"""The same numbered round to come, told by two reports of the round held before it (invented persons and places):
one told with its year and city, the other undated with only its host country and its number, is one next round; a
round that may be held in a month and the one planned for that month are one.  Not the same number after the rounds
of another series, nor of another month."""

from .test_fusion import grouped
from .test_fusion_next import KENYA, KNOWN, ev, held_ghana, held_kenya


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_the_same_numbered_round_to_come_after_one_round_held_is_one_however_dated():
    held, also = held_kenya("v:a", "d:1"), held_kenya("v:b", "d:2", "Перу и Кения провели в среду консультации в Лиме.")
    dated = ev("v:c", "d:1", "2032", KENYA, factuality="planned", rnd=4, place="Момбаса", after=[held],
               text="Следующий, четвертый раунд решено провести в Момбасе в 2032 году.")
    bare = ev("v:d", "d:2", None, ["e:iso-KE"], factuality="planned", rnd=4, place="e:iso-KE", after=[also],
              text="Как напомнил замминистра, четвертый раунд пройдет в Кении.")
    assert groups([held, also, dated, bare]) == {frozenset({"v:a", "v:b"}), frozenset({"v:c", "v:d"})}
    other = ev("v:e", "d:3", None, ["e:iso-KE"], factuality="planned", rnd=4, place="e:iso-KE",
               after=[held_ghana("v:f", "d:3")], text="Как напомнил замминистра, четвертый раунд пройдет в Кении.")
    assert not any({"v:c", "v:e"} <= g for g in groups([held, dated, other, held_ghana("v:f", "d:3")]))


def test_a_round_that_may_be_held_in_a_month_is_the_one_planned_then():
    may = ev("v:a", "d:1", "2032-01", ["e:iso-KE"], factuality="hypothetical", rnd=4, place=None,
             text="Посредник заявил, что четвертый раунд может пройти уже в январе.")
    planned = ev("v:b", "d:2", "2032-01", KENYA, factuality="planned", rnd=4, place=None,
                 text="Четвертый раунд, по словам официального представителя, намечен на январь.")
    assert groups([may, planned]) == {frozenset({"v:a", "v:b"})}
    later = ev("v:c", "d:3", "2032-02", KENYA, factuality="planned", rnd=4, place=None,
               text="Четвертый раунд, по словам официального представителя, намечен на февраль.")
    assert groups([may, later]) == set()
