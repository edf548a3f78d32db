"""Direct speech set off by a dash that opens its paragraph (``— Первая фраза. Вторая фраза, — сказал X.``), on
sentences written for these tests with invented persons: the words run from the opening dash over every sentence to
the attribution; a paragraph that does not open with a dash, or holds another attribution before, keeps the last
sentence only."""
import pytest

pytestmark = pytest.mark.slow

LEAD = "ВАДУЦ, 3 марта. Министры иностранных дел Лихтенштейна и Швейцарии встретились в Вадуце.\n\n"


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param(LEAD + "— Мы давние соседи и партнеры. Никому не нужны споры на границе, — сказал министр "
                 "иностранных дел Лихтенштейна Доминик Хаслер журналистам.", "Доминик Хаслер",
                 "Мы давние соседи и партнеры. Никому не нужны споры на границе", id="two_sentences"),
    pytest.param(LEAD + "— Переговоры были трудными. Мы обсудили налоги. Решение найдено, — заявил глава МИД "
                 "Швейцарии Флавио Бертис.", "Флавио Бертис",
                 "Переговоры были трудными. Мы обсудили налоги. Решение найдено", id="three_sentences"),
    pytest.param(LEAD + "Переговоры были трудными. Решение найдено, — заявил глава МИД Швейцарии Флавио Бертис.",
                 "Флавио Бертис", "Решение найдено", id="no_opening_dash"),
])
def test_dash_opened_direct_speech(run, text, speaker, words):
    _, found, _ = run(text)
    assert (speaker, words) in [(s, w) for s, w, _ in found]
