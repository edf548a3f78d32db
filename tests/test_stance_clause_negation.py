"""A ``не`` the parse hangs from the cue's word across a clause (``… «не была инициатором …» и что ответственность
«лежит на X»``) does not negate the cue. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param('В МИД Алжира подчеркнули, что алжирская сторона "не была инициатором кризиса" и что вся '
                 'ответственность за ухудшение отношений "лежит исключительно на французских властях".',
                 [("negative", "МИД Алжира", "Франция")], id="negation_of_the_clause_before"),
    pytest.param("В МИД Алжира подчеркнули, что ответственность за кризис не лежит на французских властях.", [],
                 id="negation_of_its_own_clause"),
])
def test_clause_negation(stances_of, text, expected):
    assert stances_of(text) == expected
