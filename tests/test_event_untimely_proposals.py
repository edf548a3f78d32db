"""A proposal or a step of the other side judged premature, untimely or inexpedient is a refusal of it (REJECT); a visit
so judged by an opposition party is none; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Глава МИД Латвии счел подобный шаг Эстонии преждевременным.",
    "Власти Литвы сочли нецелесообразной инициативу Минска о совместном мониторинге границы.",
    "Гвинея предложила провести совместные учения, но Бамако назвал это предложение несвоевременным.",
])
def test_a_proposal_judged_untimely_is_refused(types_of, text):
    assert "REJECT" in types_of(text)


@pytest.mark.parametrize("text", [
    "Оппозиционная партия Эстонии раскритиковала поездку премьера в Ригу, назвав ее «несвоевременной».",
    "Депутат назвал несвоевременной идею коллег о повышении налогов.",
])
def test_what_no_side_proposed_is_no_refusal(types_of, text):
    assert "REJECT" not in types_of(text)


@pytest.mark.parametrize("text", [
    "Камерун счел преждевременным переход на расчеты в национальных валютах.",
    "Иордания считает такую встречу преждевременной.",
])
def test_a_step_put_forward_judged_untimely_is_refused(types_of, text):
    """Whatever the step's noun (``refusals.untimely_refusals``): no act's noun (``переход``) or one pointed back to
    (``такую встречу``)."""
    assert "REJECT" in types_of(text)


def test_an_untimely_judgement_denied_is_no_refusal(types_of):
    assert "REJECT" not in types_of("Чили не считает такой шаг преждевременным.")
