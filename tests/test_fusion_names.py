"""Fusion of reports that name their participants without offices (hand-made events, invented persons, cities and
dates): two persons in common in one city are one meeting; a protest neither report says who made, with the same
sides and a person in common on one day, is one protest.  And their limits: another city, one person in common,
dates that disagree; another day, other sides, no person in common."""
from khronika.fusion import Known

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(persons={"e:mendes": "Жоао Мендеш", "e:quintana": "Рауль Кинтана", "e:mendes2": "Мендеш",
                       "e:quintana2": "Кинтана", "e:ortiz": "Пабло Ортис"})


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_two_persons_in_common_in_one_city_are_one_meeting():
    a = ev("v:a", "d:1", None, ["e:mendes", "e:quintana"], place="Порту", factuality="planned",
           text="Жоао Мендеш и Рауль Кинтана встретятся в Порту.")
    b = ev("v:b", "d:2", None, ["e:quintana2", "e:mendes2"], place="Порту", factuality="planned",
           text="Встреча Кинтаны и Мендеша пройдет в Порту.")
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}


def test_another_city_one_person_or_other_dates_stay_apart():
    a = ev("v:a", "d:1", "2031-05-14", ["e:mendes", "e:quintana"], place="Порту",
           text="Жоао Мендеш и Рауль Кинтана встретились в Порту.")
    away = ev("v:b", "d:2", "2031-05-14", ["e:mendes2", "e:quintana2"], place="Брага",
              text="Мендеш и Кинтана встретились в Браге.")
    one = ev("v:c", "d:3", "2031-05-14", ["e:mendes2", "e:ortiz"], place="Порту",
             text="Мендеш и Ортис встретились в Порту.")
    later = ev("v:d", "d:4", "2032-02-03", ["e:mendes2", "e:quintana2"], place="Порту",
               text="Мендеш и Кинтана встретились в Порту.")
    for other in (away, one, later):
        assert groups([a, other]) == set()


def protest(id_, doc, day, people, text):
    return ev(id_, doc, None, people, type_="PROTEST", text=text, told="document") | {"dateline": day}


def test_a_protest_neither_says_who_made_same_sides_and_person_on_one_day():
    a = protest("v:a", "d:1", "05-14", ["e:iso-PT", "e:iso-CL", "e:mendes"],
                text="Послу Чили Жоао Мендешу вручена нота по поводу задержания судна.")
    b = protest("v:b", "d:2", "05-14", ["e:iso-CL", "e:iso-PT", "e:mendes2"],
                text="Мендеш был вызван в министерство, где ему заявили протест из-за траулера.")
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}


def test_a_protest_of_another_day_sides_or_person_stays_apart():
    a = protest("v:a", "d:1", "05-14", ["e:iso-PT", "e:iso-CL", "e:mendes"],
                text="Послу Чили Жоао Мендешу вручена нота по поводу задержания судна.")
    text = "Мендеш был вызван в министерство, где ему заявили протест из-за траулера."
    later = protest("v:b", "d:2", "05-20", ["e:iso-CL", "e:iso-PT", "e:mendes2"], text)
    others = protest("v:c", "d:3", "05-14", ["e:iso-UY", "e:iso-PT", "e:mendes2"], text)
    stranger = protest("v:d", "d:4", "05-14", ["e:iso-CL", "e:iso-PT", "e:ortiz"],
                       text.replace("Мендеш", "Ортис"))
    for other in (later, others, stranger):
        assert groups([a, other]) == set()


SITTINGS = __import__("tests.test_fusion_sittings", fromlist=["groups"])
RECALL = "МИД Португалии принял решение отозвать посла в Чили для консультаций."
REGRET = "Министр иностранных дел Чили Мануэль Рохас выразил сожаление в связи с решением Португалии отозвать посла."


def recall(id_, doc, date, text=RECALL):
    return ev(id_, doc, date, ["e:pt-mfa", "e:iso-CL"], type_="SANCTION", text=text, told="document",
              roles={"e:pt-mfa": "source", "e:iso-CL": "target"})


def test_the_targets_answer_told_a_day_later_is_of_the_act():
    answer = ev("v:b", "d:2", "2031-05-15", ["e:iso-PT", "e:cl-fm"], type_="SANCTION", text=REGRET, told="document")
    assert SITTINGS.groups([recall("v:a", "d:1", "2031-05-14"), answer]) == {frozenset({"v:a", "v:b"})}


def test_a_retaliation_told_without_its_actor_or_an_answer_of_other_words_or_days_stays_apart():
    act = recall("v:a", "d:1", "2031-05-14")
    retaliation = ev("v:b", "d:2", "2031-05-16", ["e:iso-CL", "e:pt-fm"], type_="SANCTION", told="document",
                     text="Министр иностранных дел Португалии Руй Алвеш сообщил, что посол Чили отозван.")
    unlike = ev("v:c", "d:3", "2031-05-15", ["e:iso-PT", "e:cl-fm"], type_="SANCTION", told="document",
                text="Мануэль Рохас заявил, что торговля с Португалией растет.")
    weeks = ev("v:d", "d:4", "2031-06-02", ["e:iso-PT", "e:cl-fm"], type_="SANCTION", text=REGRET, told="document")
    for other in (retaliation, unlike, weeks):
        assert SITTINGS.groups([act, other]) == set()
