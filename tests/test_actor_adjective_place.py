"""A country adjective the tagger took for a place (``Монгольская сторона`` first in a sentence) is the country.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Монгольская сторона поддержала кандидатуру Уругвая в непостоянные члены Совета Безопасности ООН.",
                 [("positive", "Монголия", "Уругвай")], id="first_in_the_sentence"),
    pytest.param("Затем монгольская сторона поддержала кандидатуру Уругвая в члены Совета Безопасности ООН.",
                 [("positive", "Монголия", "Уругвай")], id="inside_the_sentence"),
])
def test_adjective_place(stances_of, text, expected):
    assert stances_of(text) == expected
