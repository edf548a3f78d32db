"""A subject that is the head noun of an organisation's name given before (``Организация осудила`` after ``Организация
…государств``, ``Альянс заявил`` after ``Североатлантический альянс``) is that organisation, as holder and speaker;
a head noun with a name of its own after it, or with no such organisation before, is no one.
Sentences written for these tests, invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, holder", [
    pytest.param("Организация американских государств обсудила кризис в Никарагуа. Организация осудила аресты "
                 "оппозиционеров.", "Организация американских государств", id="organisation_past"),
    pytest.param("Шанхайская организация сотрудничества провела саммит в Астане. Организация выражает обеспокоенность "
                 "ситуацией в Мьянме.", "ШОС", id="adjective_first_present"),
    pytest.param("Лига арабских государств собралась на экстренное заседание. Лига решительно осудила удары по "
                 "Йемену.", "Лига арабских государств", id="league"),
    pytest.param("Африканский союз провел саммит в Аддис-Абебе. Союз приветствовал перемирие в Судане.",
                 "Африканский союз", id="union_welcomed"),
])
def test_the_head_noun_stands_for_the_organisation(holders_and_speakers, text, holder):
    assert holder in holders_and_speakers(text)[0]


def test_the_head_noun_speaks_for_the_organisation(holders_and_speakers):
    _, speakers = holders_and_speakers("Организация исламского сотрудничества созвала совещание. Организация "
                                       "заявила, что поддерживает переговоры в Дохе.")
    assert any(s and s.startswith(("Организация исламского", "ОИС")) for s in speakers), speakers


@pytest.mark.parametrize("text", [
    pytest.param("Организация встречи заняла месяц. Делегации осудили насилие.", id="no_organisation_before"),
    pytest.param("Организация американских государств обсудила кризис. Союз «Гранит» выразил протест против "
                 "решения судьи.", id="another_head_with_its_own_name"),
])
def test_no_organisation_without_a_name_before(holders_and_speakers, text):
    holders, speakers = holders_and_speakers(text)
    assert not any(h and h.startswith("Организация") for h in holders | speakers)
