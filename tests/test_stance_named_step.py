"""Paradigm: an act named so by a verb of naming (``назвал этот шаг «недружественным»``), the adjective right after
its object whatever head the parse gives it: held by who names it, towards the side whose act the object points back
to.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders,other", [
    ("ЛИМА, 16 мая. Эквадор выслал перуанского консула. Министр иностранных дел Перу Эльмер Шиалер назвал этот шаг "
     "«недружественным».", ("Эльмер Шиалер", "Перу"), "Эквадор"),
    ("ДАККА, 16 мая. Накануне Дели объявил персонами нон грата двух сотрудников посольства Бангладеш. Замминистра "
     "иностранных дел Бангладеш Карим Хасан назвал этот шаг «недружественным» и «заранее спланированным», но "
     "подчеркнул, что Дакка не будет принимать ответных мер.", ("Карим Хасан", "Бангладеш"), "Индия"),
])
def test_stances_a_step_named_unfriendly_is_negative_towards_its_author(stances_of, text, holders, other):
    found = stances_of(text)
    assert any(s[0] == "negative" and s[1] in holders and s[2] == other for s in found), found
