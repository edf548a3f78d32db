"""A monarch's style standing alone (``Его Величество``, ``Его Высочество``) after the text named the monarch: a
mention of that person (invented sentences)."""
import pytest

pytestmark = pytest.mark.slow


def _styled(doc):
    return [(m.text, m.entity) for m in doc.mentions
            if m.via == "descriptor" and ("Величество" in m.text or "Высочество" in m.text)]


def test_his_majesty_alone_is_the_king_named_before(read_news):
    doc = read_news("Король Иордании Абдалла II принял министра иностранных дел Чили. Его Величество выразил "
                    "признательность за позицию Чили по палестинскому вопросу.", "2027-12-14")
    king = next(e.id for e in doc.entities if e.name == "Абдалла II")
    assert _styled(doc) == [("Его Величество", king)]


def test_his_highness_is_the_emir_not_the_president(read_news):
    doc = read_news("Эмир Катара Тамим бен Хамад Аль Тани принял президента Чили Габриэля Борича. Его Высочество "
                    "поддержал инициативу чилийской стороны.", "2027-12-14")
    emir = next(e.id for e in doc.entities if e.name.startswith("Тамим"))
    assert _styled(doc) == [("Его Высочество", emir)]


def test_a_style_before_a_title_or_a_name_is_no_mention_of_its_own(read_news):
    doc = read_news("Король Иордании Абдалла II принял министра Чили. Его Величество король Абдалла II выразил "
                    "признательность.", "2027-12-14")
    assert _styled(doc) == []


def test_no_monarch_named_no_mention(read_news):
    doc = read_news("Президент Чили Габриэль Борич прибыл в Амман. Его Величество выразил признательность.",
                    "2027-12-14")
    assert _styled(doc) == []


def test_his_majesty_holds_the_stance_he_voices(read_news):
    doc = read_news("Король Иордании Абдалла II принял министра иностранных дел Чили. Его Величество выразил "
                    "признательность за позицию Чили по палестинскому вопросу.", "2027-12-14")
    king = next(e.id for e in doc.entities if e.name == "Абдалла II")
    assert any(s.holder == king and s.polarity == "positive" for s in doc.stances), doc.stances
