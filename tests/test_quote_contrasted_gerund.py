"""A gerund of speech the parse hangs from the first clause's verb goes with the verb of a contrasting clause
between (``X настаивал …, тогда как Y отказался …, заявив …``), not past a relative clause
(``X осудил проект, который готовят Y, назвав его «…»``). Texts written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Президент Кении Уильям Руто и президент Уганды Йовери Мусевени обсудили торговлю. Руто требовал "
                 "снять пошлины «уже в этом году», тогда как Мусевени не стал ничего обещать, сказав, что вопрос "
                 "«решит правительство».",
                 ("Йовери Мусевени", "вопрос «решит правительство»"), id="contrast"),
    pytest.param("Министр Петр Новак осудил проект, который готовят соседи, назвав его «опасным».",
                 ("Петр Новак", "опасным"), id="relative"),
])
def test_contrasted_gerund(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert expected in [(s, t) for s, t, _ in quotes]
