"""An evaluative adjective on the act another act answers (``в ответ на недружественные шаги X``) or gives as its
cause (``протест в связи с провокационными действиями X``) is the answering side's reason, no accusation of its own;
a verdict said of an act stays one.  On sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, act", [
    ("Послу Гондураса заявлен решительный протест в связи с «провокационными действиями» Тегусигальпы.", "PROTEST"),
    ("Послу Ирландии была вручена нота протеста в связи с недружественными шагами Дублина.", "PROTEST"),
    ("МИД Эстонии заявил протест из-за провокационных действий российских военных кораблей.", "PROTEST"),
    ("В ответ на недружественные действия Вильнюса Минск выслал двух литовских дипломатов.", "SANCTION"),
    ("Польша закрыла консульство Белоруссии в ответ на недружественный шаг Минска.", "SANCTION"),
])
def test_the_judged_cause_of_an_act_is_no_accusation(acts_of, text, act):
    found = acts_of(text)
    assert (act, "occurred") in found and not any(t == "ACCUSE" for t, _ in found)


@pytest.mark.parametrize("text", [
    "МИД Литвы назвал действия Минска провокационными.",
    "Минск выслал литовского дипломата. МИД Литвы назвал этот шаг недружественным.",
])
def test_a_verdict_on_an_act_is_an_accusation(acts_of, text):
    assert ("ACCUSE", "occurred") in acts_of(text)
