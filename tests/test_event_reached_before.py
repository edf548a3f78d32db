"""An agreement named by the participle of its reaching (``приветствовал достигнутую договоренность``) is the one told
before, not the welcomer's; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: read_news(text, "2026-11-25").events


@pytest.mark.parametrize("text", [
    "Делегации Судана и Южного Судана договорились об обмене пленными. Спецпосланник ООН Ян Кубиш приветствовал "
    "достигнутую договоренность, охарактеризовав ее как шаг вперед.",
    "Армения и Азербайджан подписали соглашение о делимитации границы. Генсек ОБСЕ приветствовал достигнутое "
    "соглашение.",
])
def test_an_agreement_reached_before_is_told_again(found, text):
    agreements = [e for e in found(text) if e.type == "AGREE"]
    assert len(agreements) == 1 and len(agreements[0].more) == 1
    assert not any(p.entity.startswith("e:") and not p.entity.startswith("e:iso-") for p in agreements[0].participants)


def test_one_told_first_so_stays(found):
    assert [e.type for e in found("Спецпосланник ООН приветствовал достигнутую договоренность Судана и Южного "
                                  "Судана об обмене пленными.") if e.type == "AGREE"] == ["AGREE"]
