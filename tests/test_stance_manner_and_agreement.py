"""A feeling noun as the manner news is taken in (``с сожалением восприняло решение X``) and two sides ``согласны в
вопросе …`` are stances; a note received is none (invented news)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stances(lima_news):
    def go(text):
        doc = lima_news(text)
        names = {e.id: e.name for e in doc.entities}
        return [(s.polarity, names.get(s.holder), names.get(s.other)) for s in doc.stances]
    return go


@pytest.mark.parametrize("text", [
    "Правительство Парагвая с сожалением приняло к сведению решение правительства Боливии отменить заседание комиссии.",
    "Правительство Парагвая с сожалением восприняло решение Боливии закрыть границу.",
])
def test_regret_as_the_manner_of_taking_a_decision_is_negative(stances, text):
    assert ("negative", "Парагвай", "Боливия") in stances(text)


def test_a_note_of_protest_received_is_no_stance_of_the_receiver(stances):
    assert stances("Посол Боливии принял ноту протеста.") == []


def test_two_sides_agreed_on_a_question_converge(stances):
    found = stances("Уругвай и Парагвай «полностью согласны» в вопросе использования вод пограничной реки.")
    assert [p for p, _, _ in found] == ["converge"]
