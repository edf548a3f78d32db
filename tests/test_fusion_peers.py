"""A host who receives his counterparts (``принял коллегу``, ``принимали коллег``, ``принял своего визави``) holds
talks with them: the sitting of their format that another outlet tells without persons, not a reception beside it; a
head of state who receives a minister stays a reception beside the session (hand-made events, invented persons)."""
from khronika.fusion.tellings import receives_peers

from .test_fusion import grouped
from .test_fusion_ranges import KNOWN  # the same invented ministers and city


def ev(id_, doc, people, text, *, mode="meet", fmt=None, round_=None):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": "2031-06-03", "date_from": "text", "format": fmt,
            "round": round_, "mode": mode, "place": "e:nairobi", "factuality": "occurred", "text": text,
            "participants": [{"entity": p, "role": "participant"} for p in people]}


def test_a_host_receiving_his_counterparts():
    assert receives_peers("Министр иностранных дел Кении во вторник принял в Найроби уругвайского коллегу.")
    assert receives_peers("Министры Кении принимали своих визави из Уругвая.")
    assert not receives_peers("Президент Кении принял министра иностранных дел Уругвая.")
    assert not receives_peers("Министр принял делегацию во главе с коллегой.")  # the delegation is the guest
    assert not receives_peers("Министр принял участие во встрече коллег.")


def test_counterparts_received_and_the_session_of_their_format():
    session = ev("v:a", "d:1", ["e:iso-UY", "e:iso-KE"], "3 июня в Найроби прошли третьи консультации «2+2» Кении и "
                 "Уругвая.", fmt="2+2", round_=3)
    peers = ev("v:b", "d:2", ["e:ke-fm", "e:uy-fm"], "Министр иностранных дел Кении Джозеф Омонди во вторник принимал "
               "в Найроби уругвайского коллегу Орасио Бентанкура.", mode="host")
    assert grouped([session, peers], KNOWN) == {frozenset({"v:a", "v:b"})}
    head = ev("v:c", "d:3", ["e:ke-pr", "e:uy-fm"], "Президент Кении Сэмюэл Кипроно во вторник принял в Найроби "
              "министра иностранных дел Уругвая Орасио Бентанкура.", mode="host")
    assert grouped([session, head], KNOWN) == set()  # the head of state does not sit in the format
