"""Quoted words under a side's verb of calling or characterising inside what a person told by a title alone says
(``Глава МИД X заявил, что Y рассматривает Z как «…»``) are that person's words. Texts written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Чили Хуан Перес провел переговоры в Лиме. Глава МИД Чили заявил, что "
                 "Сантьяго рассматривает Перу как «ворота в Тихоокеанский альянс».",
                 [("Хуан Перес", "ворота в Тихоокеанский альянс")], id="characterising"),
    pytest.param("Министр иностранных дел Чили Хуан Перес провел переговоры в Лиме. Глава МИД Чили сказал, что "
                 "Сантьяго призывает соседей «вернуться к диалогу».",
                 [("Хуан Перес", "вернуться к диалогу")], id="calling"),
])
def test_titled_reporter(quotes_of, text, expected):
    _, quotes, _ = quotes_of(text)
    assert [(s, t) for s, t, _ in quotes] == expected
