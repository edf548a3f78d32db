"""Paradigm: a side named another's partner by a copula in a second clause (``…, а X остаётся «ключевым партнёром
Y»``), whatever verb of the first clause the parse hung the noun from: Y holds a positive stance toward X; a company's
partner is no side's.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holder,other", [
    ("Министр иностранных дел Ганы Кваме Асанте прибыл в Аккру. По его словам, переговоры прошли «в рабочем "
     "порядке», а Кения остается «ключевым партнером Ганы в Африке».", "Гана", "Кения"),
    ("Глава МИД Непала Рам Бахадур Тхапа заявил, что визит перенесен по техническим причинам, а Индия остается "
     "важнейшим партнером Непала.", "Непал", "Индия"),
    ("По словам министра иностранных дел Бельгии Яна Петерса, сроки сдвинулись, но Франция по-прежнему является "
     "надежным союзником Бельгии.", "Бельгия", "Франция"),
    ("Министр иностранных дел Перу Лусия Вальдес сообщила, что встреча отложена, однако Чили остается "
     "«стратегическим партнером Перу».", "Перу", "Чили"),
])
def test_stances_a_partner_named_by_a_copula_in_a_second_clause(stances_of, text, holder, other):
    found = stances_of(text)
    assert ("positive", holder, other) in found, found


def test_stances_a_companys_partner_in_a_second_clause_is_no_stance(stances_of):
    found = stances_of("Сделка отложена, а компания «Северный порт» остается ключевым партнером банка «Восток».")
    assert found == []
