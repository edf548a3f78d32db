"""A teaser's sides and a release told by what is let go (issue 10, item 2): ``министры иностранных дел двух стран``
under a headline that names the two countries and no event of both, ``отпустили рыбаков`` / ``моряки отпущены``, and
the genitive of a plural country name the dictionary does not decline (``Власти Багам``, ``Сейшел``).  Invented news."""
import pytest

from khronika.gazetteer import lookup_country

pytestmark = pytest.mark.slow


def test_two_countries_of_the_headline_are_the_sides_of_a_count(events):
    found = events("Эквадор откроет границу с Перу\n\nПереход вновь заработает с 1 декабря, договорились "
                   "в понедельник министры иностранных дел двух стран.", "2031-11-20")
    agreed = [e for e in found if e.type == "AGREE"]
    assert agreed and {p.entity for p in agreed[0].participants} == {"e:iso-EC", "e:iso-PE"}


@pytest.mark.parametrize("text", [
    "Власти Сейшел в пятницу отпустили шестерых мадагаскарских рыбаков.",
    "Шесть мадагаскарских моряков, задержанных сейшельскими пограничниками, отпущены в пятницу.",
])
def test_a_release_of_the_detained(events, text):
    assert "CONCEDE" in [e.type for e in events(text, "2031-11-22")]


def test_a_release_of_prices_is_no_concession(events):
    assert not [e for e in events("Правительство Сейшел отпустило цены на топливо.", "2031-11-22")
                if e.type == "CONCEDE"]


@pytest.mark.parametrize("name, code", [("Багам", "BS"), ("Сейшел", "SC")])
def test_the_genitive_of_a_plural_country_name(name, code):
    assert lookup_country(name).code == code
