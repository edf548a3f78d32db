"""A statement's feelings told in the present (``МИД выражает обеспокоенность``, ``в коммюнике выражается
возмущение``) are its acts, as in the past; a habit told in the past (``неоднократно выражали``) is none; on
sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [e.type for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text, type_", [
    ("В коммюнике МИД Мали выражается «глубокое возмущение» заявлениями французского премьера.", "ACCUSE"),
    ("МИД Ирана выражает глубокую обеспокоенность действиями Израиля.", "ACCUSE"),
    ("В заявлении МИД Катара выражается поддержка усилиям Египта по урегулированию.", "SUPPORT"),
])
def test_a_feeling_a_statement_expresses_is_its_act(found, text, type_):
    assert found(text) == [type_]


def test_feelings_expressed_again_and_again_are_no_act(found):
    assert "ACCUSE" not in found("Власти Китая неоднократно выражали обеспокоенность учениями Японии.")
