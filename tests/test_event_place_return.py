"""An envoy back at his post (``посол вернулся … в X``) is placed in the city he returned to (invented news)."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def places(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=f"ЛИМА, 17 мая. {text}", published="2024-05-17")))
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
