"""Paradigm: a side said to break a principle, a treaty, a norm or a commitment (``нарушил``, ``нарушает``,
``нарушив``, ``грубо нарушили``; the noun ``нарушение принципа``) is judged by whoever says so — the speaker, the
body that issued a statement told bare (``— говорится в заявлении``, its ``МИД`` named bare after ``МИД X``), the
body whose own page the narration is; ``эти политики`` takes up the side named before.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holder,other", [
    ("ТЕГЕРАН, 16 мая. Министр иностранных дел Ирана Мехди Форуги заявил, что Великобритания грубо нарушает нормы "
     "международного права.", ("Мехди Форуги", "Иран"), "Великобритания"),
    ("МИНСК, 16 мая. Министр иностранных дел Белоруссии Андрей Кравцевич заявил, что Польша нарушила договоренности о "
     "пограничном переходе.", ("Андрей Кравцевич", "Белоруссия"), "Польша"),
    ("Министерство иностранных дел Республики Корея\nСообщения для прессы\n17 мая правительство Японии, нарушив "
     "принцип добрососедства, объявило о новых учениях у берегов Чеджудо.", ("Министерство иностранных дел Республики "
                                                                         "Корея", "Республика Корея"), "Япония"),
])
def test_stances_a_violation_is_judged_by_who_says_so(stances_of, text, holder, other):
    found = stances_of(text)
    assert any(s[0] == "negative" and s[1] in holder and s[2] == other for s in found), found


def test_stances_a_statement_told_bare_is_of_the_body_that_issued_it(stances_of):
    found = stances_of("Министерство иностранных дел Вьетнама в среду объявило о мерах против Филиппин. Согласно "
                       "заявлению, опубликованному на сайте МИД, меры вступают в силу немедленно. «Эти действия "
                       "грубо нарушили принцип добрососедства», – говорится в заявлении.")
    assert any(s[0] == "negative" and s[1] in ("Вьетнам", "Министерство иностранных дел Вьетнама")
               for s in found), found


def test_stances_a_violation_of_no_side_is_none(stances_of):
    found = stances_of("Армения и Азербайджан договорились не нарушать режим прекращения огня.")
    assert not [s for s in found if s[0] == "negative"], found
