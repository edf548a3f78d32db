"""A body's session ruled out (``заседания комиссии в этих условиях невозможны``, ``сессия … исключена``) is no
meeting, as talks ruled out are none (senses.ruled_out read for the bodies' sessions too).  Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text):
        return [(e.type, e.factuality) for e in read_news(text, "2026-11-25").events]
    return go


@pytest.mark.parametrize("text", [
    "МИД Индии заявил, что заседания совместной комиссии Индии и Непала в этих условиях невозможны.",
    "Посол Ганы сказал, что сессия смешанной комиссии Ганы и Того сейчас исключена.",
])
def test_a_bodys_session_ruled_out_is_no_meeting(events, text):
    assert not any(t == "CONSULT" for t, _ in events(text))


def test_a_bodys_session_held_is_a_meeting(events):
    assert ("CONSULT", "occurred") in events("Заседание совместной комиссии Индии и Непала прошло в Катманду.")
