"""A foreign name whose words decline together: a later word the dictionary knows only as a woman's given name in
the nominative, in a man's name in the genitive or accusative; a man's given name in -а declined with his surname;
a surname alone written as the document's full name writes it (invented sentences and names)."""
import pytest

pytestmark = pytest.mark.slow


def persons(doc) -> dict[str, str]:
    """The person mentions' texts → their entity's name."""
    ents = {e.id: e.name for e in doc.entities}
    return {m.text: ents[m.entity] for m in doc.mentions if m.type == "PER" and m.entity in ents}


@pytest.mark.parametrize("text, mention, name", [
    ("Министр принял посла Брунея Лим Кок Нина и вручил ему ноту.", "Лим Кок Нина", "Лим Кок Нин"),
    ("Визит посла Брунея Лим Кок Нина в столицу отложен.", "Лим Кок Нина", "Лим Кок Нин"),
    ("Министр принял посла Вьетнама Ле Тхи Нину.", "Ле Тхи Нину", "Ле Тхи Нина"),  # a woman's accusative
    ("Министр принял посла Брунея Нину Петрову.", "Нину Петрову", "Нина Петрова"),
])
def test_a_later_word_in_a_womans_nominative_is_no_nominative_in_an_oblique_case(annotate, text, mention, name):
    assert persons(annotate(text))[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    ("Переговоры прошли с участием министра иностранных дел Непала Ранатхи Перамуна.", "Ранатхи Перамуна",
     "Ранатха Перамун"),
    ("Переговоры прошли с участием министра иностранных дел Непала Вимукхи Джаявардана.", "Вимукхи Джаявардана",
     "Вимукха Джаявардан"),
    ("Переговоры прошли с участием министра иностранных дел Италии Луиджи Ди Лелло.", "Луиджи Ди Лелло",
     "Луиджи Ди Лелло"),  # the surname written so in every case tells no case of the given name
])
def test_a_mans_given_name_in_a_declines_with_his_surname(annotate, text, mention, name):
    assert persons(annotate(text))[mention] == name


def test_a_surname_alone_written_as_the_full_names_is_that_name(annotate):
    got = persons(annotate("Переговоры прошли при посредничестве президента Гамбии Ахмеда Саида Стелле, который "
                           "открыл раунд. Министр поблагодарил Стелле за терпение."))
    assert got["Ахмеда Саида Стелле"] == got["Стелле"] == "Ахмед Саид Стелле"
