"""Who arrives and who is received (issue 10, item 4): an arrival of a thing is no visit
(``meeting_vetoes.goods_arrived``: ``партия пшеницы прибыла в порт``, ``груз … прибыл`` are deliveries; a delegation,
a minister, a president's plane arriving stay visits); foreign lawmakers received are guests (``принял казахстанских
парламентариев``), and so is a guest addressed by name (``принял господина X``); a call discussed on a day in the
imperfective is a call (``22 марта обсуждал … по телефону``).  Invented news of other countries."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "БЕЙРУТ, 5 марта. Партия пшеницы из России прибыла в порт Бейрута.",
    "ДАКАР, 5 марта. Первый груз гуманитарной помощи из Марокко прибыл в Дакар во вторник.",
    "ХАРАРЕ, 5 марта. Контейнеры с оборудованием прибыли в столицу Зимбабве из Китая.",
    "ГАЗА, 5 марта. Гуманитарный груз, направленный Турцией, прибыл в Газу.",
    "КОЛОМБО, 5 марта. Самолет с грузом, отправленным Индией, прибыл в Коломбо.",
])
def test_goods_arriving_are_no_visit(types_of, text):
    assert "CONSULT" not in types_of(text, "2028-03-05")


@pytest.mark.parametrize("text", [
    "КАИР, 5 марта. Делегация Египта прибыла в Москву для переговоров.",
    "КАИР, 5 марта. Самолет президента Египта прибыл в Москву, где пройдут переговоры с российской стороной.",
    "КАИР, 5 марта. Министр иностранных дел Египта прибыл в Москву с официальным визитом.",
])
def test_people_arriving_stay_visits(types_of, text):
    assert "CONSULT" in types_of(text, "2028-03-05")


@pytest.mark.parametrize("text", [
    "ТАШКЕНТ, 5 марта. В тот же день президент Узбекистана принял казахстанских парламентариев.",
    "ТАШКЕНТ, 5 марта. Президент Узбекистана принял депутатов Госдумы во дворце Куксарой.",
    "ЛУСАКА, 5 марта. Президент Замбии принял господина Мвангу в Государственном доме.",
])
def test_a_host_receiving_foreign_lawmakers_or_a_named_guest_is_a_meeting(types_of, text):
    assert "CONSULT" in types_of(text, "2028-03-05")


def test_a_call_discussed_on_a_day_is_a_call(events):
    found = events("БАНГКОК, 28 марта. Министр также рассказал, что 22 марта обсуждал задержание по телефону со своим "
                   "вьетнамским коллегой.", "2028-03-28")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
