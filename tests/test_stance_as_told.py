"""An evaluation in a sentence whose clause of ``как`` names who says it (``Как говорится в коммюнике министерства,
…``, ``…, как заявили в МИД X``), on sentences written for these tests with invented persons: the speaker of that
clause holds it, even where its words are no quote (a fact reported in the past tense); ``как стало известно`` and an
outlet name no holder."""
import pytest

pytestmark = pytest.mark.slow

EXPELLED = "МИД Ганы объявил персоной нон грата советника посольства Нигерии. "


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param(EXPELLED + "Как говорится в коммюнике министерства, дипломат «поддерживал контакты с оппозицией», что "
                 "несовместимо с его статусом.", [("negative", "МИД Ганы", "Нигерия")], id="as_the_communique_says"),
    pytest.param(EXPELLED + "Как говорится в коммюнике МИД Ганы, дипломат поддерживал контакты с оппозицией, что "
                 "несовместимо с его статусом.", [("negative", "МИД Ганы", "Нигерия")], id="as_the_ministry_says"),
    pytest.param("Гана выслала советника посольства Нигерии. Дипломат вел деятельность, несовместимую с его статусом, "
                 "как заявили в МИД Ганы.", [("negative", "МИД Ганы", "Нигерия")], id="as_told_after"),
    pytest.param("Гана выслала советника посольства Нигерии. Как стало известно, дипломат вел деятельность, "
                 "несовместимую с его статусом.", [], id="as_became_known"),
    pytest.param("Гана выслала советника посольства Нигерии. Как пишет газета Daily Graphic, дипломат вел "
                 "деятельность, несовместимую с его статусом.", [], id="as_a_newspaper_writes"),
])
def test_stance_held_by_who_says_it_in_a_clause_of_as(run, text, expected):
    assert run(text) == expected
