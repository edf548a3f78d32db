"""Paradigm: understanding of another side's position expressed or shown (``выразил понимание позиции X``,
``проявила понимание озабоченности X``) is positive towards it; not expressed, none.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders,other", [
    ("ЛИМА, 16 мая. Министр иностранных дел Перу Эльмер Шиалер выразил понимание позиции Чили по вопросу границы.",
     ("Эльмер Шиалер", "Перу"), "Чили"),
    ("ЛИМА, 16 мая. Чилийская сторона проявила понимание озабоченности Перу в связи с рыболовством.", ("Чили",),
     "Перу"),
])
def test_stances_understanding_expressed_is_positive(stances_of, text, holders, other):
    found = stances_of(text)
    assert any(s[0] == "positive" and s[1] in holders and s[2] == other for s in found), found


def test_stances_understanding_not_expressed_is_none(stances_of):
    found = stances_of("ЛИМА, 16 мая. Министр иностранных дел Перу Эльмер Шиалер не выразил понимания позиции Чили.")
    assert not [s for s in found if s[0] == "positive"], found
