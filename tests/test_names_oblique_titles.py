"""A man's foreign given name in -а the dictionary knows only as a woman's nominative, after a title written in an
oblique case; both parts of a hyphenated name in an oblique case (invented sentences and names)."""
import pytest

from khronika import names


def persons(doc) -> dict[str, str]:
    """The person mentions' texts → their entity's name."""
    ents = {e.id: e.name for e in doc.entities}
    return {m.text: ents[m.entity] for m in doc.mentions if m.type == "PER" and m.entity in ents}


@pytest.mark.slow
@pytest.mark.parametrize("text, mention, name", [
    # "Милана" is to the dictionary a woman's nominative only: after "посла" it is a man's accusative
    ("МИД Чехии вызвал посла Хорватии Милана Дробняка и вручил ему ноту.", "Милана Дробняка", "Милан Дробняк"),
    # a title in the nominative before a title's complement: the name is a woman's in the nominative
    ("Делегацию возглавила заместитель премьер-министра Регина Груздева.", "Регина Груздева", "Регина Груздева"),
    ("Как сообщила помощник министра Милана Драгович, решение уже принято.", "Милана Драгович", "Милана Драгович"),
])
def test_a_given_name_after_an_oblique_title_is_in_the_titles_case(annotate, text, mention, name):
    assert persons(annotate(text))[mention] == name


@pytest.mark.parametrize("word, case, expected", [
    ("Зелинком-Ярошем", "Ins", "Зелинк-Ярош"),
    ("Зелинка-Яроша", "Gen", "Зелинк-Ярош"),
    ("Зелинку-Ярошу", "Dat", "Зелинк-Ярош"),
    ("Франца-Йозефа", "Gen", "Франц-Йозеф"),
    ("Жан-Люка", "Gen", "Жан-Люк"),  # the first part written so in every case stays
    ("Ерлан-Бекжанова", "Gen", "Ерлан-Бекжанов"),
    ("Абу-Салимы", "Gen", "Абу-Салима"),
    ("Зелинк-Ярош", "Nom", "Зелинк-Ярош"),
])
def test_both_parts_of_a_hyphenated_name_decline(word, case, expected):
    assert names.normalize_name_word(word, case, True) == expected
