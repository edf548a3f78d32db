"""A bare session word after the body was named tells its session: held in a city told by its kind (``в городе X``,
``в столице``), told by a past participle of its holding, or planned and put off (a session of its own, negated); with
no body named it tells none; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

_BODY = ("КИТО, 5 марта. Министры иностранных дел Эквадора и Индии провели в Кито третье заседание "
         "Межправительственной комиссии. ")


def _told(doc, sentence):
    at = doc.text.index(sentence)
    return [e for e in doc.events if e.type == "CONSULT" and at in [e.start] + [m.start for m in e.more]]


@pytest.mark.parametrize("held", [
    "Сессия прошла в эквадорском городе Манта.",
    "Напомним, что сессия, проходившая во вторник и среду, была третьей.",
])
def test_a_bare_session_held_tells_the_session(read_news, held):
    assert [e.factuality for e in _told(read_news(_BODY + held, "2025-03-05"), held)] == ["occurred"]


def test_a_bare_session_planned_and_put_off_is_one_not_held(read_news):
    put_off = "Заседание должно было пройти еще в январе, однако по просьбе индийской стороны было отложено."
    assert [e.factuality for e in _told(read_news(_BODY + put_off, "2025-03-05"), put_off)] == ["negated"]


def test_a_bare_session_put_off_with_no_body_named_is_no_meeting(read_news):
    doc = read_news("КИТО, 5 марта. Суд рассмотрел иск компании. Заседание должно было состояться в феврале, однако "
                    "было перенесено.", "2025-03-05")
    assert not any(e.type == "CONSULT" for e in doc.events)
