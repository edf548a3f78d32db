"""``«…», — говорится в сообщении.``: a statement named bare takes up the body or country whose words were reported
last before (``сообщили в МИД X``, ``говорится в сообщении министерства X``, ``сообщила пресс-служба X``), also when
those words were a fact reported and no quote; none reported before, no speaker. Sentences written for these tests
with invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("ОСЛО, 3 марта. Министерство иностранных дел Норвегии вызвало посла Исландии, сообщили в МИД "
                 "Норвегии.\n\n«Исландской стороне указано на недопустимость подобных шагов», — говорится в "
                 "сообщении.", "МИД Норвегии", "Исландской стороне указано на недопустимость подобных шагов",
                 id="after_a_ministry_reported"),
    pytest.param("ХЕЛЬСИНКИ, 3 марта. Посол Эстонии был вызван в МИД Финляндии, говорится в сообщении министерства "
                 "иностранных дел Финляндии.\n\n«Мы ожидаем объяснений», — отмечается в заявлении.",
                 "МИД Финляндии", "Мы ожидаем объяснений", id="after_a_statement_of"),
])
def test_bare_statement_takes_up_the_last_body(run, text, speaker, words):
    _, found, _ = run(text)
    assert (speaker, words) in [(s, w) for s, w, _ in found]


def test_bare_statement_of_no_one_before(run):
    _, found, _ = run("ОСЛО, 3 марта. Посол Исландии провел встречу в Осло.\n\n«Исландской стороне указано на "
                      "недопустимость подобных шагов», — говорится в сообщении.")
    assert [s for s, w, _ in found if w.startswith("Исландской стороне")] in ([], [None])
