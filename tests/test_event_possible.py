"""A meeting a side only allows for is no meeting held nor planned (possible.py)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    """The types and factualities of the events of a text published on 2024-03-15."""
    return lambda text: [(e.type, e.factuality) for e in read_news(text, "2024-03-15").events]


@pytest.mark.parametrize("text", [
    "Власти Омана пока не исключают проведения встречи министров в марте.",
    "Министр допустил проведение встречи в Каире.",
    "Дипломаты не исключают, что стороны вернутся к переговорам в апреле.",
    "Президент Кении не исключил визита в Танзанию до конца года.",
])
def test_a_meeting_only_allowed_for_is_none(events, text):
    assert events(text) == []


def test_meetings_held_and_threats_stay(events):
    assert events("Министры провели встречу в Каире.") == [("CONSULT", "occurred")]
    assert [t for t, _ in events("Президент Кении не исключил, что Найроби ответит на эти действия.")] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Без соглашения: Чили и Перу разошлись по вопросу рыболовства",
    "Соглашения не будет: Египет и Эфиопия прервали переговоры",
    "Без сделки: Боливия и Парагвай остались при своих позициях",
])
def test_an_act_said_to_be_absent_is_none(events, text):
    assert "AGREE" not in [t for t, _ in events(text)]


def test_an_act_present_stays(events):
    assert [t for t, _ in events("Венгрия и Австрия подписали соглашение о транзите без оговорок.")] == ["AGREE"]
