"""The words beside a Romance family particle decline with the rest of the name: a dative or prepositional in -е of
a word in -а is that word's where another word of the name shows the case (invented names)."""
import pytest

from khronika import names


@pytest.mark.parametrize("words, case, nominative", [
    (["Карлосу", "Баррете", "де", "Сорне"], "Dat", ["Карлос", "Баррета", "де", "Сорна"]),
    (["Карлосе", "Баррете", "де", "Сорне"], "Loc", ["Карлос", "Баррета", "де", "Сорна"]),
    (["Карлоса", "Барреты", "де", "Сорны"], "Gen", ["Карлос", "Баррета", "де", "Сорна"]),
    (["Карлосом", "Барретой", "де", "Сорной"], "Ins", ["Карлос", "Баррета", "де", "Сорна"]),
    (["Жозе", "да", "Роше"], "Dat", ["Жозе", "да", "Роше"]),  # no word shows a case: maybe written so always
])
def test_the_words_beside_a_family_particle_decline_with_the_name(words, case, nominative):
    assert names.normalize_person(words, [case if w[0].isupper() else None for w in words],
                                  ["Masc"] * len(words)) == nominative


@pytest.mark.slow
def test_a_dative_name_with_a_particle_in_a_sentence(annotate):
    doc = annotate("Министр направил приглашение президенту Карлосу Баррете де Сорне посетить страну.")
    ents = {e.id: e.name for e in doc.entities}
    got = {m.text: ents.get(m.entity) for m in doc.mentions if m.type == "PER"}
    assert got["Карлосу Баррете де Сорне"] == "Карлос Баррета де Сорна"
