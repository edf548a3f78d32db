"""A given name the dictionary knows in one case only, and that case one a name's words are never tagged in (the
vocative ``Саш``): the name keeps the cases the tagger read, and the entity stage does not fail on the document."""
import pytest

from khronika.stages.name_forms import dictionary_case


def test_a_given_name_known_only_as_a_vocative_keeps_the_tagged_cases():
    assert dictionary_case([("Саш", "Acc", None), ("Моррис", "Acc", None)], ["Acc", "Acc"]) == ["Acc", "Acc"]


def test_a_given_name_known_in_one_case_still_takes_it():
    assert dictionary_case([("Лилиану", "Loc", None), ("Ордоньес", "Loc", None)], ["Loc", "Loc"]) == ["Acc", "Acc"]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Вице-премьер Молдавии Сергей Ковальчук провел переговоры в Баку. Президент Азербайджана принял Ковальчука.",
     "Сергей Ковальчук"),
    ("Вице-премьер Молдавии Сергей Оверчук провел переговоры в Баку. Президент Азербайджана принял Оверчука.",
     "Сергей Оверчук"),
])
def test_a_surname_alone_as_the_object_of_a_verb_is_the_full_names(read_news, text, name):
    persons = [e.name for e in read_news(text, "2027-12-17").entities if e.type == "person"]
    assert persons == [name], persons


@pytest.mark.slow
def test_a_womans_surname_alone_as_an_object_keeps_its_form(read_news):
    persons = [e.name for e in read_news("Министр Перу Ана Рохас прибыла в Баку. Президент принял Рохас.",
                                         "2027-12-17").entities if e.type == "person"]
    assert persons == ["Ана Рохас"], persons
