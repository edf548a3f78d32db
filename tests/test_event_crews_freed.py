"""Freeing a crew (``освободили команду танкера``, ``экипаж судна освобожден``: ``CREWS``, inanimate nouns of held
people) is a concession, as freeing persons is; freeing a town is none.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Власти Гвинеи во вторник освободили команду танкера.",
    "Как сообщил МИД Туниса, экипаж судна был освобожден властями Ливии во вторник.",
])
def test_freeing_a_crew_is_a_concession(types_of, text):
    assert "CONCEDE" in types_of(text)


def test_freeing_a_town_is_none(types_of):
    assert "CONCEDE" not in types_of("Армия Мали освободила город на севере страны.")
