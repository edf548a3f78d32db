"""A place's adjective that names a kind of talks is no place (``where._after_place_preposition``,
``data/event_words.tsv`` NAMED_BY_PLACE; issue 10, item 1): ``саммит в Славковском формате пройдет в Словакии`` is
placed in Slovakia, not in a place called Slavkov's; ``в Нормандском формате`` likewise.  Invented news."""
import pytest

pytestmark = pytest.mark.slow


def _places(doc):
    names = {e.id: e.name for e in doc.entities}
    return [names.get(e.place, e.place) for e in doc.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, place", [
    ("ВЕНА, 5 апреля. Следующий саммит в Славковском формате пройдет в Словакии в 2027 году.", "Словакия"),
    ("ПАРИЖ, 5 апреля. Министры иностранных дел Германии и Франции провели встречу в Нормандском формате во "
     "вторник в Берлине.", "Берлин"),
])
def test_the_place_is_not_the_formats_adjective(read_news, text, place):
    assert _places(read_news(text, "2026-04-05")) == [place]
