"""The round of a meeting as the event stage reads it (``stages/events/rounds.py``), on lemmas of our own."""
from types import SimpleNamespace

import pytest

from khronika.settings import DEFAULT
from khronika.stages.events.rounds import round_of


def words(*pairs):
    """A sentence as ``round_of`` reads it: (text, lemma) pairs."""
    return SimpleNamespace(tokens=[SimpleNamespace(text=t) for t, _ in pairs], lem=[lemma for _, lemma in pairs],
                           settings=DEFAULT.events)


@pytest.mark.parametrize("pairs, rnd", [
    ((("В", "в"), ("Женеве", "женева"), ("прошел", "пройти"), ("20-й", "20-й"), ("раунд", "раунд")), 20),
    ((("15-е", "15-е"), ("заседание", "заседание"), ("комиссии", "комиссия")), 15),
    ((("четвертый", "четвертый"), ("раунд", "раунд")), 4),
    ((("первая", "первый"), ("встреча", "встреча"), ("после", "после"), ("перерыва", "перерыв")), None),
    ((("20", "20"), ("раундов", "раунд")), None),  # a count, not an ordinal
])
def test_round_of_words_and_digits(pairs, rnd):
    assert round_of(words(*pairs)) == rnd
