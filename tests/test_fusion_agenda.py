"""What a report's own sentence tells beyond its type (hand-made events, invented persons and places): a host
receiving a guest, whatever mode the meeting was given, is not the session of the commission the guest came for;
an agreement on the next meeting is not one on anything else, and one sentence of both is the other agreement.
And their limits: a reception told as a visit by one outlet and as a reception by another is one; "принял участие",
"приняла решение" are no reception; agreements of one object still fuse."""
from khronika.fusion.tellings import agrees_to_meet, receives

from .test_fusion_sittings import ev, groups

SIDES = ["e:iso-PT", "e:iso-CL"]


def test_a_host_receiving_a_guest():
    assert receives("Президент Португалии в среду принял в резиденции в Порту министра иностранных дел Чили.")
    assert receives("Глава государства принимает делегацию Чили во главе с министром.")
    assert not receives("Министр иностранных дел Чили принял участие в заседании смешанной комиссии.")
    assert not receives("Правительство Португалии приняло решение направить министра в Сантьяго.")
    assert not receives("Министры провели переговоры в Порту.")


def test_what_an_agreement_is_about():
    assert agrees_to_meet("Стороны договорились, что следующий раунд пройдет в Сантьяго.", "договорились")
    assert agrees_to_meet("Министры условились о проведении пятого заседания комиссии.", "условились")
    assert agrees_to_meet("Стороны договорились встретиться вновь весной.", "договорились")
    assert agrees_to_meet("Делегации согласовали дату следующего заседания комиссии.", "согласовали")
    assert agrees_to_meet("Стороны договорились возобновить переговоры о зоне свободной торговли.",
                          "договорились") is None  # talks as a process: no sitting, no other object
    assert agrees_to_meet("Стороны договорились создать группу по рыболовству и провести пятый раунд.",
                          "договорились") is False
    assert agrees_to_meet("Стороны договорились о создании группы по рыболовству.", "договорились") is False
    assert agrees_to_meet("Именно об этом стороны и договорились.", "договорились") is None


SESSION = ("В Порту открылось 14-е заседание смешанной комиссии Португалии и Чили под председательством "
           "министров иностранных дел Руя Алвеша и Мануэля Рохаса.")


def test_a_reception_told_as_a_visit_is_not_the_session_of_the_guests():
    session = ev("v:a", "d:1", None, SIDES + ["e:pt-fm", "e:cl-fm"], place="Порту", rnd=14, text=SESSION)
    visit = ev("v:b", "d:2", "2031-05-14", SIDES + ["e:cl-fm"], mode="visit", place="Порту", told="document",
               text="Президент Португалии во вторник принял в резиденции в Порту министра иностранных дел Чили "
                    "Мануэля Рохаса, прибывшего в страну на заседание смешанной комиссии.")
    assert groups([session, visit]) == set()


def test_a_reception_told_as_a_visit_and_as_a_reception_is_one():
    visit = ev("v:a", "d:1", "2031-05-14", SIDES + ["e:cl-fm", "e:pt-spk"], mode="visit", place="Порту",
               text="Президент Португалии принял в Порту министра Чили Мануэля Рохаса, прибывшего с визитом.")
    host = ev("v:b", "d:2", "2031-05-14", SIDES + ["e:cl-fm", "e:pt-spk"], mode="host", place="Порту",
              text="Президент Португалии принимает министра иностранных дел Чили Мануэля Рохаса.")
    assert groups([visit, host]) == {frozenset({"v:a", "v:b"})}


def agreement(id_, doc, text):
    return {**ev(id_, doc, "2031-05-14", SIDES, type_="AGREE", text=text, told="document"),
            "trigger": "договорились"}


def test_an_agreement_on_the_next_round_is_not_one_on_anything_else():
    both = agreement("v:a", "d:1", "Стороны договорились создать совместную группу по рыболовству и провести пятый "
                                   "раунд переговоров в Сантьяго в 2032 году.")
    group = agreement("v:b", "d:2", "Стороны договорились о создании совместной группы по рыболовству.")
    round_ = agreement("v:c", "d:3", "Стороны договорились, что следующий раунд переговоров пройдет в Сантьяго.")
    found = groups([both, group, round_])
    assert not any("v:c" in g for g in found)
    assert groups([both, round_]) == set()
    again = agreement("v:d", "d:4", "Стороны договорились, что пятый раунд переговоров пройдет в Сантьяго в 2032 году.")
    assert groups([round_, again]) == {frozenset({"v:c", "v:d"})}
