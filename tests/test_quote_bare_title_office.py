"""A bare title after a quotation (``«…», — сказал президент``) that no one named before holds is not a person whose
roles name another office (the premier named last), but the last other speaker. Texts written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Президент Чили заявил, что его страна готова к переговорам. Выступая в Лиме, Габриэль Борич сказал, "
                 "что беседа с перуанским премьером Альберто Отаролой была «трудной, но честной».\n\n"
                 "«Мы не будем уступать давлению соседей», — сказал президент.",
                 ("Габриэль Борич", "Мы не будем уступать давлению соседей"), id="premier-named-last"),
    pytest.param("Министр иностранных дел Польши Радослав Сикорский прибыл в Вильнюс. Сикорский сказал, что встреча с "
                 "литовским президентом Гитанасом Науседой прошла «в дружеской атмосфере».\n\n"
                 "«Наши границы — общая ответственность», — добавил министр.",
                 ("Радослав Сикорский", "Наши границы — общая ответственность"), id="titled"),
])
def test_bare_title_not_another_office(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert expected in [(s, t) for s, t, _ in quotes]
