"""A country adjective the tagger took for a place (``Вьетнамская сторона`` first in a sentence) is the country.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Вьетнамская сторона поддержала кандидатуру Казахстана в непостоянные члены Совета Безопасности ООН.",
                 [("positive", "Вьетнам", "Казахстан")], id="first_in_the_sentence"),
    pytest.param("Затем вьетнамская сторона поддержала кандидатуру Казахстана в члены Совета Безопасности ООН.",
                 [("positive", "Вьетнам", "Казахстан")], id="inside_the_sentence"),
])
def test_adjective_place(stances_of, text, expected):
    assert stances_of(text) == expected
