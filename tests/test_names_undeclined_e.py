"""A man's surname in -е after given names in an oblique case is written so in every case, not a woman's given name
in the dative (``Халила Омара Белле`` is no ``Белла``'s) (invented names)."""
import pytest

from khronika import names


@pytest.mark.parametrize("words, nominative", [
    (["Халила", "Омара", "Белле"], ["Халил", "Омар", "Белле"]),
    (["Ахмеда", "Саида", "Стелле"], ["Ахмед", "Саид", "Стелле"]),
    (["Игоря", "Андрееве"], ["Игорь", "Андреев"]),  # a man's surname in the prepositional stays a surname's
])
def test_a_mans_surname_in_e_is_no_womans_dative(words, nominative):
    assert names.normalize_person(words, ["Gen"] * len(words), ["Masc"] * len(words)) == nominative
