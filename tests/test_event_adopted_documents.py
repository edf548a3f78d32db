"""A document several sides adopt together (``приняли декларацию``, ``утвердили план``) is an agreement (AGREE); one
side's own body adopting one is none; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Лидеры Чили, Перу и Боливии приняли декларацию о водных ресурсах.",
    "Лидеры Чили, Перу и Боливии в пятницу собрались в Лиме на саммит и приняли декларацию о водных ресурсах.",
    "Министры Ганы и Того утвердили план совместных действий.",
])
def test_a_document_adopted_by_several_sides_is_an_agreement(types_of, text):
    assert "AGREE" in types_of(text)


@pytest.mark.parametrize("text", [
    "Парламент Литвы принял декларацию о поддержке Украины.",
    "Члены правительства Литвы утвердили план реформ.",
    "Депутаты сейма Латвии приняли заявление о языке.",
])
def test_a_document_one_side_adopts_is_no_agreement(types_of, text):
    assert "AGREE" not in types_of(text)
