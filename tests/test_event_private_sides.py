"""A threat or an accusation whose side is no state (events.private): a union, farmers, a company, a state's own
opposition make no diplomatic event even in a diplomatic story; a state's office or body does."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow

STORY = "МИД Ганы сообщил о переговорах с Того. "  # a diplomatic story around the sentence


def test_a_threat_of_a_private_side_is_no_diplomacy(events):
    assert "THREATEN" not in types(events(STORY + "Профсоюз водителей Ганы пригрозил перекрыть границу с Того, "
                                                  "если пошлины не снизят."))
    assert "THREATEN" not in types(events(STORY + "Фермеры Ганы пригрозили блокадой пограничного перехода."))
    assert "THREATEN" not in types(events(STORY + "Компания-перевозчик пригрозила Того судом."))
    assert "THREATEN" not in types(events(STORY + "Их профсоюз угрожает забастовкой на границе до конца года."))


def test_an_accusation_of_the_opposition_at_home_is_no_diplomacy(events):
    story = "МИД Перу вызвал посла Чили. "
    assert "ACCUSE" not in types(events(story + "Перуанская оппозиция резко раскритиковала министра иностранных дел "
                                                "за уступки Чили."))
    assert "ACCUSE" not in types(events(story + "Оппозиционеры обвинили правительство Перу в уступках Чили."))


def test_a_state_side_threatens_and_accuses(events):
    assert "THREATEN" in types(events("Министр иностранных дел Ганы пригрозил закрыть границу с Того."))
    assert "ACCUSE" in types(events("Правительство Перу раскритиковало Чили за отказ от переговоров."))
    # talks of an opposition with a government stay talks
    assert "CONSULT" in types(events("В Женеве делегация сирийской оппозиции провела переговоры с делегацией "
                                     "правительства при посредничестве спецпосланника ООН."))
