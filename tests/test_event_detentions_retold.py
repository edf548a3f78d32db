"""Detentions at sea: a force named by a country's adjective (``индонезийскими ВМС``, tagged one organisation; a coast
guard, ``береговой охраной``) is that state's agent; a detention told again with nobody named takes the sides of the
act told of it just before; one no act of two states tells of stays out, and a ministry an adjective names keeps the
old reading; on sentences written for these tests."""
import pytest

from khronika.ids import is_country

pytestmark = pytest.mark.slow


def _coerced(doc):
    return [e for e in doc.events if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Еще десять человек были задержаны индонезийскими ВМС вблизи острова Мелвилл.",
    "Десять рыбаков были задержаны индонезийской береговой охраной.",
    "Десять рыбаков были задержаны береговой охраной Индонезии.",
])
def test_a_force_of_a_state_detains(read_news, text):
    assert [any(is_country(p.entity) for p in e.participants) for e in _coerced(read_news(text, "2026-11-25"))] \
        == [True]


@pytest.mark.parametrize("text", [
    "Эстония потребовала от Латвии объяснений из-за ареста экипажа эстонского траулера. Посол Латвии был вызван в "
    "МИД. Моряков задержали в субботу.",
    "Эстония потребовала от Латвии объяснений из-за ареста экипажа эстонского траулера. Рыбаки были задержаны "
    "накануне в районе острова Рухну.",
])
def test_a_detention_told_again_takes_the_disputing_sides(read_news, text):
    (e,) = _coerced(read_news(text, "2026-11-25"))
    assert {p.entity for p in e.participants if is_country(p.entity)} == {"e:iso-EE", "e:iso-LV"}


@pytest.mark.parametrize("text", [
    "Полиция задержала двух грабителей. Грабителей задержали в воскресенье.",
    "Сотрудники частной охраны задержали вора в торговом центре.",
    "Эстония направила Латвии ноту протеста в связи с высказываниями посла. Моряков задержали в субботу.",
])
def test_a_detention_of_no_state_stays_out(read_news, text):
    assert _coerced(read_news(text, "2026-11-25")) == []


def test_a_ministry_an_adjective_names_is_read_as_before(read_news):
    doc = read_news("Посла Эстонии тогда вызвали в латвийский МИД.", "2026-11-25")
    names = {x.id: x.name for x in doc.entities}
    assert [sorted(names.get(p.entity, p.entity) for p in e.participants) for e in doc.events] \
        == [["МИД Латвии", "Эстония"]]
