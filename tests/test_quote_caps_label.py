"""A transcript's label in capitals that is a surname alone (``ПЕТРЕНКО:`` after ``политолог Ирина Петренко``) makes
the one person of that surname the speaker of the turn. Texts written for these tests."""
import pytest

pytestmark = pytest.mark.slow

HOST = "ВЕДУЩИЙ (Олег Марков): Добрый вечер. В студии политолог Ирина Петренко. Ирина Сергеевна, что с Белградом?\n\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(HOST + "ПЕТРЕНКО: Думаю, надолго. Сербия держится своей линии.\n\nВЕДУЩИЙ: Спасибо.\n",
                 [("Ирина Петренко", "Думаю, надолго. Сербия держится своей линии.")], id="the_guest's_surname"),
    pytest.param(HOST + "СОБЕСЕДНИЦА: Думаю, надолго. Сербия держится своей линии.\n\nВЕДУЩИЙ: Спасибо.\n",
                 [], id="no_surname_of_the_text"),
])
def test_caps_label(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert [(s, t) for s, t, _ in quotes if s == "Ирина Петренко"] == expected
