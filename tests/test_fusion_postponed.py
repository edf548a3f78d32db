"""A meeting planned (or put off) told by two outlets, one of them without a date, of the same two sides, each naming
the body that meets otherwise (``Высший … совет``, ``Совет … высшего уровня``): a body of one head noun, somewhat alike
— it joins the one group it fits.  Another head noun, or two sittings of bodies of that head planned, keep it apart.
Hand-made events, invented wording."""
from .test_fusion_coarse import ev, groups

SIDES = ["e:iso-PE", "e:iso-CL"]
PAIRS = [  # dated by one outlet, undated by the other
    ("Шестая сессия Высшего межгосударственного совета Перу и Чили, намеченная на март, перенесена на начало 2032 года",
     "Перу и Чили решили перенести следующую встречу в рамках Совета по стратегическому партнерству"),
    ("Очередное заседание Совета стратегического партнерства Чили и Перу отложено до весны 2032 года, сообщил МИД",
     "Лима и Сантьяго перенесли на более поздний срок заседание Совета партнерства высшего уровня"),
    ("Стороны условились провести в 2032 году заседание Межправительственного совета Перу и Чили",
     "Совет по стратегическому партнерству Перу и Чили соберется позже, чем планировалось"),
]


def planned(id_, doc, date, text):
    return {**ev(id_, doc, date, SIDES, text), "factuality": "planned"}


def test_a_planned_sitting_of_a_body_named_otherwise_by_an_outlet_that_does_not_date_it_joins():
    for dated, undated in PAIRS:
        a, b = planned("v:a", "d:1", "2032", dated), planned("v:b", "d:2", None, undated)
        assert groups([a, b]) == {frozenset({"v:a", "v:b"})}, undated
        assert groups([b, a]) == {frozenset({"v:a", "v:b"})}, undated


def test_another_head_noun_or_two_bodies_of_one_head_keep_it_apart():
    dated, undated = PAIRS[0]
    a = planned("v:a", "d:1", "2032", dated)
    other = planned("v:b", "d:2", None, undated.replace("Совета", "Комиссии"))
    assert groups([a, other]) == set()
    defence = planned("v:c", "d:3", "2032-02",
                      "Заседание Совета министров обороны Перу и Чили отложено до февраля 2032 года")
    assert groups([a, defence, planned("v:b", "d:2", None, undated)]) == set()  # it fits two sittings: it bridges none
