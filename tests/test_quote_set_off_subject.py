"""The speaker of ``X, <a participle's or gerund's phrase>, заявил, что …`` when the parse hangs X elsewhere: the name
before the phrase set off by commas, not a name inside it. Sentences written for these tests with invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Министр иностранных дел Абхазии Инал Ардзинба, вернувшись из Дамаска, заявил на пресс-конференции в "
                 "аэропорту имени Владислава Ардзинбы, что переговоры с Сирией «были трудными, но честными».",
                 "Инал Ардзинба", "«были трудными, но честными»", id="gerund"),
    pytest.param("Президент Туркменистана Сердар Бердымухамедов, вернувшийся накануне вечером из Баку, заявил, что "
                 "новый механизм консультаций «никому не противопоставлен» и открыт для соседей.",
                 "Сердар Бердымухамедов", "«никому не противопоставлен»", id="participle"),
])
def test_speaker_before_a_set_off_phrase(quotes_of, text, speaker, words):
    _, found, _ = quotes_of(text)
    assert any(s == speaker and words in w for s, w, _ in found), found


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Министр иностранных дел Замбии Муламбо Хайимби, который руководил делегацией на переговорах в "
                 "Лилонгве, заявил, что стороны «сделали важный шаг».", "Муламбо Хайимби", "«сделали важный шаг»",
                 id="relative_clause"),
    pytest.param("Представитель общины Лоренцо Бартоли, который вел переговоры, рассказал, что атмосфера была "
                 "«открытой и дружеской».", "Лоренцо Бартоли", "«открытой и дружеской»", id="relative_short"),
])
def test_speaker_before_a_relative_clause(quotes_of, text, speaker, words):
    _, found, _ = quotes_of(text)
    assert any(s == speaker and words in w for s, w, _ in found), found


def test_a_name_inside_the_phrase_is_no_speaker(quotes_of):
    _, found, _ = quotes_of("Посол Армении Гор Арутюнян, вызванный в МИД Грузии, заявил на брифинге в здании "
                            "посольства в Тбилиси, что Армения «не изменит своей позиции».")
    assert [s for s, _, _ in found] == ["Гор Арутюнян"], found
