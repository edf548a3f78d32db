"""A document several sides adopt together (``приняли декларацию``, ``утвердили план``) is an agreement (AGREE); one
side's own body adopting one is none; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Лидеры Чили, Перу и Боливии приняли декларацию о водных ресурсах.",
    "Лидеры Чили, Перу и Боливии в пятницу собрались в Лиме на саммит и приняли декларацию о водных ресурсах.",
    "Министры Ганы и Того утвердили план совместных действий.",
    # a plural noun opening the sentence, which the tagger takes for a name and tags singular
    "Президенты Ганы и Того в четверг на встрече в Ломе приняли декларацию о безопасности на побережье.",
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


def test_a_signing_a_meeting_ended_with_is_the_sides_agreement(read_news):
    doc = read_news("Третья сессия смешанной гано-тоголезской комиссии завершилась в четверг в Ломе подписанием шести "
                    "соглашений.", "2026-11-25")
    agreed = [e for e in doc.events if e.type == "AGREE"]
    assert agreed and {p.entity for p in agreed[0].participants} >= {"e:iso-GH", "e:iso-TG"}


@pytest.mark.parametrize("agreed", [
    "Договорились возобновить работу межправительственной комиссии по торговле.",
    "Кроме того, договорились создать совместную рабочую группу по транзиту.",
])
def test_an_agreement_told_without_a_subject_after_talks_is_the_sides(read_news, agreed):
    doc = read_news("Министры иностранных дел Ганы и Того провели в среду переговоры в Аккре. " + agreed, "2026-11-25")
    found = [e for e in doc.events if e.type == "AGREE"]
    assert found and {p.entity for p in found[0].participants} >= {"e:iso-GH", "e:iso-TG"}
