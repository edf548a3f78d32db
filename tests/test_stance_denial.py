"""Paradigm: denying a conjecture (``отверг домыслы о напряжённости в связях с X``, ``опроверг слухи о
разрыве``) is no negative stance toward the side the conjecture is about; rejecting another side's demand, protest or
accusation still is.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Ганы Кваме Асанте отверг предположения о разладе с Того.",
    "Глава МИД Перу Лусия Вальдес отвергла слухи о разрыве отношений с Чили.",
    "Пресс-секретарь президента Кении Питер Мванги опроверг сообщения об ухудшении отношений с Угандой.",
    "Премьер-министр Непала Рам Бахадур Тхапа отрицает домыслы о разногласиях с Индией.",
    "Отвергнув спекуляции о напряженности в отношениях с Того, министр Ганы Кваме Асанте вылетел в Ломе.",
    "Министерство иностранных дел Перу отвергает версии о скором отзыве посла из Чили.",
])
def test_stances_denying_a_conjecture_is_no_negative_stance(stances_of, text):
    assert not [s for s in stances_of(text) if s[0] == "negative"]


@pytest.mark.parametrize("text,holder", [
    ("Министр иностранных дел Ганы Кваме Асанте отверг требование Того о выплате компенсации.", "Кваме Асанте"),
    ("МИД Перу отверг протест Чили в связи с задержанием рыболовного судна.", "Перу"),
    ("Глава МИД Кении Питер Мванги отверг обвинения Уганды во вмешательстве во внутренние дела.", "Питер Мванги"),
])
def test_stances_rejecting_a_sides_demand_or_protest_stays_negative(stances_of, text, holder):
    assert any(s[0] == "negative" for s in stances_of(text))
