"""Aid sent as a batch or a tranche (``направила партию гуманитарной помощи``, ``передала транш помощи``) is the aid
told (``passing._of_a_batch``: the genitive event noun under a noun of a batch is the act), not help in passing;
a political party is no batch.  On sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Словения в четверг направила в Ливан партию гуманитарной помощи.",
    "Правительство Норвегии передало Судану очередной транш финансовой помощи.",
])
def test_aid_sent_as_a_batch_is_aid(types_of, text):
    assert "AID" in types_of(text)


def test_a_party_is_no_batch_of_aid(types_of):
    assert "AID" not in types_of("Лидер партии помощи пенсионерам выступил на съезде в Любляне.")
