"""``X заявил <where and when>, что …`` with a long phrase of place between the verb and ``что`` (``на брифинге в
аэропорту имени Y Z``), on sentences written for these tests with invented persons: the clause after ``что`` is the
speaker's words; a ``что`` after another finite verb is not."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(quotes_of):
    return quotes_of


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Министр иностранных дел Косово Доника Гервалла, вернувшись из Тираны, заявила на брифинге в "
                 "аэропорту имени Адема Яшари, что переговоры с Албанией «были сложными, но полезными».",
                 "Доника Гервалла", "переговоры с Албанией «были сложными, но полезными»", id="airport_named_after"),
    pytest.param("Министр иностранных дел Абхазии Инал Ардзинба сообщил на пресс-конференции в здании "
                 "правительства республики в Сухуме, что переговоры с Сирией будут продолжены.",
                 "Инал Ардзинба", "переговоры с Сирией будут продолжены", id="building_of_the_government"),
])
def test_quote_that_after_a_long_place(run, text, speaker, words):
    _, found, _ = run(text)
    assert (speaker, words) in [(s, w) for s, w, _ in found]


def test_no_quote_of_that_after_another_verb(run):
    _, found, _ = run("Министр иностранных дел Абхазии Инал Ардзинба прилетел в Дамаск на переговоры, и стало "
                      "известно, что визит продлится два дня.")
    assert not [w for s, w, _ in found if s == "Инал Ардзинба"]


def test_that_of_a_gerund_of_speech_is_its_own(run):
    doc, _, _ = run("Министр иностранных дел Абхазии Инал Ардзинба отметил и сотрудничество в энергетике, добавив, "
                    "что у двух стран есть перспективные проекты.")
    assert [q.cue for q in doc.quotes if q.text.startswith("у двух стран")] == ["добавить"]
