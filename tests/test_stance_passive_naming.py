"""A passive verb of naming (``решение X названо провокацией``): X is what is named, never who names it; the holder
is the agent in the instrumental (``названо министром Y``), the author of the statement the clause stands in (``В
заявлении Y …``, ``в сообщении Y``, ``в коммюнике Y``), else the voice of the text.  Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, holder, other", [
    pytest.param("В заявлении японского МИД решение Сеула названо провокацией.", "МИД Японии", "Южная Корея",
                 id="short_participle_in_a_statement"),
    pytest.param("В сообщении МИД Литвы действия Белоруссии были названы недружественными.", "МИД Литвы",
                 "Белоруссия", id="full_passive_in_a_message"),
    pytest.param("Решение Баку было названо министром иностранных дел Армении провокацией.", "Армения",
                 "Азербайджан", id="instrumental_agent"),
    pytest.param("Действия Ирана названы в коммюнике Африканского союза агрессией.", None, "Иран",
                 id="communique_after_the_verb"),
])
def test_the_named_is_not_the_holder(run, text, holder, other):
    found = run(text)
    assert not any(h == other for _, h, _ in found), found
    if holder is not None:
        assert ("negative", holder, other) in found, found
