"""A communiqué's line that opens with a short passive of noting (``Констатировано совпадение или близость позиций
…``, ``Отмечена близость подходов``) tells the sides of its talks converging, though it names none.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("line", [
    "Констатировано совпадение или близость позиций по ситуации в Сахеле.",
    "Констатирована близость позиций по ситуации в Сахеле.",
])
def test_a_line_noting_convergence_is_of_the_talks_sides(stances_of, line):
    found = stances_of("Министры иностранных дел Эстонии и Ганы провели телефонный разговор. " + line)
    assert any(p == "converge" and {h, o} == {"Эстония", "Гана"} for p, h, o in found), found


def test_a_line_noting_nothing_of_positions_is_no_stance(stances_of):
    found = stances_of("Министры иностранных дел Эстонии и Ганы провели телефонный разговор. Констатирован рост "
                       "товарооборота.")
    assert not [s for s in found if s[0] == "converge"], found
