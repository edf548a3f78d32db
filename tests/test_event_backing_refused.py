"""Backing refused to a measure of another side (``не поддержит запрет ЕС на импорт газа``, ``не поддержит пакет
санкций``) is a refusal of the day it is said, and the measure it names is no act told (``refusals.backing_refused``);
backing given leaves the measure as told.  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Глава МИД Перу заявил, что Лима не поддержит запрет ЕС на импорт боливийского газа.",
    "Глава МИД Перу заявил, что Лима не поддержит санкции ЕС против Боливии.",
    "Венгрия не поддержит новый пакет санкций ЕС против России.",
])
def test_backing_refused_is_a_refusal_not_a_measure(read_news, text):
    types = [(e.type, e.factuality) for e in read_news(text, "2030-04-10").events]
    assert types == [("REJECT", "occurred")]


def test_backing_given_leaves_the_measure(read_news):
    types = {e.type for e in read_news("Перу поддержал санкции ЕС против Боливии.", "2030-04-10").events}
    assert types == {"SUPPORT", "SANCTION"}
