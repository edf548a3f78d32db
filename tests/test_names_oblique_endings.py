"""Oblique forms of names that the dictionary misreads or does not know: a surname in -ин read as an adjective in
-иный (``Карасиным``), a man's consonant-final given name in the genitive that the dictionary knows as a woman's
nominative, and names in -ья/-ия in the genitive (invented names; ``names.normalize_person``)."""
import pytest

from khronika.names import normalize_person


@pytest.mark.parametrize("words, case, name", [
    (["Андреем", "Лебединым"], "Ins", ["Андрей", "Лебедин"]),  # no "Лебединый"
    (["Ольгой", "Орлиной"], "Ins", ["Ольга", "Орлина"]),
    (["Ивана", "Орлиного"], "Gen", ["Иван", "Орлиный"]),  # an adjective's own genitive: that surname
    (["Павлом", "Лесным"], "Ins", ["Павел", "Лесной"]),
    (["Гарета", "Бранда"], "Gen", ["Гарет", "Бранд"]),  # "Гарета": to the dictionary a woman's nominative
    (["Дональда", "Кларка"], "Gen", ["Дональд", "Кларк"]),
    (["Нарендре", "Сингху"], "Dat", ["Нарендра", "Сингх"]),  # a man's name in -а, declined with his surname
    (["Гарету", "Бранду"], "Dat", ["Гарет", "Бранд"]),
    (["Мигеля", "Пеньи"], "Gen", ["Мигель", "Пенья"]),
    (["Хосе", "Варгасии"], "Gen", ["Хосе", "Варгасия"]),
    (["Хосе", "Пенья"], "Nom", ["Хосе", "Пенья"]),
    (["Хосе", "Варгасии"], "Dat", ["Хосе", "Варгасия"]),  # -ии: its dative and locative too
    (["Хосе", "Сеньи"], "Loc", ["Хосе", "Сенья"]),  # read as a noun's locative: a name's genitive
    (["Терезе", "Мвамба", "Лунда"], "Dat", ["Терезе", "Мвамба", "Лунда"]),  # a later word in -а left as written: no
    # dative span (it would read "Мвамбе"), "Терезе" a name written so in every case
    (["Ольге", "Смирновой"], "Dat", ["Ольга", "Смирнова"]),
    (["Христиана", "Вербицкого"], "Gen", ["Христиан", "Вербицкий"]),  # his adjectival surname: a man's given name
])
def test_oblique_forms_take_their_nominative(words, case, name):
    assert normalize_person(words, [case] * len(words)) == name


def test_a_slavic_feminine_surname_leaves_the_given_name_whole():
    assert normalize_person(["Анна", "Петрова"], ["Gen", "Gen"])[0] == "Анна"


def test_a_given_name_in_a_declines_with_a_surname_cut_of_its_dative(pipeline):
    from khronika.records import Document, Source

    doc = pipeline(Document.from_source(Source(path="t.txt", text="Министр направил письмо премьер-министру "
                                                                 "Нарендре Сингху.", published="2030-03-10")))
    assert "Нарендра Сингх" in {e.name for e in doc.entities if e.type == "person"}


def test_a_name_in_ya_in_the_genitive_is_put_in_the_nominative_though_the_text_writes_no_other_form(pipeline):
    from khronika.records import Document, Source

    doc = pipeline(Document.from_source(Source(path="t.txt", text="Стороны обсудили визит президента Гондураса "
                                                                 "Мигеля Сеньи в Манагуа.", published="2030-03-10")))
    assert "Мигель Сенья" in {e.name for e in doc.entities if e.type == "person"}, doc.entities


@pytest.mark.parametrize("words, cases, name", [
    (["Рауля", "Эскудерию", "Мората"], ["Gen", "Dat", "Gen"], ["Рауль", "Эскудерия", "Морат"]),
    (["Фелипе", "Варгасию"], ["Acc", "Acc"], ["Фелипе", "Варгасия"]),
    (["Игнасио", "Пенью", "Ороско"], ["Gen", "Acc", "Nom"], ["Игнасио", "Пенья", "Ороско"]),
    (["Гавию", "Мансуру"], ["Dat", "Dat"], ["Гавий", "Мансур"]),  # a dative: the given name's -ий
])
def test_a_mans_name_with_a_surname_in_the_accusative_of_one_in_ia_is_in_the_accusative(words, cases, name):
    """A man's accusative is his genitive for a name in a consonant (``Рауля``) but ends in -ию for one in -ия
    (``Эскудерию``): such a word tells the case of the whole name, whatever the tagger read."""
    assert normalize_person(words, cases) == name

