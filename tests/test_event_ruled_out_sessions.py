"""A body's session ruled out (``заседания комиссии в этих условиях невозможны``, ``сессия … исключена``) is no
meeting, as talks ruled out are none (senses.ruled_out read for the bodies' sessions too).  Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "МИД Индии заявил, что заседания совместной комиссии Индии и Непала в этих условиях невозможны.",
    "Посол Ганы сказал, что сессия смешанной комиссии Ганы и Того сейчас исключена.",
])
def test_a_bodys_session_ruled_out_is_no_meeting(acts_of, text):
    assert not any(t == "CONSULT" for t, _ in acts_of(text))


def test_a_bodys_session_held_is_a_meeting(acts_of):
    assert ("CONSULT", "occurred") in acts_of("Заседание совместной комиссии Индии и Непала прошло в Катманду.")
