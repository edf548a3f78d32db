"""A protest, a note of protest, an accusation or a demand that is the direct object of a rejection (``отвергла
протест Y``, ``отвергло ноту Y``) was made before and is told only as what the rejection answers: the
rejection is the act of the sentence, and the protest is read where the text tells it with its own day; on sentences
written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    def go(text):
        return [(e.type, e.factuality, e.date.iso()) for e in read_news(text, "2026-03-13").events]
    return go


@pytest.mark.parametrize("text", [
    "Министерство иностранных дел Норвегии в четверг отвергло ноту протеста Дании по поводу маневров у архипелага.",
    "Рейкьявик отверг протест Осло по поводу рыболовной зоны.",
    "Представитель МИД Таиланда заявил, что Бангкок отвергает надуманный протест лаосской стороны.",
    "Правительство Парагвая отклонило протесты Боливии и Аргентины.",
    "Глава МИД Чили отверг обвинения перуанской стороны.",
    "Министр иностранных дел Эстонии отклонил требования Минска.",
])
def test_what_a_rejection_answers_is_no_event(found, text):
    assert [t for t, _, _ in found(text)] == ["REJECT"]


def test_the_protest_told_with_its_own_day_stays(found):
    evs = found("Министерство иностранных дел Норвегии в пятницу отвергло ноту протеста Дании. Накануне "
                "министр иностранных дел Дании вызвал норвежского посла и вручил ему ноту протеста.")
    assert ("REJECT", "occurred", "2026-03-13") in evs
    assert ("PROTEST", "occurred", "2026-03-12") in evs


@pytest.mark.parametrize("text", [
    "Дания выразила протест Норвегии в связи с учениями у острова.",
    "МИД Дании вручил послу Норвегии ноту протеста.",
    "Министр отверг обвинения и выразил протест послу Норвегии.",
])
def test_a_protest_made_is_still_read(found, text):
    assert "PROTEST" in [t for t, _, _ in found(text)]


def test_a_rejected_note_its_relative_clause_tells_handed_stays(found):
    evs = found("МИД Норвегии в пятницу отверг ноту протеста, которую Дания в среду вручила временному поверенному "
                "Норвегии.")
    assert ("PROTEST", "occurred", "2026-03-11") in evs and ("REJECT", "occurred", "2026-03-13") in evs
