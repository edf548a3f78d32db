"""A title in an oblique case before a foreign name the tagger reads as nominative (sentences written for these
tests)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, person", [
    ("Министр иностранных дел Японии принял посла Республики Корея Ким Чольсу.", "Ким Чольсу"),
    ("Первый заместитель министра вызвал посла Республики Корея Пак Чонхуна для беседы.", "Пак Чонхун"),
])
def test_roles_oblique_title_before_a_name_read_as_nominative(roles, text, person):
    assert (person, "посол", "Южная Корея") in roles(text)


def test_roles_nominative_subject_after_an_oblique_title_keeps_its_case(roles):
    found = roles("Об этом сообщил министр иностранных дел Японии Кэндзи Ямада.")
    assert ("Кэндзи Ямада", "министр иностранных дел", "Япония") in found, found


def test_roles_title_in_the_genitive_of_a_kin_noun_is_not_the_names(roles):
    found = roles("Это подтвердил муж певицы Андрей Зимин.")
    assert not any(name == "Андрей Зимин" for name, _, _ in found), found


@pytest.mark.parametrize("text, person", [
    ("Консультации прошли с участием министра иностранных дел Чили Альберто Норденена.", "Альберто Норденен"),
    ("Консультации прошли с участием министра иностранных дел Чили Альберто ван Дейкена.", "Альберто ван Дейкен"),
])
def test_roles_an_indeclinable_given_name_after_a_genitive_title_takes_its_case(roles, text, person):
    found = roles(text)
    assert (person, "министр иностранных дел", "Чили") in found, found
