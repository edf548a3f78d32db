"""An adjective surname after a given name declines as an adjective, whatever adjective it is (invented names)."""
import pytest

from khronika import names


@pytest.mark.parametrize("words, case, gender, nominative", [
    (["Павла", "Тёплого"], "Gen", "Masc", ["Павел", "Тёплый"]),
    (["Павлом", "Тёплым"], "Ins", "Masc", ["Павел", "Тёплый"]),
    (["Павлу", "Тёплому"], "Dat", "Masc", ["Павел", "Тёплый"]),
    (["Ольги", "Бойкой"], "Gen", "Fem", ["Ольга", "Бойкая"]),
    (["Дмитрия", "Зарецкого"], "Gen", "Masc", ["Дмитрий", "Зарецкий"]),  # a place's adjective, as before
    (["Игоря", "Трубецкого"], "Gen", "Masc", ["Игорь", "Трубецкой"]),  # the dictionary's surname first
])
def test_an_adjective_surname_after_a_given_name_declines_as_an_adjective(words, case, gender, nominative):
    assert names.normalize_person(words, [case] * len(words), [gender] * len(words)) == nominative


@pytest.mark.slow
def test_an_adjective_surname_after_a_title_in_the_genitive(annotate):
    doc = annotate("По словам представителя МИД Павла Тёплого, консультации продолжатся.")
    ents = {e.id: e.name for e in doc.entities}
    assert {m.text: ents.get(m.entity) for m in doc.mentions if m.type == "PER"}["Павла Тёплого"] == "Павел Тёплый"
