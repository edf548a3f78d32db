"""A vow of stern measures is a threat when told as what is to come (a verb in the future, an infinitive after a
promise), not when the measures were or are being taken; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Токио предупредил, что примет решительные и жесткие меры.",
    "Сеул заявил, что «примет все необходимые меры для защиты своих интересов», если Пхеньян не откажется от пуска.",
    "Ханой пообещал принять жесткие меры против Пекина.",
    "Анкара предпримет соответствующие меры, если Афины не отзовут решение.",
    "Рабат примет дальнейшие меры в ответ на решение Алжира.",
])
def test_measures_to_come_are_a_threat(acts_of, text):
    assert ("THREATEN", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "Власти Японии приняли необходимые меры для эвакуации граждан из Судана.",
    "Вьетнам предпринимает необходимые меры по защите рыбаков в Южно-Китайском море.",
    "МИД Кении принимал дополнительные меры безопасности у посольства Франции.",
])
def test_measures_taken_are_no_threat(acts_of, text):
    assert not any(t == "THREATEN" for t, _ in acts_of(text))
