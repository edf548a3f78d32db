"""A given name the dictionary knows in one case only, and that case one a name's words are never tagged in (the
vocative ``Саш``): the name keeps the cases the tagger read, and the entity stage does not fail on the document."""
from khronika.stages.name_forms import dictionary_case


def test_a_given_name_known_only_as_a_vocative_keeps_the_tagged_cases():
    assert dictionary_case([("Саш", "Acc", None), ("Моррис", "Acc", None)], ["Acc", "Acc"]) == ["Acc", "Acc"]


def test_a_given_name_known_in_one_case_still_takes_it():
    assert dictionary_case([("Лилиану", "Loc", None), ("Ордоньес", "Loc", None)], ["Loc", "Loc"]) == ["Acc", "Acc"]
