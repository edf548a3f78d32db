"""An arrival of a thing is no visit (``meeting_vetoes.goods_arrived``; issue 10, item 4): ``партия пшеницы прибыла
в порт``, ``груз … прибыл`` are deliveries; a delegation, a minister, a president's plane arriving stay visits.
Invented news of other countries."""
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
