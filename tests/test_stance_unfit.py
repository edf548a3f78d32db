"""Paradigm: conduct said not to conform to a status or a norm (``деятельность консула «не соответствовала его
дипломатическому статусу»``, ``не соответствуют духу добрососедства``) is negative towards whose conduct it is; said
to conform, or of no other side (``цены не соответствуют нормам рынка``), none.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders,other", [
    ("ЛИМА, 16 мая. По словам министра иностранных дел Перу Эльмера Шиалера, деятельность эквадорского консула «не "
     "соответствовала его дипломатическому статусу».", ("Эльмер Шиалер", "Перу"), "Эквадор"),
    ("ЛИМА, 16 мая. «Ограничения, которые вводит Эквадор, не соответствуют духу добрососедства между нашими странами», "
     "— заявил министр иностранных дел Перу Эльмер Шиалер.", ("Эльмер Шиалер", "Перу"), "Эквадор"),
])
def test_stances_conduct_not_conforming_is_negative(stances_of, text, holders, other):
    found = stances_of(text)
    assert any(s[0] == "negative" and s[1] in holders and s[2] == other for s in found), found


@pytest.mark.parametrize("text", [
    "ЛИМА, 16 мая. Министр экономики Перу Эльмер Шиалер признал, что цены на топливо не соответствуют нормам рынка.",
    "ЛИМА, 16 мая. Министр иностранных дел Перу Эльмер Шиалер заявил, что визит консула Эквадора соответствовал его "
    "статусу.",
])
def test_stances_conduct_conforming_or_of_no_side_is_none(stances_of, text):
    assert not [s for s in stances_of(text) if s[0] == "negative"]
