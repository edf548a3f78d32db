"""Paradigm: ``будет`` before a verb makes it a forecast (``будет воспринят негативно``: no stance); the ``будет`` of a
clause after the verb, which the parse may hang from it (``приветствовал итоги и заявил, что X «будет и дальше …»``),
leaves the verb's stance its subject's.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders", [
    ("В Либревиле прошла встреча военных Чада и повстанцев. Официальный представитель МИД Вьетнама Ле Ван Хоа в "
     "понедельник приветствовала итоги встречи и заявила, что Вьетнам «будет и дальше содействовать диалогу» в "
     "мирном процессе.", ("Ле Ван Хоа", "Вьетнам")),
    ("Министр иностранных дел Норвегии Кнут Хаугланд одобрил итоги переговоров и сказал, что Осло будет и дальше "
     "помогать сторонам.", ("Кнут Хаугланд", "Норвегия")),
])
def test_stances_a_future_of_a_later_clause_leaves_the_stance(stances_of, text, holders):
    found = stances_of(text)
    assert any(s[0] == "positive" and s[1] in holders for s in found), found


def test_stances_a_forecast_is_none(stances_of):
    found = stances_of("Министр иностранных дел Норвегии Кнут Хаугланд сказал, что решение Японии будет воспринято "
                       "негативно.")
    assert not [s for s in found if s[1] == "Япония"], found
