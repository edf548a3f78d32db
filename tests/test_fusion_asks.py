"""Two requests of one side at one meeting, told by two outlets, one of them without its actor: a request about one
thing and a proposal about another are two acts however many loose words their lines share (``acts.asks_apart``);
one request told twice, or told by its object's head in other words, stays one.  Hand-made events, invented
sentences."""
from .test_fusion import grouped
from .test_fusion_sittings import KNOWN

DAY = "2031-03-11"
SIDES = ["e:iso-PE", "e:iso-CL"]


def req(id_, doc, text, trigger, *, source=True, told="text"):
    roles = {"e:iso-PE": "source", "e:iso-CL": "target"} if source else {}
    return {"id": id_, "doc": doc, "type": "REQUEST", "date": DAY, "date_from": told, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": trigger,
            "participants": [{"entity": p, "role": roles.get(p, "participant")} for p in SIDES]}


ASKED = ("Перуанская сторона попросила Чили содействовать доступу перуанских фермеров к льготным кредитам чилийского "
         "банка развития.")
PROPOSED = ("На переговорах перуанская делегация также предложила создать совместную комиссию по рыболовству, "
            "однако чилийская сторона попросила время на консультации с фермерами.")


def test_a_request_and_a_proposal_about_another_thing_stay_two():
    asked = req("v:a", "d:1", ASKED, "попросила", told="document")
    proposed = req("v:b", "d:2", PROPOSED, "предложила", source=False)
    assert grouped([asked, proposed], KNOWN) == grouped([proposed, asked], KNOWN) == set()


def test_one_request_told_by_another_outlet_without_its_actor_stays_one():
    asked = req("v:a", "d:1", ASKED, "попросила", told="document")
    retold = req("v:b", "d:2", "На переговорах перуанская сторона попросила содействовать доступу фермеров к "
                                "кредитам банка развития Чили.", "попросила", source=False)
    assert grouped([asked, retold], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_one_proposal_told_in_other_words_stays_one():
    proposed = req("v:a", "d:1", "Перуанская сторона предложила Чили создать совместную комиссию по рыболовству.",
                   "предложила", told="document")
    retold = req("v:b", "d:2", "На переговорах перуанская сторона также предложила учредить комиссию по "
                                "рыболовству, сообщили в делегации.", "предложила", source=False)
    assert grouped([proposed, retold], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_two_requests_of_one_actor_that_day_about_other_things_stay_two():
    """Both told with their actor and target, both dated to the day: what each asks (``рассмотреть возможность …``:
    the genitive after the possibility) tells them apart, however alike the rest of their lines reads."""
    training = req("v:a", "d:1", "Перуанская сторона обратилась к Чили с просьбой рассмотреть возможность обучения "
                                 "в чилийских вузах специалистов для рыбной отрасли.", "обратилась")
    ports = req("v:b", "d:2", "Перуанская сторона попросила Чили рассмотреть возможность участия чилийских компаний "
                              "в модернизации рыбных портов.", "попросила")
    assert grouped([training, ports], KNOWN) == grouped([ports, training], KNOWN) == set()
    again = req("v:c", "d:3", "Перуанская сторона попросила Чили рассмотреть возможность обучения рыбаков в "
                              "чилийских вузах.", "попросила")
    assert grouped([training, again], KNOWN) == {frozenset({"v:a", "v:c"})}  # one thing asked, told again


def test_a_proposal_and_a_call_at_one_session_about_other_things_stay_two():
    """Lines that share the session and the sides (``на заседании``, ``сторона``) but ask other things: two acts,
    whether or not one of them names its actor."""
    ferry = req("v:a", "d:1", "Перуанская сторона на заседании предложила открыть прямое авиасообщение между Лимой и "
                              "Сантьяго.", "предложила")
    fruit = req("v:b", "d:2", "Открывая заседание, министр торговли Перу призвал чилийскую сторону снять ограничения "
                              "на ввоз перуанских цветов.", "призвал", source=False)
    assert grouped([ferry, fruit], KNOWN) == grouped([fruit, ferry], KNOWN) == set()
