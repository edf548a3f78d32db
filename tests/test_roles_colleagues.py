"""An official who meets the colleagues of a named country is of the document's other side (sentences written for
these tests)."""
import pytest

pytestmark = pytest.mark.slow



TWO_SIDES = " Словакия и Чехия подписали соглашение. Чехия и Словакия продолжат консультации."


@pytest.mark.parametrize("text, holder, position, country", [
    ("В Братиславе министр иностранных дел Петер Хорват провел переговоры со своим чешским коллегой." + TWO_SIDES,
     "Петер Хорват", "министр иностранных дел", "Словакия"),
    ("Министр обороны Петер Хорват и министр финансов Мирослав Ковач встретились с чешскими коллегами."
     + TWO_SIDES, "Мирослав Ковач", "министр финансов", "Словакия"),
    ("Премьер-министр Петер Хорват обсудил с коллегой из Чехии вопросы энергетики." + TWO_SIDES,
     "Петер Хорват", "премьер-министр", "Словакия"),
    ("Министр иностранных дел Ян Новак провел переговоры со словацким коллегой Петером Хорватом." + TWO_SIDES
     + " Чехия ждет. Китай наблюдает. Китай молчит.", "Ян Новак", "министр иностранных дел", "Чехия"),
])
def test_who_meets_colleagues_of_a_country_is_of_the_other_side(roles, text, holder, position, country):
    found = roles(text)
    assert (holder, position, country) in found, found


def test_the_colleague_himself_is_not_given_the_other_side(roles):
    found = roles("Министр иностранных дел Ян Новак провел переговоры со словацким коллегой Петером Хорватом."
                  + TWO_SIDES)
    assert ("Петер Хорват", "министр иностранных дел", "Чехия") not in found, found


def test_no_side_when_two_others_are_named_as_often(roles):
    found = roles("Министр иностранных дел Петер Хорват встретился с чешским коллегой. Чехия и Словакия спорят."
                  " Польша и Словакия согласны. Польша молчит.")
    assert ("Петер Хорват", "министр иностранных дел", None) in found, found


MALI_AND_MAURITANIA = "Мали и Мавритания обсудили границу. Мали готова к диалогу, заявила Мавритания. "


@pytest.mark.parametrize("text, holder, position, country", [
    (MALI_AND_MAURITANIA + "Министр иностранных дел Абдулай Тимбине провел в Бамако встречу с временным поверенным в "
     "делах Мавритании Мухтаром Бейданом.", "Абдулай Тимбине", "министр иностранных дел", "Мали"),
    (MALI_AND_MAURITANIA + "Премьер-министр Абдулай Тимбине принял посла Мавритании Мухтара Бейдана.",
     "Абдулай Тимбине", "премьер-министр", "Мали"),
])
def test_who_meets_an_official_of_one_side_is_of_the_other(roles, text, holder, position, country):
    found = roles(text)
    assert (holder, position, country) in found, found


def test_two_hosts_of_one_side_take_no_side_from_each_other(roles):
    found = roles(MALI_AND_MAURITANIA + "Посол Мавритании Мухтар Бейдан и министр иностранных дел Абдулай Тимбине "
                  "приняли делегацию.")
    assert ("Абдулай Тимбине", "министр иностранных дел", "Мали") not in found, found


@pytest.mark.parametrize("text, holder, position, country", [
    (MALI_AND_MAURITANIA + "В четверг мавританскую делегацию принял вице-президент Сейду Траоре.",
     "Сейду Траоре", "вице-президент", "Мали"),
    (MALI_AND_MAURITANIA + "Вице-президент Сейду Траоре встретился с делегацией Мавритании в Бамако.",
     "Сейду Траоре", "вице-президент", "Мали"),
])
def test_who_receives_a_delegation_of_one_side_is_of_the_other(roles, text, holder, position, country):
    found = roles(text)
    assert (holder, position, country) in found, found


def test_who_heads_a_delegation_is_not_of_the_other_side(roles):
    found = roles(MALI_AND_MAURITANIA + "Мавританскую делегацию возглавил вице-президент Сейду Траоре.")
    assert ("Сейду Траоре", "вице-президент", "Мали") not in found, found


def test_who_receives_a_person_named_by_his_name_alone_is_of_the_other_side(roles):
    found = roles(MALI_AND_MAURITANIA + "МИД вызвал посла Мавритании Мухтара Бейдана. Министр иностранных дел Сейду "
                  "Траоре, принимавший Бейдана, назвал инцидент недопустимым.")
    assert ("Сейду Траоре", "министр иностранных дел", "Мали") in found, found

