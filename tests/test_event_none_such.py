"""An act noun quantified by ``никакой`` (``никаких переговоров не ведется``, ``никаких договоренностей достичь не
удалось``) tells that no such act took place: negated, whatever verb follows (factuality._none_such).  Sentences
written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text):
        return [(e.type, e.factuality) for e in read_news(text, "2026-11-25").events]
    return go


@pytest.mark.parametrize("text, type_", [
    ("МИД Чили заявил, что никаких переговоров с Боливией о выходе к морю не ведется.", "CONSULT"),
    ("Никаких договоренностей Чили и Боливии по итогам встречи достичь так и не удалось.", "AGREE"),
    ("Посол Ганы сообщил, что никаких консультаций с Того о границе сейчас не проводится.", "CONSULT"),
])
def test_no_such_act_is_negated(events, text, type_):
    assert (type_, "negated") in events(text)
    assert (type_, "occurred") not in events(text)

