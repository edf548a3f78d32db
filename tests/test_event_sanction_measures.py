"""The measures a sanction is made of (events.measures): a freeze of assets or a ban on entry told passively after the
sanction, with nobody named as its doer, spells the sanction out and joins its record; a measure a side takes itself,
a list of whom entry is barred, a mechanism frozen stay what they were; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sanctions(read_news):
    def go(text):
        return [e for e in read_news(text, "2026-11-25").events if e.type == "SANCTION"]
    return go


@pytest.mark.parametrize("measures", [
    "Их активы в Гане будут заморожены, а руководителям компаний закрыт въезд в страну.",
    "Въезд в Гану им запрещен, их активы замораживаются.",
    "Счета компаний в Гане заморожены.",
])
def test_measures_told_after_a_sanction_join_it(sanctions, measures):
    got = sanctions("Правительство Ганы ввело санкции против четырех компаний из Того. " + measures)
    assert len(got) == 1, [e.trigger for e in got]
    assert got[0].more, "the measures' sentence joins the sanction's record"


def test_a_sides_own_freeze_is_its_own_act(sanctions):
    got = sanctions("Правительство Ганы ввело санкции против четырех компаний из Того. В ответ Того заморозило "
                    "активы ганских банков.")
    assert len(got) == 2, [e.trigger for e in got]


def test_a_measure_told_alone_is_the_sanction(sanctions):
    assert len(sanctions("Ганским дипломатам закрыт въезд в Того.")) == 1


@pytest.mark.parametrize("text", [
    "МИД Малайзии в понедельник объявил о включении четырех венесуэльских компаний в санкционный список.",
    "МИД Малайзии объявил о включении в ограничительный список двух венесуэльских банков.",
    "Правительство Малайзии объявило о расширении санкционного списка против Венесуэлы.",
    "Министерство торговли Малайзии включило в черный список три венесуэльские компании.",
])
def test_a_listing_told_by_its_noun_or_another_name_of_the_list_is_a_sanction(types_of, text):
    assert "SANCTION" in types_of(text)
