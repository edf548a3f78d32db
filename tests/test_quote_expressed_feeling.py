"""Quoted words that complete the feeling a verb of expressing expresses (``выразил обеспокоенность «…»``) are the
expresser's words; a quoted name or a feeling not expressed is none.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return lambda text: [(s, q) for s, q, _ in quotes_of(text)[1]]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Чили Хосе Перес выразил обеспокоенность «задержаниями, которые лишают "
                 "рыбаков заработка».",
                 [("Хосе Перес", "задержаниями, которые лишают рыбаков заработка")], id="concern_complement"),
    pytest.param("Министр иностранных дел Чили Хосе Перес вызвал посла Перу. Перес также выразил озабоченность "
                 "«действиями, которые подрывают доверие».",
                 [("Хосе Перес", "действиями, которые подрывают доверие")], id="surname_after_full_name"),
    pytest.param("Министр иностранных дел Чили Хосе Перес встретился с директором компании «Андские линии».", [],
                 id="a_name_in_quotes"),
])
def test_quote_expressed_feeling(run, text, expected):
    assert run(text) == expected
