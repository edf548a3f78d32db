"""One agreement to set up one body (a commission, a council, a working group, a fund) that two outlets tell on one
day for one pair of countries with other verbs and other words before the body's name, and neither tells what it is
for (no words after the head noun): one act, however little else the two lines share (``act_link``: the same head,
``acts.one_head``, of one pair on one day).  Its limits: another pair, another day, a body for another thing (words
after the head that differ), another body (another head), a report of one side only.  Invented sentences."""
import pytest

from .test_fusion_things import agree

SIDES = ["e:iso-PT", "e:iso-CL"]

ONE = [  # (sentence, its trigger word): one commission of one pair set up on one day, told each its own way
    ("Португалия и Чили договорились создать межправительственную комиссию.", "договорились"),
    ("После переговоров в Сантьяго главы ведомств согласились образовать совместную межправкомиссию.", "согласились"),
    ("Министры двух стран условились сформировать смешанную комиссию уже в будущем году.", "условились"),
    ("Решено образовать двустороннюю комиссию, сообщили в лиссабонском правительстве.", "Решено"),
    ("Достигнута договоренность об учреждении постоянной межправительственной комиссии.", "договоренность"),
    ("Договорившись учредить межправкомиссию, главы ведомств перешли к вопросам туризма.", "Договорившись"),
    ("Лиссабон и Сантьяго пришли к согласию о создании совместной комиссии.", "согласию"),
]


@pytest.mark.parametrize("other", ONE[1:])
def test_one_body_set_up_told_with_other_verbs_is_one(other):
    a = agree("v:a", "d:1", *ONE[0], SIDES)
    b = agree("v:b", "d:2", *other, SIDES, told="document")
    assert groups([a, b]) == groups([b, a]) == {frozenset({"v:a", "v:b"})}


@pytest.mark.parametrize(("one", "other"), [
    (("Португалия и Чили договорились создать совместный деловой совет.", "договорились"),
     ("Стороны согласились учредить двусторонний деловой совет, сообщили дипломаты.", "согласились")),
    (("Стороны условились сформировать рабочую группу уже в январе.", "условились"),
     ("Португалия и Чили решили образовать совместную рабочую группу.", "решили")),
])
def test_a_council_or_a_working_group_set_up_is_one(one, other):
    a = agree("v:a", "d:1", *one, SIDES)
    b = agree("v:b", "d:2", *other, SIDES, told="document")
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}


def test_another_pair_another_day_another_body_or_one_side_stays_apart():
    a = agree("v:a", "d:1", *ONE[0], SIDES)
    other_pair = agree("v:b", "d:2", *ONE[1], ["e:iso-PE", "e:iso-BO"])
    later = agree("v:c", "d:3", *ONE[1], SIDES, date="2031-06-20")
    council = agree("v:d", "d:4", "Стороны согласились учредить совместный деловой совет.", "согласились", SIDES)
    one_side = agree("v:e", "d:5", *ONE[2], ["e:iso-CL"])
    for other in (other_pair, later, council, one_side):
        assert groups([a, other]) == set(), other["text"]


def test_bodies_of_other_kinds_stay_apart():
    """The adjectives before the head that tell one council from another (not ``совместный``, ``двусторонний``)."""
    business = agree("v:a", "d:1", "Португалия и Чили договорились создать деловой совет.", "договорились", SIDES)
    steering = agree("v:b", "d:2", "Стороны согласились учредить координационный совет.", "согласились", SIDES)
    assert groups([business, steering]) == set()


def test_bodies_for_other_things_stay_apart():
    fish = agree("v:a", "d:1", "Стороны договорились создать комиссию по рыболовству.", "договорились", SIDES)
    border = agree("v:b", "d:2", "Министры согласились учредить комиссию по делимитации границы.", "согласились",
                   SIDES)
    assert groups([fish, border]) == set()


def groups(events):
    from .test_fusion_things import groups as things_groups

    return things_groups(events)
