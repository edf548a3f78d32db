"""``стороны`` stands for the pair the nearest sentence names joined by ``и`` (a mediator or a third country that
speaks is no party; in a digest of several stories each ``стороны`` is its own story's pair).  Sentences written for
these tests, invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stanced):
    def go(text):
        doc, names = stanced(text)
        return {frozenset({names.get(s.holder), names.get(s.other)}) for s in doc.stances}
    return go


@pytest.mark.parametrize("text, pair", [
    pytest.param("Переговоры Кении и Сомали прошли в Найроби при посредничестве Турции. "
                 "Турция заинтересована в успехе. Глава МИД Турции заявил, что стороны разошлись во мнениях "
                 "по морской границе. Турция готова продолжить посредничество.", {"Кения", "Сомали"},
                 id="a_mediator_speaks"),
    pytest.param("Грузия и Армения провели консультации в Вене. Стороны разошлись во мнениях по транзиту. Тем временем "
                 "Словакия и Венгрия подписали меморандум. Венгрия и Словакия обсудили газ. Словакия и Венгрия "
                 "продолжат переговоры.", {"Грузия", "Армения"}, id="digest_first_story"),
    pytest.param("Словакия и Венгрия подписали меморандум. Венгрия и Словакия обсудили газ. Тем временем между "
                 "Грузией и Арменией прошли консультации. Стороны разошлись во мнениях по транзиту.",
                 {"Грузия", "Армения"}, id="digest_second_story_between"),
    pytest.param("Норвегия и Швеция провели раунд переговоров, на который пригласили наблюдателей из Финляндии. "
                 "Позиции сторон расходятся, признал норвежский министр.", {"Норвегия", "Швеция"},
                 id="an_observer_in_the_same_sentence"),
])
def test_sides_are_the_pair_named_nearby(run, text, pair):
    assert frozenset(pair) in run(text)


def test_the_mediator_is_in_no_pair(run):
    found = run("Переговоры Кении и Сомали прошли в Найроби при посредничестве Турции. Турция заинтересована в успехе. "
                "Глава МИД Турции заявил, что стороны разошлись во мнениях по морской границе.")
    assert not any("Турция" in p for p in found), found
