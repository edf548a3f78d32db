"""A national body named bare as the subject (``Правительство отвергает …``, ``Кабинет осудил …``) after the text named
that body with its country, on sentences written for these tests with invented persons: the country of the last one
named so holds the stance; a body never named with a country before is none."""
import pytest

pytestmark = pytest.mark.slow

CONDOLENCES = "Правительство Ганы выразило соболезнования семьям погибших граждан Того. "


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param(CONDOLENCES + "Правительство решительно отвергает любые попытки возложить ответственность за трагедию "
                 "на армию Ганы.", [("negative", "Гана", None)], id="government_rejects"),
    pytest.param(CONDOLENCES + "Правительство также сожалеет о решении Ломе отозвать посла.",
                 [("negative", "Гана", "Того")], id="government_regrets"),
    pytest.param("Переходное правительство Гвинеи выслало посла Либерии. Правительство осудило нападение на "
                 "пограничников.", [("negative", "Гвинея", None)], id="transitional_government"),
    pytest.param(CONDOLENCES + "Правительство Того приветствовало этот шаг. Правительство осудило нападение на "
                 "пограничников.", [("positive", "Того", "Гана"), ("negative", "Того", None)],
                 id="the_last_one_named"),
    pytest.param("В Гане выразили соболезнования семьям погибших граждан Того. Правительство осудило нападение на "
                 "пограничников.", [], id="none_named_before"),
])
def test_stance_of_a_bare_body(run, text, expected):
    assert run(text) == expected
