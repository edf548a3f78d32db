"""A side's plan or claim called unrealistic or groundless is the speaker's negative stance towards that side (the
``judge`` frame: only about another side). Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Армении назвал план Азербайджана невыполнимым.",
                 [("negative", "Армения", "Азербайджан")], id="a_plan_unworkable"),
    pytest.param("Президент Сербии назвал позицию Косова утопической.", [("negative", "Сербия", "Косово")],
                 id="a_position_utopian"),
    pytest.param("Министр финансов Чили назвал собственный план бюджета нереалистичным.", [], id="of_no_other_side"),
])
def test_stance_rejections(run, text, expected):
    assert run(text) == expected
