"""A ministry whose compound name the tagger cut before its end (``Министерство иностранных дел и европейских дел X``,
``…, по делам диаспоры X``) speaks for the country that ends it; words after the name that are no part of it (``, где
…``, ``в X``) name none. Sentences written for these tests."""
import pytest

from khronika.stages.quotes.actors import Actors

pytestmark = pytest.mark.slow


def side_of_ministry(doc) -> str | None:
    actors = Actors(doc)
    first = min((m for m in doc.mentions if doc.text[m.start:m.stop].startswith("Министерств")), key=lambda m: m.start)
    return actors.side(first.entity)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министерство иностранных дел и европейских дел Словакии во вторник объявило сотрудника посольства "
                 "персоной нон грата.", "e:iso-SK", id="and_european_affairs"),
    pytest.param("Министерство иностранных дел и по делам диаспоры Кении выразило протест.", "e:iso-KE",
                 id="and_diaspora"),
])
def test_quote_compound_ministry(read_news, text, expected):
    assert side_of_ministry(read_news(text)) == expected


def test_quote_compound_ministry_not_a_clause_after_it(read_news):
    doc = read_news("Министерство иностранных дел, где ему вручили ноту, сообщило о вызове посла Кении.")
    assert side_of_ministry(doc) != "e:iso-KE"


def test_quote_compound_ministry_not_the_next_phrase(read_news):
    doc = read_news("Как сообщило Министерство иностранных дел и европейских дел, посол Кении в тот же день был вызван "
                    "в министерство.")
    assert side_of_ministry(doc) != "e:iso-KE"


def test_quote_compound_ministry_holds_for_its_country(stances_of):
    """The stance of such a ministry is its country's (the body itself has none to export)."""
    text = ("Министерство иностранных дел и европейских дел Словакии во вторник объявило сотрудника посольства России "
            "персоной нон грата. Министерство иностранных дел и европейских дел выразило протест в связи с действиями "
            "России.")
    assert ("negative", "Словакия", "Россия") in stances_of(text)
