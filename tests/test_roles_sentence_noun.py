"""A common noun of the sentence between two titles keeps the first title's country from the second (sentences
written for these tests)."""
import pytest

pytestmark = pytest.mark.slow



@pytest.mark.parametrize("text, holder, position, country", [
    ("Посол вручил перуанскому коллеге письмо президента Рикардо Паласиоса о визите в Асунсьон.",
     "Рикардо Паласиос", "президент", None),
    ("Министр зачитал кенийскому коллеге обращение президента Джомо Оденго.", "Джомо Оденго", "президент", None),
    ("Он передал копию верительных грамот заместителю министра иностранных дел Кении Джону Омондо.",
     "Джон Омондо", "заместитель министра иностранных дел", "Кения"),
])
def test_a_sentence_noun_between_titles_ends_the_first(roles, text, holder, position, country):
    found = roles(text)
    assert (holder, position, country) in found, found


def test_an_animate_word_of_address_keeps_the_title(roles):
    found = roles("Делегацию Ирака возглавил министр юстиции мулла Салим Хадди.")
    assert any(n == "Салим Хадди" and p.startswith("министр юстиции") and c == "Ирак" for n, p, c in found), found
