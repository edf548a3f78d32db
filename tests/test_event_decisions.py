"""A decision taken or announced about an act (``приняло решение о высылке``) and the imposing of a measure announced
(``объявил о введении санкций``) tell the act, as ``приняли решение выслать`` does; told as a reason (``в связи с
введением санкций``) they stay in passing; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [e.type for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text", [
    "Правительство Словении приняло решение о высылке двух венгерских дипломатов.",
    "Правительство Словении приняло решение о закрытии консульства Венгрии.",
    "МИД Словении объявил о введении санкций против венгерских граждан.",
    "Кабинет министров Словении объявил о решении о высылке атташе посольства Венгрии.",
])
def test_a_decision_about_an_act_tells_the_act(found, text):
    assert found(text) == ["SANCTION"]


def test_a_measure_told_as_a_reason_stays_in_passing(found):
    assert found("МИД Словении выразил протест в связи с введением санкций против Любляны.") == ["PROTEST"]
