"""An envoy back at his post (``посол вернулся … в X``) is placed in the city he returned to (invented news)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def places(lima_news):
    def go(text):
        doc = lima_news(text)
        names = {e.id: e.name for e in doc.entities}
        return [names.get(e.place, e.place) for e in doc.events if e.trigger.startswith("вернул")]
    return go


@pytest.mark.parametrize("text, city", [
    ("Посол Чили в Перу вернулся в понедельник в Лиму.", "Лима"),
    ("Посол Боливии в Эквадоре в четверг вернулся к своей работе в Кито, сообщило министерство.",
     "Кито"),
    ("Посол Парагвая вернулся в уругвайскую столицу после трехнедельных консультаций.", "Монтевидео"),
])
def test_a_return_is_placed_in_the_city_returned_to(places, text, city):
    assert places(text) == [city]
