"""A man's surname in -е after given names in an oblique case is written so in every case, not a woman's given name
in the dative (``Юсуфа Хасана Элле`` is no ``Элла``'s); a surname in -й, also one a verb form spells (``Белея``:
``белеть``), is found again alone in an oblique case (invented names)."""
import pytest

from khronika import names
from khronika.records import Document, Source


@pytest.mark.parametrize("words, nominative", [
    (["Юсуфа", "Хасана", "Элле"], ["Юсуф", "Хасан", "Элле"]),
    (["Ахмеда", "Саида", "Стелле"], ["Ахмед", "Саид", "Стелле"]),
    (["Игоря", "Андрееве"], ["Игорь", "Андреев"]),  # a man's surname in the prepositional stays a surname's
])
def test_a_mans_surname_in_e_is_no_womans_dative(words, nominative):
    assert names.normalize_person(words, ["Gen"] * len(words), ["Masc"] * len(words)) == nominative


@pytest.mark.slow
@pytest.mark.parametrize("text, lone, full", [
    ("Президент Рауль Белей прибыл в Рим. Правительство Белея осудило решение. Визит Белея продлится два дня.",
     "Белея", "Рауль Белей"),
    ("Делегация посетила президента Хорхе Робея. Правительство Робея осудило решение.", "Робея", "Хорхе Робей"),
])
def test_a_surname_in_y_alone_in_an_oblique_case_is_the_full_names(pipeline, text, lone, full):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    ents = {e.id: e.name for e in doc.entities}
    got = {m.text: ents.get(m.entity) for m in doc.mentions if m.type == "PER"}
    assert got.get(lone) == full, got
