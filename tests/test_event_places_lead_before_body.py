"""A meeting a headline or a lead tells before the body gives its place (``X и Y провели консультации`` …
``во вторник провел в Z консультации``): the dateline tells where the report was written, the body where the meeting
was held, and the headline's meeting is placed there too (``venue._told_places``); a palace named without its city
in a document with no dateline is in the last city the text named (``where._city_told_before``).  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, city", [
    ("Чили и Перу провели консультации\n\nСАНТЬЯГО, 18 ноября 2031. Заместитель министра иностранных дел Чили во "
     "вторник провел в Лиме консультации с коллегой из Перу.", "Лима"),
    ("ДАККА, 3 марта 2031. Бангладеш и Непал провели второй раунд переговоров. Министры встретились в понедельник в "
     "Катманду и обсудили торговлю.", "Катманду"),
])
def test_the_headlines_meeting_takes_the_bodys_place(read_news, text, city):
    doc = read_news(text)
    names = {e.id: e.name for e in doc.entities}
    places = {names.get(e.place, e.place) for e in doc.events if e.type == "CONSULT"}
    assert places == {city}


def test_a_palace_named_without_its_city_is_in_the_city_told_before(read_news):
    doc = read_news("Министры иностранных дел Кении и Уганды сегодня провели переговоры во дворце Стейт-Хаус в "
                    "Кампале. Вечером министров принял президент Уганды Йовери Мусевени во дворце Энтеббе-Хаус.",
                    "2031-03-21")
    names = {e.id: e.name for e in doc.entities}
    places = [names.get(e.place, e.place) for e in doc.events if e.type == "CONSULT"]
    assert places and set(places) == {"Кампала"}
