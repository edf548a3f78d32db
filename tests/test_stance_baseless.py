"""Paradigm: a charge, protest or complaint of another side said to rest on nothing (``не имеет под собой оснований``,
``лишены всяких оснований``) is a negative judgement of who says so towards whose charge it is; a rumour or a fear
said so is none.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders,other", [
    ("ЛИМА, 16 мая. «Жалоба Эквадора не имеет под собой оснований. Мы передадим все документы», — сказал министр "
     "иностранных дел Перу Эльмер Шиалер.", ("Эльмер Шиалер", "Перу"), "Эквадор"),
    ("ЛИМА, 16 мая. Эквадор заявил протест в связи с задержанием рыбаков. «Этот протест не имеет под собой никаких "
     "оснований», — сказал министр иностранных дел Перу Эльмер Шиалер.", ("Эльмер Шиалер", "Перу"), "Эквадор"),
    ("ЛИМА, 16 мая. Министр иностранных дел Перу Эльмер Шиалер заявил, что обвинения Эквадора лишены всяких "
     "оснований.", ("Эльмер Шиалер", "Перу"), "Эквадор"),
])
def test_stances_a_charge_called_baseless_is_negative(stances_of, text, holders, other):
    found = stances_of(text)
    assert any(s[0] == "negative" and s[1] in holders and s[2] == other for s in found), found


@pytest.mark.parametrize("text", [
    "ЛИМА, 16 мая. Министр финансов Перу Эльмер Шиалер заявил, что слухи о девальвации не имеют под собой оснований.",
    "ЛИМА, 16 мая. «Эти опасения не имеют под собой почвы», — сказал министр иностранных дел Перу Эльмер Шиалер.",
])
def test_stances_a_rumour_called_baseless_is_none(stances_of, text):
    assert not [s for s in stances_of(text) if s[0] == "negative"]
