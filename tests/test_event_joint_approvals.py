"""A plan or a document several sides approve together is a joint decision, an AGREE; one side approving another's
plan is its support (approvals.py).  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Чили и Перу одобрили дорожную карту по разминированию границы.",
    "Чили и Перу одобрили программу сотрудничества в области рыболовства.",
    "Главы МИД стран АСЕАН одобрили проект итоговой декларации саммита.",
    "Министры обороны Кении и Танзании провели переговоры в Аруше и одобрили план совместного патрулирования озера.",
])
def test_a_document_several_sides_approve_is_an_agreement(types_of, text):
    got = types_of(text)
    assert "AGREE" in got and "SUPPORT" not in got, got


@pytest.mark.parametrize("text", [
    "США одобрили план Египта по восстановлению Газы.",
    "Правительство Чили одобрило план Перу по разминированию границы.",
])
def test_one_side_approving_anothers_plan_is_support(types_of, text):
    assert types_of(text) == ["SUPPORT"]
