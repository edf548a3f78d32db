"""A refusal by a body that acts for its state (issue 10, item 5): ``МИД X отклонил протест Y`` is X's negative stance
toward Y, as ``X отклонила протест Y`` is; a court's refusal is no stance of diplomacy.  Invented news."""
import pytest

pytestmark = pytest.mark.slow


def _stances(read_news, text):
    doc = read_news(text, "2031-10-13")
    names = {e.id: e.name for e in doc.entities}
    country = {e.id: e.country for e in doc.entities}
    return [(s.polarity, names.get(country.get(s.holder) or s.holder), names.get(s.other)) for s in doc.stances]


@pytest.mark.parametrize("text", [
    "МИД Аргентины отклонил протест Уругвая.",
    "Министерство иностранных дел Аргентины во вторник отклонило протест Уругвая.",
])
def test_a_ministry_refuses_for_its_state(read_news, text):
    assert ("negative", "Аргентина", "Уругвай") in _stances(read_news, text)


def test_a_court_refuses_no_state(read_news):
    assert not _stances(read_news, "Верховный суд Аргентины отклонил иск Уругвая.")
