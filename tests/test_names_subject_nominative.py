"""A full name's surname in -а cut to a man's genitive stem, no other word of the name showing a case, takes the -а
back where the document makes that surname alone a subject (invented sentences and names)."""
import pytest

pytestmark = pytest.mark.slow


def persons(doc) -> dict[str, str]:
    """The person mentions' texts → their entity's name."""
    ents = {e.id: e.name for e in doc.entities}
    return {m.text: ents[m.entity] for m in doc.mentions if m.type == "PER" and m.entity in ents}


def test_a_surname_cut_to_a_genitive_stem_is_the_subjects_nominative(annotate):
    got = persons(annotate("Как сообщил советник президента по информации Кофи Мбалага, визит состоится в мае. "
                           "«Мы готовы», — приводит Мбалага слова президента."))
    assert got["Кофи Мбалага"] == got["Мбалага"] == "Кофи Мбалага"


def test_a_slavic_surname_as_a_subject_names_her_not_his_genitive(annotate):
    # the given name shows no case (Андре is written so in every case): only the surname's Slavic ending tells
    got = persons(annotate("Министр принял советника Андре Соколова. «Мы готовы», — сказала Соколова журналистам."))
    assert got["Андре Соколова"] == "Андре Соколов"


def test_a_given_name_that_shows_the_genitive_keeps_the_surname_cut(annotate):
    got = persons(annotate("Министр принял посла Антала Мбалага. «Мы готовы», — сказал Мбалага журналистам."))
    assert got["Антала Мбалага"] == "Антал Мбалаг"


def test_a_word_declined_as_a_name_in_a_leaves_the_surname_to_the_subject(annotate):
    # the middle name shows the genitive as a name in -а does (Исы), the surname does not (Курра): the subject tells
    got = persons(annotate("По словам министра иностранных дел Ндеме Исы Курра, визит состоится в мае. "
                           "Курра признал, что переговоры будут трудными."))
    assert got["Ндеме Исы Курра"] == got["Курра"] == "Ндеме Иса Курра"
