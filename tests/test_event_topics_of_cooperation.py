"""Cooperation or aid that sides speak of or dispute (``говорим о совместных проектах``, ``по вопросу помощи``,
``разногласия по поводу совместного проекта``) is a topic, no act, as what they discuss is (objects.discussed).
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "По вопросу помощи Сирии разногласия между Египтом и Иорданией сохраняются.",
    "Сегодня мы с Египтом говорим уже не о восстановлении доверия, а о совместных проектах, сказал министр "
    "иностранных дел Иордании.",
    "По словам источников в правительствах Чехии и Словакии, отсрочка связана с разногласиями по поводу "
    "строительства газопровода и совместному проекту.",
    "Министры иностранных дел Египта и Иордании затронули тему помощи Судану.",
])
def test_cooperation_or_aid_spoken_of_is_no_act(types_of, text):
    got = types_of(text)
    assert "AID" not in got and "COOPERATE" not in got, got


@pytest.mark.parametrize("text, type_", [
    ("Египет и Иордания начали совместный проект по опреснению воды.", "COOPERATE"),
    ("Египет направил гуманитарную помощь в Судан.", "AID"),
])
def test_cooperation_or_aid_given_is_an_act(types_of, text, type_):
    assert type_ in types_of(text)
