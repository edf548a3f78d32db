"""Relations a side values or cherishes (``ценит дружбу с X``, ``дорожит отношениями с X``) and an attitude to a side's
proposal told by an adverb (``положительно отнесся к предложению X``, ``отнеслась к идее X негативно``): the subject
holds it, the side after ``с`` or ``к`` is the other. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Вьетнам дорожит традиционной дружбой с Лаосом.", ("positive", "Вьетнам", "Лаос"), id="cherishes"),
    pytest.param("Вьетнам всегда дорожил традиционной дружбой с Лаосом, сказал премьер.",
                 ("positive", "Вьетнам", "Лаос"), id="past_tagged_passive"),
    pytest.param("Москва всегда дорожила отношениями с Ереваном, заявил посол.",
                 ("positive", "Россия", "Армения"), id="cherished_relations_capital"),
    pytest.param("Малайзия ценит добрососедские отношения с Таиландом, подчеркнул министр.",
                 ("positive", "Малайзия", "Таиланд"), id="values_relations"),
    pytest.param("«Мы очень ценим партнерство с Канадой», — сказал премьер-министр Японии.",
                 ("positive", "Япония", "Канада"), id="we_value_partnership"),
    pytest.param("Казахстан положительно отнесся к предложению Узбекистана провести саммит.",
                 ("positive", "Казахстан", "Узбекистан"), id="took_positively"),
    pytest.param("Киргизия отнеслась к инициативе Таджикистана благосклонно.",
                 ("positive", "Киргизия", "Таджикистан"), id="adverb_after"),
    pytest.param("Власти Эстонии негативно относятся к инициативе Латвии.",
                 ("negative", "Эстония", "Латвия"), id="takes_negatively"),
])
def test_valued(stances_of, text, expected):
    assert expected in stances_of(text)


@pytest.mark.parametrize("text", [
    pytest.param("Вьетнам дорожит своей независимостью, заявил министр.", id="no_other_side"),
    pytest.param("«Мы не ценим отношения с Канадой», — сказал премьер-министр Японии.", id="negated"),
    pytest.param("Казахстан положительно отнесся к предложению провести саммит.", id="no_side_proposes"),
])
def test_no_valued(stances_of, text):
    assert not [s for s in stances_of(text) if s[0] == "positive"]
