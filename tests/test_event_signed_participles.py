"""A signing told in a participle clause with its own signers (``декларация, подписанная лидерами …``) is an agreement
of its own; a document named by the year of its signing is none; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Меморандум, подписанный премьерами Латвии и Эстонии, предусматривает общую закупку газа.",
    "Пражская декларация, подписанная лидерами Чехии и Польши, вступит в силу в мае.",
])
def test_a_signing_told_in_a_participle_clause_is_an_agreement(types_of, text):
    assert "AGREE" in types_of(text)


def test_a_document_named_by_the_year_of_its_signing_is_no_agreement(types_of):
    said = "Министры сослались на договор, подписанный в 1995 году президентами Литвы и Латвии."
    assert "AGREE" not in types_of(said)
