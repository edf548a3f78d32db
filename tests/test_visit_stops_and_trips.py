"""A visit told by the trip to come (``отправится в X с рабочим визитом``: planned, by the trip's tense, one event
with ``посетит X с визитом``), and a stop of a stay (``посетил мавзолей``, ``посещение музея``: a site a guest is
shown, ``meeting_vetoes.visited_a_site``), no visit of its own; a visit to a city or a body's seat stays one.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def visits(read_news):
    def go(text):
        return [(e.factuality, e.date.iso()) for e in read_news(text, "2027-05-10").events if e.type == "CONSULT"]
    return go


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Словакии отправится в Лиму с рабочим визитом.",
    "Премьер-министр Непала посетит Вьетнам с официальным визитом.",
])
def test_a_visit_told_by_the_trip_to_come_is_one_planned_visit(visits, text):
    assert visits(text) == [("planned", None)]


@pytest.mark.parametrize("text", [
    "В тот же день президент Монголии посетил мавзолей Ататюрка и возложил венок.",
    "Премьер-министр Вьетнама посетил завод компании в пригороде Мюнхена.",
    "Затем Президент Лаоса посетил Мемориал жертвам войны.",
    "Программа пребывания гостей включала посещение музея истории города.",
])
def test_a_stop_at_a_site_is_no_visit(visits, text):
    assert visits(text) == []


@pytest.mark.parametrize("text", [
    "Президент Монголии посетил Анкару.",
    "Генеральный секретарь НАТО посетил штаб-квартиру ООН в Нью-Йорке.",
])
def test_a_visit_to_a_city_or_a_seat_stays_one(visits, text):
    assert len(visits(text)) == 1
