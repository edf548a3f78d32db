"""Paradigm: a verb of a relative clause on a statement with no subject of its own (``X выступил с заявлением, в
котором осудил …``, ``X направил ноту, в которой выразил протест …``) is the issuer's; an appraisal given there as the
adjective of a name (``назвало высылку «провокационным шагом»``) is of the act its object points back to.  Invented
sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders,other", [
    ("ЛИМА, 16 мая. Министерство иностранных дел Перу выступило с заявлением, в котором осудило новые санкции Эквадора "
     "против Боливии.", ("Министерство иностранных дел Перу", "Перу"), "Эквадор"),
    ("ЛИМА, 16 мая. Во вторник Перу направило Эквадору ответную ноту, в которой выразило протест против задержания "
     "рыбаков.", ("Перу",), "Эквадор"),
    ("ЛИМА, 16 мая. Эквадор выслал перуанского консула. Посольство Перу вечером распространило короткое заявление, в "
     "котором назвало высылку «провокационным шагом».", ("Перу", "Посольство Перу"), "Эквадор"),
])
def test_stances_a_statement_of_a_relative_clause_is_its_issuers(stances_of, text, holders, other):
    found = stances_of(text)
    assert any(s[0] == "negative" and s[1] in holders and s[2] == other for s in found), found


def test_stances_a_relative_clause_with_its_own_subject_is_not_the_issuers(stances_of):
    found = stances_of("ЛИМА, 16 мая. Министерство иностранных дел Перу опубликовало заявление Эквадора, в котором "
                       "Кито осудил санкции Боливии.")
    assert not [s for s in found if s[1] in ("Перу", "Министерство иностранных дел Перу")], found
