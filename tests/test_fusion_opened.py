"""A sitting told opened on its day (``открылась во вторник``, ``начались переговоры``) lasted into the next one (or
as many days as its length tells): another outlet that dates it by a later day tells the same sitting; one told held
(or ended) on a day tells that day alone (hand-made events, invented persons)."""
from khronika.fusion import Known
from khronika.fusion.span import opened

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:uy-fm": "Орасио Бентанкур", "e:ke-fm": "Джозеф Омонди"},
    roles={"e:uy-fm": {("министр иностранных дел", "e:iso-UY")},
           "e:ke-fm": {("министр иностранных дел", "e:iso-KE")}},
    country={"e:nairobi": "e:iso-KE"},
    names={"e:nairobi": "Найроби"})
SIDES = ["e:uy-fm", "e:ke-fm"]


def ev(id_, doc, date, text, *, round_=4):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": date, "date_from": "text", "format": None,
            "round": round_, "mode": "meet", "place": "e:nairobi", "factuality": "occurred", "text": text,
            "participants": [{"entity": p, "role": "participant"} for p in SIDES]}


def test_the_days_of_a_sitting_told_opened():
    assert opened("2031-06-03", "Во вторник в Найроби открылась четвертая сессия смешанной комиссии.") == "2031-06-04"
    assert opened("2031-06-03", "Сегодня начались консультации министров.") == "2031-06-04"
    assert opened("2031-06-03", "Открывшаяся во вторник трехдневная сессия комиссии …") == "2031-06-05"
    assert opened("2031-06-03", "Во вторник прошла четвертая сессия комиссии.") is None  # held: that day alone
    assert opened("2031-06-03", "Министр открыл выставку уругвайских товаров.") is None  # opening something else
    assert opened("2031-06-03", "Сессия, открывшаяся во вторник, завершилась в среду.") is None  # which day?
    assert opened("2031-06", "В июне открылась сессия.") is None  # not dated to a day


def test_a_sitting_told_opened_and_told_by_its_next_day():
    first = ev("v:a", "d:1", "2031-06-03", "Сессия уругвайско-кенийской комиссии открылась во вторник в Найроби.",
               round_=None)
    second = ev("v:b", "d:2", "2031-06-04", "4 июня в Найроби состоялась сессия комиссии.", round_=None)
    assert grouped([first, second], KNOWN) == {frozenset({"v:a", "v:b"})}
    held = ev("v:c", "d:3", "2031-06-03", "Четвертая сессия уругвайско-кенийской комиссии прошла во вторник в "
                                          "Найроби.", round_=None)
    other = ev("v:d", "d:4", "2031-06-04", "4 июня в Найроби прошли переговоры министров.", round_=None)
    assert grouped([held, other], KNOWN) == set()  # each told held on its own day: two sittings
    later = ev("v:e", "d:5", "2031-06-05", "5 июня в Найроби состоялась сессия комиссии.", round_=None)
    assert grouped([first, later], KNOWN) == set()  # two days after its opening: its length not told
