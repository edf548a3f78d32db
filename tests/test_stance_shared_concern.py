"""The two sides together: a concern both express about no third side (``Обе делегации выразили обеспокоенность
ситуацией в регионе``) is each side's; ``обе делегации`` (a singular after the numeral) stands for them as
``стороны`` does; ``отметили сближение позиций`` tells a convergence reached (a goal otherwise), ``позиции далеки
друг от друга`` a divergence. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

TALKS = "Министры иностранных дел Чили и Перу провели переговоры в Лиме. "


@pytest.mark.parametrize("text, expected", [
    pytest.param(TALKS + "Стороны выразили обеспокоенность ситуацией в регионе.",
                 [("concern", "Чили", None), ("concern", "Перу", None)], id="shared_concern"),
    pytest.param(TALKS + "Обе делегации выразили обеспокоенность ростом цен на зерно.",
                 [("concern", "Чили", None), ("concern", "Перу", None)], id="both_delegations"),
    pytest.param(TALKS + "Стороны выразили обеспокоенность действиями Боливии.",
                 [("concern", "Чили", "Боливия"), ("concern", "Перу", "Боливия")], id="a_third_side_kept"),
    pytest.param(TALKS + "Министры отметили сближение позиций по энергетике.",
                 [("converge", "Чили", "Перу")], id="convergence_noted"),
    pytest.param(TALKS + "Стороны стремятся к сближению позиций.", [], id="convergence_sought"),
    pytest.param(TALKS + "Стороны отметят сближение позиций.", [], id="convergence_forecast"),
    pytest.param(TALKS + "Позиции сторон по спорному участку реки пока далеки друг от друга.",
                 [("diverge", "Чили", "Перу")], id="positions_far_apart"),
])
def test_stance_shared_concern(stances_of, text, expected):
    assert stances_of(text) == expected


def test_stance_shared_concern_of_sides_named_after(stances_of):
    assert stances_of("Стороны выразили обеспокоенность ситуацией. Чили и Перу провели консультации.") == []
