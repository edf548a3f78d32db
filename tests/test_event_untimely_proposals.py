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
