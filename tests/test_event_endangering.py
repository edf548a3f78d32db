"""A verb of threatening whose dative is no actor and that threatens with nothing tells a danger, not a threat
(``senses.endangers``: ``действия, которые угрожают свободе судоходства``); a threat to a side, with a measure or an
act, stays one.  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министры выразили обеспокоенность действиями Китая в море, которые угрожают свободе судоходства.",
    "Это решение угрожает стабильности в регионе, заявил министр Перу.",
])
def test_a_danger_is_no_threat(read_news, text):
    assert not [e for e in read_news(text, "2030-04-10").events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Перу угрожает Чили санкциями.",
    "Премьер Перу пригрозил Чили разрывом отношений.",
    "Боливия угрожает выслать посла Чили.",
])
def test_a_threat_to_a_side_stays_one(read_news, text):
    assert [e for e in read_news(text, "2030-04-10").events if e.type == "THREATEN"]
