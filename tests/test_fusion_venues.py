"""A venue an outlet names by its own name right after a built place's word (``во дворце Кантаро``, ``в резиденции
…`` where the word is of the span lexicon's built places, ``в отеле «Мирамар»``) lies in a city its name does not
tell: it does not disagree with that city (``places.venue``, as ``is_building`` for a name that holds the word).
Its limits: a city or a capital after the word (``во дворце в Сантьяго``, ``Дворец Лимы``) stays a city.  Invented
names."""
import pytest

from khronika.fusion.agree import places_agree
from khronika.fusion.places import Place, venue

CITY = Place("порту", "PT", False)


@pytest.mark.parametrize(("name", "sentence"), [
    ("кантаро", "Министра принял глава государства во дворце Кантаро."),
    ("кантаро", "Переговоры прошли в президентском дворце Кантаро в среду."),
    ("мирамар", "Делегации встретились в отеле «Мирамар» на набережной."),
    ("кантаро", "Во дворце Кантаро в четверг состоялась церемония подписания."),
    ("мирамар", "Стороны, собравшиеся в гостинице «Мирамар», согласовали текст."),
    ("кантаро", "Глава государства принимал гостей в Доме Кантаро."),
])
def test_a_venue_named_after_a_built_places_word_is_a_building(name, sentence):
    place = venue(Place(name, None, False), sentence)
    assert place.building
    a = type("R", (), {"place": CITY, "mode": "meet"})()
    b = type("R", (), {"place": place, "mode": "meet"})()
    assert places_agree(a, b)


@pytest.mark.parametrize(("name", "sentence"), [
    ("сантьяго", "Переговоры прошли во дворце Сантьяго."),  # a capital
    ("брага", "Переговоры прошли в Браге, в здании мэрии."),  # no built place's word before it
])
def test_a_city_after_or_without_such_a_word_stays_a_city(name, sentence):
    assert not venue(Place(name, None, False), sentence).building
