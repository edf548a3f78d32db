"""The words beside a Romance family particle decline with the rest of the name: a dative or prepositional in -е of
a word in -а is that word's where another word of the name shows the case (invented names)."""
import pytest

from khronika import names


@pytest.mark.parametrize("words, case, nominative", [
    (["Карлосу", "Мендосе", "де", "Веге"], "Dat", ["Карлос", "Мендоса", "де", "Вега"]),
    (["Карлосе", "Мендосе", "де", "Веге"], "Loc", ["Карлос", "Мендоса", "де", "Вега"]),
    (["Карлоса", "Мендосы", "де", "Веги"], "Gen", ["Карлос", "Мендоса", "де", "Вега"]),
    (["Карлосом", "Мендосой", "де", "Вегой"], "Ins", ["Карлос", "Мендоса", "де", "Вега"]),
    (["Жозе", "да", "Силве"], "Dat", ["Жозе", "да", "Силве"]),  # no word shows a case: maybe written so always
])
def test_the_words_beside_a_family_particle_decline_with_the_name(words, case, nominative):
    assert names.normalize_person(words, [case if w[0].isupper() else None for w in words],
                                  ["Masc"] * len(words)) == nominative


@pytest.mark.slow
def test_a_dative_name_with_a_particle_in_a_sentence(annotate):
    doc = annotate("Министр направил приглашение президенту Карлосу Мендосе де Веге посетить страну.")
    ents = {e.id: e.name for e in doc.entities}
    got = {m.text: ents.get(m.entity) for m in doc.mentions if m.type == "PER"}
    assert got["Карлосу Мендосе де Веге"] == "Карлос Мендоса де Вега"
