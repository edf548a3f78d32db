"""A city after the abbreviated word for a town (``в г.Катманду``, ``в г. Лиме``: a ministry's press release) is where
the meeting took place (``where._after_place_preposition``).  Invented news."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("town", ["г.Лиме", "г. Лиме"])
def test_a_city_after_the_abbreviated_town_word_places_the_meeting(read_news, town):
    doc = read_news(f"28 августа в {town} состоялся очередной раунд консультаций между министерствами иностранных "
                    "дел России и Перу.", "2030-08-29")
    names = {e.id: e.name for e in doc.entities}
    [round_] = [e for e in doc.events if e.type == "CONSULT"]
    assert names.get(round_.place, round_.place) == "Лима"
