"""A request refused (``Рига в этом отказала``: REJECT; not told by a gerund, ``отказав ему в …``, the manner of another
act) and the agreement a refusal is about (``отказалась от продления соглашения``) no agreement; a refusal told by
joining negated in the past or future (``к договоренности не присоединился``, ``не присоединится к режиму``: REJECT,
of the day it is said, the agreement not joined no agreement); joining itself, or told in the present as a policy, is
none; an act an auxiliary's ``не`` negates (``не будем вводить санкции``) is not planned.  Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def acts(read_news):
    def go(text):
        return [(e.type, e.factuality, e.date.iso()) for e in read_news(text, "2027-05-10").events]
    return go


@pytest.mark.parametrize("text", [
    "Парагвай к этой договоренности так и не присоединился.",
    "Министр заявила, что Боливия не присоединится к соглашению о свободном передвижении.",
    "Норвегия и Исландия участвовали в консультациях, но к итоговому документу не присоединились.",
    "Вьетнамская сторона дала понять, что не присоединится к односторонним санкциям против Ирана.",
])
def test_joining_negated_is_a_refusal_of_the_day_it_is_said(acts, text):
    found = acts(text)
    assert ("REJECT", "occurred", "2027-05-10") in found, found
    assert not [a for a in found if a[0] == "AGREE"], found


@pytest.mark.parametrize("text", [
    "В среду к переговорам присоединились министры обороны двух стран.",
    "Сингапур не присоединяется к чьим-либо санкциям автоматически.",
])
def test_joining_or_a_policy_is_no_refusal(acts, text):
    assert "REJECT" not in [a[0] for a in acts(text)]


def test_an_act_negated_through_its_auxiliary_is_not_planned(acts):
    found = acts("Мы не будем вводить санкции против соседей, заявил премьер Сербии.")
    assert [a for a in found if a[0] == "SANCTION"] and all(a[1] == "negated" for a in found if a[0] == "SANCTION")


@pytest.mark.parametrize("text", [
    "Таллин попросил продлить соглашение, но Рига в этом отказала.",
    "Эстония отказала Латвии в продлении соглашения о рыболовстве.",
])
def test_a_request_refused_is_a_refusal_and_the_agreement_refused_none(acts, text):
    found = [a[0] for a in acts(text)]
    assert "REJECT" in found and "AGREE" not in found, found


@pytest.mark.parametrize("text", [
    "Европа огорчила президента Эстонии, отказав ему в гостеприимстве.",
    "Накануне он назвал край «землей, которой отказано в самоуправлении», и призвал Таллин пересмотреть закон.",
])
def test_a_refusal_told_by_a_gerund_or_a_relative_clause_is_no_act_of_its_own(acts, text):
    assert "REJECT" not in [a[0] for a in acts(text)]


def test_the_agreement_a_refusal_is_about_is_none(acts):
    found = [a[0] for a in acts("Эстония отказалась от продления соглашения о рыболовстве с Латвией.")]
    assert "REJECT" in found and "AGREE" not in found, found


def test_a_visa_refused_is_a_sanction(acts):
    assert "SANCTION" in [a[0] for a in acts("Латвия отказала в визе эстонскому журналисту.")]
